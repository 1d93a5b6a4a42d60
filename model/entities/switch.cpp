#include "switch.h"

namespace aif {

const std::vector<Field<Switch>> &Switch::fields()
{
    using S = Switch;
    using namespace fields;
    static const auto f = withBaseFields<S>({
        ref<S>(&S::hall, "hall", "Hall", {EntityKind::Hall}, false)
            .explain("Hall of a free-standing switch (empty when mounted in a rack)."),
        ref<S>(&S::rack, "rack", "Rack", {EntityKind::Rack}, false)
            .explain("Rack the switch is mounted in; its power and heat load that rack."),
        ref<S>(&S::domain, "domain", "Network domain", {EntityKind::NetworkDomain}, false)
            .explain("Network domain the switch belongs to."),
        choice<S>(&S::tier, "tier", "Tier", {"scale-up", "leaf", "spine", "core"})
            .explain("Position in the fabric: scale-up, leaf, spine or core.")
            .labels({"Scale-up", "Leaf", "Spine", "Core"}),
        catalogRef<S>(&S::model, "model", "Catalog model", "network", false)
            .explain("Catalog entry the rated values were copied from."),
        integer<S>(&S::ports, "ports", "Ports", 1, 4096)
            .explain("Ports in use."),
        number<S>(&S::portSpeedGbps, "portSpeedGbps", "Port speed", Quantity::DataRateGbps, 1, 1e5)
            .explain("Data rate of one port."),
        catalogRef<S>(&S::transceiver, "transceiver", "Transceiver", "optics", false)
            .explain("Optical module in each port (catalog); none means copper or co-packaged optics."),
        number<S>(&S::powerW, "powerW", "Power (no optics)", Quantity::Power, 0, 1e5)
            .explain("Power of the switch without its optical modules."),
        flag<S>(&S::failed, "failed", "Failed (what-if)")
            .explain("Take the switch out of service (what-if)."),
    });
    return f;
}

} // namespace aif
