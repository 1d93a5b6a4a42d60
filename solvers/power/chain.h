#pragma once

#include "itload.h"

#include <vector>

namespace aif::power {

// Power flow in one state of the chain (all healthy, or some nodes failed).
struct NodeFlow
{
    double loadW = 0.0;     // delivered downstream (output)
    double lossW = 0.0;
    double inputW = 0.0;    // drawn from upstream = load + loss
    bool alive = false;     // energized: not failed and every node above it alive
};

struct ChainFlow
{
    std::vector<NodeFlow> nodes;     // parallel to project.powerNodes
    std::vector<double> rackSideAW;  // each rack's draw on feed A / feed B
    std::vector<double> rackSideBW;
    std::vector<bool> rackPowered;
    double sourceInputW = 0.0;       // drawn from utility feeds and generators
    double droppedW = 0.0;           // rack demand (and node draws) with no live feed
    double nodeDrawnW = 0.0;         // node draws served (IT load without a rack of its own)
};

// Topology of the chain, computed once per project and shared by every failure case.
class ChainTopology
{
public:
    explicit ChainTopology(const Project &project);

    int parentOf(int node) const { return m_parent[size_t(node)]; }
    int nodeIndex(const std::string &id) const;
    const std::vector<int> &bottomUp() const { return m_order; }    // children before parents
    bool inCycle(int node) const { return m_cycle[size_t(node)]; }
    // Nodes from `node` up to its source (inclusive).
    std::vector<int> pathToSource(int node) const;

private:
    std::vector<int> m_parent;
    std::vector<int> m_order;
    std::vector<bool> m_cycle;
    std::unordered_map<std::string, int> m_index;
};

// Flows with the given nodes failed (failed[i] in addition to the nodes' own `failed` flag).
// A rack fed on both sides splits its demand equally; if one side is dead the other carries
// all of it; with neither its demand is dropped. Each node's loss follows its WP 113 model.
// nodeDrawW (parallel to project.powerNodes, or empty): IT load a node feeds directly, without
// a rack of its own (network gear at the fabric planner's automatic positions); dropped when
// the node is dead.
ChainFlow solveChain(const Project &project, const ChainTopology &topology, const std::vector<RackLoad> &racks,
                     const std::vector<bool> &extraFailed, const std::vector<double> &nodeDrawW = {});

} // namespace aif::power
