#include "airunit.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<AirUnit>> &AirUnit::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<AirUnit>({
        ref<AirUnit>(&AirUnit::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"),
                     {EntityKind::Hall}, true)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The hall the unit stands in.")),
        choice<AirUnit>(&AirUnit::type, "type", QT_TRANSLATE_NOOP("aif::Field", "Type"),
                        {"crah", "inrow", "rdhx", "fanwall"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "CRAH: perimeter computer-room air handler; in-row: cooler between racks; rear "
                "door: heat exchanger on a rack's back; fan wall: large wall of fans and coils."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "CRAH (perimeter)"),
                     QT_TRANSLATE_NOOP("aif::Field", "In-row cooler"),
                     QT_TRANSLATE_NOOP("aif::Field", "Rear-door heat exchanger"),
                     QT_TRANSLATE_NOOP("aif::Field", "Fan wall")}),
        catalogRef<AirUnit>(&AirUnit::model, "model",
                            QT_TRANSLATE_NOOP("aif::Field", "Catalog model"), "cooling", false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Catalog entry the rated values were copied from (capacity, "
                                       "airflow, fan power, size).")),
        number<AirUnit>(&AirUnit::xM, "xM", QT_TRANSLATE_NOOP("aif::Field", "X"), Quantity::Length,
                        -1e4, 1e4)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Centre of the unit across the hall, from the hall's west wall.")),
        number<AirUnit>(&AirUnit::yM, "yM", QT_TRANSLATE_NOOP("aif::Field", "Y"), Quantity::Length,
                        -1e4, 1e4)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Centre of the unit along the hall, from the hall's south wall.")),
        number<AirUnit>(&AirUnit::rotationDeg, "rotationDeg",
                        QT_TRANSLATE_NOOP("aif::Field", "Rotation"), Quantity::Angle, 0,
                        kMaxRotationDeg)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Direction the unit blows its supply air: 0 south, 90 east, 180 north, 270 west.")),
        number<AirUnit>(&AirUnit::widthM, "widthM", QT_TRANSLATE_NOOP("aif::Field", "Width"),
                        Quantity::Length, 0.1, 20)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Footprint along the unit's face.")),
        number<AirUnit>(&AirUnit::depthM, "depthM", QT_TRANSLATE_NOOP("aif::Field", "Depth"),
                        Quantity::Length, 0.1, 20)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Footprint front to back.")),
        number<AirUnit>(&AirUnit::capacityW, "capacityW",
                        QT_TRANSLATE_NOOP("aif::Field", "Cooling capacity"),
                        Quantity::CoolingCapacity, 1, 5e6)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Sensible heat the unit removes at its rated conditions.")),
        number<AirUnit>(&AirUnit::airflowM3s, "airflowM3s",
                        QT_TRANSLATE_NOOP("aif::Field", "Airflow"), Quantity::AirFlow, 0.01, 200)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Air the unit moves at full fan speed.")),
        number<AirUnit>(&AirUnit::fanPowerW, "fanPowerW",
                        QT_TRANSLATE_NOOP("aif::Field", "Fan power at rated flow"), Quantity::Power,
                        0, 5e5)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Electrical power of the fans at the rated airflow; it "
                                       "scales with the cube of fan speed.")),
        // ASHRAE TC9.9 allowable envelopes span 5-45 °C; supply outside 5-40 °C is not a design.
        number<AirUnit>(&AirUnit::supplyTempC, "supplyTempC",
                        QT_TRANSLATE_NOOP("aif::Field", "Supply air setpoint"),
                        Quantity::Temperature, 5, 40)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Temperature of the air the unit delivers to the cold aisle.")),
        choice<AirUnit>(&AirUnit::discharge, "discharge",
                        QT_TRANSLATE_NOOP("aif::Field", "Discharge"),
                        {"room", "underfloor", "overhead-duct"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Where the unit blows its air: into the room, down into the "
                                       "raised-floor plenum (to the "
                                       "floor tiles) or into overhead ducts."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Into the room"),
                     QT_TRANSLATE_NOOP("aif::Field", "Under the raised floor"),
                     QT_TRANSLATE_NOOP("aif::Field", "Overhead ducts")}),
        choice<AirUnit>(&AirUnit::control, "control", QT_TRANSLATE_NOOP("aif::Field", "Control"),
                        {"supply", "return"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Supply control holds the supply setpoint; return control "
                                       "holds the return air at its "
                                       "setpoint and lets the supply float."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Supply temperature"),
                     QT_TRANSLATE_NOOP("aif::Field", "Return temperature")}),
        number<AirUnit>(&AirUnit::returnSetpointC, "returnSetpointC",
                        QT_TRANSLATE_NOOP("aif::Field", "Return air setpoint"),
                        Quantity::Temperature, 15, 55)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Return-temperature control: the return air temperature the unit holds.")),
        number<AirUnit>(&AirUnit::fanShutoffPa, "fanShutoffPa",
                        QT_TRANSLATE_NOOP("aif::Field", "Fan shut-off pressure"),
                        Quantity::Pressure, 0, 5000)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Fan curve, Pa: the static pressure the fans reach at zero flow (0: the airflow is "
                "fixed). "
                "With it the airflow under a raised floor follows the plenum's pressure.")),
        number<AirUnit>(&AirUnit::ratedStaticPa, "ratedStaticPa",
                        QT_TRANSLATE_NOOP("aif::Field", "Rated external static"),
                        Quantity::Pressure, 0, 5000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Fan curve, Pa: the external static pressure at which the "
                                       "unit delivers its rated airflow.")),
        ref<AirUnit>(&AirUnit::chilledWaterLoop, "chilledWaterLoop",
                     QT_TRANSLATE_NOOP("aif::Field", "Chilled-water loop"),
                     {EntityKind::LiquidLoop}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "The chilled-water loop that takes the unit's heat away.")),
        ref<AirUnit>(&AirUnit::rack, "rack", QT_TRANSLATE_NOOP("aif::Field", "Mounted on rack"),
                     {EntityKind::Rack}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Rear-door units: the rack whose exhaust the door cools.")),
        flag<AirUnit>(&AirUnit::failed, "failed",
                      QT_TRANSLATE_NOOP("aif::Field", "Failed (what-if)"))
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Take the unit out of service to test redundancy (what-if).")),
    });
    return f;
}

} // namespace aif
