#include "liquidloop.h"

namespace aif {

const std::vector<Field<LiquidLoop>> &LiquidLoop::fields()
{
    using L = LiquidLoop;
    using namespace fields;
    static const auto f = withBaseFields<L>({
        ref<L>(&L::hall, "hall", "Hall", {EntityKind::Hall}, false)
            .explain("The hall the loop serves; empty for a site-wide loop."),
        choice<L>(&L::type, "type", "Type", {"facility", "chilled-water", "tcs"})
            .explain("Facility water (to heat rejection), chilled water (to air units and CDUs) or a technology cooling system (CDU to cold plates).")
            .labels({"Facility water", "Chilled water", "Technology cooling (TCS)"}),
        choice<L>(&L::fluid, "fluid", "Fluid", {"water", "pg25"})
            .explain("Water, or water with 25 % propylene glycol (frost protection, lower heat capacity).")
            .labels({"Water", "Propylene glycol 25 %"}),
        number<L>(&L::supplyTempC, "supplyTempC", "Supply temperature", Quantity::Temperature, 2, 70)
            .explain("Temperature of the coolant sent out to the loop."),
        number<L>(&L::designDeltaTK, "designDeltaTK", "Design ΔT", Quantity::TemperatureDelta, 1, 40)
            .explain("Return minus supply temperature at design load; sets the flow."),
        // ASHRAE TC9.9 liquid cooling classes (2021): W17, W27, W32, W40, W45, W+.
        choice<L>(&L::waterClass, "waterClass", "ASHRAE W-class",
                  {"W17", "W27", "W32", "W40", "W45", "W+"})
            .explain("ASHRAE TC9.9 liquid-cooling class: the warmest facility water the equipment accepts (W17 to W+)."),
    });
    return f;
}

} // namespace aif
