#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace aif {

struct Project;

namespace network {

// Racks cut off from the fabric by what-if failures (issue 22): every link group the rack has
// is down (Link::failedLinks ≥ count) or ends at a failed switch. Their GPUs can still compute
// but no request reaches them and no collective spans them, so the throughput solver counts
// them offline, like racks without power. Racks with no drawn links (the fabric planned
// automatically) are never isolated: the plan has no single link to lose.
std::unordered_set<std::string> isolatedRacks(const Project &project);

// Share of a rack's drawn link capacity (count × speed) that is down, for the Network tab and
// the N−1 scan; 0 for racks without drawn links.
double rackLinkLossShare(const Project &project, const std::string &rackId);

// The same share for every rack that has lost part of its links (0 < share < 1; isolated racks
// are in isolatedRacks()): the throughput solver slows the scale-out collectives of the
// deployments on them (ThroughputOptions::rackLinkLoss).
std::unordered_map<std::string, double> partialLinkLoss(const Project &project);

} // namespace network
} // namespace aif
