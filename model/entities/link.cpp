#include "link.h"

namespace aif {

const std::vector<Field<Link>> &Link::fields()
{
    using L = Link;
    using namespace fields;
    static const auto f = withBaseFields<L>({
        ref<L>(&L::from, "from", "From", {EntityKind::Switch, EntityKind::Rack}, true),
        ref<L>(&L::to, "to", "To", {EntityKind::Switch, EntityKind::Rack}, true),
        integer<L>(&L::count, "count", "Links", 1, 1000000),
        number<L>(&L::speedGbps, "speedGbps", "Speed", Quantity::DataRateGbps, 1, 1e5),
        catalogRef<L>(&L::transceiver, "transceiver", "Transceiver", "optics", false),
        number<L>(&L::lengthM, "lengthM", "Length", Quantity::Length, 0, 1e5),
    });
    return f;
}

} // namespace aif
