#include "hall.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Hall>> &Hall::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Hall>({
        ref<Hall>(&Hall::site, "site", QT_TRANSLATE_NOOP("aif::Field", "Site"), {EntityKind::Site},
                  false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "The site the hall stands on (its climate, tariff and "
                                       "grid); empty: the project's first site.")),
        number<Hall>(&Hall::widthM, "widthM", QT_TRANSLATE_NOOP("aif::Field", "Width"),
                     Quantity::Length, 1, 2000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Inside width of the hall (west to east).")),
        number<Hall>(&Hall::depthM, "depthM", QT_TRANSLATE_NOOP("aif::Field", "Depth"),
                     Quantity::Length, 1, 2000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Inside depth of the hall (south to north).")),
        number<Hall>(&Hall::heightM, "heightM", QT_TRANSLATE_NOOP("aif::Field", "Ceiling height"),
                     Quantity::Length, 2.5, 30)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Height from the floor the racks stand on to the ceiling.")),
        number<Hall>(&Hall::originXM, "originXM", QT_TRANSLATE_NOOP("aif::Field", "Campus X"),
                     Quantity::Length, -1e5, 1e5)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Position of the hall's south-west corner on the campus plan (east).")),
        number<Hall>(&Hall::originYM, "originYM", QT_TRANSLATE_NOOP("aif::Field", "Campus Y"),
                     Quantity::Length, -1e5, 1e5)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Position of the hall's south-west corner on the campus plan (north).")),
        choice<Hall>(&Hall::floor, "floor", QT_TRANSLATE_NOOP("aif::Field", "Floor"),
                     {"raised", "slab"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Raised floor with an air plenum, or racks on the slab."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Raised floor"),
                     QT_TRANSLATE_NOOP("aif::Field", "Slab")}),
        number<Hall>(&Hall::raisedFloorM, "raisedFloorM",
                     QT_TRANSLATE_NOOP("aif::Field", "Raised-floor plenum"), Quantity::Length, 0, 3)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Depth of the raised-floor plenum (raised floors only).")),
        number<Hall>(&Hall::plenumBlockage, "plenumBlockage",
                     QT_TRANSLATE_NOOP("aif::Field", "Underfloor blockage"), Quantity::Fraction, 0,
                     0.8)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Share of the raised-floor plenum's cross-section taken by "
                                       "cable trays, pipes and supports.")),
        number<Hall>(&Hall::ceilingPlenumM, "ceilingPlenumM",
                     QT_TRANSLATE_NOOP("aif::Field", "Ceiling plenum"), Quantity::Length, 0, 5)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Depth of the return plenum above a suspended ceiling (0: no ceiling plenum).")),
        choice<Hall>(&Hall::returnPath, "returnPath",
                     QT_TRANSLATE_NOOP("aif::Field", "Return path"),
                     {"room", "ceiling-plenum", "ducted"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "How warm air gets back to the air units: through the room, "
                                       "through ceiling grilles into "
                                       "the ceiling plenum, or through ducts."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Through the room"),
                     QT_TRANSLATE_NOOP("aif::Field", "Ceiling plenum"),
                     QT_TRANSLATE_NOOP("aif::Field", "Ducted")}),
        // ASHRAE TC9.9 (2021) thermal guidelines: air classes A1-A4 and H1 (high density).
        choice<Hall>(&Hall::ashraeClass, "ashraeClass",
                     QT_TRANSLATE_NOOP("aif::Field", "ASHRAE class"),
                     {"A1", "A2", "A3", "A4", "H1"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "ASHRAE TC9.9 environmental class the IT equipment is rated "
                                       "for; sets the recommended and allowable inlet ranges.")),
        // 1.2 m is a common minimum cold-aisle width (two 600 mm floor tiles); users set their own.
        number<Hall>(&Hall::minAisleWidthM, "minAisleWidthM",
                     QT_TRANSLATE_NOOP("aif::Field", "Minimum aisle width"), Quantity::Length, 0.5,
                     10)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Narrowest aisle the layout checks accept.")),
    });
    return f;
}

} // namespace aif
