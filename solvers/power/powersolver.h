#pragma once

#include "chain.h"
#include "chaincomparison.h"
#include "common/progress.h"
#include "coolingpower.h"
#include "diagnostic.h"
#include "itload.h"
#include "networkload.h"
#include "redundancy.h"

#include <unordered_set>

#include <map>

namespace aif::power {

struct PowerOptions
{
    ItLoadOptions load;
    bool failureAnalysis = true;   // N-1 over every power node
    bool comparison = true;        // AC vs 800 VDC reference chains
};

struct NodeResult
{
    std::string id;
    std::string type;
    std::string side;
    double loadW = 0.0;
    double lossW = 0.0;
    double inputW = 0.0;
    double capacityW = 0.0;       // (modules - redundant) x rating: what the design may use
    double physicalW = 0.0;       // modules x rating: what the hardware can carry
    double utilization = 0.0;     // load / capacity
    double efficiency = 0.0;
    bool alive = false;
};

// The power solver's answer: IT load per rack, every stage's load, loss and efficiency,
// cooling power, facility power and PUE, redundancy and the AC/800 VDC comparison.
struct PowerResult
{
    std::vector<RackLoad> racks;
    std::vector<bool> rackPowered;   // parallel to racks: has a live feed (else draws and heats nothing)
    std::vector<NodeResult> nodes;
    std::map<std::string, double> lossesByStageW;   // stage type -> W (IT-side power shelves included)
    double itW = 0.0;             // at rack inputs (includes server PSUs / in-rack power shelves)
    double chainLossW = 0.0;      // upstream of the racks
    double sourceW = 0.0;         // drawn by the IT chain from utility/generators
    double droppedW = 0.0;
    CoolingPower cooling;
    double facilityW = 0.0;       // sourceW + cooling
    double pue = 0.0;
    double ppuePower = 0.0;       // (IT + chain losses) / IT
    double ppueCooling = 0.0;     // (IT + cooling) / IT
    double balanceErrorW = 0.0;   // sourceW - (IT + chain losses): energy conservation check
    // Network in IT power (docs/network.md, "Into the other solvers"): every rack's networkW
    // plus the automatic positions' draws, as served. The planned fabric's scale-out switches
    // and optics (fabricSwitchW + fabricOpticsW) are part of it, placed where they stand.
    double networkW = 0.0;
    double fabricSwitchW = 0.0, fabricOpticsW = 0.0;
    std::vector<NetworkDraw> networkDraws;   // automatic positions: IT load without a rack
    std::map<std::string, double> hallNetworkW;   // their heat into each hall's air (served draws)
    RedundancyReport redundancy;
    ChainComparison comparison;
    bool hasComparison = false;
    Diagnostics violations;

    Json toJson() const;          // the `power` section of `aif solve --json`
};

PowerResult solvePower(const Project &project, const Catalog &catalog, const PowerOptions &options = {},
                       Progress *progress = nullptr);

// Ids of the racks without a live feed: their GPUs make no tokens (the throughput solver's
// offlineRacks, in the plain solve and at each pass of the coupled twin).
std::unordered_set<std::string> unpoweredRacks(const Project &project, const PowerResult &result);

} // namespace aif::power
