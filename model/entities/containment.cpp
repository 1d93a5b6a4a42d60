#include "containment.h"

namespace aif {

const std::vector<Field<Containment>> &Containment::fields()
{
    using C = Containment;
    using namespace fields;
    static const auto f = withBaseFields<C>({
        ref<C>(&C::hall, "hall", "Hall", {EntityKind::Hall}, true)
            .explain("The hall the containment stands in."),
        choice<C>(&C::type, "type", "Type", {"hot-aisle", "cold-aisle"})
            .explain("Hot aisle: encloses the exhaust side of the rows; cold aisle: encloses the intake side.")
            .labels({"Hot aisle", "Cold aisle"}),
        refList<C>(&C::rows, "rows", "Rows", {EntityKind::Row})
            .explain("Rows whose aisle the containment closes."),
        number<C>(&C::xM, "xM", "X", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the contained zone across the hall."),
        number<C>(&C::yM, "yM", "Y", Quantity::Length, -1e4, 1e4)
            .explain("Centre of the contained zone along the hall."),
        number<C>(&C::widthM, "widthM", "Width", Quantity::Length, 0.1, 1000)
            .explain("Extent of the zone across the hall."),
        number<C>(&C::depthM, "depthM", "Depth", Quantity::Length, 0.1, 1000)
            .explain("Extent of the zone along the hall."),
        number<C>(&C::leakageFraction, "leakageFraction", "Leakage", Quantity::Fraction, 0, 1)
            .explain("Share of the rack airflow that leaks past doors, gaps and missing blanking panels."),
    });
    return f;
}

} // namespace aif
