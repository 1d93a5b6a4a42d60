#pragma once

#include "json.h"

#include <string>
#include <vector>

namespace aif {

class Catalog;

namespace network {

// ceil(a / b) for counts of ports, switches and links; 0 when b is not positive.
inline long long ceilDiv(long long a, long long b)
{
    return b > 0 ? (a + b - 1) / b : 0;
}

// A scale-out fat tree without a floor plan (docs/network.md): what `aif fabric --gpus ...` asks.
struct FatTreeInput
{
    int gpus = 0;
    int gpusPerSystem = 8;
    double nicGbps = 400;       // one NIC port
    int nicsPerGpu = 1;
    int planes = 1;             // the GPU's NIC bandwidth is spread evenly over the planes
    std::string switchId;       // catalog "network"; empty: found by radix and port speed
    int radix = 0;              // ports at portGbps (a 64 x 800G switch is radix 128 at 400G)
    double portGbps = 0;
    int tiers = 0;              // 2, 3 or 0 = auto (the fewest that fit)
    double overDown = 1, overUp = 1;   // oversubscription A:B at the leaf, down:up
    bool railOptimized = true;
    int suSystems = 0;          // systems per scalable unit (0: as many as one leaf's down ports)
    bool fullSu = false;        // lay the cabling for whole SUs
    int extraLeafPorts = 0;     // UFM / management ports on the leaves (one cable each)
    int nodeLinksPerTransceiver = 1;   // 2 for the twin-port OSFP cages of a DGX H100
    double lengthM = -1;        // one length for every link (picks the medium); <0: the switch's optic
    std::string opticsTechnology = "pluggable";   // pluggable, lpo or cpo (what-if)
};

struct OpticsLine
{
    std::string id, tier, medium, technology, source;
    long long count = 0;
    double powerW = 0, pjPerBit = 0, priceUsd = 0;
};

struct FatTreeResult
{
    std::string error;          // non-empty: the inputs cannot be built
    std::vector<std::string> warnings;
    std::string switchId, switchName, switchSource;
    int physicalPorts = 0, splitFactor = 1, radix = 0, tiers = 0, planes = 1, rails = 1;
    double physicalGbps = 0, linkGbps = 0, laneGbps = 100;
    int systems = 0, cabledSystems = 0, scalableUnits = 0, suSystems = 0, linksPerGpuPerPlane = 1;
    int downPerLeaf = 0, upPerLeaf = 0;
    long long leaves = 0, spines = 0, cores = 0, pods = 0;
    long long cablesNodeLeaf = 0, cablesLeafSpine = 0, cablesSpineCore = 0;
    long long xcvrLeaf = 0, xcvrSpine = 0, xcvrCore = 0, xcvrNode = 0, xcvrExtra = 0;
    std::vector<OpticsLine> optics;
    double switchPowerW = 0, opticsPowerW = 0, capexUsd = 0, switchCapexUsd = 0, opticsCapexUsd = 0;
    double bisectionTbps = 0, perGpuGbps = 0;
    long long maxEndpoints = 0;
    int hopsMax = 0, hopsSameRail = 1;
    double latencyNs = 0;
};

FatTreeResult planFatTree(const FatTreeInput &in, const Catalog &catalog);

// The smallest divisor of `n` that is >= `atLeast` (n itself when none smaller): spines (and
// cores) split a leaf's uplinks evenly, as the SuperPOD tables do (3 SU H100: 16 spines, not 12).
int divisorAtLeast(int n, long long atLeast);

Json fatTreeJson(const FatTreeResult &r);

} // namespace network
} // namespace aif
