#include "projectdci.h"

#include "catalog.h"
#include "project.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace aif::network {

namespace {

// Each domain's end of its DCI links: its main spine position (the one holding most spine
// switches), where the spines' free ports or a DCI line card would take the modules.
const FabricLoad *spineEnd(const DomainFabric &d)
{
    const FabricLoad *best = nullptr;
    for (const FabricLoad &l : d.loads)
        if (l.tier == "spine" && (!best || l.switches > best->switches))
            best = &l;
    return best ? best : (d.loads.empty() ? nullptr : &d.loads.front());
}

// Each GPU's share of the boundary, one way: its domain's between-SU rate (NIC x min(1, up/down),
// what the spines give between SUs) over the DCI oversubscription.
double acrossGbpsPerGpu(const DomainFabric &d, double oversubscription)
{
    const FatTreeResult &t = d.tree;
    const double ratio = t.tiers >= 2 && t.downPerLeaf > 0 ? std::min(1.0, double(t.upPerLeaf) / t.downPerLeaf) : 1.0;
    return t.perGpuGbps * ratio / std::max(1.0, oversubscription);
}

} // namespace

int rackGpuCount(const Rack &rack, const Catalog &catalog)
{
    const Json *sys = rack.system.empty() ? nullptr : catalog.entry("systems", rack.system);
    if (!sys)
        return 0;
    const int count = sys->value("rackScale", false) ? 1 : std::max(1, rack.systemCount);
    return std::max(0, sys->value("gpuCount", 0)) * count;
}

void planProjectDci(const Project &project, const Catalog &catalog, const FabricOptions &options, ProjectFabric &out)
{
    std::map<std::string, size_t> domainOfRack;
    for (size_t i = 0; i < out.domains.size(); ++i)
        if (const NetworkDomain *dom = project.get<NetworkDomain>(out.domains[i].domainId))
            for (const std::string &r : dom->racks)
                domainOfRack.emplace(r, i);   // a rack listed by two domains belongs to the first
    if (out.domains.size() < 2)
        return;

    // Uniform traffic across the boundary: each GPU sends its share to the other domains'
    // GPUs in proportion to their numbers, so a -> b carries G_a x rate x G_b / (G - G_a). The
    // link is sized for the larger direction; deployments sharing a pair add up.
    std::map<std::pair<size_t, size_t>, DciLink> pairs;
    for (const Deployment &dep : project.deployments) {
        std::map<size_t, int> gpus;
        for (const std::string &id : dep.racks) {
            const auto it = domainOfRack.find(id);
            const Rack *rack = project.get<Rack>(id);
            if (it != domainOfRack.end() && rack)
                gpus[it->second] += rackGpuCount(*rack, catalog);
        }
        std::erase_if(gpus, [](const auto &g) { return g.second <= 0; });
        if (gpus.size() < 2)
            continue;
        double total = 0;
        for (const auto &[i, n] : gpus)
            total += n;
        for (auto a = gpus.begin(); a != gpus.end(); ++a)
            for (auto b = std::next(a); b != gpus.end(); ++b) {
                const double rate = std::min(acrossGbpsPerGpu(out.domains[a->first], options.dciOversubscription),
                                             acrossGbpsPerGpu(out.domains[b->first], options.dciOversubscription));
                const double ga = a->second, gb = b->second;
                const double demand = rate * std::max(ga * gb / (total - ga), gb * ga / (total - gb));
                DciLink &l = pairs[{a->first, b->first}];
                l.deployments.push_back(dep.id);
                l.gpusA += a->second;
                l.gpusB += b->second;
                l.perGpuGbps = l.perGpuGbps > 0 ? std::min(l.perGpuGbps, rate) : rate;
                l.bandwidthGbps += demand;
            }
    }

    for (auto &[key, link] : pairs) {
        const DomainFabric &da = out.domains[key.first], &db = out.domains[key.second];
        const FabricLoad *ea = spineEnd(da), *eb = spineEnd(db);
        if (!ea || !eb || !(link.bandwidthGbps > 0))
            continue;
        link.domainA = da.domainId;
        link.domainB = db.domainId;
        link.hallA = ea->hall;
        link.hallB = eb->hall;
        // The route: the cable rule between the two spine positions (site coordinates, hall
        // origins added; 2.2 m racks). Two halls at the same origin have no site coordinates.
        const Hall *ha = project.get<Hall>(ea->hall), *hb = project.get<Hall>(eb->hall);
        link.assumedRoute = ha && hb && ha != hb && ha->originXM == hb->originXM && ha->originYM == hb->originYM;
        link.routeM = link.assumedRoute ? kUnplacedHallRouteM : routedLengthM(ea->xM, ea->yM, 2.2, eb->xM, eb->yM, 2.2);
        DciInput in;
        in.distanceKm = link.routeM / 1000.0;
        in.bandwidthTbps = link.bandwidthGbps / 1000.0;
        in.option = options.dciOption;
        link.plan = planDci(in, catalog);
        if (!link.plan.error.empty()) {
            out.warnings.push_back(link.domainA + " to " + link.domainB + ": scale-across: " + link.plan.error);
            continue;
        }
        const DciResult &r = link.plan;
        // Half the link's power at each end (in-line amplifiers only beyond 80 km, never on a campus).
        for (int end = 0; end < 2; ++end) {
            const FabricLoad &e = end == 0 ? *ea : *eb;
            link.ends[end] = {e.id, e.hall, "dci", e.automatic, e.xM, e.yM, 0, 0, r.powerW / 2.0};
        }
        out.dciPowerW += r.powerW;
        out.dciCapexUsd += r.capexUsd;
        out.opticsPowerW += r.powerW;
        out.capexUsd += r.capexUsd;
        const double ports = std::max(1, r.wavelengths);
        out.bom.push_back({r.partId, "dci-link", r.source, r.wavelengths, link.routeM, r.powerW / ports,
                           r.capexUsd / ports});
        out.dci.push_back(std::move(link));
    }
}

Json dciLinksJson(const ProjectFabric &f)
{
    Json links = Json::array();
    for (const DciLink &l : f.dci) {
        Json j = dciJson(l.plan);
        j["domains"] = {l.domainA, l.domainB};
        j["halls"] = {l.hallA, l.hallB};
        j["deployments"] = l.deployments;
        j["gpus"] = {l.gpusA, l.gpusB};
        j["route_m"] = l.routeM;
        j["route_assumed"] = l.assumedRoute;
        j["per_gpu_gbps"] = l.perGpuGbps;
        j["bandwidth_gbps"] = l.bandwidthGbps;
        j["capacity_gbps"] = l.plan.wavelengths * l.plan.speedGbps;
        j["latency_us"] = l.plan.latencyMs * 1000.0;
        j["ends"] = {l.ends[0].id, l.ends[1].id};
        links.push_back(j);
    }
    return links;
}

} // namespace aif::network
