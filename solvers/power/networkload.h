#pragma once

#include "chain.h"

#include <string>
#include <vector>

namespace aif {
namespace network {
struct FabricFeed;
}
}

namespace aif::power {

// Network gear at one of the fabric planner's automatic positions (end of a row, or the spines
// at the leaves' centroid): IT load with no rack of its own. It draws from the power path of
// the nearest rack of its hall (that rack's feed A, above any in-rack power shelf: the row's
// PDU or busway) and its heat goes into that hall's air (docs/network.md).
struct NetworkDraw
{
    std::string position, domain, hall, node;   // node: the power node it draws from ("" = none)
    int nodeIndex = -1;
    double powerW = 0.0;                        // switches + optics at the position
};

std::vector<NetworkDraw> networkDraws(const Project &project, const ChainTopology &topology,
                                      const network::FabricFeed &feed);

// The draws per power node, parallel to project.powerNodes (solveChain's nodeDrawW).
std::vector<double> nodeDrawW(const Project &project, const std::vector<NetworkDraw> &draws);

} // namespace aif::power
