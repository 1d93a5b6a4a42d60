#include "economics.h"

namespace aif {

const std::vector<Field<Economics>> &Economics::fields()
{
    using E = Economics;
    using namespace fields;
    static const auto f = withBaseFields<E>({
        number<E>(&E::tariffUsdPerKwh, "tariffUsdPerKwh", "Electricity tariff", Quantity::PricePerEnergy, 0, 10),
        number<E>(&E::demandChargeUsdPerKwMonth, "demandChargeUsdPerKwMonth", "Demand charge (USD/kW-month)",
                  Quantity::None, 0, 1000),
        number<E>(&E::waterUsdPerM3, "waterUsdPerM3", "Water price", Quantity::PricePerVolume, 0, 1000),
        number<E>(&E::discountRate, "discountRate", "Discount rate", Quantity::Fraction, 0, 0.5),
        // GPUs 4-6 years, facility 15-20 years (physics.md, TCO).
        number<E>(&E::itLifeYears, "itLifeYears", "IT life", Quantity::Years, 1, 20),
        number<E>(&E::facilityLifeYears, "facilityLifeYears", "Facility life", Quantity::Years, 1, 60),
        number<E>(&E::maintenanceFraction, "maintenanceFraction", "Maintenance (of capex per year)",
                  Quantity::Fraction, 0, 0.5),
        number<E>(&E::staffUsdPerYear, "staffUsdPerYear", "Staff cost per year", Quantity::Money, 0, 1e10),
        number<E>(&E::softwareUsdPerYear, "softwareUsdPerYear", "Software cost per year", Quantity::Money, 0, 1e10),
    });
    return f;
}

} // namespace aif
