#include "projectfabric.h"

#include "catalog.h"
#include "projectdci.h"
#include "project.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <map>

namespace aif::network {

namespace {

struct Spot
{
    std::string id;
    double x = 0, y = 0, h = 2.2;
    int weight = 1;   // switches at this spot
    std::string hall;
    bool automatic = false;
};

// Cable lengths are bought in stock lengths: each run is rounded up to the next one.
double stockLengthM(double m)
{
    static const double kStock[] = {0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7, 10, 15, 20, 25, 30, 40, 50, 70, 100,
                                    150, 200, 300, 500, 1000, 2000, 5000, 10000};
    for (double s : kStock)
        if (m <= s + 1e-9)
            return s;
    return std::ceil(m / 1000.0) * 1000.0;
}

Spot rackSpot(const Project &p, const Rack &r)
{
    double ox = 0, oy = 0;
    for (const Hall &h : p.halls)
        if (h.id == r.hall) {
            ox = h.originXM;
            oy = h.originYM;
        }
    return {r.id, r.xM + ox, r.yM + oy, r.heightM, 1, r.hall, false};
}

const Spot &nearest(const std::vector<Spot> &spots, const Spot &from)
{
    size_t best = 0;
    double bestD = 1e300;
    for (size_t i = 0; i < spots.size(); ++i) {
        const double d = std::abs(spots[i].x - from.x) + std::abs(spots[i].y - from.y);
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return spots[best];
}

// Where the domain draws power: the tree's switches spread over the switch positions by the
// switches placed there (the rule the leaf-spine cables follow), and each cable run's link
// power split over its two ends (a transceiver or an active cable end at each).
void addLoads(DomainFabric &df, const std::vector<Spot> &gpus, const std::vector<Spot> &leaves,
              const std::vector<Spot> &spines)
{
    const FatTreeResult &t = df.tree;
    const long long switches = t.leaves + t.spines + t.cores;
    const double perSwitchW = switches > 0 ? t.switchPowerW / switches : 0.0;
    std::map<std::string, size_t> index;
    auto load = [&](const Spot &s, const std::string &tier) -> FabricLoad & {
        const auto [it, added] = index.emplace(s.id, df.loads.size());
        if (added)
            df.loads.push_back({s.id, s.hall, tier, s.automatic, s.x, s.y, 0, 0, 0});
        return df.loads[it->second];
    };
    auto spread = [&](const std::vector<Spot> &spots, const std::string &tier, long long count) {
        int weight = 0;
        for (const Spot &s : spots)
            weight += s.weight;
        for (const Spot &s : spots) {
            FabricLoad &l = load(s, tier);
            l.switches += weight > 0 ? double(count) * s.weight / weight : 0.0;
            l.switchPowerW = l.switches * perSwitchW;
        }
    };
    spread(leaves, "leaf", t.leaves);
    spread(spines, "spine", t.spines + t.cores);
    for (const Spot &s : gpus)
        load(s, "node");
    for (const CableRun &r : df.runs) {
        const double scale = r.medium.speedGbps > 0 ? t.physicalGbps / r.medium.speedGbps : 1;
        const double half = r.count * r.medium.linkPowerW() * scale / 2.0;
        df.loads[index.at(r.from)].opticsPowerW += half;
        df.loads[index.at(r.to)].opticsPowerW += half;
    }
}

// Storage, in-band and OOB beside a compute fabric (mgmtfabric.h): nodes and switches from the
// tree, racks from the positions, media lengths from the compute runs.
void addManagement(DomainFabric &df, const Project &project, const NetworkDomain &dom, const Catalog &catalog,
                   const std::vector<Spot> &gpus, const std::vector<Spot> &leaves,
                   const std::vector<Spot> &spines, ProjectFabric &out)
{
    const FatTreeResult &t = df.tree;
    ManagementInput mi;
    mi.nodes = t.systems;
    mi.computeSwitches = t.leaves + t.spines + t.cores;
    mi.racks = (long long)gpus.size();
    for (const std::vector<Spot> *list : {&leaves, &spines})
        for (const Spot &s : *list)
            mi.racks += s.automatic ? 0 : 1;
    mi.suNodes = t.suSystems > 0 ? t.suSystems : mi.suNodes;
    // An Ethernet compute fabric gets an Ethernet storage fabric (the GB200 and B300 RAs' SN5600).
    if (dom.technology.find("Ethernet") != std::string::npos || dom.technology.find("RoCE") != std::string::npos)
        mi.storageSwitchId = "spectrum-x-sn5600";
    double lengths[2] = {0, 0}, links[2] = {0, 0};
    for (const CableRun &r : df.runs) {
        const int i = r.tier == "node_leaf" ? 0 : 1;
        lengths[i] += r.lengthM * r.count;
        links[i] += r.count;
    }
    mi.deviceLinkM = links[0] > 0 ? lengths[0] / links[0] : mi.deviceLinkM;
    mi.uplinkM = links[1] > 0 ? lengths[1] / links[1] : mi.uplinkM;
    df.management = planManagement(mi, catalog);
    const ManagementFabric &m = df.management;
    if (!m.error.empty()) {
        out.warnings.push_back(dom.id + ": " + m.error);
        df.management = {};
        return;
    }
    // The design has no racks for these switches (a placed switch belongs to the compute
    // fabric): automatic positions one rack west of each row of the domain's GPU racks (OOB and
    // storage leaves serve rows and SUs), sharing the power by the row's GPU racks and drawing,
    // like the automatic leaf and spine positions, from the chain beside them.
    std::map<std::string, std::pair<Spot, int>> west;   // row -> its west end, racks
    for (const std::string &id : dom.racks) {
        const Rack *r = project.get<Rack>(id);
        if (!r || r->system.empty())
            continue;
        const Spot s = rackSpot(project, *r);
        auto &[end, n] = west[r->row];
        if (n == 0 || s.x - r->widthM < end.x)
            end = {"auto-mgmt-" + r->row, s.x - r->widthM, s.y, s.h, 1, s.hall, true};
        ++n;
    }
    int racks = 0;
    for (const auto &[row, e] : west)
        racks += e.second;
    for (const auto &[row, e] : west) {
        const double share = double(e.second) / std::max(1, racks);
        df.loads.push_back({e.first.id, e.first.hall, "management", true, e.first.x, e.first.y,
                            share * double(m.switches()), share * m.switchPowerW, share * m.opticsPowerW});
    }
    out.switchPowerW += m.switchPowerW;
    out.opticsPowerW += m.opticsPowerW;
    out.capexUsd += m.capexUsd;
    for (const ManagementTree *tr : {&m.storage, &m.inband, &m.oob}) {
        const CatalogEntry *sw = catalog.find("network", tr->switchId);
        out.bom.push_back({tr->switchId, "switch", sw ? sw->source : std::string(), tr->switches(), 0,
                           sw ? sw->data.value("powerW", 0.0) : 0.0, sw ? sw->data.value("priceUsd", 0.0) : 0.0});
        for (const ManagementLinks &l : tr->media)
            out.bom.push_back({l.mediumId, "management-" + std::string(l.copper ? "cable-assembly" : "transceiver-pair+fibre"),
                               l.source, l.links, l.lengthM, l.unitPowerW, l.unitPriceUsd});
    }
}

} // namespace

double routedLengthM(double x1, double y1, double h1, double x2, double y2, double h2)
{
    const double tray = std::max(h1, h2) + kTrayAboveRackTopM;
    const double drops = (tray - h1 / 2) + (tray - h2 / 2);
    return std::abs(x1 - x2) + std::abs(y1 - y2) + drops + kPatchSlackM;
}

ProjectFabric planProjectFabric(const Project &project, const Catalog &catalog, const FabricOptions &options)
{
    ProjectFabric out;
    std::map<std::string, int> scaleUpSystems;
    std::map<std::string, const Rack *> racks;
    for (const Rack &r : project.racks)
        racks[r.id] = &r;
    for (const NetworkDomain &dom : project.networkDomains) {
        if (dom.type == "scale-up") {
            for (const std::string &id : dom.racks)
                if (racks.count(id) && !racks[id]->system.empty())
                    scaleUpSystems[racks[id]->system]++;
            continue;
        }
        DomainFabric df;
        df.domainId = dom.id;
        df.technology = dom.technology;
        std::vector<Spot> gpuSpots, leafSpots, spineSpots;
        std::vector<int> gpuSystems;
        FatTreeInput in;
        std::map<std::string, int> models;
        for (const Switch &s : project.switches) {
            if (s.domain != dom.id)
                continue;
            models[s.model]++;
            if (racks.count(s.rack)) {
                std::vector<Spot> &list = s.tier == "leaf" ? leafSpots : spineSpots;
                auto it = std::find_if(list.begin(), list.end(), [&](const Spot &x) { return x.id == s.rack; });
                if (it == list.end())
                    list.push_back(rackSpot(project, *racks[s.rack]));
                else
                    it->weight++;
            }
        }
        for (const std::string &id : dom.racks) {
            if (!racks.count(id))
                continue;
            const Rack &r = *racks[id];
            const Json *sys = catalog.entry("systems", r.system);
            if (!sys)
                continue;
            const int perSystem = sys->value("gpuCount", 0);
            const int count = sys->value("rackScale", false) ? 1 : std::max(1, r.systemCount);
            if (perSystem <= 0)
                continue;
            df.gpus += perSystem * count;
            // Rails per node: a rack-scale system's compute tray is the node (NVL72: 72 / 18 = 4).
            const int trays = sys->value("computeTrays", 0);
            in.gpusPerSystem = trays > 0 ? perSystem / trays : perSystem;
            df.gpusPerSystem = in.gpusPerSystem;
            gpuSpots.push_back(rackSpot(project, r));
            gpuSystems.push_back(perSystem * count / in.gpusPerSystem);
            const Json *gpu = catalog.entry("gpus", sys->value("gpu", std::string()));
            if (gpu)
                in.nicGbps = gpu->value("scaleOutGbps", 400.0);
        }
        if (df.gpus == 0) {
            out.warnings.push_back(dom.id + ": no GPU racks");
            continue;
        }
        in.gpus = df.gpus;
        std::string model;
        for (const auto &[m, n] : models)
            if (model.empty() || n > models[model])
                model = m;
        in.switchId = model.empty() ? "quantum-x800-q3400" : model;
        in.overDown = std::max(1.0, dom.oversubscription);
        in.opticsTechnology = options.opticsTechnology;
        df.tree = planFatTree(in, catalog);
        if (!df.tree.error.empty()) {
            out.warnings.push_back(dom.id + ": " + df.tree.error);
            continue;
        }
        // What a designer must hear, from the planner itself (aif fabric FILE --json, the Network
        // view): the tree's own warnings, fewer switches of a tier in the design than the tree
        // needs (their ports run out), a leaf ratio above the domain's target.
        for (const std::string &w : df.tree.warnings)
            out.warnings.push_back(dom.id + ": " + w);
        std::map<std::string, long long> placed;
        for (const Switch &s : project.switches)
            if (s.domain == dom.id && racks.count(s.rack))
                placed[s.tier]++;
        for (const auto &[tier, need] : {std::pair<std::string, long long>{"leaf", df.tree.leaves},
                                         {"spine", df.tree.spines}, {"core", df.tree.cores}})
            if (placed[tier] > 0 && placed[tier] < need)
                out.warnings.push_back(dom.id + ": switch ports exhausted: " + std::to_string(placed[tier]) + " "
                                       + tier + " switches in the design, the tree needs " + std::to_string(need));
        const double target = std::max(1.0, dom.oversubscription);
        if (df.tree.upPerLeaf > 0 && double(df.tree.downPerLeaf) / df.tree.upPerLeaf > target * (1 + 1e-9)) {
            char ratio[96];
            std::snprintf(ratio, sizeof ratio, "%.2f:1 (%d down, %d up) is above the %g:1 target",
                          double(df.tree.downPerLeaf) / df.tree.upPerLeaf, df.tree.downPerLeaf, df.tree.upPerLeaf,
                          target);
            out.warnings.push_back(dom.id + ": leaf oversubscription " + ratio);
        }
        // Auto placement where nothing is placed: leaves at the east end of each row of GPU
        // racks, spines at the centroid of the leaves.
        if (leafSpots.empty()) {
            std::map<std::string, Spot> ends;
            for (const std::string &id : dom.racks) {
                if (!racks.count(id))
                    continue;
                Spot s = rackSpot(project, *racks[id]);
                Spot &e = ends[racks[id]->row];
                if (e.id.empty() || s.x + racks[id]->widthM > e.x)   // e.x is already past its rack's width
                    e = {"auto-leaf-" + racks[id]->row, s.x + racks[id]->widthM, s.y, s.h, 1, s.hall, true};
            }
            for (const auto &[row, s] : ends)
                leafSpots.push_back(s);
        }
        if (spineSpots.empty()) {
            Spot c{"auto-spine", 0, 0, 2.2, 1, {}, true};
            std::map<std::string, int> halls;   // the spines stand in the hall with most leaves
            for (const Spot &s : leafSpots) {
                c.x += s.x / leafSpots.size();
                c.y += s.y / leafSpots.size();
                halls[s.hall] += s.weight;
            }
            for (const auto &[hall, n] : halls)
                if (c.hall.empty() || n > halls[c.hall])
                    c.hall = hall;
            spineSpots.push_back(c);
        }
        const FatTreeResult &t = df.tree;
        auto addRun = [&](const Spot &a, const Spot &b, const std::string &tier, long long n) {
            if (n <= 0)
                return;
            CableRun run{a.id, b.id, tier, n, routedLengthM(a.x, a.y, a.h, b.x, b.y, b.h), {}, true,
                         {a.x, a.y, a.h, a.automatic}, {b.x, b.y, b.h, b.automatic}};
            run.medium = chooseMedium(catalog, t.laneGbps, run.lengthM, &run.reaches, options.opticsTechnology);
            if (!run.reaches)
                out.warnings.push_back(dom.id + ": " + a.id + " to " + b.id + " is beyond every medium's reach");
            df.runs.push_back(run);
        };
        // Node to leaf: each GPU rack's cables to its nearest leaf position.
        const long long perSystemCables = (long long)t.linksPerGpuPerPlane * in.gpusPerSystem * t.planes;
        for (size_t i = 0; i < gpuSpots.size(); ++i)
            addRun(gpuSpots[i], nearest(leafSpots, gpuSpots[i]), "node_leaf",
                   (gpuSystems[i] * perSystemCables + t.splitFactor - 1) / t.splitFactor);
        // Leaf to spine and spine to core: spread by the switches each position holds.
        auto spread = [&](const std::vector<Spot> &from, const std::vector<Spot> &to, const std::string &tier, long long cables) {
            int wf = 0, wt = 0;
            for (const Spot &s : from)
                wf += s.weight;
            for (const Spot &s : to)
                wt += s.weight;
            long long left = cables;
            for (size_t i = 0; i < from.size(); ++i)
                for (size_t j = 0; j < to.size(); ++j) {
                    const bool last = i + 1 == from.size() && j + 1 == to.size();
                    const long long n = last ? left : std::llround(double(cables) * from[i].weight * to[j].weight / (double(wf) * wt));
                    addRun(from[i], to[j], tier, std::min(n, left));
                    left -= std::min(n, left);
                }
        };
        spread(leafSpots, spineSpots, "leaf_spine", t.cablesLeafSpine);
        spread(spineSpots, spineSpots, "spine_core", t.cablesSpineCore);
        for (const CableRun &r : df.runs) {
            const double gbps = t.physicalGbps;
            const double scale = r.medium.speedGbps > 0 ? gbps / r.medium.speedGbps : 1;
            df.cableLengthM += r.count * r.lengthM;
            df.opticsPowerW += r.count * r.medium.linkPowerW() * scale;
            df.opticsCapexUsd += r.count * (2 * r.medium.priceUsd * scale + r.medium.priceUsdPerM * stockLengthM(r.lengthM));
            if (r.medium.mtbfHours > 0)
                df.opticsFailuresPerYear += 2.0 * r.count * scale * 8760.0 / r.medium.mtbfHours;
            if (r.medium.copper()) {
                df.copperCables += r.count;
            } else {
                df.fibreCables += r.count;
                df.transceivers += 2 * r.count;
                df.fibres += r.count * 2 * std::max(1, int(std::lround(gbps / r.medium.laneGbps)));   // a fibre per lane each way
            }
        }
        addLoads(df, gpuSpots, leafSpots, spineSpots);
        if (options.managementNetworks)
            addManagement(df, project, dom, catalog, gpuSpots, leafSpots, spineSpots, out);
        out.switchPowerW += t.switchPowerW;
        out.opticsPowerW += df.opticsPowerW;
        out.capexUsd += t.switchCapexUsd + df.opticsCapexUsd;
        out.cableLengthM += df.cableLengthM;
        // BOM: switches, then cables/modules by medium and stock length.
        if (const CatalogEntry *sw = catalog.find("network", t.switchId))
            out.bom.push_back({t.switchId, "switch", sw->source, t.leaves + t.spines + t.cores, 0,
                               sw->data.value("powerW", 0.0), sw->data.value("priceUsd", 0.0)});
        std::map<std::pair<std::string, double>, BomLine> lines;
        for (const CableRun &r : df.runs) {
            const double scale = r.medium.speedGbps > 0 ? t.physicalGbps / r.medium.speedGbps : 1;
            const double len = stockLengthM(r.lengthM);
            BomLine &l = lines[{r.medium.id, len}];
            l.part = r.medium.id;
            l.kind = r.medium.copper() || r.medium.medium == "aoc" ? "cable-assembly" : "transceiver-pair+fibre";
            l.source = r.medium.source;
            l.count += r.count;
            l.lengthM = len;
            l.unitPowerW = r.medium.linkPowerW() * scale;
            l.unitPriceUsd = 2 * r.medium.priceUsd * scale + r.medium.priceUsdPerM * len;
        }
        for (auto &[key, l] : lines)
            out.bom.push_back(l);
        out.domains.push_back(std::move(df));
    }
    planProjectDci(project, catalog, options, out);
    for (const auto &[s, n] : scaleUpSystems) {
        ScaleUpResult su = scaleUp(catalog, s);
        if (!su.error.empty())
            continue;
        out.scaleUp.push_back(su);
        out.scaleUpDomains.push_back(n);
        out.switchPowerW += n * su.switchPowerW;
        out.opticsPowerW += n * su.opticsPowerW;
    }
    return out;
}

} // namespace aif::network
