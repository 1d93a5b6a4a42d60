#include "networkdomain.h"

namespace aif {

const std::vector<Field<NetworkDomain>> &NetworkDomain::fields()
{
    using N = NetworkDomain;
    using namespace fields;
    static const auto f = withBaseFields<N>({
        choice<N>(&N::type, "type", "Type", {"scale-up", "scale-out"})
            .explain("Scale-up: a GPU-to-GPU domain such as NVLink NVL72; scale-out: a leaf/spine fabric between nodes.")
            .labels({"Scale-up", "Scale-out"}),
        text<N>(&N::technology, "technology", "Technology")
            .explain("Link technology in words (NVLink 5, InfiniBand XDR, Spectrum-X Ethernet …)."),
        refList<N>(&N::racks, "racks", "Racks", {EntityKind::Rack})
            .explain("Racks the domain spans."),
        number<N>(&N::bandwidthPerGpuGBps, "bandwidthPerGpuGBps", "Bandwidth per GPU",
                  Quantity::DataRateGBps, 0.1, 1e5)
            .explain("Bandwidth each GPU has into the domain, one direction."),
        number<N>(&N::oversubscription, "oversubscription", "Oversubscription", Quantity::None, 1, 64)
            .explain("Downlink over uplink bandwidth at the leaves (1 = non-blocking)."),
    });
    return f;
}

} // namespace aif
