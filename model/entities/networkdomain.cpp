#include "networkdomain.h"

namespace aif {

const std::vector<Field<NetworkDomain>> &NetworkDomain::fields()
{
    using N = NetworkDomain;
    using namespace fields;
    static const auto f = withBaseFields<N>({
        choice<N>(&N::type, "type", "Type", {"scale-up", "scale-out"}),
        text<N>(&N::technology, "technology", "Technology"),
        refList<N>(&N::racks, "racks", "Racks", {EntityKind::Rack}),
        number<N>(&N::bandwidthPerGpuGBps, "bandwidthPerGpuGBps", "Bandwidth per GPU",
                  Quantity::DataRateGBps, 0.1, 1e5),
        number<N>(&N::oversubscription, "oversubscription", "Oversubscription", Quantity::None, 1, 64),
    });
    return f;
}

} // namespace aif
