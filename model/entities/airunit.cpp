#include "airunit.h"

namespace aif {

const std::vector<Field<AirUnit>> &AirUnit::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<AirUnit>({
        ref<AirUnit>(&AirUnit::hall, "hall", "Hall", {EntityKind::Hall}, true),
        choice<AirUnit>(&AirUnit::type, "type", "Type", {"crah", "inrow", "rdhx", "fanwall"}),
        catalogRef<AirUnit>(&AirUnit::model, "model", "Catalog model", "cooling", false),
        number<AirUnit>(&AirUnit::xM, "xM", "X", Quantity::Length, -1e4, 1e4),
        number<AirUnit>(&AirUnit::yM, "yM", "Y", Quantity::Length, -1e4, 1e4),
        number<AirUnit>(&AirUnit::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg),
        number<AirUnit>(&AirUnit::widthM, "widthM", "Width", Quantity::Length, 0.1, 20),
        number<AirUnit>(&AirUnit::depthM, "depthM", "Depth", Quantity::Length, 0.1, 20),
        number<AirUnit>(&AirUnit::capacityW, "capacityW", "Cooling capacity", Quantity::CoolingCapacity, 1, 5e6),
        number<AirUnit>(&AirUnit::airflowM3s, "airflowM3s", "Airflow", Quantity::AirFlow, 0.01, 200),
        number<AirUnit>(&AirUnit::fanPowerW, "fanPowerW", "Fan power at rated flow", Quantity::Power, 0, 5e5),
        // ASHRAE TC9.9 allowable envelopes span 5-45 °C; supply outside 5-40 °C is not a design.
        number<AirUnit>(&AirUnit::supplyTempC, "supplyTempC", "Supply air setpoint", Quantity::Temperature, 5, 40),
        ref<AirUnit>(&AirUnit::chilledWaterLoop, "chilledWaterLoop", "Chilled-water loop",
                     {EntityKind::LiquidLoop}, false),
        ref<AirUnit>(&AirUnit::rack, "rack", "Mounted on rack", {EntityKind::Rack}, false),
        flag<AirUnit>(&AirUnit::failed, "failed", "Failed (what-if)"),
    });
    return f;
}

} // namespace aif
