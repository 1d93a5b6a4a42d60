#include "link.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Link>> &Link::fields()
{
    using L = Link;
    using namespace fields;
    static const auto f = withBaseFields<L>({
        ref<L>(&L::from, "from", QT_TRANSLATE_NOOP("aif::Field", "From"),
               {EntityKind::Switch, EntityKind::Rack, EntityKind::Site}, true)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Rack or switch at one end of the links (a site for a "
                                       "scale-across link between sites).")),
        ref<L>(&L::to, "to", QT_TRANSLATE_NOOP("aif::Field", "To"),
               {EntityKind::Switch, EntityKind::Rack, EntityKind::Site}, true)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Rack or switch at the other end (or the other site).")),
        integer<L>(&L::count, "count", QT_TRANSLATE_NOOP("aif::Field", "Links"), 1, 1000000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Identical links in the group.")),
        number<L>(&L::speedGbps, "speedGbps", QT_TRANSLATE_NOOP("aif::Field", "Speed"),
                  Quantity::DataRateGbps, 1, 1e5)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Data rate of one link.")),
        catalogRef<L>(&L::transceiver, "transceiver",
                      QT_TRANSLATE_NOOP("aif::Field", "Transceiver"), "optics", false)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Optical module at each end (catalog); none means a copper cable.")),
        // Up to a continent: scale-across links between sites run hundreds or thousands of km.
        number<L>(&L::lengthM, "lengthM", QT_TRANSLATE_NOOP("aif::Field", "Length"),
                  Quantity::Length, 0, 2e7)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Cable length of one link.")),
        integer<L>(&L::failedLinks, "failedLinks",
                   QT_TRANSLATE_NOOP("aif::Field", "Failed links (what-if)"), 0, 1000000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Links of the group taken down to test the fabric "
                                       "(what-if); traffic moves to the rest.")),
    });
    return f;
}

} // namespace aif
