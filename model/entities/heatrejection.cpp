#include "heatrejection.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<HeatRejection>> &HeatRejection::fields()
{
    using H = HeatRejection;
    using namespace fields;
    static const auto f = withBaseFields<H>({
        choice<H>(&H::type, "type", QT_TRANSLATE_NOOP("aif::Field", "Type"),
                  {"chiller", "dry-cooler", "cooling-tower", "heat-reuse"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Chiller: compressor cooling; dry cooler: fans and coils, no water; cooling tower: "
                "evaporative; heat reuse: exchanger to a district-heating or process network."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Chiller"),
                     QT_TRANSLATE_NOOP("aif::Field", "Dry cooler"),
                     QT_TRANSLATE_NOOP("aif::Field", "Cooling tower"),
                     QT_TRANSLATE_NOOP("aif::Field", "Heat-reuse exchanger")}),
        catalogRef<H>(&H::model, "model", QT_TRANSLATE_NOOP("aif::Field", "Catalog model"),
                      "cooling", false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Catalog entry the rated values were copied from.")),
        ref<H>(&H::loop, "loop", QT_TRANSLATE_NOOP("aif::Field", "Loop"), {EntityKind::LiquidLoop},
               true)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "The facility or chilled-water loop whose heat these units reject.")),
        integer<H>(&H::units, "units", QT_TRANSLATE_NOOP("aif::Field", "Units installed"), 1, 500)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Identical units installed, redundant ones included.")),
        integer<H>(&H::redundantUnits, "redundantUnits",
                   QT_TRANSLATE_NOOP("aif::Field", "Redundant units"), 0, 100)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Units that may fail while the rest still carry the design load (the k of N+k).")),
        integer<H>(&H::failedUnits, "failedUnits",
                   QT_TRANSLATE_NOOP("aif::Field", "Failed units (what-if)"), 0, 500)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Units of the bank taken out of service to test redundancy "
                                       "(what-if); the rest carry the load.")),
        number<H>(&H::capacityW, "capacityW", QT_TRANSLATE_NOOP("aif::Field", "Capacity per unit"),
                  Quantity::CoolingCapacity, 1, 5e7)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Heat one unit rejects at its rated conditions.")),
        // Chiller COP: 0 = not a chiller; water-cooled centrifugals reach ~7-10 at AHRI conditions.
        number<H>(&H::copRated, "copRated", QT_TRANSLATE_NOOP("aif::Field", "Rated COP"),
                  Quantity::None, 0, 20)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Chillers: heat removed per unit of electrical power at "
                                       "rated conditions (0 for other types).")),
        number<H>(&H::approachK, "approachK", QT_TRANSLATE_NOOP("aif::Field", "Approach"),
                  Quantity::TemperatureDelta, 0, 30)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field",
                                  "Dry coolers: leaving water above dry-bulb; towers: above "
                                  "wet-bulb; heat reuse: above the receiving network's return.")),
        number<H>(&H::fanPowerW, "fanPowerW", QT_TRANSLATE_NOOP("aif::Field", "Fan power per unit"),
                  Quantity::Power, 0, 1e6)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Fan (or pump) power of one unit at full speed.")),
        // District-heating returns run 25-60 °C (4th/5th generation networks, Lund et al. 2014).
        number<H>(&H::sinkTempC, "sinkTempC",
                  QT_TRANSLATE_NOOP("aif::Field", "Receiving network return"),
                  Quantity::Temperature, 0, 90)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Heat reuse: return temperature of the receiving network, "
                                       "which the loop must exceed to give its heat away.")),
        number<H>(&H::demandPeakW, "demandPeakW",
                  QT_TRANSLATE_NOOP("aif::Field", "Receiver peak demand"), Quantity::HeatLoad, 0,
                  1e9)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Heat reuse: the receiving network's demand at the site's "
                                       "heating design temperature; "
                                       "milder hours take less (heating degree hours). 0: the "
                                       "receiver takes all it is offered.")),
        // District heating keeps 10-30 % of its winter load in summer for hot water (Frederiksen &
        // Werner, District Heating and Cooling, 2013); 0.2 is a labelled middle.
        number<H>(&H::demandBaseShare, "demandBaseShare",
                  QT_TRANSLATE_NOOP("aif::Field", "Summer base demand"), Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Heat reuse: share of the peak demand that remains when no "
                                       "heating is needed (hot water, process).")),
        // 4th-generation networks supply 50-60 °C, older ones 70-90 °C (Lund et al. 2014).
        number<H>(&H::networkSupplyC, "networkSupplyC",
                  QT_TRANSLATE_NOOP("aif::Field", "Network supply temperature"),
                  Quantity::Temperature, 0, 120)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field",
                                  "Heat reuse: supply temperature the network needs. Above the "
                                  "loop's return a heat pump lifts the "
                                  "heat (its COP from the lift); 0 or below: direct exchange.")),
    });
    return f;
}

} // namespace aif
