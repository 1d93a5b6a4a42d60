#include "vent.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Vent>> &Vent::fields()
{
    using V = Vent;
    using namespace fields;
    static const auto f = withBaseFields<V>({
        ref<V>(&V::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall}, true)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The hall the tile or grille is in.")),
        choice<V>(&V::type, "type", QT_TRANSLATE_NOOP("aif::Field", "Type"),
                  {"perforated-tile", "grate-tile", "ceiling-grille", "return-duct"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Floor tiles supply air from the raised-floor plenum; "
                                       "ceiling grilles and return ducts take "
                                       "the room air back to the air units."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Perforated floor tile"),
                     QT_TRANSLATE_NOOP("aif::Field", "Grate floor tile"),
                     QT_TRANSLATE_NOOP("aif::Field", "Ceiling return grille"),
                     QT_TRANSLATE_NOOP("aif::Field", "Ducted return")}),
        number<V>(&V::xM, "xM", QT_TRANSLATE_NOOP("aif::Field", "X"), Quantity::Length, -1e4, 1e4)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Centre across the hall (west to east).")),
        number<V>(&V::yM, "yM", QT_TRANSLATE_NOOP("aif::Field", "Y"), Quantity::Length, -1e4, 1e4)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Centre along the hall (south to north).")),
        number<V>(&V::widthM, "widthM", QT_TRANSLATE_NOOP("aif::Field", "Width"), Quantity::Length,
                  0.1, 20)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Size across the hall (a floor tile is 0.6 m).")),
        number<V>(&V::depthM, "depthM", QT_TRANSLATE_NOOP("aif::Field", "Depth"), Quantity::Length,
                  0.1, 20)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Size along the hall (a floor tile is 0.6 m).")),
        number<V>(&V::openArea, "openArea", QT_TRANSLATE_NOOP("aif::Field", "Open area"),
                  Quantity::Fraction, 0.05, 0.9)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Free area as a share of the face: 25 % for a perforated "
                                       "tile, 56 % for a grate tile "
                                       "(Tate datasheets), about 50-80 % for return grilles.")),
        number<V>(&V::damper, "damper", QT_TRANSLATE_NOOP("aif::Field", "Damper opening"),
                  Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Share of the open area the damper leaves open (1 = fully open, 0 = closed).")),
    });
    return f;
}

} // namespace aif
