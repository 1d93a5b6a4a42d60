#pragma once

#include "json.h"

#include <string>

namespace aif {

class Catalog;

namespace network {

// A scale-up domain (NVLink, Infinity Fabric, unified bus) from the network catalog's
// "scale-up" entry for a system id (docs/network.md).
struct ScaleUpResult
{
    std::string error, systemId, entryId, name, source;
    int gpus = 0, switchTrays = 0, switchChips = 0, linksPerGpu = 0;
    long long copperCables = 0, opticalTransceivers = 0;
    double perGpuTBps = 0, aggregateTBps = 0, powerW = 0, latencyNs = 0, opticsPowerW = 0, switchPowerW = 0;
    double publishedAggregateTBps = 0;
    std::vector<std::string> assumptions;
};

ScaleUpResult scaleUp(const Catalog &catalog, const std::string &systemId);
Json scaleUpJson(const ScaleUpResult &r);

} // namespace network
} // namespace aif
