#include "chain.h"

#include "lossmodel.h"

#include <algorithm>

namespace aif::power {

ChainTopology::ChainTopology(const Project &p)
{
    const int n = int(p.powerNodes.size());
    m_parent.assign(size_t(n), -1);
    m_cycle.assign(size_t(n), false);
    for (int i = 0; i < n; ++i)
        m_index.emplace(p.powerNodes[size_t(i)].id, i);
    for (int i = 0; i < n; ++i)
        m_parent[size_t(i)] = nodeIndex(p.powerNodes[size_t(i)].upstream);
    // Depth by walking up; a walk longer than n steps is a cycle (validation reports it too).
    std::vector<int> depth(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        int d = 0;
        for (int cur = m_parent[size_t(i)]; cur >= 0; cur = m_parent[size_t(cur)]) {
            if (++d > n) {
                m_cycle[size_t(i)] = true;
                break;
            }
        }
        depth[size_t(i)] = d;
    }
    m_order.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        m_order[size_t(i)] = i;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return depth[size_t(a)] > depth[size_t(b)]; });
}

int ChainTopology::nodeIndex(const std::string &id) const
{
    if (id.empty())
        return -1;
    const auto it = m_index.find(id);
    return it == m_index.end() ? -1 : it->second;
}

std::vector<int> ChainTopology::pathToSource(int node) const
{
    std::vector<int> path;
    for (int cur = node; cur >= 0 && path.size() <= m_parent.size(); cur = m_parent[size_t(cur)])
        path.push_back(cur);
    return path;
}

ChainFlow solveChain(const Project &p, const ChainTopology &topo, const std::vector<RackLoad> &racks,
                     const std::vector<bool> &extraFailed, const std::vector<double> &nodeDrawW)
{
    const size_t n = p.powerNodes.size();
    ChainFlow f;
    f.nodes.assign(n, {});
    // Alive top-down: reverse of the bottom-up order visits parents first.
    const auto &order = topo.bottomUp();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int i = *it;
        const PowerNode &node = p.powerNodes[size_t(i)];
        // Out of service: failed, or every module failed (what-if); a stage entered without modules
        // stays in and shows infinite utilization (validation names the field).
        const bool allModulesFailed = node.failedModules > 0 && node.liveModules() == 0;
        const bool failed = node.failed || allModulesFailed || (size_t(i) < extraFailed.size() && extraFailed[size_t(i)]);
        const int parent = topo.parentOf(i);
        const bool fed = PowerNode::isSource(node.type) ? true : parent >= 0 && f.nodes[size_t(parent)].alive;
        f.nodes[size_t(i)].alive = !failed && fed && !topo.inCycle(i);
    }

    f.rackSideAW.assign(racks.size(), 0.0);
    f.rackSideBW.assign(racks.size(), 0.0);
    f.rackPowered.assign(racks.size(), false);
    for (size_t r = 0; r < racks.size(); ++r) {
        const Rack &rack = p.racks[r];
        const int a = topo.nodeIndex(rack.powerFeedA);
        const int b = topo.nodeIndex(rack.powerFeedB);
        const bool liveA = a >= 0 && f.nodes[size_t(a)].alive;
        const bool liveB = b >= 0 && f.nodes[size_t(b)].alive && b != a;
        const double demand = racks[r].psuInChain ? racks[r].componentW : racks[r].inputW;
        if (liveA && liveB) {
            f.rackSideAW[r] = f.rackSideBW[r] = demand / 2;
        } else if (liveA) {
            f.rackSideAW[r] = demand;
        } else if (liveB) {
            f.rackSideBW[r] = demand;
        } else {
            f.droppedW += demand;
            continue;
        }
        f.rackPowered[r] = true;
        if (liveA)
            f.nodes[size_t(a)].loadW += f.rackSideAW[r];
        if (liveB)
            f.nodes[size_t(b)].loadW += f.rackSideBW[r];
    }

    for (size_t i = 0; i < n && i < nodeDrawW.size(); ++i) {
        if (nodeDrawW[i] <= 0.0)
            continue;
        (f.nodes[i].alive ? f.nodes[i].loadW : f.droppedW) += nodeDrawW[i];
        f.nodeDrawnW += f.nodes[i].alive ? nodeDrawW[i] : 0.0;
    }

    for (int i : order) {
        NodeFlow &nf = f.nodes[size_t(i)];
        if (!nf.alive)
            continue;
        const PowerNode &node = p.powerNodes[size_t(i)];
        const LossModel loss{node.lossC0, node.lossC1, node.lossC2};
        nf.lossW = loss.lossW(nf.loadW, node.ratedW, node.liveModules());
        nf.inputW = nf.loadW + nf.lossW;
        const int parent = topo.parentOf(i);
        if (PowerNode::isSource(node.type))
            f.sourceInputW += nf.inputW;
        else if (parent >= 0)
            f.nodes[size_t(parent)].loadW += nf.inputW;
    }
    return f;
}

} // namespace aif::power
