#include "vent.h"

namespace aif {

const std::vector<Field<Vent>> &Vent::fields()
{
    using V = Vent;
    using namespace fields;
    static const auto f = withBaseFields<V>({
        ref<V>(&V::hall, "hall", "Hall", {EntityKind::Hall}, true)
            .explain("The hall the tile or grille is in."),
        choice<V>(&V::type, "type", "Type", {"perforated-tile", "grate-tile", "ceiling-grille", "return-duct"})
            .explain("Floor tiles supply air from the raised-floor plenum; ceiling grilles and return ducts take "
                     "the room air back to the air units.")
            .labels({"Perforated floor tile", "Grate floor tile", "Ceiling return grille", "Ducted return"}),
        number<V>(&V::xM, "xM", "X", Quantity::Length, -1e4, 1e4)
            .explain("Centre across the hall (west to east)."),
        number<V>(&V::yM, "yM", "Y", Quantity::Length, -1e4, 1e4)
            .explain("Centre along the hall (south to north)."),
        number<V>(&V::widthM, "widthM", "Width", Quantity::Length, 0.1, 20)
            .explain("Size across the hall (a floor tile is 0.6 m)."),
        number<V>(&V::depthM, "depthM", "Depth", Quantity::Length, 0.1, 20)
            .explain("Size along the hall (a floor tile is 0.6 m)."),
        number<V>(&V::openArea, "openArea", "Open area", Quantity::Fraction, 0.05, 0.9)
            .explain("Free area as a share of the face: 25 % for a perforated tile, 56 % for a grate tile "
                     "(Tate datasheets), about 50-80 % for return grilles."),
        number<V>(&V::damper, "damper", "Damper opening", Quantity::Fraction, 0, 1)
            .explain("Share of the open area the damper leaves open (1 = fully open, 0 = closed)."),
    });
    return f;
}

} // namespace aif
