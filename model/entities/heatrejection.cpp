#include "heatrejection.h"

namespace aif {

const std::vector<Field<HeatRejection>> &HeatRejection::fields()
{
    using H = HeatRejection;
    using namespace fields;
    static const auto f = withBaseFields<H>({
        choice<H>(&H::type, "type", "Type", {"chiller", "dry-cooler", "cooling-tower", "heat-reuse"})
            .explain("Chiller: compressor cooling; dry cooler: fans and coils, no water; cooling tower: evaporative; heat reuse: exchanger to a district-heating or process network.")
            .labels({"Chiller", "Dry cooler", "Cooling tower", "Heat-reuse exchanger"}),
        catalogRef<H>(&H::model, "model", "Catalog model", "cooling", false)
            .explain("Catalog entry the rated values were copied from."),
        ref<H>(&H::loop, "loop", "Loop", {EntityKind::LiquidLoop}, true)
            .explain("The facility or chilled-water loop whose heat these units reject."),
        integer<H>(&H::units, "units", "Units installed", 1, 500)
            .explain("Identical units installed, redundant ones included."),
        integer<H>(&H::redundantUnits, "redundantUnits", "Redundant units", 0, 100)
            .explain("Units that may fail while the rest still carry the design load (the k of N+k)."),
        integer<H>(&H::failedUnits, "failedUnits", "Failed units (what-if)", 0, 500)
            .explain("Units of the bank taken out of service to test redundancy (what-if); the rest carry the load."),
        number<H>(&H::capacityW, "capacityW", "Capacity per unit", Quantity::CoolingCapacity, 1, 5e7)
            .explain("Heat one unit rejects at its rated conditions."),
        // Chiller COP: 0 = not a chiller; water-cooled centrifugals reach ~7-10 at AHRI conditions.
        number<H>(&H::copRated, "copRated", "Rated COP", Quantity::None, 0, 20)
            .explain("Chillers: heat removed per unit of electrical power at rated conditions (0 for other types)."),
        number<H>(&H::approachK, "approachK", "Approach", Quantity::TemperatureDelta, 0, 30)
            .explain("Dry coolers: leaving water above dry-bulb; towers: above wet-bulb; heat reuse: above the receiving network's return."),
        number<H>(&H::fanPowerW, "fanPowerW", "Fan power per unit", Quantity::Power, 0, 1e6)
            .explain("Fan (or pump) power of one unit at full speed."),
        // District-heating returns run 25-60 °C (4th/5th generation networks, Lund et al. 2014).
        number<H>(&H::sinkTempC, "sinkTempC", "Receiving network return", Quantity::Temperature, 0, 90)
            .explain("Heat reuse: return temperature of the receiving network, which the loop must exceed to give its heat away."),
        number<H>(&H::demandPeakW, "demandPeakW", "Receiver peak demand", Quantity::HeatLoad, 0, 1e9)
            .explain("Heat reuse: the receiving network's demand at the site's heating design temperature; "
                     "milder hours take less (heating degree hours). 0: the receiver takes all it is offered."),
        // District heating keeps 10-30 % of its winter load in summer for hot water (Frederiksen &
        // Werner, District Heating and Cooling, 2013); 0.2 is a labelled middle.
        number<H>(&H::demandBaseShare, "demandBaseShare", "Summer base demand", Quantity::Fraction, 0, 1)
            .explain("Heat reuse: share of the peak demand that remains when no heating is needed (hot water, process)."),
        // 4th-generation networks supply 50-60 °C, older ones 70-90 °C (Lund et al. 2014).
        number<H>(&H::networkSupplyC, "networkSupplyC", "Network supply temperature", Quantity::Temperature, 0, 120)
            .explain("Heat reuse: supply temperature the network needs. Above the loop's return a heat pump lifts the "
                     "heat (its COP from the lift); 0 or below: direct exchange."),
    });
    return f;
}

} // namespace aif
