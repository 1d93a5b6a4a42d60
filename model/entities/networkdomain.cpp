#include "networkdomain.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<NetworkDomain>> &NetworkDomain::fields()
{
    using N = NetworkDomain;
    using namespace fields;
    static const auto f = withBaseFields<N>({
        choice<N>(&N::type, "type", QT_TRANSLATE_NOOP("aif::Field", "Type"),
                  {"scale-up", "scale-out"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Scale-up: a GPU-to-GPU domain such as NVLink NVL72; "
                                       "scale-out: a leaf/spine fabric between nodes."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Scale-up"),
                     QT_TRANSLATE_NOOP("aif::Field", "Scale-out")}),
        text<N>(&N::technology, "technology", QT_TRANSLATE_NOOP("aif::Field", "Technology"))
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Link technology in words (NVLink 5, InfiniBand XDR, Spectrum-X Ethernet …).")),
        refList<N>(&N::racks, "racks", QT_TRANSLATE_NOOP("aif::Field", "Racks"), {EntityKind::Rack})
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Racks the domain spans.")),
        number<N>(&N::bandwidthPerGpuGBps, "bandwidthPerGpuGBps",
                  QT_TRANSLATE_NOOP("aif::Field", "Bandwidth per GPU"), Quantity::DataRateGBps, 0.1,
                  1e5)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Bandwidth each GPU has into the domain, one direction.")),
        number<N>(&N::oversubscription, "oversubscription",
                  QT_TRANSLATE_NOOP("aif::Field", "Oversubscription"), Quantity::None, 1, 64)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Downlink over uplink bandwidth at the leaves (1 = non-blocking).")),
    });
    return f;
}

} // namespace aif
