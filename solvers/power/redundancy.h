#pragma once

#include "failurecases.h"

#include <string>
#include <vector>

namespace aif::power {

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

// How the N-1 cases are found: incrementally (the solver's way), or by re-solving the whole
// chain once per node (the reference the tests compare against; quadratic in the chain's size).
enum class FailureMethod { Incremental, Resolve };

// Fails each power node in turn (N-1 analysis) and classifies the design.
// nodeDrawW: solveChain's node draws (network gear at automatic positions).
RedundancyReport analyzeRedundancy(const Project &project, const ChainTopology &topology,
                                   const std::vector<RackLoad> &racks, const ChainFlow &healthy,
                                   FailureMethod method = FailureMethod::Incremental,
                                   const std::vector<double> &nodeDrawW = {});

} // namespace aif::power
