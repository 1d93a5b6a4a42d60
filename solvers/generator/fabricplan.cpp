#include "fabricplan.h"

#include "catalog.h"
#include "powerchain.h"
#include "sizing.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace aif::generator {

namespace {

// Network racks: the standard catalog rack with the highest power rating (as servers get),
// filled within its height and its rating, and a rear door's capacity where doors cool it.
struct NetworkRackType
{
    RackSpec spec;
    double units = 42, limitW = 0;
};

NetworkRackType networkRackType(const Builder &b)
{
    const CatalogEntry &rack = b.standardRack("network switches");
    NetworkRackType t;
    t.spec.rackType = rack.id;
    t.spec.widthM = Builder::num(rack.data, "widthM", 0.6);
    t.spec.depthM = Builder::num(rack.data, "depthM", 1.2);
    t.spec.heightM = Builder::num(rack.data, "heightM", 2.0);
    t.units = Builder::num(rack.data, "units", 42);
    t.limitW = b.standardRackLimitW(rack);
    return t;
}

// A network rack's design load: its switches and optics with a 10 % margin, in whole kW.
double designLoadW(double switchesW)
{
    return std::max(1e3, std::ceil(switchesW * 1.1 / 1e3) * 1e3);
}

// Packs switches into network racks in order, a new rack when the next would pass the
// rack's height or power limit.
std::vector<RackSpec> packSwitches(const NetworkRackType &t, const FabricModel &f, const std::vector<int> &ids,
                                   const std::vector<FabricSwitch> &switches, const std::string &suffix,
                                   const std::string &label)
{
    std::vector<RackSpec> racks;
    double loadW = 0;
    for (int id : ids) {
        const double w = f.switchLoadW(switches[size_t(id)].ports);
        if (designLoadW(w) > t.limitW || f.heightU > t.units)
            throw GenerateError("network: one " + f.switchModel + " (" + formatNumber(w / 1e3) + " kW, "
                                + std::to_string(f.heightU) + " U) does not fit a " + t.spec.rackType + " rack");
        if (racks.empty() || int(racks.back().switches.size() + 1) * f.heightU > t.units
            || designLoadW(loadW + w) > t.limitW) {
            racks.push_back(t.spec);
            const std::string n = std::to_string(racks.size());
            racks.back().idSuffix = suffix + (racks.size() == 1 && suffix == "-net" ? std::string() : n);
            racks.back().label = label + (racks.size() == 1 && suffix == "-net" ? std::string() : " " + n);
            loadW = 0;
        }
        racks.back().switches.push_back(id);
        loadW += w;
        racks.back().powerW = designLoadW(loadW);
    }
    return racks;
}

// Down links of each leaf of a row: the row's NIC ports over as few leaves as half their
// ports carry, spread evenly.
std::vector<int> leafDownLinks(const FabricModel &f, const std::vector<RackSpec> &gpuRacks)
{
    int down = 0;
    for (const RackSpec &r : gpuRacks)
        down += f.rackPorts(r);
    const int half = f.ports / 2;
    const int n = (down + half - 1) / half;
    std::vector<int> out;
    for (int j = 0; j < n; ++j)
        out.push_back(down / n + (j < down % n ? 1 : 0));
    return out;
}

// The spine (and core) tiers over L leaves with u uplinks each: c parallel links from a
// leaf to each of its u / c spines; two tiers when every spine reaches all L leaves, else
// pods of `leavesPerPod` leaves, each spine's uplinks spread over the `coresPerGroup` cores
// of its group (one group per spine position in a pod).
struct Topology
{
    int tiers = 0, uplinks = 0, perSpine = 1, spinesPerPod = 0, leavesPerPod = 0, pods = 1, coresPerGroup = 0;
    int switches = 0, groups = 0;
    bool operator<(const Topology &o) const
    {
        return std::tie(tiers, switches, groups) < std::tie(o.tiers, o.switches, o.groups);
    }
};

Topology chooseTopology(int leaves, int maxDown, int ports)
{
    const int half = ports / 2;
    Topology best;
    for (int u = maxDown; u <= half; ++u) {
        for (int c = 1; c <= u; ++c) {
            if (u % c != 0)
                continue;
            Topology t;
            t.uplinks = u;
            t.perSpine = c;
            t.spinesPerPod = u / c;
            if (leaves * c <= ports) {
                t.tiers = 2;
                t.leavesPerPod = leaves;
                t.switches = t.spinesPerPod;
                t.groups = leaves * t.spinesPerPod;
            } else {
                // A spine's down links (leaves x c) within half its ports, the other half up.
                t.tiers = 3;
                t.leavesPerPod = std::min(leaves, half / c);
                t.pods = (leaves + t.leavesPerPod - 1) / t.leavesPerPod;
                if (t.pods > ports)
                    continue;
                const int up = t.leavesPerPod * c;
                for (int cores = 1; cores <= up && t.coresPerGroup == 0; ++cores)
                    if (t.pods * ((up + cores - 1) / cores) <= ports)
                        t.coresPerGroup = cores;
                if (t.coresPerGroup == 0)
                    continue;
                t.switches = t.pods * t.spinesPerPod + t.spinesPerPod * t.coresPerGroup;
                t.groups = leaves * t.spinesPerPod + t.pods * t.spinesPerPod * t.coresPerGroup;
            }
            if (best.tiers == 0 || t < best)
                best = t;
        }
    }
    return best;
}

} // namespace

int FabricModel::rackPorts(const RackSpec &gpuRack) const
{
    return int(std::ceil(gpuRack.gpus * nicGbps / portGbps - 1e-9));
}

FabricModel fabricModel(const Builder &b)
{
    const Json &sys = b.entry("systems", b.request.system);
    const Json &gpu = b.entry("gpus", sys.value("gpu", std::string()));
    FabricModel f;
    const bool xdr = gpu.value("scaleUp", Json::object()).value("technology", std::string()).find("NVLink5")
                     != std::string::npos;
    f.switchModel = xdr ? "quantum-x800-q3400" : "spectrum-x-sn5600";
    f.switchOptic = xdr ? "osfp-1600g-2xdr4" : "osfp-800g-2xdr4";
    f.linkOptic = "osfp-800g-2xdr4";
    const Json &sw = b.entry("network", f.switchModel);
    f.ports = int(Builder::num(sw, "ports", 64));
    f.heightU = std::max(1, int(Builder::num(sw, "heightU", 1)));
    f.portGbps = Builder::num(sw, "portSpeedGbps", 800);
    f.switchW = Builder::num(sw, "powerW");
    f.opticW = Builder::num(b.entry("optics", f.switchOptic), "powerW");
    f.nicGbps = Builder::num(gpu, "scaleOutGbps", 400);
    return f;
}

std::vector<RackSpec> provisionalLeafRacks(const Builder &b, const FabricModel &f, const std::vector<RackSpec> &gpuRacks)
{
    std::vector<FabricSwitch> leaves;
    std::vector<int> ids;
    for (int down : leafDownLinks(f, gpuRacks)) {
        ids.push_back(int(leaves.size()));
        leaves.push_back({std::string(), "leaf", down + f.ports / 2});
    }
    return packSwitches(networkRackType(b), f, ids, leaves, "-net", "network");
}

void planFabric(const Builder &b, const PowerChain &chain, const std::string &hallTag, HallPlan *plan)
{
    const FabricModel f = fabricModel(b);
    const NetworkRackType rackType = networkRackType(b);
    HallFabric &fab = plan->fabric;
    const int gpuRows = int(plan->rows.size());
    fab.rackLinks.assign(size_t(gpuRows), {});

    // Leaves per row; each GPU rack's links fill the row's leaves in order. A hall whose NICs
    // all fit one switch gets that one leaf (in its first row), with no tier above.
    int hallPorts = 0;
    for (const auto &row : plan->rows)
        for (const RackSpec &r : row)
            hallPorts += f.rackPorts(r);
    const bool oneLeaf = hallPorts <= f.ports;
    std::vector<int> leafDown;
    std::vector<std::vector<int>> leavesOfRow(static_cast<size_t>(gpuRows));
    size_t leaf = 0;   // the leaf being filled and the links it has room for
    int room = 0;
    for (int k = 0; k < gpuRows; ++k) {
        const std::vector<RackSpec> &row = plan->rows[size_t(k)];
        const std::vector<int> down = !oneLeaf ? leafDownLinks(f, row) : k == 0 ? std::vector<int>{hallPorts}
                                                                                : std::vector<int>{};
        for (size_t j = 0; j < down.size(); ++j) {
            if (j == 0) {
                leaf = fab.switches.size();
                room = down.front();
            }
            leavesOfRow[size_t(k)].push_back(int(fab.switches.size()));
            fab.switches.push_back({"leaf-" + hallTag + rowLetters(k) + std::to_string(j + 1), "leaf", down[j]});
            leafDown.push_back(down[j]);
        }
        for (const RackSpec &r : row) {
            std::vector<std::pair<int, int>> links;
            for (int left = f.rackPorts(r); left > 0;) {
                if (room == 0) {
                    ++leaf;
                    room = leafDown[leaf];
                }
                const int n = std::min(left, room);
                links.push_back({int(leaf), n});
                left -= n;
                room -= n;
            }
            fab.rackLinks[size_t(k)].push_back(std::move(links));
        }
    }
    const int leaves = int(leafDown.size());
    if (leaves == 0)
        return;
    fab.tiers = 1;   // one leaf is the whole fabric
    std::vector<int> upper;   // spines and cores
    if (leaves > 1) {
        const int maxDown = *std::max_element(leafDown.begin(), leafDown.end());
        const Topology t = chooseTopology(leaves, maxDown, f.ports);
        if (t.tiers == 0)
            throw GenerateError("network: " + std::to_string(leaves) + " leaves are more than three tiers of "
                                + f.switchModel + " join");
        fab.tiers = t.tiers;
        for (int i = 0; i < leaves; ++i) {
            fab.switches[size_t(i)].ports += t.uplinks;
            fab.oversubscription = std::max(fab.oversubscription, double(leafDown[size_t(i)]) / t.uplinks);
        }
        for (int p = 0; p < t.pods; ++p) {
            const int first = p * t.leavesPerPod, last = std::min(leaves, first + t.leavesPerPod);
            for (int j = 0; j < t.spinesPerPod; ++j) {
                const int spine = int(fab.switches.size());
                const std::string id = t.tiers == 2 ? "spine-" + hallTag + std::to_string(j + 1)
                                                    : "spine-" + hallTag + "p" + std::to_string(p + 1) + "-" + std::to_string(j + 1);
                fab.switches.push_back({id, "spine", (last - first) * t.perSpine * (t.tiers == 3 ? 2 : 1)});
                upper.push_back(spine);
                for (int i = first; i < last; ++i)
                    fab.links.push_back({i, spine, t.perSpine});
            }
        }
        if (t.tiers == 3) {
            // Core group j joins the j-th spine of every pod; a spine's uplinks spread evenly
            // over its group, the remainders rotating so no core passes its ports.
            for (int j = 0; j < t.spinesPerPod; ++j) {
                const int firstCore = int(fab.switches.size());
                for (int i = 0; i < t.coresPerGroup; ++i) {
                    upper.push_back(int(fab.switches.size()));
                    fab.switches.push_back({"core-" + hallTag + std::to_string(j + 1) + "-" + std::to_string(i + 1), "core", 0});
                }
                int offset = 0;
                for (int p = 0; p < t.pods; ++p) {
                    const int spine = leaves + p * t.spinesPerPod + j;
                    const int up = fab.switches[size_t(spine)].ports / 2;
                    for (int i = 0; i < t.coresPerGroup; ++i) {
                        const int n = up / t.coresPerGroup + ((i - offset + t.coresPerGroup) % t.coresPerGroup < up % t.coresPerGroup ? 1 : 0);
                        if (n == 0)
                            continue;
                        fab.links.push_back({spine, firstCore + i, n});
                        fab.switches[size_t(firstCore + i)].ports += n;
                    }
                    offset = (offset + up % t.coresPerGroup) % t.coresPerGroup;
                }
            }
        }
    }
    for (const FabricSwitch &s : fab.switches)
        if (s.ports > f.ports)
            throw GenerateError("internal: switch " + s.id + " needs " + std::to_string(s.ports) + " of its "
                                + std::to_string(f.ports) + " ports");

    // Leaves into their row's network racks, at the row's east end.
    for (int k = 0; k < gpuRows; ++k) {
        for (RackSpec &r : packSwitches(rackType, f, leavesOfRow[size_t(k)], fab.switches, "-net", "network")) {
            for (int s : r.switches) {
                fab.switches[size_t(s)].row = k;
                fab.switches[size_t(s)].rack = int(plan->rows[size_t(k)].size());
            }
            plan->rows[size_t(k)].push_back(std::move(r));
        }
    }
    // Spines and cores into spine racks: each in the least-loaded row that stays within one
    // power block, else in network rows of their own.
    std::vector<double> rowW;
    size_t longest = size_t(kMaxRowRacks);
    for (const auto &row : plan->rows) {
        longest = std::max(longest, row.size());
        double w = 0;
        for (const RackSpec &r : row)
            w += rackBudgetW(r);
        rowW.push_back(w);
    }
    int spineRacks = 0;
    for (RackSpec &r : packSwitches(rackType, f, upper, fab.switches, "-spine", "spine")) {
        std::vector<int> order(plan->rows.size());
        for (size_t k = 0; k < order.size(); ++k)
            order[k] = int(k);
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return rowW[size_t(x)] < rowW[size_t(y)]; });
        int target = -1;
        for (int k : order) {
            std::vector<double> w = rackBudgetsW(plan->rows[size_t(k)]);
            w.push_back(rackBudgetW(r));
            if (w.size() <= longest && chain.rowFitsBlock(w)) {
                target = k;
                break;
            }
        }
        if (target < 0) {
            target = int(plan->rows.size());
            plan->rows.emplace_back();
            rowW.push_back(0.0);
        }
        // Spine racks are numbered across the hall ("-spine3" in row C).
        r.idSuffix = "-spine" + std::to_string(++spineRacks);
        r.label = "spine " + std::to_string(spineRacks);
        for (int s : r.switches) {
            fab.switches[size_t(s)].row = target;
            fab.switches[size_t(s)].rack = int(plan->rows[size_t(target)].size());
        }
        rowW[size_t(target)] += rackBudgetW(r);
        plan->rows[size_t(target)].push_back(std::move(r));
    }
}

} // namespace aif::generator
