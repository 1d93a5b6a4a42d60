#pragma once

#include "entity.h"

namespace aif {

// An opening the room air passes through: a perforated or grate floor tile over the raised-floor
// plenum (supply), or a ceiling grille or ducted return over the hot aisle (return). Tiles pass
// the flow their open area allows at the local plenum pressure (solvers/thermal/plenum.h);
// grilles take the room's return air into the ceiling plenum or duct.
struct Vent : EntityBase
{
    std::string hall;
    std::string type = "perforated-tile";   // perforated-tile, grate-tile, ceiling-grille, return-duct
    double xM = 0.0;                         // centre, hall coordinates
    double yM = 0.0;
    double widthM = 0.6;                     // one 600 mm floor tile
    double depthM = 0.6;
    // Free area as a share of the face: 25 % is the common perforated tile, 56 % a cast
    // aluminium grate (Tate Access Floors, Perf 1000 and GrateAire 24 datasheets).
    double openArea = 0.25;
    double damper = 1.0;                     // share of the open area the damper leaves open

    bool isSupply() const { return type == "perforated-tile" || type == "grate-tile"; }
    static const std::vector<Field<Vent>> &fields();
};

} // namespace aif
