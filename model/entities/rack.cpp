#include "rack.h"

namespace aif {

const std::vector<Field<Rack>> &Rack::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Rack>({
        ref<Rack>(&Rack::hall, "hall", "Hall", {EntityKind::Hall}, true),
        ref<Rack>(&Rack::row, "row", "Row", {EntityKind::Row}, false),
        number<Rack>(&Rack::xM, "xM", "X", Quantity::Length, -1e4, 1e4),
        number<Rack>(&Rack::yM, "yM", "Y", Quantity::Length, -1e4, 1e4),
        number<Rack>(&Rack::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg),
        number<Rack>(&Rack::widthM, "widthM", "Width", Quantity::Length, 0.3, 3),
        number<Rack>(&Rack::depthM, "depthM", "Depth", Quantity::Length, 0.3, 3),
        number<Rack>(&Rack::heightM, "heightM", "Height", Quantity::Length, 0.5, 4),
        catalogRef<Rack>(&Rack::rackType, "rackType", "Rack type", "racks", false),
        catalogRef<Rack>(&Rack::system, "system", "Installed system", "systems", false),
        integer<Rack>(&Rack::systemCount, "systemCount", "Systems installed", 0, 64),
        ref<Rack>(&Rack::powerFeedA, "powerFeedA", "Power feed A", {EntityKind::PowerNode}, false),
        ref<Rack>(&Rack::powerFeedB, "powerFeedB", "Power feed B", {EntityKind::PowerNode}, false),
        ref<Rack>(&Rack::coolingLoop, "coolingLoop", "Cooling loop", {EntityKind::LiquidLoop}, false),
        // 1 MW per rack bounds every announced design (Kyber/Rubin Ultra class ~600 kW).
        number<Rack>(&Rack::powerBudgetW, "powerBudgetW", "Power budget", Quantity::Power, 0, 1e6),
        number<Rack>(&Rack::gpuPowerLimitW, "gpuPowerLimitW", "GPU power limit", Quantity::Power, 0, 5000),
    });
    return f;
}

} // namespace aif
