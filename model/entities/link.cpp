#include "link.h"

namespace aif {

const std::vector<Field<Link>> &Link::fields()
{
    using L = Link;
    using namespace fields;
    static const auto f = withBaseFields<L>({
        ref<L>(&L::from, "from", "From", {EntityKind::Switch, EntityKind::Rack, EntityKind::Site}, true)
            .explain("Rack or switch at one end of the links (a site for a scale-across link between sites)."),
        ref<L>(&L::to, "to", "To", {EntityKind::Switch, EntityKind::Rack, EntityKind::Site}, true)
            .explain("Rack or switch at the other end (or the other site)."),
        integer<L>(&L::count, "count", "Links", 1, 1000000)
            .explain("Identical links in the group."),
        number<L>(&L::speedGbps, "speedGbps", "Speed", Quantity::DataRateGbps, 1, 1e5)
            .explain("Data rate of one link."),
        catalogRef<L>(&L::transceiver, "transceiver", "Transceiver", "optics", false)
            .explain("Optical module at each end (catalog); none means a copper cable."),
        // Up to a continent: scale-across links between sites run hundreds or thousands of km.
        number<L>(&L::lengthM, "lengthM", "Length", Quantity::Length, 0, 2e7)
            .explain("Cable length of one link."),
        integer<L>(&L::failedLinks, "failedLinks", "Failed links (what-if)", 0, 1000000)
            .explain("Links of the group taken down to test the fabric (what-if); traffic moves to the rest."),
    });
    return f;
}

} // namespace aif
