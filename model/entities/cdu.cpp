#include "cdu.h"

namespace aif {

const std::vector<Field<Cdu>> &Cdu::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Cdu>({
        ref<Cdu>(&Cdu::hall, "hall", "Hall", {EntityKind::Hall}, true)
            .explain("The hall the CDU stands in."),
        catalogRef<Cdu>(&Cdu::model, "model", "Catalog model", "cooling", false)
            .explain("Catalog entry the rated values were copied from."),
        number<Cdu>(&Cdu::xM, "xM", "X", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the CDU across the hall, from the hall's west wall."),
        number<Cdu>(&Cdu::yM, "yM", "Y", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the CDU along the hall, from the hall's south wall."),
        number<Cdu>(&Cdu::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg)
            .explain("Orientation on the plan in quarter turns."),
        number<Cdu>(&Cdu::widthM, "widthM", "Width", Quantity::Length, 0.1, 20)
            .explain("Footprint along the CDU's front."),
        number<Cdu>(&Cdu::depthM, "depthM", "Depth", Quantity::Length, 0.1, 20)
            .explain("Footprint front to back."),
        ref<Cdu>(&Cdu::primaryLoop, "primaryLoop", "Primary (facility) loop", {EntityKind::LiquidLoop}, true)
            .explain("Facility or chilled-water loop on the CDU's primary side (where its heat goes)."),
        ref<Cdu>(&Cdu::secondaryLoop, "secondaryLoop", "Secondary (TCS) loop", {EntityKind::LiquidLoop}, true)
            .explain("Technology cooling loop (TCS) the CDU pumps through the racks' cold plates."),
        number<Cdu>(&Cdu::capacityW, "capacityW", "Capacity", Quantity::CoolingCapacity, 1, 2e7)
            .explain("Heat the CDU's exchanger transfers at its rated approach."),
        // physics.md: CDU approach 2-5 K typical (assumption); allow 0.5-20 K.
        number<Cdu>(&Cdu::approachK, "approachK", "Approach", Quantity::TemperatureDelta, 0.5, 20)
            .explain("How much warmer the secondary supply is than the primary supply."),
        number<Cdu>(&Cdu::secondaryFlowM3s, "secondaryFlowM3s", "Secondary flow", Quantity::LiquidFlow, 1e-4, 2)
            .explain("Coolant flow of the secondary pump at its rated point."),
        number<Cdu>(&Cdu::pumpHeadPa, "pumpHeadPa", "Pump head", Quantity::Pressure, 1e3, 2e6)
            .explain("Pressure the secondary pump delivers at rated flow."),
        number<Cdu>(&Cdu::pumpEfficiency, "pumpEfficiency", "Pump efficiency", Quantity::Fraction, 0.05, 0.95)
            .explain("Hydraulic power over electrical power of the pump."),
        integer<Cdu>(&Cdu::pumps, "pumps", "Secondary pumps", 1, 16)
            .explain("Secondary pumps installed (typically two: N+1)."),
        integer<Cdu>(&Cdu::redundantPumps, "redundantPumps", "Standby pumps", 0, 15)
            .explain("Pumps beyond those the rated flow needs; the others are the duty pumps."),
        integer<Cdu>(&Cdu::failedPumps, "failedPumps", "Failed pumps (what-if)", 0, 16)
            .explain("Pumps out of service: once they eat into the duty pumps the secondary flow "
                     "falls in proportion; with all of them down the CDU moves no coolant."),
        flag<Cdu>(&Cdu::failed, "failed", "Failed (what-if)")
            .explain("Take the CDU out of service to test redundancy (what-if)."),
    });
    return f;
}

} // namespace aif
