#include "hall.h"

namespace aif {

const std::vector<Field<Hall>> &Hall::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Hall>({
        ref<Hall>(&Hall::site, "site", "Site", {EntityKind::Site}, false)
            .explain("The site the hall stands on (its climate, tariff and grid); empty: the project's first site."),
        number<Hall>(&Hall::widthM, "widthM", "Width", Quantity::Length, 1, 2000)
            .explain("Inside width of the hall (west to east)."),
        number<Hall>(&Hall::depthM, "depthM", "Depth", Quantity::Length, 1, 2000)
            .explain("Inside depth of the hall (south to north)."),
        number<Hall>(&Hall::heightM, "heightM", "Ceiling height", Quantity::Length, 2.5, 30)
            .explain("Height from the floor the racks stand on to the ceiling."),
        number<Hall>(&Hall::originXM, "originXM", "Campus X", Quantity::Length, -1e5, 1e5)
            .explain("Position of the hall's south-west corner on the campus plan (east)."),
        number<Hall>(&Hall::originYM, "originYM", "Campus Y", Quantity::Length, -1e5, 1e5)
            .explain("Position of the hall's south-west corner on the campus plan (north)."),
        choice<Hall>(&Hall::floor, "floor", "Floor", {"raised", "slab"})
            .explain("Raised floor with an air plenum, or racks on the slab.")
            .labels({"Raised floor", "Slab"}),
        number<Hall>(&Hall::raisedFloorM, "raisedFloorM", "Raised-floor plenum", Quantity::Length, 0, 3)
            .explain("Depth of the raised-floor plenum (raised floors only)."),
        number<Hall>(&Hall::plenumBlockage, "plenumBlockage", "Underfloor blockage", Quantity::Fraction, 0, 0.8)
            .explain("Share of the raised-floor plenum's cross-section taken by cable trays, pipes and supports."),
        number<Hall>(&Hall::ceilingPlenumM, "ceilingPlenumM", "Ceiling plenum", Quantity::Length, 0, 5)
            .explain("Depth of the return plenum above a suspended ceiling (0: no ceiling plenum)."),
        choice<Hall>(&Hall::returnPath, "returnPath", "Return path", {"room", "ceiling-plenum", "ducted"})
            .explain("How warm air gets back to the air units: through the room, through ceiling grilles into "
                     "the ceiling plenum, or through ducts.")
            .labels({"Through the room", "Ceiling plenum", "Ducted"}),
        // ASHRAE TC9.9 (2021) thermal guidelines: air classes A1-A4 and H1 (high density).
        choice<Hall>(&Hall::ashraeClass, "ashraeClass", "ASHRAE class", {"A1", "A2", "A3", "A4", "H1"})
            .explain("ASHRAE TC9.9 environmental class the IT equipment is rated for; sets the recommended and allowable inlet ranges."),
        // 1.2 m is a common minimum cold-aisle width (two 600 mm floor tiles); users set their own.
        number<Hall>(&Hall::minAisleWidthM, "minAisleWidthM", "Minimum aisle width", Quantity::Length,
                     0.5, 10)
            .explain("Narrowest aisle the layout checks accept."),
    });
    return f;
}

} // namespace aif
