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
// at the leaves' centroid): IT load with no rack of its own. It draws from the power paths of
// the nearest rack of its hall (that rack's feeds, above any in-rack power shelf: the row's PDUs
// or busways) and its heat goes into that hall's air (docs/network.md). Switches are
// dual-corded (two PSUs, one per feed): half from each side, all from the live one when the
// other has failed, as the racks' own A/B feeds share.
struct NetworkDraw
{
    std::string position, domain, hall, node;   // node: the power node it draws from ("" = none)
    int nodeIndex = -1;
    std::string nodeB;                          // the second cord's node ("" = single-fed)
    int nodeIndexB = -1;
    double powerW = 0.0;                        // switches + optics at the position
};

std::vector<NetworkDraw> networkDraws(const Project &project, const ChainTopology &topology,
                                      const network::FabricFeed &feed);

// The draws per power node, parallel to project.powerNodes (solveChain's nodeDrawW). `alive`
// (parallel to the nodes; empty: all alive) moves a dual-corded draw onto its live side.
std::vector<double> nodeDrawW(const Project &project, const std::vector<NetworkDraw> &draws,
                              const std::vector<bool> &alive = {});

} // namespace aif::power
