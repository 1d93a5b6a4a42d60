#include "containment.h"

namespace aif {

const std::vector<Field<Containment>> &Containment::fields()
{
    using C = Containment;
    using namespace fields;
    static const auto f = withBaseFields<C>({
        ref<C>(&C::hall, "hall", "Hall", {EntityKind::Hall}, true),
        choice<C>(&C::type, "type", "Type", {"hot-aisle", "cold-aisle"}),
        refList<C>(&C::rows, "rows", "Rows", {EntityKind::Row}),
        number<C>(&C::xM, "xM", "X", Quantity::Length, -1e4, 1e4),
        number<C>(&C::yM, "yM", "Y", Quantity::Length, -1e4, 1e4),
        number<C>(&C::widthM, "widthM", "Width", Quantity::Length, 0.1, 1000),
        number<C>(&C::depthM, "depthM", "Depth", Quantity::Length, 0.1, 1000),
        number<C>(&C::leakageFraction, "leakageFraction", "Leakage", Quantity::Fraction, 0, 1),
    });
    return f;
}

} // namespace aif
