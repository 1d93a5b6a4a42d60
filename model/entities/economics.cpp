#include "economics.h"

namespace aif {

const std::vector<Field<Economics>> &Economics::fields()
{
    using E = Economics;
    using namespace fields;
    static const auto f = withBaseFields<E>({
        number<E>(&E::tariffUsdPerKwh, "tariffUsdPerKwh", "Electricity tariff", Quantity::PricePerEnergy, 0, 10)
            .explain("Price of electricity per kWh drawn by the site."),
        number<E>(&E::demandChargeUsdPerKwMonth, "demandChargeUsdPerKwMonth", "Demand charge (USD/kW-month)",
                  Quantity::None, 0, 1000)
            .explain("Monthly charge per kW of the site's peak demand."),
        number<E>(&E::waterUsdPerM3, "waterUsdPerM3", "Water price", Quantity::PricePerVolume, 0, 1000)
            .explain("Price of water (cooling-tower make-up)."),
        number<E>(&E::heatPriceUsdPerKwh, "heatPriceUsdPerKwh", "Reused heat price", Quantity::PricePerEnergy, 0, 10)
            .explain("What the heat network pays per kWh of heat the heat-reuse exchangers hand over (TCO revenue; 0: given away)."),
        number<E>(&E::discountRate, "discountRate", "Discount rate", Quantity::Fraction, 0, 0.5)
            .explain("Cost of capital used to annualise investments."),
        // GPUs 4-6 years, facility 15-20 years (physics.md, TCO).
        number<E>(&E::itLifeYears, "itLifeYears", "IT life", Quantity::Years, 1, 20)
            .explain("Years before GPUs, servers and network are replaced."),
        number<E>(&E::facilityLifeYears, "facilityLifeYears", "Facility life", Quantity::Years, 1, 60)
            .explain("Years the building, power and cooling plant are written off over."),
        number<E>(&E::maintenanceFraction, "maintenanceFraction", "Maintenance (of capex per year)",
                  Quantity::Fraction, 0, 0.5)
            .explain("Yearly maintenance as a share of the investment."),
        number<E>(&E::staffUsdPerYear, "staffUsdPerYear", "Staff cost per year", Quantity::Money, 0, 1e10)
            .explain("Operations staff cost per year."),
        number<E>(&E::softwareUsdPerYear, "softwareUsdPerYear", "Software cost per year", Quantity::Money, 0, 1e10)
            .explain("Software licences and support per year."),
    });
    return f;
}

} // namespace aif
