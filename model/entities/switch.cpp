#include "switch.h"

namespace aif {

const std::vector<Field<Switch>> &Switch::fields()
{
    using S = Switch;
    using namespace fields;
    static const auto f = withBaseFields<S>({
        ref<S>(&S::hall, "hall", "Hall", {EntityKind::Hall}, false),
        ref<S>(&S::rack, "rack", "Rack", {EntityKind::Rack}, false),
        ref<S>(&S::domain, "domain", "Network domain", {EntityKind::NetworkDomain}, false),
        choice<S>(&S::tier, "tier", "Tier", {"scale-up", "leaf", "spine", "core"}),
        catalogRef<S>(&S::model, "model", "Catalog model", "network", false),
        integer<S>(&S::ports, "ports", "Ports", 1, 4096),
        number<S>(&S::portSpeedGbps, "portSpeedGbps", "Port speed", Quantity::DataRateGbps, 1, 1e5),
        catalogRef<S>(&S::transceiver, "transceiver", "Transceiver", "optics", false),
        number<S>(&S::powerW, "powerW", "Power (no optics)", Quantity::Power, 0, 1e5),
        flag<S>(&S::failed, "failed", "Failed (what-if)"),
    });
    return f;
}

} // namespace aif
