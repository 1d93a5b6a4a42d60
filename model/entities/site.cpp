#include "site.h"

namespace aif {

const std::vector<Field<Site>> &Site::fields()
{
    using namespace fields;
    static const auto f = withBaseFields<Site>({
        text<Site>(&Site::location, "location", "Location"),
        text<Site>(&Site::climate, "climate", "Climate dataset"),
        number<Site>(&Site::latitudeDeg, "latitudeDeg", "Latitude", Quantity::Angle, -90, 90),
        number<Site>(&Site::longitudeDeg, "longitudeDeg", "Longitude", Quantity::Angle, -180, 180),
        // Lowest and highest inhabited data-center sites fall well inside this range.
        number<Site>(&Site::elevationM, "elevationM", "Elevation", Quantity::Length, -500, 5000),
    });
    return f;
}

} // namespace aif
