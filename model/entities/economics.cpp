#include "economics.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Economics>> &Economics::fields()
{
    using E = Economics;
    using namespace fields;
    static const auto f = withBaseFields<E>({
        number<E>(&E::tariffUsdPerKwh, "tariffUsdPerKwh",
                  QT_TRANSLATE_NOOP("aif::Field", "Electricity tariff"), Quantity::PricePerEnergy,
                  0, 10)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Price of electricity per kWh drawn by the site.")),
        number<E>(&E::demandChargeUsdPerKwMonth, "demandChargeUsdPerKwMonth",
                  QT_TRANSLATE_NOOP("aif::Field", "Demand charge (USD/kW-month)"), Quantity::None,
                  0, 1000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Monthly charge per kW of the site's peak demand.")),
        number<E>(&E::waterUsdPerM3, "waterUsdPerM3",
                  QT_TRANSLATE_NOOP("aif::Field", "Water price"), Quantity::PricePerVolume, 0, 1000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Price of water (cooling-tower make-up).")),
        number<E>(&E::heatPriceUsdPerKwh, "heatPriceUsdPerKwh",
                  QT_TRANSLATE_NOOP("aif::Field", "Reused heat price"), Quantity::PricePerEnergy, 0,
                  10)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "What the heat network pays per kWh of heat the heat-reuse "
                                       "exchangers hand over (TCO revenue; 0: given away).")),
        number<E>(&E::discountRate, "discountRate",
                  QT_TRANSLATE_NOOP("aif::Field", "Discount rate"), Quantity::Fraction, 0, 0.5)
            .explain(
                QT_TRANSLATE_NOOP("aif::Field", "Cost of capital used to annualise investments.")),
        // GPUs 4-6 years, facility 15-20 years (physics.md, TCO).
        number<E>(&E::itLifeYears, "itLifeYears", QT_TRANSLATE_NOOP("aif::Field", "IT life"),
                  Quantity::Years, 1, 20)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Years before GPUs, servers and network are replaced.")),
        number<E>(&E::facilityLifeYears, "facilityLifeYears",
                  QT_TRANSLATE_NOOP("aif::Field", "Facility life"), Quantity::Years, 1, 60)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Years the building, power and cooling plant are written off over.")),
        number<E>(&E::maintenanceFraction, "maintenanceFraction",
                  QT_TRANSLATE_NOOP("aif::Field", "Maintenance (of capex per year)"),
                  Quantity::Fraction, 0, 0.5)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Yearly maintenance as a share of the investment.")),
        number<E>(&E::staffUsdPerYear, "staffUsdPerYear",
                  QT_TRANSLATE_NOOP("aif::Field", "Staff cost per year"), Quantity::Money, 0, 1e10)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Operations staff cost per year.")),
        number<E>(&E::softwareUsdPerYear, "softwareUsdPerYear",
                  QT_TRANSLATE_NOOP("aif::Field", "Software cost per year"), Quantity::Money, 0,
                  1e10)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Software licences and support per year.")),
    });
    return f;
}

} // namespace aif
