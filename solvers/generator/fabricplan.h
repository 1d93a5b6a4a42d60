#pragma once

#include "builder.h"

#include <string>
#include <vector>

namespace aif::generator {

class PowerChain;

// The scale-out switch and optics of the fabric, from the catalog: Quantum-X800 InfiniBand
// for NVLink 5 clusters, 800G Ethernet (Spectrum-X) otherwise (the reference designs).
struct FabricModel
{
    std::string switchModel, switchOptic, linkOptic;
    int ports = 64, heightU = 2;
    double portGbps = 800, switchW = 0, opticW = 0;
    double nicGbps = 400;                  // scale-out bandwidth per GPU
    // A switch's draw as the power solver counts it: electronics plus one transceiver per port.
    double switchLoadW(int ports) const { return switchW + ports * opticW; }
    int rackPorts(const RackSpec &gpuRack) const;   // NIC ports of a GPU rack at the switch speed
};
FabricModel fabricModel(const Builder &b);

// The leaf racks a row of GPU racks needs if every leaf uses all its ports (half down, half
// up): the hall plan's row-length limit counts them before the fabric is chosen.
std::vector<RackSpec> provisionalLeafRacks(const Builder &b, const FabricModel &f, const std::vector<RackSpec> &gpuRacks);

// The hall's fabric (docs/authoring.md): leaves in each row for the row's GPU NICs (the racks'
// links filled leaf by leaf), then two tiers where every leaf reaches every spine within the
// spine's ports, else three (pods of leaves and spines, cores joining the pods); non-blocking:
// each leaf has as many uplinks as its busiest sibling has down links, every spine as many up
// as down. Switches go into network racks within the rack's height and power rating (and a
// rear door's capacity): a row's leaves at its east end, spines and cores in spine racks in
// the rows that stay within one power block, else in network rows. Fills plan->fabric and
// appends the network racks (and rows) to plan->rows, whose rows hold the GPU racks only.
void planFabric(const Builder &b, const PowerChain &chain, const std::string &hallTag, HallPlan *plan);

} // namespace aif::generator
