#include "heatrejection.h"

namespace aif {

const std::vector<Field<HeatRejection>> &HeatRejection::fields()
{
    using H = HeatRejection;
    using namespace fields;
    static const auto f = withBaseFields<H>({
        choice<H>(&H::type, "type", "Type", {"chiller", "dry-cooler", "cooling-tower"}),
        catalogRef<H>(&H::model, "model", "Catalog model", "cooling", false),
        ref<H>(&H::loop, "loop", "Loop", {EntityKind::LiquidLoop}, true),
        integer<H>(&H::units, "units", "Units installed", 1, 500),
        integer<H>(&H::redundantUnits, "redundantUnits", "Redundant units", 0, 100),
        number<H>(&H::capacityW, "capacityW", "Capacity per unit", Quantity::CoolingCapacity, 1, 5e7),
        // Chiller COP: 0 = not a chiller; water-cooled centrifugals reach ~7-10 at AHRI conditions.
        number<H>(&H::copRated, "copRated", "Rated COP", Quantity::None, 0, 20),
        number<H>(&H::approachK, "approachK", "Approach", Quantity::TemperatureDelta, 0, 30),
        number<H>(&H::fanPowerW, "fanPowerW", "Fan power per unit", Quantity::Power, 0, 1e6),
    });
    return f;
}

} // namespace aif
