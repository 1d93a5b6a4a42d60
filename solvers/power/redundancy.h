#pragma once

#include "chain.h"

#include <string>
#include <vector>

namespace aif::power {

// What one failed component does to the rest of the chain.
struct FailureCase
{
    std::string failed;                   // power node id
    std::vector<std::string> overloaded;  // live nodes loaded beyond all their modules
    std::vector<std::string> droppedRacks;
    double worstUtilization = 0.0;        // highest load / physical rating among live nodes
    std::string worstNode;
};

struct RedundancyReport
{
    std::vector<FailureCase> cases;       // one per power node, in file order
    int casesDroppingLoad = 0;
    int casesOverloading = 0;
    bool dualPath = false;                // every equipped rack has two paths sharing no node
    bool independentSources = false;      // ... and the two paths end at different sources
    bool moduleRedundant = false;         // every UPS/rectifier/SST stage has N+1 or better
    std::vector<std::string> moduleFailureOverloads;  // nodes whose load exceeds (modules-1) modules
    int tier = 1;                         // indicative Uptime Institute tier, electrical only
    std::string tierReason;
};

// Fails each power node in turn (N-1 analysis) and classifies the design.
RedundancyReport analyzeRedundancy(const Project &project, const ChainTopology &topology,
                                   const std::vector<RackLoad> &racks, const ChainFlow &healthy);

} // namespace aif::power
