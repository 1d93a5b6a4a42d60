#include "cdu.h"

namespace aif {

const std::vector<Field<Cdu>> &Cdu::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Cdu>({
        ref<Cdu>(&Cdu::hall, "hall", "Hall", {EntityKind::Hall}, true),
        catalogRef<Cdu>(&Cdu::model, "model", "Catalog model", "cooling", false),
        number<Cdu>(&Cdu::xM, "xM", "X", Quantity::Length, -1e4, 1e4),
        number<Cdu>(&Cdu::yM, "yM", "Y", Quantity::Length, -1e4, 1e4),
        number<Cdu>(&Cdu::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg),
        number<Cdu>(&Cdu::widthM, "widthM", "Width", Quantity::Length, 0.1, 20),
        number<Cdu>(&Cdu::depthM, "depthM", "Depth", Quantity::Length, 0.1, 20),
        ref<Cdu>(&Cdu::primaryLoop, "primaryLoop", "Primary (facility) loop", {EntityKind::LiquidLoop}, true),
        ref<Cdu>(&Cdu::secondaryLoop, "secondaryLoop", "Secondary (TCS) loop", {EntityKind::LiquidLoop}, true),
        number<Cdu>(&Cdu::capacityW, "capacityW", "Capacity", Quantity::CoolingCapacity, 1, 2e7),
        // physics.md: CDU approach 2-5 K typical (assumption); allow 0.5-20 K.
        number<Cdu>(&Cdu::approachK, "approachK", "Approach", Quantity::TemperatureDelta, 0.5, 20),
        number<Cdu>(&Cdu::secondaryFlowM3s, "secondaryFlowM3s", "Secondary flow", Quantity::LiquidFlow, 1e-4, 2),
        number<Cdu>(&Cdu::pumpHeadPa, "pumpHeadPa", "Pump head", Quantity::Pressure, 1e3, 2e6),
        number<Cdu>(&Cdu::pumpEfficiency, "pumpEfficiency", "Pump efficiency", Quantity::Fraction, 0.05, 0.95),
        flag<Cdu>(&Cdu::failed, "failed", "Failed (what-if)"),
    });
    return f;
}

} // namespace aif
