#include "fabricfeed.h"

#include "catalog.h"
#include "project.h"
#include "projectdci.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace aif::network {

std::optional<DomainBandwidth> FabricFeed::bandwidthFor(const std::vector<std::string> &racks) const
{
    const std::unordered_set<std::string> pool(racks.begin(), racks.end());
    std::vector<std::pair<const DomainBandwidth *, int>> spanned;   // domain, the racks' GPUs in it
    const DomainBandwidth *best = nullptr;
    int bestGpus = 0;
    for (const DomainBandwidth &b : bandwidth) {
        int n = 0;
        for (const std::string &r : b.racks)
            if (pool.count(r)) {
                const auto it = rackGpus.find(r);
                n += it != rackGpus.end() ? it->second : 0;
            }
        if (n <= 0)
            continue;
        spanned.emplace_back(&b, n);
        if (n > bestGpus) {
            best = &b;
            bestGpus = n;
        }
    }
    if (!best)
        return std::nullopt;
    DomainBandwidth out = *best;
    out.domainGpus = bestGpus;
    out.domains = int(spanned.size());
    if (spanned.size() < 2)
        return out;
    // Across the boundary: the slowest per-GPU share and the slowest latency of the DCI links
    // joining the spanned domains (each link is sized for that share).
    std::unordered_set<std::string> ids;
    for (const auto &[b, n] : spanned)
        ids.insert(b->domainId);
    for (const DciLink &l : fabric.dci)
        if (ids.count(l.domainA) && ids.count(l.domainB)) {
            out.acrossGbps = out.acrossGbps > 0 ? std::min(out.acrossGbps, l.perGpuGbps) : l.perGpuGbps;
            out.acrossLatencyS = std::max(out.acrossLatencyS, l.plan.latencyMs / 1000.0);
        }
    return out;
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
        for (const std::string &id : b.racks)
            if (const auto it = rackIndex.find(id); it != rackIndex.end())
                f.rackGpus.emplace(id, rackGpuCount(project.racks[it->second], catalog));
        // Per GPU, one direction: the GPU's NICs (what the tree was sized for), and between SUs
        // the leaf's uplinks shared by its down ports (bisection uses the same ratio).
        b.nicGbps = t.perGpuGbps;
        b.upDownRatio = t.tiers >= 2 && t.downPerLeaf > 0 ? std::min(1.0, double(t.upPerLeaf) / t.downPerLeaf) : 1.0;
        b.crossLeafGbps = b.nicGbps * b.upDownRatio;
        b.suGpus = t.suSystems * std::max(1, d.gpusPerSystem);
        f.bandwidth.push_back(b);
    }
    // Scale-across links: their modules' power at each domain's spine position, their capex
    // beside the fabric's (network power and heat, TCO, docs/network.md).
    for (const DciLink &l : f.fabric.dci) {
        f.opticsPowerW += l.plan.powerW;
        f.capexUsd += l.plan.capexUsd;
        for (int end = 0; end < 2; ++end) {
            const FabricLoad &e = l.ends[end];
            const auto it = e.automatic ? rackIndex.end() : rackIndex.find(e.id);
            if (it != rackIndex.end())
                f.rackW[it->second] += e.opticsPowerW;
            else
                f.automatic.push_back({end == 0 ? l.domainA : l.domainB, e});
        }
    }
    return f;
}

} // namespace aif::network
