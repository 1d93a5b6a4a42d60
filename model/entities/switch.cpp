#include "switch.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Switch>> &Switch::fields()
{
    using S = Switch;
    using namespace fields;
    static const auto f = withBaseFields<S>({
        ref<S>(&S::hall, "hall", QT_TRANSLATE_NOOP("aif::Field", "Hall"), {EntityKind::Hall}, false)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Hall of a free-standing switch (empty when mounted in a rack).")),
        ref<S>(&S::rack, "rack", QT_TRANSLATE_NOOP("aif::Field", "Rack"), {EntityKind::Rack}, false)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Rack the switch is mounted in; its power and heat load that rack.")),
        ref<S>(&S::domain, "domain", QT_TRANSLATE_NOOP("aif::Field", "Network domain"),
               {EntityKind::NetworkDomain}, false)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Network domain the switch belongs to.")),
        choice<S>(&S::tier, "tier", QT_TRANSLATE_NOOP("aif::Field", "Tier"),
                  {"scale-up", "leaf", "spine", "core"})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Position in the fabric: scale-up, leaf, spine or core."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Scale-up"),
                     QT_TRANSLATE_NOOP("aif::Field", "Leaf"),
                     QT_TRANSLATE_NOOP("aif::Field", "Spine"),
                     QT_TRANSLATE_NOOP("aif::Field", "Core")}),
        catalogRef<S>(&S::model, "model", QT_TRANSLATE_NOOP("aif::Field", "Catalog model"),
                      "network", false)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Catalog entry the rated values were copied from.")),
        integer<S>(&S::ports, "ports", QT_TRANSLATE_NOOP("aif::Field", "Ports"), 1, 4096)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Ports in use.")),
        number<S>(&S::portSpeedGbps, "portSpeedGbps", QT_TRANSLATE_NOOP("aif::Field", "Port speed"),
                  Quantity::DataRateGbps, 1, 1e5)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Data rate of one port.")),
        catalogRef<S>(&S::transceiver, "transceiver",
                      QT_TRANSLATE_NOOP("aif::Field", "Transceiver"), "optics", false)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Optical module in each port (catalog); none means copper or co-packaged optics.")),
        number<S>(&S::powerW, "powerW", QT_TRANSLATE_NOOP("aif::Field", "Power (no optics)"),
                  Quantity::Power, 0, 1e5)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Power of the switch without its optical modules.")),
        flag<S>(&S::failed, "failed", QT_TRANSLATE_NOOP("aif::Field", "Failed (what-if)"))
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Take the switch out of service (what-if).")),
    });
    return f;
}

} // namespace aif
