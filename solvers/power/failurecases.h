#pragma once

#include "chain.h"

#include <string>
#include <vector>

namespace aif::power {

// What one failed component does to the rest of the chain.
struct FailureCase
{
    std::string failed;                   // power node id
    std::vector<std::string> overloaded;  // live nodes loaded beyond all their modules, in file order
    std::vector<std::string> droppedRacks;    // in file order
    double worstUtilization = 0.0;        // highest load / physical rating among live nodes
    std::string worstNode;                // the first in file order when several share it
};

// N-1: every power node failed alone, one case per node in file order.
//
// Incremental (docs/power.md §3): a failed node de-energizes only its subtree, so only the racks
// fed from that subtree change (their demand moves to the other feed, or drops), and only the
// nodes on the paths above those other feeds and above the failed node carry a different load.
// Those loads are recomputed bottom-up, each with its own WP 113 loss, so a case costs the size
// of what it changes instead of the whole chain.
// nodeDrawW: solveChain's node draws (a dead node's draw is lost, like the rest of its subtree).
std::vector<FailureCase> failureCases(const Project &project, const ChainTopology &topology,
                                      const std::vector<RackLoad> &racks, const ChainFlow &healthy,
                                      const std::vector<double> &nodeDrawW = {});

// The reference: the whole chain re-solved once per node (nodes x (nodes + racks) work). Same
// answers as failureCases() within rounding; kept for the equivalence tests.
std::vector<FailureCase> failureCasesByResolve(const Project &project, const ChainTopology &topology,
                                               const std::vector<RackLoad> &racks, const ChainFlow &healthy,
                                               const std::vector<double> &nodeDrawW = {});

} // namespace aif::power
