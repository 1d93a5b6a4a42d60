#include "networkplan.h"

#include "builder.h"
#include "catalog.h"
#include "fabricplan.h"

#include <cmath>

namespace aif::generator {

namespace {

std::string letters(const PlacedRow &row)
{
    return row.id.substr(row.id.rfind('-') + 1);
}

double metres(double m)
{
    return std::round(m * 10) / 10;
}

} // namespace

void planNetwork(Builder &b)
{
    const Json &sys = b.entry("systems", b.request.system);
    const Json &gpu = b.entry("gpus", sys.value("gpu", std::string()));
    const Json scaleUp = gpu.value("scaleUp", Json::object());
    const bool supernode = sys.contains("parts");
    const FabricModel f = fabricModel(b);

    for (size_t h = 0; h < b.halls.size(); ++h) {
        const HallLayout &hall = b.halls[h];
        const HallFabric &fab = b.plans[h].fabric;
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

        // ---- scale-out ----------------------------------------------------------------------
        const std::string fabric = "fabric-" + key;
        if (supernode) {
            b.add(EntityKind::NetworkDomain,
                  Json{{"id", fabric}, {"name", "Scale-out fabric" + in}, {"type", "scale-out"},
                       {"technology", "RDMA over the supernodes' network racks"}, {"racks", gpuRacks},
                       {"bandwidthPerGpuGBps", f.nicGbps / 8}, {"oversubscription", 1.0}});
            continue;
        }
        const std::string tiers = fab.tiers <= 1 ? "one leaf" : fab.tiers == 2 ? "leaf/spine" : "leaf/spine/core";
        b.add(EntityKind::NetworkDomain,
              Json{{"id", fabric}, {"name", "Scale-out fabric" + in}, {"type", "scale-out"},
                   {"technology", (f.switchModel == "quantum-x800-q3400" ? std::string("InfiniBand XDR (Quantum-X800), ")
                                                                         : std::string("Ethernet (Spectrum-X), "))
                                      + tiers + ", " + std::to_string(int(f.nicGbps)) + " Gb/s per GPU"},
                   {"racks", gpuRacks}, {"bandwidthPerGpuGBps", f.nicGbps / 8}, {"oversubscription", fab.oversubscription}});

        // Where each planned rack and switch stands: plan (row, rack in row) -> placed rack.
        std::vector<std::vector<int>> placed(hall.rows.size());
        for (size_t k = 0; k < hall.rows.size(); ++k)
            placed[k] = hall.rows[k].racks;
        auto rackOf = [&](const FabricSwitch &s) -> const PlacedRack & {
            return hall.racks[size_t(placed[size_t(s.row)][size_t(s.rack)])];
        };
        for (const FabricSwitch &s : fab.switches)
            b.add(EntityKind::Switch, Json{{"id", s.id}, {"hall", hall.id}, {"rack", rackOf(s).id}, {"domain", fabric},
                                           {"tier", s.tier}, {"model", f.switchModel}, {"ports", s.ports},
                                           {"portSpeedGbps", f.portGbps}, {"transceiver", f.switchOptic},
                                           {"powerW", f.switchW}});
        // Links: each GPU rack to its row's leaves, leaves to spines, spines to cores; lengths
        // along the aisles between the racks, 3 m inside a rack's row, 6 m across rows.
        for (size_t k = 0; k < fab.rackLinks.size(); ++k) {
            for (size_t i = 0; i < fab.rackLinks[k].size(); ++i) {
                const PlacedRack &r = hall.racks[size_t(placed[k][i])];
                int j = 0;
                for (const auto &[leaf, count] : fab.rackLinks[k][i]) {
                    const PlacedRack &net = rackOf(fab.switches[size_t(leaf)]);
                    b.add(EntityKind::Link, Json{{"id", "lk-" + r.id.substr(5) + "-" + std::to_string(++j)}, {"from", r.id},
                                                 {"to", fab.switches[size_t(leaf)].id}, {"count", count},
                                                 {"speedGbps", f.portGbps}, {"transceiver", f.linkOptic},
                                                 {"lengthM", metres(std::abs(r.xM - net.xM) + 3.0)}});
                }
            }
        }
        for (const FabricLinks &l : fab.links) {
            const FabricSwitch &from = fab.switches[size_t(l.from)], &to = fab.switches[size_t(l.to)];
            const PlacedRack &a = rackOf(from), &c = rackOf(to);
            b.add(EntityKind::Link, Json{{"id", "lk-" + from.id + "-" + to.id}, {"from", from.id}, {"to", to.id},
                                         {"count", l.count}, {"speedGbps", f.portGbps}, {"transceiver", f.switchOptic},
                                         {"lengthM", metres(std::abs(a.yM - c.yM) + std::abs(a.xM - c.xM) + 6.0)}});
        }
    }
}

} // namespace aif::generator
