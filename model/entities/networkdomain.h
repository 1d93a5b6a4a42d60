#pragma once

#include "entity.h"

namespace aif {

// A network domain: a scale-up domain (NVLink NVL72, a 384-NPU supernode) or a scale-out
// fabric (leaf/spine fat tree) spanning a set of racks.
struct NetworkDomain : EntityBase
{
    std::string type = "scale-out";  // scale-up, scale-out
    std::string technology;          // NVLink5, InfiniBand XDR, Ethernet ...
    std::vector<std::string> racks;
    double bandwidthPerGpuGBps = 50.0;
    double oversubscription = 1.0;

    static const std::vector<Field<NetworkDomain>> &fields();
};

} // namespace aif
