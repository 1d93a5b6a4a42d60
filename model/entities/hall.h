#pragma once

#include "entity.h"

namespace aif {

// A data hall: a rectangular room; hall coordinates have x along width, y along depth, origin
// at the hall's south-west corner. originXM/YM place the hall on the campus plan.
struct Hall : EntityBase
{
    std::string site;            // the site it stands on (empty: the project's first site)
    double widthM = 30.0;
    double depthM = 20.0;
    double heightM = 4.5;
    double originXM = 0.0;
    double originYM = 0.0;
    std::string floor = "slab";  // "raised" or "slab"
    double raisedFloorM = 0.0;   // plenum depth when raised
    double plenumBlockage = 0.0; // share of the underfloor cross-section taken by cables and pipes
    double ceilingPlenumM = 0.0; // depth of the ceiling return plenum above the ceiling (0: none)
    std::string returnPath = "room";   // room, ceiling-plenum, ducted: how air gets back to the units
    std::string ashraeClass = "A1";
    double minAisleWidthM = 1.2; // clearance rule for the layout checks

    static const std::vector<Field<Hall>> &fields();
};

} // namespace aif
