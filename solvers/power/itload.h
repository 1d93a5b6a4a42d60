#pragma once

#include "project.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace aif {
class Catalog;
namespace network {
struct FabricFeed;
}
}

namespace aif::power {

// Operating point the IT load is computed at. Defaults give the design (sizing) case: every
// GPU at full activity, inlet at 23 °C. The coupled twin fills the maps from the throughput
// and thermal solvers.
struct ItLoadOptions
{
    double defaultActivity = 1.0;                          // 0 idle .. 1 full
    std::unordered_map<std::string, double> rackActivity;  // rack id -> activity
    std::unordered_map<std::string, double> rackInletC;    // rack id -> inlet air temperature
    std::unordered_map<std::string, double> gpuLeakageFactor;  // rack id -> multiplier on GPU power
    // Network power per rack, parallel to project.racks, when an earlier solve of the same
    // project found it (RackLoad::networkW): it does not depend on the operating point, and
    // walking every link again costs more than the rest of the IT load on a large campus.
    // Empty (or of another size): computed from the planned fabric, switches and links.
    std::vector<double> rackNetworkW;
};

// One rack's electrical demand, by component, and at its input (after its PSU stage).
struct RackLoad
{
    std::string id;
    int gpus = 0;
    double gpuW = 0.0;
    double gpuNominalW = 0.0;   // GPU power before the thermal solve's leakage (or throttling) factor
    double cpuW = 0.0;
    double nicW = 0.0;          // NICs and the platform (switch trays, memory, storage)
    double fanW = 0.0;
    double networkW = 0.0;      // switches and transceivers mounted in the rack (planned fabric included)
    double inletUpliftW = 0.0;  // fans and leakage rise above 23 °C inlet
    double componentW = 0.0;    // sum of the above: what the PSU stage must deliver
    double psuLossW = 0.0;      // internal PSUs (0 when a power-shelf node is the PSU stage)
    double inputW = 0.0;        // IT power at the rack's input
    double psuRatedW = 0.0;     // total PSU rating installed (0: no internal PSUs)
    double liquidFraction = 0.0;// share of the heat into the cooling liquid
    bool psuInChain = false;    // true when fed by a power-shelf node
};

// IT load per rack from the catalog systems it holds, switches and link optics. feed: the
// planned fabric when the caller has it (else planned here when the network is not known).
std::vector<RackLoad> computeRackLoads(const Project &project, const Catalog &catalog, const ItLoadOptions &options,
                                       const network::FabricFeed *feed = nullptr);

// The network part alone: switch electronics and transceivers mounted in each rack. Scale-out
// domains the fabric planner sizes draw the plan's power where their switches and cable ends
// stand; switches of other domains (and links not ending on a planned switch) draw their
// entities' powerW and transceivers (docs/network.md, "Into the other solvers").
std::vector<double> rackNetworkW(const Project &project, const Catalog &catalog);
std::vector<double> rackNetworkW(const Project &project, const Catalog &catalog, const network::FabricFeed &feed);
// The same figures from an earlier result, to pass as ItLoadOptions::rackNetworkW.
std::vector<double> rackNetworkW(const std::vector<RackLoad> &loads);

} // namespace aif::power
