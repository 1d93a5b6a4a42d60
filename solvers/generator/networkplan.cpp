#include "networkplan.h"

#include "builder.h"
#include "catalog.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace aif::generator {

namespace {

struct Fabric
{
    std::string switchModel, switchOptic, linkOptic;
    int ports = 64;
    double portGbps = 800, switchW = 0, opticW = 0;
};

Fabric fabricFor(const Builder &b, const Json &gpu)
{
    Fabric f;
    // NVLink 5 generation clusters use Quantum-X800 InfiniBand (XDR); earlier ones and other
    // vendors an 800G Ethernet switch (the reference designs).
    const bool xdr = gpu.value("scaleUp", Json::object()).value("technology", std::string()).find("NVLink5")
                     != std::string::npos;
    f.switchModel = xdr ? "quantum-x800-q3400" : "spectrum-x-sn5600";
    f.switchOptic = xdr ? "osfp-1600g-2xdr4" : "osfp-800g-2xdr4";
    f.linkOptic = "osfp-800g-2xdr4";
    const Json &sw = b.entry("network", f.switchModel);
    f.ports = int(Builder::num(sw, "ports", 64));
    f.portGbps = Builder::num(sw, "portSpeedGbps", 800);
    f.switchW = Builder::num(sw, "powerW");
    f.opticW = Builder::num(b.entry("optics", f.switchOptic), "powerW");
    return f;
}

std::string letters(const PlacedRow &row)
{
    return row.id.substr(row.id.rfind('-') + 1);
}

} // namespace

void planNetwork(Builder &b)
{
    const Json &sys = b.entry("systems", b.request.system);
    const Json &gpu = b.entry("gpus", sys.value("gpu", std::string()));
    const Json scaleUp = gpu.value("scaleUp", Json::object());
    const double nicGbps = Builder::num(gpu, "scaleOutGbps", 400);
    const bool supernode = sys.contains("parts");
    const Fabric f = fabricFor(b, gpu);

    for (HallLayout &hall : b.halls) {
        const std::string key = hall.tag.empty() ? "1" : hall.tag.substr(0, hall.tag.size() - 1);
        const std::string in = hall.tag.empty() ? std::string() : " " + hall.name;
        Json gpuRacks = Json::array();
        for (const PlacedRack &r : hall.racks)
            if (r.spec.gpus > 0)
                gpuRacks.push_back(r.id);

        // ---- scale-up ---------------------------------------------------------------------
        const std::string tech = scaleUp.value("technology", std::string("scale-up"));
        const double upGBps = Builder::num(scaleUp, "bandwidthGBps", 100);
        if (supernode) {
            for (const PlacedRow &row : hall.rows) {
                Json racks = Json::array();
                for (int i : row.racks)
                    racks.push_back(hall.racks[size_t(i)].id);
                b.add(EntityKind::NetworkDomain,
                      Json{{"id", "su-" + hall.tag + letters(row)}, {"name", row.name + " scale-up"}, {"type", "scale-up"},
                           {"technology", tech + " (" + std::to_string(int(Builder::num(sys, "gpuCount"))) + " NPUs)"},
                           {"racks", racks}, {"bandwidthPerGpuGBps", upGBps}, {"oversubscription", 1.0}});
            }
        } else {
            const int domain = int(Builder::num(scaleUp, "domainGpus", 8));
            b.add(EntityKind::NetworkDomain,
                  Json{{"id", "su-" + key}, {"name", "Scale-up domains" + in}, {"type", "scale-up"},
                       {"technology", tech + " (" + std::to_string(domain) + " GPUs per domain)"}, {"racks", gpuRacks},
                       {"bandwidthPerGpuGBps", upGBps}, {"oversubscription", 1.0}});
        }

        // ---- scale-out: leaves per row, spines per hall -------------------------------------
        const std::string fabric = "fabric-" + key;
        if (supernode) {
            b.add(EntityKind::NetworkDomain,
                  Json{{"id", fabric}, {"name", "Scale-out fabric" + in}, {"type", "scale-out"},
                       {"technology", "RDMA over the supernodes' network racks"}, {"racks", gpuRacks},
                       {"bandwidthPerGpuGBps", nicGbps / 8}, {"oversubscription", 1.0}});
            continue;
        }
        struct Leaf
        {
            std::string id;
            int row;
            int down = 0, up = 0;
        };
        std::vector<Leaf> leaves;
        std::map<int, std::vector<int>> leavesOfRow;
        double downTotal = 0;
        for (size_t k = 0; k < hall.rows.size(); ++k) {
            int rowGpus = 0;
            for (int i : hall.rows[k].racks)
                rowGpus += hall.racks[size_t(i)].spec.gpus;
            const int down = int(std::ceil(rowGpus * nicGbps / f.portGbps));
            if (down == 0)
                continue;
            const int n = (down + f.ports / 2 - 1) / (f.ports / 2);
            for (int j = 0; j < n; ++j) {
                leavesOfRow[int(k)].push_back(int(leaves.size()));
                const int d = down / n + (j < down % n ? 1 : 0);
                leaves.push_back({"leaf-" + hall.tag + letters(hall.rows[k]) + std::to_string(j + 1), int(k), d, d});
            }
            downTotal += down;
        }
        int upTotal = 0;
        for (const Leaf &l : leaves)
            upTotal += l.up;
        int spines = std::max(1, (upTotal + f.ports - 1) / f.ports);
        const int upPerLeaf = leaves.empty() ? 1 : std::max_element(leaves.begin(), leaves.end(), [](const Leaf &x, const Leaf &y) {
                                                       return x.up < y.up;
                                                   })->up;
        spines = std::min(spines, std::max(1, upPerLeaf));   // two tiers: every leaf reaches every spine
        const int perPair = std::max(1, upPerLeaf / spines);
        const int spinePorts = std::min(f.ports, int(leaves.size()) * perPair);
        const double upActual = double(std::min(int(leaves.size()), f.ports / std::max(1, perPair))) * perPair * spines;
        const double oversub = upActual > 0 ? std::max(1.0, downTotal / upActual) : 1.0;
        b.add(EntityKind::NetworkDomain,
              Json{{"id", fabric}, {"name", "Scale-out fabric" + in}, {"type", "scale-out"},
                   {"technology", (f.switchModel == "quantum-x800-q3400" ? std::string("InfiniBand XDR (Quantum-X800), ")
                                                                         : std::string("Ethernet (Spectrum-X), "))
                                      + std::to_string(int(nicGbps)) + " Gb/s per GPU"},
                   {"racks", gpuRacks}, {"bandwidthPerGpuGBps", nicGbps / 8}, {"oversubscription", oversub}});

        // Switches into the network racks: a row's leaves in its own, spines spread over all.
        std::vector<int> netRacks;
        for (size_t i = 0; i < hall.racks.size(); ++i)
            if (hall.racks[i].network)
                netRacks.push_back(int(i));
        if (netRacks.empty())
            continue;
        std::map<int, double> rackLoad;
        auto addSwitch = [&](const std::string &id, const std::string &tier, int rackIndex, int ports) {
            const PlacedRack &rack = hall.racks[size_t(rackIndex)];
            b.add(EntityKind::Switch, Json{{"id", id}, {"hall", hall.id}, {"rack", rack.id}, {"domain", fabric}, {"tier", tier},
                                           {"model", f.switchModel}, {"ports", ports}, {"portSpeedGbps", f.portGbps},
                                           {"transceiver", f.switchOptic}, {"powerW", f.switchW}});
            rackLoad[rackIndex] += f.switchW + ports * f.opticW;
        };
        auto netRackOfRow = [&](int row) {
            for (int i : hall.rows[size_t(row)].racks)
                if (hall.racks[size_t(i)].network)
                    return i;
            return netRacks.front();
        };
        for (const Leaf &l : leaves)
            addSwitch(l.id, "leaf", netRackOfRow(l.row), l.down + perPair * spines);
        std::vector<std::string> spineIds;
        for (int s = 0; s < spines; ++s) {
            spineIds.push_back("spine-" + hall.tag + std::to_string(s + 1));
            addSwitch(spineIds.back(), "spine", netRacks[size_t(s) % netRacks.size()], spinePorts);
        }
        // Links: each GPU rack to its row's leaves, each leaf to every spine.
        for (const auto &[row, ids] : leavesOfRow) {
            const PlacedRack &net = hall.racks[size_t(netRackOfRow(row))];
            for (int i : hall.rows[size_t(row)].racks) {
                const PlacedRack &r = hall.racks[size_t(i)];
                const int ports = int(std::ceil(r.spec.gpus * nicGbps / f.portGbps));
                for (size_t j = 0; j < ids.size(); ++j) {
                    const int count = ports / int(ids.size()) + (int(j) < ports % int(ids.size()) ? 1 : 0);
                    if (count > 0)
                        b.add(EntityKind::Link, Json{{"id", "lk-" + r.id.substr(5) + "-" + std::to_string(j + 1)},
                                                     {"from", r.id}, {"to", leaves[size_t(ids[j])].id}, {"count", count},
                                                     {"speedGbps", f.portGbps}, {"transceiver", f.linkOptic},
                                                     {"lengthM", std::round((std::abs(r.xM - net.xM) + 3.0) * 10) / 10}});
                }
            }
        }
        for (const Leaf &l : leaves) {
            const PlacedRack &from = hall.racks[size_t(netRackOfRow(l.row))];
            for (int s = 0; s < spines; ++s) {
                const PlacedRack &to = hall.racks[size_t(netRacks[size_t(s) % netRacks.size()])];
                b.add(EntityKind::Link, Json{{"id", "lk-" + l.id + "-s" + std::to_string(s + 1)}, {"from", l.id},
                                             {"to", spineIds[size_t(s)]}, {"count", perPair}, {"speedGbps", f.portGbps},
                                             {"transceiver", f.switchOptic},
                                             {"lengthM", std::round((std::abs(from.yM - to.yM) + std::abs(from.xM - to.xM) + 6.0) * 10) / 10}});
            }
        }
        // The network racks' design load: their switches and optics, 10 % margin, whole kW.
        for (int i : netRacks)
            hall.racks[size_t(i)].spec.powerW = std::max(1e3, std::ceil(rackLoad[i] * 1.1 / 1e3) * 1e3);
    }
}

} // namespace aif::generator
