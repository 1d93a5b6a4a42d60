#include "cdu.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Cdu>> &Cdu::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Cdu>({
        ref<Cdu>(&Cdu::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall},
                 true)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The hall the CDU stands in.")),
        catalogRef<Cdu>(&Cdu::model, "model", QT_TRANSLATE_NOOP("aif::Field", "Catalog model"),
                        "cooling", false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Catalog entry the rated values were copied from.")),
        number<Cdu>(&Cdu::xM, "xM", QT_TRANSLATE_NOOP("aif::Field", "X"), Quantity::Length, -1e4,
                    1e4)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Centre of the CDU across the hall, from the hall's west wall.")),
        number<Cdu>(&Cdu::yM, "yM", QT_TRANSLATE_NOOP("aif::Field", "Y"), Quantity::Length, -1e4,
                    1e4)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Centre of the CDU along the hall, from the hall's south wall.")),
        number<Cdu>(&Cdu::rotationDeg, "rotationDeg", QT_TRANSLATE_NOOP("aif::Field", "Rotation"),
                    Quantity::Angle, 0, kMaxRotationDeg)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Orientation on the plan in quarter turns.")),
        number<Cdu>(&Cdu::widthM, "widthM", QT_TRANSLATE_NOOP("aif::Field", "Width"),
                    Quantity::Length, 0.1, 20)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Footprint along the CDU's front.")),
        number<Cdu>(&Cdu::depthM, "depthM", QT_TRANSLATE_NOOP("aif::Field", "Depth"),
                    Quantity::Length, 0.1, 20)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Footprint front to back.")),
        ref<Cdu>(&Cdu::primaryLoop, "primaryLoop",
                 QT_TRANSLATE_NOOP("aif::Field", "Primary (facility) loop"),
                 {EntityKind::LiquidLoop}, true)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Facility or chilled-water loop on the CDU's primary side (where its heat goes).")),
        ref<Cdu>(&Cdu::secondaryLoop, "secondaryLoop",
                 QT_TRANSLATE_NOOP("aif::Field", "Secondary (TCS) loop"), {EntityKind::LiquidLoop},
                 true)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Technology cooling loop (TCS) the CDU pumps through the racks' cold plates.")),
        number<Cdu>(&Cdu::capacityW, "capacityW", QT_TRANSLATE_NOOP("aif::Field", "Capacity"),
                    Quantity::CoolingCapacity, 1, 2e7)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Heat the CDU's exchanger transfers at its rated approach.")),
        // physics.md: CDU approach 2-5 K typical (assumption); allow 0.5-20 K.
        number<Cdu>(&Cdu::approachK, "approachK", QT_TRANSLATE_NOOP("aif::Field", "Approach"),
                    Quantity::TemperatureDelta, 0.5, 20)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "How much warmer the secondary supply is than the primary supply.")),
        number<Cdu>(&Cdu::secondaryFlowM3s, "secondaryFlowM3s",
                    QT_TRANSLATE_NOOP("aif::Field", "Secondary flow"), Quantity::LiquidFlow, 1e-4,
                    2)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Coolant flow of the secondary pump at its rated point.")),
        number<Cdu>(&Cdu::pumpHeadPa, "pumpHeadPa", QT_TRANSLATE_NOOP("aif::Field", "Pump head"),
                    Quantity::Pressure, 1e3, 2e6)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Pressure the secondary pump delivers at rated flow.")),
        number<Cdu>(&Cdu::pumpEfficiency, "pumpEfficiency",
                    QT_TRANSLATE_NOOP("aif::Field", "Pump efficiency"), Quantity::Fraction, 0.05,
                    0.95)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Hydraulic power over electrical power of the pump.")),
        integer<Cdu>(&Cdu::pumps, "pumps", QT_TRANSLATE_NOOP("aif::Field", "Secondary pumps"), 1,
                     16)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Secondary pumps installed (typically two: N+1).")),
        integer<Cdu>(&Cdu::redundantPumps, "redundantPumps",
                     QT_TRANSLATE_NOOP("aif::Field", "Standby pumps"), 0, 15)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Pumps beyond those the rated flow needs; the others are the duty pumps.")),
        integer<Cdu>(&Cdu::failedPumps, "failedPumps",
                     QT_TRANSLATE_NOOP("aif::Field", "Failed pumps (what-if)"), 0, 16)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Pumps out of service: once they eat into the duty pumps the secondary flow "
                "falls in proportion; with all of them down the CDU moves no coolant.")),
        flag<Cdu>(&Cdu::failed, "failed", QT_TRANSLATE_NOOP("aif::Field", "Failed (what-if)"))
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Take the CDU out of service to test redundancy (what-if).")),
    });
    return f;
}

} // namespace aif
