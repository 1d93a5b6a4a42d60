#pragma once

#include "json.h"

#include <string>
#include <vector>

namespace aif {

class Catalog;

namespace network {

// The networks beside the compute fabric of a GPU cluster (docs/network.md, "Storage, in-band and
// out-of-band"): the storage fabric, the in-band management (frontend) network and the
// out-of-band (BMC) management network, sized by the rules of the NVIDIA DGX SuperPOD reference
// architecture with DGX H100 (RA-11333-001 V11, 2023-09-22), whose 4-SU design they reproduce.
struct ManagementInput
{
    long long nodes = 0;            // compute nodes (a DGX, or a compute tray of an NVL72 rack)
    long long computeSwitches = 0;  // the compute fabric's switches (each has an OOB port)
    long long racks = 0;            // racks whose PDUs the OOB network reaches
    int pdusPerRack = 2;            // A and B feed: one metered rack PDU each (assumption)
    int storagePortsPerNode = 2;    // RA: two 400G storage ports per DGX H100
    int inbandPortsPerNode = 2;     // RA: two bonded in-band ports per DGX H100
    // Per node, the RA's 4-SU (128-slot) design: 48 storage-appliance links, 8 management-server
    // links, 8 NFS links, 8 management/UFM nodes on the OOB network (Table 8).
    double storageLinksPerNode = 48.0 / 128.0;
    double managementLinksPerNode = 8.0 / 128.0;
    double nfsLinksPerNode = 8.0 / 128.0;
    double managementNodesPerNode = 8.0 / 128.0;
    int suNodes = 32;               // nodes per scalable unit (one storage leaf each)
    double deviceLinkM = 5, uplinkM = 30;   // link lengths that pick the media (the compute fabric's)
    std::string storageSwitchId = "quantum-qm9700";
    std::string inbandSwitchId = "spectrum-sn4600c";
    std::string oobSwitchId = "spectrum-sn2201";
};

// Links of one tree on one medium (both ends' optics, fibre by length).
struct ManagementLinks
{
    std::string mediumId, source;
    bool copper = false;
    long long links = 0;
    double lengthM = 0, unitPowerW = 0, unitPriceUsd = 0;
};

// One of the three trees: switches and the cables between them and to the devices.
struct ManagementTree
{
    std::string network;            // storage, in-band, oob
    std::string switchId, switchName, source;
    int switchPorts = 0;
    long long leaves = 0, spines = 0;   // in-band: leaves and its core pair; oob: leaves only
    long long endpoints = 0;        // device ports on the leaves
    long long deviceLinks = 0, uplinks = 0, interSwitchLinks = 0, externalLinks = 0;
    double switchPowerW = 0, switchCapexUsd = 0, opticsPowerW = 0, opticsCapexUsd = 0;
    std::string deviceMedium, uplinkMedium;   // empty: RJ45 copper, or no part at the lane rate
    std::vector<ManagementLinks> media;
    long long switches() const { return leaves + spines; }
};

struct ManagementFabric
{
    std::string error;
    ManagementTree storage, inband, oob;
    double switchPowerW = 0, opticsPowerW = 0, capexUsd = 0;
    long long switches() const { return storage.switches() + inband.switches() + oob.switches(); }
};

ManagementFabric planManagement(const ManagementInput &in, const Catalog &catalog);

Json managementJson(const ManagementFabric &m);

} // namespace network
} // namespace aif
