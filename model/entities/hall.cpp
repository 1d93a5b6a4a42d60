#include "hall.h"

namespace aif {

const std::vector<Field<Hall>> &Hall::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Hall>({
        number<Hall>(&Hall::widthM, "widthM", "Width", Quantity::Length, 1, 2000),
        number<Hall>(&Hall::depthM, "depthM", "Depth", Quantity::Length, 1, 2000),
        number<Hall>(&Hall::heightM, "heightM", "Ceiling height", Quantity::Length, 2.5, 30),
        number<Hall>(&Hall::originXM, "originXM", "Campus X", Quantity::Length, -1e5, 1e5),
        number<Hall>(&Hall::originYM, "originYM", "Campus Y", Quantity::Length, -1e5, 1e5),
        choice<Hall>(&Hall::floor, "floor", "Floor", {"raised", "slab"}),
        number<Hall>(&Hall::raisedFloorM, "raisedFloorM", "Raised-floor plenum", Quantity::Length, 0, 3),
        // ASHRAE TC9.9 (2021) thermal guidelines: air classes A1-A4 and H1 (high density).
        choice<Hall>(&Hall::ashraeClass, "ashraeClass", "ASHRAE class", {"A1", "A2", "A3", "A4", "H1"}),
        // 1.2 m is a common minimum cold-aisle width (two 600 mm floor tiles); users set their own.
        number<Hall>(&Hall::minAisleWidthM, "minAisleWidthM", "Minimum aisle width", Quantity::Length,
                     0.5, 10),
    });
    return f;
}

} // namespace aif
