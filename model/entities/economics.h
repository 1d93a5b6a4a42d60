#pragma once

#include "entity.h"

namespace aif {

// Project-wide economic inputs for TCO. Defaults are labelled assumptions in the UI until the
// user sets them (docs/assumptions.md says where each comes from).
struct Economics : EntityBase
{
    double tariffUsdPerKwh = 0.08;
    double demandChargeUsdPerKwMonth = 0.0;
    double waterUsdPerM3 = 2.0;
    double heatPriceUsdPerKwh = 0.0;   // paid for reused heat at the fence (0: given away)
    double discountRate = 0.08;
    double itLifeYears = 5.0;
    double facilityLifeYears = 15.0;
    double maintenanceFraction = 0.03;  // of capex per year
    double staffUsdPerYear = 0.0;
    double softwareUsdPerYear = 0.0;

    static const std::vector<Field<Economics>> &fields();
};

} // namespace aif
