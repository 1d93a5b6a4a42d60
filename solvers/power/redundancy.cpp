#include "redundancy.h"

#include <set>

namespace aif::power {

namespace {

bool equipped(const Project &p, size_t r)
{
    return p.racks[r].systemCount > 0 && !p.racks[r].system.empty();
}

} // namespace

RedundancyReport analyzeRedundancy(const Project &p, const ChainTopology &topo, const std::vector<RackLoad> &racks,
                                   const ChainFlow &healthy, FailureMethod method, const std::vector<double> &nodeDrawW)
{
    RedundancyReport rep;
    const size_t n = p.powerNodes.size();

    // Path structure of every equipped rack.
    rep.dualPath = true;
    rep.independentSources = true;
    bool anyRack = false;
    for (size_t r = 0; r < p.racks.size(); ++r) {
        if (!equipped(p, r))
            continue;
        anyRack = true;
        const int a = topo.nodeIndex(p.racks[r].powerFeedA);
        const int b = topo.nodeIndex(p.racks[r].powerFeedB);
        if (a < 0 || b < 0 || a == b) {
            rep.dualPath = rep.independentSources = false;
            continue;
        }
        // Two paths: no shared stage below the source. Independent: different sources too.
        std::vector<int> pa = topo.pathToSource(a), pb = topo.pathToSource(b);
        if (pa.back() == pb.back())
            rep.independentSources = false;
        pa.pop_back();
        pb.pop_back();
        const std::set<int> sa(pa.begin(), pa.end());
        for (int x : pb) {
            if (sa.contains(x))
                rep.dualPath = false;
        }
    }
    rep.dualPath = rep.dualPath && anyRack;
    rep.independentSources = rep.independentSources && rep.dualPath;

    rep.moduleRedundant = true;
    for (size_t i = 0; i < n; ++i) {
        const PowerNode &node = p.powerNodes[i];
        if ((node.type == "ups" || node.type == "rectifier" || node.type == "sst") && node.liveRedundantModules() < 1)
            rep.moduleRedundant = false;
        // One more module of a multi-module stage fails: the others share its load.
        if (node.liveModules() > 1 && healthy.nodes[i].alive
            && healthy.nodes[i].loadW > (node.liveModules() - 1) * node.ratedW)
            rep.moduleFailureOverloads.push_back(node.id);
    }

    rep.cases = method == FailureMethod::Incremental ? failureCases(p, topo, racks, healthy, nodeDrawW)
                                                     : failureCasesByResolve(p, topo, racks, healthy, nodeDrawW);
    for (const FailureCase &c : rep.cases) {
        rep.casesDroppingLoad += c.droppedRacks.empty() ? 0 : 1;
        rep.casesOverloading += c.overloaded.empty() ? 0 : 1;
    }

    // Indicative Uptime Institute tier from the electrical topology alone (Tier Standard:
    // Topology): IV fault tolerant, III concurrently maintainable, II redundant components.
    const bool survivesAny = rep.casesDroppingLoad == 0 && rep.casesOverloading == 0;
    // Concurrent maintainability (Tier III) concerns the facility's own equipment: a utility
    // feed is outside it, so failures of utility sources are left out for that test.
    bool survivesEquipment = true;
    for (size_t k = 0; k < rep.cases.size(); ++k) {
        if (p.powerNodes[k].type != "utility" && (!rep.cases[k].droppedRacks.empty() || !rep.cases[k].overloaded.empty()))
            survivesEquipment = false;
    }
    if (rep.dualPath && rep.independentSources && survivesAny) {
        rep.tier = 4;
        rep.tierReason = "two independent paths to every rack; no single failure drops or overloads anything";
    } else if (rep.dualPath && survivesEquipment) {
        rep.tier = 3;
        rep.tierReason = "two paths to every rack and no single equipment failure drops or overloads anything, "
                         "but the paths share a utility source";
    } else if (rep.moduleRedundant) {
        rep.tier = 2;
        rep.tierReason = rep.dualPath ? "dual paths, but a single failure drops or overloads load; N+1 modules"
                                      : "single path with N+1 UPS/rectifier modules";
    } else {
        rep.tier = 1;
        rep.tierReason = "single path without redundant modules";
    }
    return rep;
}

} // namespace aif::power
