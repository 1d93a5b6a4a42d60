#include "powersolver.h"

#include "catalog.h"
#include "network/fabricfeed.h"

#include <cmath>

namespace aif::power {

namespace {

Diagnostic violation(Diagnostic::Severity s, const std::string &entity, const std::string &code, std::string message)
{
    return {s, {}, entity, code, std::move(message)};
}

std::string kw(double w)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f kW", w / 1e3);
    return buf;
}

void addViolations(const Project &p, PowerResult &r)
{
    using S = Diagnostic::Severity;
    for (const NodeResult &n : r.nodes) {
        if (!n.alive)
            continue;
        if (n.loadW > n.physicalW * (1 + 1e-9))
            r.violations.push_back(violation(S::Error, n.id, "power.overload",
                                             n.id + " carries " + kw(n.loadW) + ", above its installed " + kw(n.physicalW)));
        else if (n.loadW > n.capacityW * (1 + 1e-9))
            r.violations.push_back(violation(S::Warning, n.id, "power.redundancy-used",
                                             n.id + " carries " + kw(n.loadW) + ", above its N capacity " + kw(n.capacityW)
                                                 + ": its redundant modules are in use"));
    }
    for (size_t i = 0; i < r.racks.size(); ++i) {
        const RackLoad &l = r.racks[i];
        const Rack &rack = p.racks[i];
        if (rack.powerBudgetW > 0 && l.inputW > rack.powerBudgetW * (1 + 1e-9))
            r.violations.push_back(violation(S::Warning, rack.id, "rack.over-budget",
                                             rack.id + " draws " + kw(l.inputW) + ", over its budget " + kw(rack.powerBudgetW)));
        if (l.psuRatedW > 0 && !l.psuInChain && l.componentW > l.psuRatedW)
            r.violations.push_back(violation(S::Error, rack.id, "rack.psu-overload",
                                             rack.id + " needs " + kw(l.componentW) + " from PSUs rated " + kw(l.psuRatedW)));
    }
    if (r.droppedW > 0)
        r.violations.push_back(violation(S::Error, {}, "power.unpowered",
                                         kw(r.droppedW) + " of rack demand has no live power feed"));
    for (const CoolingUnitLoad &u : r.cooling.units) {
        if (u.utilization > 1.0 + 1e-9)
            r.violations.push_back(violation(S::Error, u.id, "cooling.over-capacity",
                                             u.id + " must remove " + kw(u.heatW) + ", above its " + kw(u.capacityW)));
    }
    if (r.cooling.unrejectedHeatW > 1.0)
        r.violations.push_back(violation(S::Error, {}, "cooling.unrejected",
                                         kw(r.cooling.unrejectedHeatW) + " of heat has no cooling capacity to go to"));
    for (const FailureCase &c : r.redundancy.cases) {
        if (!c.droppedRacks.empty())
            r.violations.push_back(violation(S::Warning, c.failed, "redundancy.drop",
                                             "if " + c.failed + " fails, " + std::to_string(c.droppedRacks.size())
                                                 + " racks lose power"));
        if (!c.overloaded.empty())
            r.violations.push_back(violation(S::Warning, c.failed, "redundancy.overload",
                                             "if " + c.failed + " fails, " + c.overloaded.front() + " is overloaded ("
                                                 + std::to_string(int(std::round(c.worstUtilization * 100))) + " %)"));
    }
    for (const std::string &id : r.redundancy.moduleFailureOverloads)
        r.violations.push_back(violation(S::Warning, id, "redundancy.module",
                                         id + " cannot lose a module without overloading the others"));
}

} // namespace

PowerResult solvePower(const Project &p, const Catalog &catalog, const PowerOptions &options, Progress *progress)
{
    PowerResult r;
    if (progress)
        progress->report(0.0, "power: IT load");
    // The planned fabric: its power stands in the network racks, at the GPU racks' cable ends
    // and at automatic positions, which draw from a node of their hall's chain (networkload.h).
    const network::FabricFeed feed = network::fabricFeed(p, catalog);
    r.racks = computeRackLoads(p, catalog, options.load, &feed);
    const ChainTopology topology(p);
    r.networkDraws = networkDraws(p, topology, feed);
    ChainFlow flow = solveChain(p, topology, r.racks, {}, nodeDrawW(p, r.networkDraws));
    // A dual-corded draw whose one side is down moves onto the other: solve again with that.
    std::vector<bool> alive(p.powerNodes.size(), true);
    bool moved = false;
    for (size_t i = 0; i < p.powerNodes.size(); ++i)
        alive[i] = flow.nodes[i].alive;
    for (const NetworkDraw &d : r.networkDraws)
        moved = moved || (d.nodeIndexB >= 0 && alive[size_t(d.nodeIndex)] != alive[size_t(d.nodeIndexB)]);
    if (moved)
        flow = solveChain(p, topology, r.racks, {}, nodeDrawW(p, r.networkDraws, alive));

    // In-rack power shelves are the racks' PSU stage: their loss belongs to IT power.
    std::vector<double> shelfLossOfRack(r.racks.size(), 0.0);
    for (size_t i = 0; i < r.racks.size(); ++i) {
        const Rack &rack = p.racks[i];
        for (const auto &[feed, drawW] : {std::pair(rack.powerFeedA, flow.rackSideAW[i]), std::pair(rack.powerFeedB, flow.rackSideBW[i])}) {
            const int n = topology.nodeIndex(feed);
            if (n < 0 || p.powerNodes[size_t(n)].type != "powershelf" || flow.nodes[size_t(n)].loadW <= 0)
                continue;
            shelfLossOfRack[i] += flow.nodes[size_t(n)].lossW * drawW / flow.nodes[size_t(n)].loadW;
        }
        if (r.racks[i].psuInChain) {
            r.racks[i].psuLossW = shelfLossOfRack[i];
            r.racks[i].inputW = r.racks[i].componentW + shelfLossOfRack[i];
        }
    }

    std::vector<double> nodeLoss(p.powerNodes.size(), 0.0);
    for (size_t i = 0; i < p.powerNodes.size(); ++i) {
        const PowerNode &n = p.powerNodes[i];
        const NodeFlow &f = flow.nodes[i];
        // Failed modules (what-if) carry nothing: the N capacity and the installed rating shrink.
        const int live = n.liveModules();
        NodeResult nr{n.id, n.type, n.side, f.loadW, f.lossW, f.inputW, (live - n.liveRedundantModules()) * n.ratedW,
                      live * n.ratedW, 0.0, 0.0, f.alive};
        nr.utilization = nr.capacityW > 0 ? nr.loadW / nr.capacityW : 0.0;
        nr.efficiency = f.inputW > 0 ? f.loadW / f.inputW : 0.0;
        nodeLoss[i] = f.lossW;
        r.lossesByStageW[n.type] += f.lossW;
        if (n.type != "powershelf")
            r.chainLossW += f.lossW;
        r.nodes.push_back(nr);
    }
    for (size_t i = 0; i < r.racks.size(); ++i) {
        if (flow.rackPowered[i]) {
            r.itW += r.racks[i].inputW;
            r.networkW += r.racks[i].networkW;
        }
        r.lossesByStageW["psu"] += r.racks[i].psuInChain ? 0.0 : r.racks[i].psuLossW;
    }
    r.rackPowered = flow.rackPowered;
    r.sourceW = flow.sourceInputW;
    r.droppedW = flow.droppedW;
    // Automatic positions are IT load too; a draw from a dead node (or none) is dropped.
    r.itW += flow.nodeDrawnW;
    r.networkW += flow.nodeDrawnW;
    for (const NetworkDraw &d : r.networkDraws) {
        const auto live = [&](int n) { return n >= 0 && flow.nodes[size_t(n)].alive; };
        if (live(d.nodeIndex) || live(d.nodeIndexB))
            r.hallNetworkW[d.hall] += d.powerW;
        else if (d.nodeIndex < 0)
            r.droppedW += d.powerW;
    }
    r.fabricSwitchW = feed.switchPowerW;
    r.fabricOpticsW = feed.opticsPowerW;
    r.balanceErrorW = r.sourceW - (r.itW + r.chainLossW);

    if (progress)
        progress->report(0.3, "power: cooling");
    r.cooling = computeCoolingPower(p, r.racks, nodeLoss, flow.rackPowered, r.hallNetworkW);
    r.facilityW = r.sourceW + r.cooling.totalW;
    if (r.itW > 0) {
        r.pue = r.facilityW / r.itW;   // ISO/IEC 30134-2: total facility energy / IT energy
        r.ppuePower = (r.itW + r.chainLossW) / r.itW;
        r.ppueCooling = (r.itW + r.cooling.totalW) / r.itW;
    }

    if (options.failureAnalysis) {
        if (progress)
            progress->report(0.5, "power: single-failure analysis");
        // The N-1 cases keep each dual-corded position's draw split over its two sides: a failed
        // side drops its half instead of moving it onto the other (the network's kW are small
        // against the racks' on the same busways, so the survivor's load is a little low).
        r.redundancy = analyzeRedundancy(p, topology, r.racks, flow, FailureMethod::Incremental,
                                         nodeDrawW(p, r.networkDraws));
    }
    if (options.comparison) {
        double chipW = 0.0;
        for (const RackLoad &l : r.racks)
            chipW += l.componentW;
        r.comparison = compareChains(catalog, chipW, r.redundancy.dualPath);
        r.hasComparison = chipW > 0;
    }
    addViolations(p, r);
    if (progress)
        progress->report(1.0, "power: done");
    return r;
}

std::unordered_set<std::string> unpoweredRacks(const Project &project, const PowerResult &result)
{
    std::unordered_set<std::string> ids;
    for (size_t r = 0; r < project.racks.size() && r < result.rackPowered.size(); ++r) {
        if (!result.rackPowered[r])
            ids.insert(project.racks[r].id);
    }
    return ids;
}

} // namespace aif::power
