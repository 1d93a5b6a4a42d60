#pragma once

#include "projectfabric.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace aif {

struct Project;

namespace network {

// The scale-out bandwidth one domain gives each of its GPUs (docs/network.md, "Into the other
// solvers"). Rail-optimised leaves join the nodes of one scalable unit (SU) in one hop at the
// NIC's rate; traffic between SUs climbs to the spines and shares the leaf's uplinks, so it gets
// the NIC rate x min(1, up/down) of the leaf (the oversubscription), as the bisection does.
struct DomainBandwidth
{
    std::string domainId;
    std::vector<std::string> racks;   // the GPU racks it serves
    double nicGbps = 0;               // per GPU, one direction
    double crossLeafGbps = 0;         // per GPU between SUs: nicGbps x min(1, up/down)
    double upDownRatio = 1;           // min(1, leaf up ports / down ports); 1 on a single leaf
    int suGpus = 0;                   // GPUs of one SU: reached without leaving the leaves
    // Scale-across, set by FabricFeed::bandwidthFor when the racks span several domains: a
    // group larger than the racks' GPUs in this (the largest) domain crosses the DCI links.
    int domains = 1;                  // scale-out domains the racks span
    int domainGpus = 0;               // the racks' GPUs in this domain
    double acrossGbps = 0;            // per GPU across the boundary, one way (0: one domain)
    double acrossLatencyS = 0;        // one way, the slowest DCI link between them
};

// What the power, thermal, TCO and throughput solvers take from the planned fabric.
struct FabricFeed
{
    ProjectFabric fabric;
    // Planned network power in each rack (switches in network racks, node-end optics in GPU
    // racks), parallel to project.racks.
    std::vector<double> rackW;
    struct Automatic
    {
        std::string domainId;
        FabricLoad load;
    };
    std::vector<Automatic> automatic;   // automatic switch positions: no rack of their own
    // Project switches of planned domains: the plan sizes their power and cost instead of the
    // entities' hand-typed powerW and ports (no double counting).
    std::unordered_set<std::string> plannedSwitches;
    double switchPowerW = 0, opticsPowerW = 0;   // scale-out domains only (scale-up is in the systems)
    double capexUsd = 0;                         // switches, optics and cables of the plan
    std::vector<DomainBandwidth> bandwidth;
    std::unordered_map<std::string, int> rackGpus;   // GPU racks of planned domains

    double powerW() const { return switchPowerW + opticsPowerW; }
    // The domain serving most of these racks' GPUs, or none (no planned scale-out domain); when
    // the racks span several domains, with what the DCI links between them give each GPU.
    std::optional<DomainBandwidth> bandwidthFor(const std::vector<std::string> &racks) const;
};

FabricFeed fabricFeed(const Project &project, const Catalog &catalog);

} // namespace network
} // namespace aif
