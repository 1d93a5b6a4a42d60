#include "liquidloop.h"

namespace aif {

const std::vector<Field<LiquidLoop>> &LiquidLoop::fields()
{
    using L = LiquidLoop;
    using namespace fields;
    static const auto f = withBaseFields<L>({
        ref<L>(&L::hall, "hall", "Hall", {EntityKind::Hall}, false),
        choice<L>(&L::type, "type", "Type", {"facility", "chilled-water", "tcs"}),
        choice<L>(&L::fluid, "fluid", "Fluid", {"water", "pg25"}),
        number<L>(&L::supplyTempC, "supplyTempC", "Supply temperature", Quantity::Temperature, 2, 70),
        number<L>(&L::designDeltaTK, "designDeltaTK", "Design ΔT", Quantity::TemperatureDelta, 1, 40),
        // ASHRAE TC9.9 liquid cooling classes (2021): W17, W27, W32, W40, W45, W+.
        choice<L>(&L::waterClass, "waterClass", "ASHRAE W-class",
                  {"W17", "W27", "W32", "W40", "W45", "W+"}),
    });
    return f;
}

} // namespace aif
