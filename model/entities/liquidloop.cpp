#include "liquidloop.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<LiquidLoop>> &LiquidLoop::fields()
{
    using L = LiquidLoop;
    using namespace fields;
    static const auto f = withBaseFields<L>({
        ref<L>(&L::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "The hall the loop serves; empty for a site-wide loop.")),
        choice<L>(&L::type, "type", QT_TRANSLATE_NOOP("aif::Field", "Type"),
                  {"facility", "chilled-water", "tcs"})
            .explain(
                QT_TRANSLATE_NOOP("aif::Field",
                                  "Facility water (to heat rejection), chilled water (to air units "
                                  "and CDUs) or a technology cooling system (CDU to cold plates)."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Facility water"),
                     QT_TRANSLATE_NOOP("aif::Field", "Chilled water"),
                     QT_TRANSLATE_NOOP("aif::Field", "Technology cooling (TCS)")}),
        choice<L>(&L::fluid, "fluid", QT_TRANSLATE_NOOP("aif::Field", "Fluid"), {"water", "pg25"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Water, or water with 25 % propylene glycol (frost "
                                       "protection, lower heat capacity)."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Water"),
                     QT_TRANSLATE_NOOP("aif::Field", "Propylene glycol 25 %")}),
        number<L>(&L::supplyTempC, "supplyTempC",
                  QT_TRANSLATE_NOOP("aif::Field", "Supply temperature"), Quantity::Temperature, 2,
                  70)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Temperature of the coolant sent out to the loop.")),
        number<L>(&L::designDeltaTK, "designDeltaTK", QT_TRANSLATE_NOOP("aif::Field", "Design ΔT"),
                  Quantity::TemperatureDelta, 1, 40)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Return minus supply temperature at design load; sets the flow.")),
        // ASHRAE TC9.9 liquid cooling classes (2021): W17, W27, W32, W40, W45, W+.
        choice<L>(&L::waterClass, "waterClass", QT_TRANSLATE_NOOP("aif::Field", "ASHRAE W-class"),
                  {"W17", "W27", "W32", "W40", "W45", "W+"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "ASHRAE TC9.9 liquid-cooling class: the warmest facility "
                                       "water the equipment accepts (W17 to W+).")),
    });
    return f;
}

} // namespace aif
