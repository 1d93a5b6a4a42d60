#include "mgmtfabric.h"

#include "catalog.h"
#include "fattree.h"
#include "media.h"

#include <algorithm>
#include <cmath>

namespace aif::network {

namespace {

// Ports of a leaf kept free on the OOB network for devices the design does not list (storage
// controllers, console servers) and growth: 20 %, a common practice rather than a standard; the
// RA's 317 listed OOB ports on 8 x 48-port switches (83 % full) are consistent with it.
constexpr double kOobSpare = 0.20;
// In-band leaves (RA Table 8): 4 uplinks to the core pair and 2 links to the MLAG peer each,
// 2 uplinks from each core to the data-centre network.
constexpr int kInbandUplinks = 4, kInbandPeerLinks = 2, kInbandCoreExternal = 2;
// OOB leaves: two 100G uplinks each into the in-band network (RA: "two uplinks per OOB to in-band").
constexpr int kOobUplinks = 2;

long long perNodes(long long nodes, double perNode)
{
    return (long long)std::ceil(double(nodes) * perNode - 1e-9);
}

bool setSwitch(ManagementTree &t, const std::string &network, const std::string &id, const Catalog &catalog,
               std::string *error)
{
    t.network = network;
    t.switchId = id;
    const CatalogEntry *e = catalog.find("network", id);
    if (!e) {
        *error = network + " switch '" + id + "' is not in the network catalog";
        return false;
    }
    t.switchName = e->name;
    t.source = e->source;
    t.switchPorts = e->data.value("ports", 0);
    if (t.switchPorts < 8) {
        *error = network + " switch '" + id + "' has fewer than 8 ports";
        return false;
    }
    return true;
}

// Power and price of the switches and of the links' optics at both ends (the compute fabric's
// media rule at the switch's lane rate; none where the catalog has no part at that rate).
void cost(ManagementTree &t, const Catalog &catalog, double deviceLinkM, double uplinkM)
{
    const CatalogEntry *e = catalog.find("network", t.switchId);
    t.switchPowerW = double(t.switches()) * e->data.value("powerW", 0.0);
    t.switchCapexUsd = double(t.switches()) * e->data.value("priceUsd", 0.0);
    if (t.network == "oob")
        return;   // 1 GbE RJ45 on copper patch cords
    const double lane = e->data.value("laneGbps", 100.0), port = e->data.value("portSpeedGbps", 100.0);
    auto add = [&](long long links, double lengthM, std::string *medium) {
        if (links <= 0 || mediaAt(catalog, lane).empty())
            return;
        bool ok = false;
        const Medium m = chooseMedium(catalog, lane, lengthM, &ok);
        const double scale = m.speedGbps > 0 ? port / m.speedGbps : 1;
        ManagementLinks l {m.id, m.source, m.copper(), links, lengthM, m.linkPowerW() * scale,
                           2 * m.priceUsd * scale + m.priceUsdPerM * lengthM};
        t.opticsPowerW += double(links) * l.unitPowerW;
        t.opticsCapexUsd += double(links) * l.unitPriceUsd;
        t.media.push_back(l);
        *medium = m.id;
    };
    add(t.deviceLinks, deviceLinkM, &t.deviceMedium);
    add(t.uplinks + t.interSwitchLinks, uplinkM, &t.uplinkMedium);
}

} // namespace

ManagementFabric planManagement(const ManagementInput &in, const Catalog &catalog)
{
    ManagementFabric m;
    if (in.nodes <= 0 || in.storagePortsPerNode < 0 || in.inbandPortsPerNode < 0 || in.pdusPerRack < 0
        || in.racks < 0 || in.computeSwitches < 0 || in.suNodes <= 0) {
        m.error = "management networks need nodes > 0 and no negative port, rack or switch count";
        return m;
    }
    if (!setSwitch(m.storage, "storage", in.storageSwitchId, catalog, &m.error)
        || !setSwitch(m.inband, "in-band", in.inbandSwitchId, catalog, &m.error)
        || !setSwitch(m.oob, "oob", in.oobSwitchId, catalog, &m.error))
        return m;

    // Storage: compute nodes on leaves at 4:3 (half the ports down, three quarters of that up; the
    // RA's "slightly oversubscribed with a ratio near 4:3"), storage appliances at 1:1 on one
    // leaf per scalable unit (more when their links need it), every leaf up to a spine layer that
    // splits each node leaf's uplinks evenly. One switch when everything fits on it.
    {
        ManagementTree &t = m.storage;
        const int k = t.switchPorts, down = k / 2, up = (down * 3 + 3) / 4;
        const long long nodePorts = in.nodes * in.storagePortsPerNode;
        const long long storageLinks = perNodes(in.nodes, in.storageLinksPerNode);
        t.endpoints = nodePorts + storageLinks;
        t.deviceLinks = t.endpoints;
        if (t.endpoints <= k) {
            t.leaves = t.endpoints > 0 ? 1 : 0;
        } else {
            const long long nodeLeaves = ceilDiv(nodePorts, down);
            const long long storageLeaves
                = storageLinks > 0 ? std::max(ceilDiv(in.nodes, in.suNodes), ceilDiv(storageLinks, down)) : 0;
            t.leaves = nodeLeaves + storageLeaves;
            t.uplinks = nodeLeaves * up + storageLinks;
            t.spines = divisorAtLeast(up, ceilDiv(t.uplinks, k));
        }
    }
    // In-band: every node's bonded pair on two leaves of an MLAG pair, with the management
    // servers' and NFS links; leaves in pairs, each with its uplinks to a core pair.
    {
        ManagementTree &t = m.inband;
        const int k = t.switchPorts, usable = k - kInbandUplinks - kInbandPeerLinks;
        t.endpoints = in.nodes * in.inbandPortsPerNode + perNodes(in.nodes, in.managementLinksPerNode)
                      + perNodes(in.nodes, in.nfsLinksPerNode);
        t.deviceLinks = t.endpoints;
        t.leaves = 2 * ceilDiv(ceilDiv(t.endpoints, usable), 2);
        t.uplinks = t.leaves * kInbandUplinks;
        t.spines = 2 * ceilDiv(t.uplinks, 2LL * (k - kInbandCoreExternal));
        t.interSwitchLinks = t.leaves / 2 * kInbandPeerLinks;
        t.externalLinks = t.spines * kInbandCoreExternal;
    }
    // Out-of-band: one 1 GbE port for each node's BMC, each switch of every network (the OOB
    // switches excepted), each management node, the UFM pair's back-to-back link and each rack PDU.
    {
        ManagementTree &t = m.oob;
        t.endpoints = in.nodes + in.computeSwitches + m.storage.switches() + m.inband.switches()
                      + perNodes(in.nodes, in.managementNodesPerNode) + 2 + in.racks * in.pdusPerRack;
        t.deviceLinks = t.endpoints;
        t.leaves = (long long)std::ceil(double(t.endpoints) * (1 + kOobSpare) / t.switchPorts - 1e-9);
        t.uplinks = t.leaves * kOobUplinks;
    }
    for (ManagementTree *t : {&m.storage, &m.inband, &m.oob}) {
        cost(*t, catalog, in.deviceLinkM, in.uplinkM);
        m.switchPowerW += t->switchPowerW;
        m.opticsPowerW += t->opticsPowerW;
        m.capexUsd += t->switchCapexUsd + t->opticsCapexUsd;
    }
    return m;
}

Json managementJson(const ManagementFabric &m)
{
    auto tree = [](const ManagementTree &t) {
        return Json{{"switch", t.switchId},        {"switch_name", t.switchName},
                    {"switch_source", t.source},   {"leaf_switches", t.leaves},
                    {"spine_switches", t.spines},  {"switches", t.switches()},
                    {"endpoints", t.endpoints},
                    {"cables", {{"device_leaf", t.deviceLinks}, {"leaf_spine", t.uplinks},
                                {"inter_switch", t.interSwitchLinks}, {"external", t.externalLinks}}},
                    {"device_medium", t.deviceMedium}, {"uplink_medium", t.uplinkMedium},
                    // false: the catalog has no medium at the switch's lane rate, optics not counted
                    {"optics_priced", t.network == "oob" || !t.media.empty()},
                    {"switch_power_w", t.switchPowerW}, {"optics_power_w", t.opticsPowerW},
                    {"capex_usd", t.switchCapexUsd + t.opticsCapexUsd}};
    };
    return Json{{"storage", tree(m.storage)},
                {"in_band", tree(m.inband)},
                {"oob", tree(m.oob)},
                {"switches", m.switches()},
                {"switch_power_w", m.switchPowerW},
                {"optics_power_w", m.opticsPowerW},
                {"capex_usd", m.capexUsd}};
}

} // namespace aif::network
