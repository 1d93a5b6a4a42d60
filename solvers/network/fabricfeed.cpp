#include "fabricfeed.h"

#include "catalog.h"
#include "project.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace aif::network {

const DomainBandwidth *FabricFeed::bandwidthFor(const std::vector<std::string> &racks) const
{
    const DomainBandwidth *best = nullptr;
    size_t bestCount = 0;
    const std::unordered_set<std::string> pool(racks.begin(), racks.end());
    for (const DomainBandwidth &b : bandwidth) {
        size_t n = 0;
        for (const std::string &r : b.racks)
            n += pool.count(r);
        if (n > bestCount) {
            best = &b;
            bestCount = n;
        }
    }
    return best;
}

FabricFeed fabricFeed(const Project &project, const Catalog &catalog)
{
    FabricFeed f;
    f.fabric = planProjectFabric(project, catalog);
    f.rackW.assign(project.racks.size(), 0.0);
    std::unordered_map<std::string, size_t> rackIndex;
    for (size_t i = 0; i < project.racks.size(); ++i)
        rackIndex.emplace(project.racks[i].id, i);
    std::unordered_map<std::string, const NetworkDomain *> domains;
    for (const NetworkDomain &d : project.networkDomains)
        domains.emplace(d.id, &d);

    for (const DomainFabric &d : f.fabric.domains) {
        const FatTreeResult &t = d.tree;
        f.switchPowerW += t.switchPowerW + d.management.switchPowerW;
        f.opticsPowerW += d.opticsPowerW + d.management.opticsPowerW;
        f.capexUsd += t.switchCapexUsd + d.opticsCapexUsd + d.management.capexUsd;
        for (const FabricLoad &l : d.loads) {
            const auto it = l.automatic ? rackIndex.end() : rackIndex.find(l.id);
            if (it != rackIndex.end())
                f.rackW[it->second] += l.switchPowerW + l.opticsPowerW;
            else
                f.automatic.push_back({d.domainId, l});
        }
        for (const Switch &s : project.switches)
            if (s.domain == d.domainId)
                f.plannedSwitches.insert(s.id);

        DomainBandwidth b;
        b.domainId = d.domainId;
        if (const auto it = domains.find(d.domainId); it != domains.end())
            b.racks = it->second->racks;
        // Per GPU, one direction: the GPU's NICs (what the tree was sized for), and between SUs
        // the leaf's uplinks shared by its down ports (bisection uses the same ratio).
        b.nicGbps = t.perGpuGbps;
        b.upDownRatio = t.tiers >= 2 && t.downPerLeaf > 0 ? std::min(1.0, double(t.upPerLeaf) / t.downPerLeaf) : 1.0;
        b.crossLeafGbps = b.nicGbps * b.upDownRatio;
        b.suGpus = t.suSystems * std::max(1, d.gpusPerSystem);
        f.bandwidth.push_back(b);
    }
    return f;
}

} // namespace aif::network
