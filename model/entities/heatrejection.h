#pragma once

#include "entity.h"

namespace aif {

// A bank of identical heat-rejection units on a facility or chilled-water loop: chillers,
// dry coolers, cooling towers or heat-reuse exchangers (outside the halls, so no plan position).
struct HeatRejection : EntityBase
{
    std::string type = "dry-cooler";  // chiller, dry-cooler, cooling-tower, heat-reuse
    std::string model;                // catalog "cooling"
    std::string loop;
    int units = 1;
    int redundantUnits = 0;           // N+k: units that may fail with capacity kept
    int failedUnits = 0;              // what-if: units of the bank out of service
    double capacityW = 1e6;           // per unit
    double copRated = 0.0;            // chillers: rated COP
    double approachK = 5.0;           // dry coolers: to dry-bulb; towers: to wet-bulb
    double fanPowerW = 10e3;          // per unit at rated conditions
    double sinkTempC = 30.0;          // heat reuse: return temperature of the receiving network
    // Heat reuse: the receiver's heat demand follows the weather (heating degree hours, with a
    // summer base of hot water or process load); a heat pump lifts the loop's water to the
    // network's supply temperature when that is above what the loop gives (docs/energy.md).
    double demandPeakW = 0.0;         // demand at the site's heating design temperature (0: takes all offered)
    double demandBaseShare = 0.2;     // share of the peak demand that persists in summer
    double networkSupplyC = 0.0;      // supply temperature the network needs (0: direct exchange)

    static const std::vector<Field<HeatRejection>> &fields();
};

} // namespace aif
