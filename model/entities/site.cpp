#include "site.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Site>> &Site::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Site>({
        text<Site>(&Site::location, "location", QT_TRANSLATE_NOOP("aif::Field", "Location"))
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Town or address of the site, in words.")),
        catalogRef<Site>(&Site::climate, "climate", QT_TRANSLATE_NOOP("aif::Field", "Climate"),
                         "climate", false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Weather dataset for free cooling and the annual energy "
                                       "year (bundled climate normals).")),
        number<Site>(&Site::latitudeDeg, "latitudeDeg", QT_TRANSLATE_NOOP("aif::Field", "Latitude"),
                     Quantity::Angle, -90, 90)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Latitude of the site (north positive).")),
        number<Site>(&Site::longitudeDeg, "longitudeDeg",
                     QT_TRANSLATE_NOOP("aif::Field", "Longitude"), Quantity::Angle, -180, 180)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Longitude of the site (east positive).")),
        // Lowest and highest inhabited data-center sites fall well inside this range.
        number<Site>(&Site::elevationM, "elevationM", QT_TRANSLATE_NOOP("aif::Field", "Elevation"),
                     Quantity::Length, -500, 5000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Height above sea level; thinner air carries less heat.")),
        // The cleanest grids run near 10 g/kWh, coal-heavy ones above 1,000 (Ember, 2024).
        number<Site>(&Site::gridCarbonGPerKwh, "gridCarbonGPerKwh",
                     QT_TRANSLATE_NOOP("aif::Field", "Grid carbon intensity"),
                     Quantity::CarbonIntensity, 0, 2000)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Carbon intensity of the grid electricity (grams CO₂ per kWh); 0 means not set.")),
        number<Site>(&Site::carbonFreeShare, "carbonFreeShare",
                     QT_TRANSLATE_NOOP("aif::Field", "Carbon-free supply (PPA, on-site)"),
                     Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Share of the site's electricity matched by a carbon-free PPA or on-site "
                "generation: "
                "market-based Scope 2 counts only the rest (location-based counts the grid).")),
        number<Site>(&Site::tariffUsdPerKwh, "tariffUsdPerKwh",
                     QT_TRANSLATE_NOOP("aif::Field", "Electricity tariff"),
                     Quantity::PricePerEnergy, 0, 10)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Price of electricity at this site; 0 uses the project's economics tariff.")),
        number<Site>(&Site::usersDistanceM, "usersDistanceM",
                     QT_TRANSLATE_NOOP("aif::Field", "Fibre route to users"), Quantity::Length, 0,
                     4e7)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Fibre route length from this site to the users it serves: their round trip "
                "is checked against each deployment's latency budget.")),
    });
    return f;
}

} // namespace aif
