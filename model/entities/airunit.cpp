#include "airunit.h"

namespace aif {

const std::vector<Field<AirUnit>> &AirUnit::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<AirUnit>({
        ref<AirUnit>(&AirUnit::hall, "hall", "Hall", {EntityKind::Hall}, true)
            .explain("The hall the unit stands in."),
        choice<AirUnit>(&AirUnit::type, "type", "Type", {"crah", "inrow", "rdhx", "fanwall"})
            .explain("CRAH: perimeter computer-room air handler; in-row: cooler between racks; rear door: heat exchanger on a rack's back; fan wall: large wall of fans and coils.")
            .labels({"CRAH (perimeter)", "In-row cooler", "Rear-door heat exchanger", "Fan wall"}),
        catalogRef<AirUnit>(&AirUnit::model, "model", "Catalog model", "cooling", false)
            .explain("Catalog entry the rated values were copied from (capacity, airflow, fan power, size)."),
        number<AirUnit>(&AirUnit::xM, "xM", "X", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the unit across the hall, from the hall's west wall."),
        number<AirUnit>(&AirUnit::yM, "yM", "Y", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the unit along the hall, from the hall's south wall."),
        number<AirUnit>(&AirUnit::rotationDeg, "rotationDeg", "Rotation", Quantity::Angle, 0, kMaxRotationDeg)
            .explain("Direction the unit blows its supply air: 0 south, 90 east, 180 north, 270 west."),
        number<AirUnit>(&AirUnit::widthM, "widthM", "Width", Quantity::Length, 0.1, 20)
            .explain("Footprint along the unit's face."),
        number<AirUnit>(&AirUnit::depthM, "depthM", "Depth", Quantity::Length, 0.1, 20)
            .explain("Footprint front to back."),
        number<AirUnit>(&AirUnit::capacityW, "capacityW", "Cooling capacity", Quantity::CoolingCapacity, 1, 5e6)
            .explain("Sensible heat the unit removes at its rated conditions."),
        number<AirUnit>(&AirUnit::airflowM3s, "airflowM3s", "Airflow", Quantity::AirFlow, 0.01, 200)
            .explain("Air the unit moves at full fan speed."),
        number<AirUnit>(&AirUnit::fanPowerW, "fanPowerW", "Fan power at rated flow", Quantity::Power, 0, 5e5)
            .explain("Electrical power of the fans at the rated airflow; it scales with the cube of fan speed."),
        // ASHRAE TC9.9 allowable envelopes span 5-45 °C; supply outside 5-40 °C is not a design.
        number<AirUnit>(&AirUnit::supplyTempC, "supplyTempC", "Supply air setpoint", Quantity::Temperature, 5, 40)
            .explain("Temperature of the air the unit delivers to the cold aisle."),
        choice<AirUnit>(&AirUnit::discharge, "discharge", "Discharge",
                        {"room", "underfloor", "overhead-duct"})
            .explain("Where the unit blows its air: into the room, down into the raised-floor plenum (to the "
                     "floor tiles) or into overhead ducts.")
            .labels({"Into the room", "Under the raised floor", "Overhead ducts"}),
        choice<AirUnit>(&AirUnit::control, "control", "Control", {"supply", "return"})
            .explain("Supply control holds the supply setpoint; return control holds the return air at its "
                     "setpoint and lets the supply float.")
            .labels({"Supply temperature", "Return temperature"}),
        number<AirUnit>(&AirUnit::returnSetpointC, "returnSetpointC", "Return air setpoint", Quantity::Temperature,
                        15, 55)
            .explain("Return-temperature control: the return air temperature the unit holds."),
        number<AirUnit>(&AirUnit::fanShutoffPa, "fanShutoffPa", "Fan shut-off pressure", Quantity::Pressure, 0, 5000)
            .explain("Fan curve, Pa: the static pressure the fans reach at zero flow (0: the airflow is fixed). "
                     "With it the airflow under a raised floor follows the plenum's pressure."),
        number<AirUnit>(&AirUnit::ratedStaticPa, "ratedStaticPa", "Rated external static", Quantity::Pressure, 0, 5000)
            .explain("Fan curve, Pa: the external static pressure at which the unit delivers its rated airflow."),
        ref<AirUnit>(&AirUnit::chilledWaterLoop, "chilledWaterLoop", "Chilled-water loop",
                     {EntityKind::LiquidLoop}, false)
            .explain("The chilled-water loop that takes the unit's heat away."),
        ref<AirUnit>(&AirUnit::rack, "rack", "Mounted on rack", {EntityKind::Rack}, false)
            .explain("Rear-door units: the rack whose exhaust the door cools."),
        flag<AirUnit>(&AirUnit::failed, "failed", "Failed (what-if)")
            .explain("Take the unit out of service to test redundancy (what-if)."),
    });
    return f;
}

} // namespace aif
