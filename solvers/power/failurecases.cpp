#include "failurecases.h"

#include "lossmodel.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>

namespace aif::power {

namespace {

bool equipped(const Project &p, size_t r)
{
    return p.racks[r].systemCount > 0 && !p.racks[r].system.empty();
}

// Load over the physical rating (every module), as the report states it; false without a rating.
bool utilizationOf(const PowerNode &node, double loadW, double *u)
{
    if (node.ratedW <= 0)
        return false;
    *u = loadW / (std::max(0, node.modules - node.failedModules) * node.ratedW);   // no modules: infinite
    return true;
}

// The reference scans nodes in file order keeping the first strictly higher utilization: the
// worst node is the highest utilization, the first in file order among equals.
bool worseThan(double u, int node, double worstU, int worstNode)
{
    return u > worstU || (u == worstU && worstNode >= 0 && node < worstNode);
}

// A node's load falls below this share of its healthy load when most of what fed it died:
// then it is summed afresh instead of by difference, which would keep the healthy load's rounding.
constexpr double kCancellationShare = 1e-3;

class IncrementalN1
{
public:
    IncrementalN1(const Project &p, const ChainTopology &topo, const std::vector<RackLoad> &racks,
                  const ChainFlow &healthy, const std::vector<double> &nodeDrawW);
    FailureCase solve(int failed);

private:
    void index();
    bool dead(int node) const { return m_deadStamp[size_t(node)] == m_case || !m_base.nodes[size_t(node)].alive; }
    bool changed(int node) const { return m_changedStamp[size_t(node)] == m_case; }
    void markDead(int failed);
    void moveRackLoads();
    void touch(int node, double deltaW);
    void propagate();
    double summedLoadW(int node) const;
    FailureCase report(int failed) const;

    const Project &m_p;
    const ChainTopology &m_topo;
    const std::vector<RackLoad> &m_racks;
    const ChainFlow &m_healthy;    // the caller's healthy state: which racks a failure can drop
    const std::vector<double> &m_nodeDrawW;   // IT load fed by a node directly (solveChain)
    ChainFlow m_base;              // the same state re-solved here: the loads cases differ from

    std::vector<int> m_feedA, m_feedB;            // per rack: node index or -1
    std::vector<int> m_childStart, m_children;    // nodes energized through each node (not sources)
    std::vector<int> m_rackStart, m_nodeRacks;    // racks fed from each node
    std::vector<int> m_rank;                      // position in the bottom-up order
    std::vector<std::pair<double, int>> m_byUtilization;   // live rated nodes, worst first
    std::vector<int> m_healthyOverloaded;         // in file order

    // Per-case state, valid where a stamp equals m_case (nothing is cleared between cases).
    int m_case = 0;
    std::vector<int> m_deadStamp, m_changedStamp, m_rackStamp;
    std::vector<double> m_deltaW, m_loadW, m_inputW;   // changed nodes
    std::vector<double> m_sideAW, m_sideBW;            // affected racks' new draws
    std::vector<int> m_dead, m_changed, m_affected, m_dropped;
    std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>> m_queue;
};

IncrementalN1::IncrementalN1(const Project &p, const ChainTopology &topo, const std::vector<RackLoad> &racks,
                             const ChainFlow &healthy, const std::vector<double> &nodeDrawW)
    : m_p(p), m_topo(topo), m_racks(racks), m_healthy(healthy), m_nodeDrawW(nodeDrawW),
      m_base(solveChain(p, topo, racks, {}, nodeDrawW))
{
    const size_t n = p.powerNodes.size(), nr = racks.size();
    m_deadStamp.assign(n, -1);
    m_changedStamp.assign(n, -1);
    m_rackStamp.assign(nr, -1);
    m_deltaW.assign(n, 0.0);
    m_loadW.assign(n, 0.0);
    m_inputW.assign(n, 0.0);
    m_sideAW.assign(nr, 0.0);
    m_sideBW.assign(nr, 0.0);
    index();
}

void IncrementalN1::index()
{
    const size_t n = m_p.powerNodes.size(), nr = m_racks.size();
    // Compressed adjacency (counts, prefix sums, fill): two flat arrays instead of n vectors.
    auto build = [n](std::vector<int> &start, std::vector<int> &items, const std::vector<std::pair<int, int>> &edges) {
        start.assign(n + 1, 0);
        for (const auto &[from, to] : edges)
            ++start[size_t(from) + 1];
        for (size_t i = 0; i < n; ++i)
            start[i + 1] += start[i];
        items.assign(edges.size(), 0);
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const auto &[from, to] : edges)
            items[size_t(next[size_t(from)]++)] = to;
    };
    std::vector<std::pair<int, int>> edges;
    for (size_t i = 0; i < n; ++i) {
        const int parent = m_topo.parentOf(int(i));
        if (parent >= 0 && !PowerNode::isSource(m_p.powerNodes[i].type))
            edges.emplace_back(parent, int(i));
    }
    build(m_childStart, m_children, edges);
    edges.clear();
    m_feedA.resize(nr);
    m_feedB.resize(nr);
    for (size_t r = 0; r < nr; ++r) {
        m_feedA[r] = m_topo.nodeIndex(m_p.racks[r].powerFeedA);
        m_feedB[r] = m_topo.nodeIndex(m_p.racks[r].powerFeedB);
        if (m_feedA[r] >= 0)
            edges.emplace_back(m_feedA[r], int(r));
        if (m_feedB[r] >= 0 && m_feedB[r] != m_feedA[r])
            edges.emplace_back(m_feedB[r], int(r));
    }
    build(m_rackStart, m_nodeRacks, edges);

    m_rank.assign(n, 0);
    for (size_t k = 0; k < m_topo.bottomUp().size(); ++k)
        m_rank[size_t(m_topo.bottomUp()[k])] = int(k);
    for (size_t i = 0; i < n; ++i) {
        double u = 0.0;
        if (!m_base.nodes[i].alive || !utilizationOf(m_p.powerNodes[i], m_base.nodes[i].loadW, &u) || std::isnan(u))
            continue;
        if (u > 0.0)
            m_byUtilization.emplace_back(u, int(i));
        if (u > 1.0)
            m_healthyOverloaded.push_back(int(i));
    }
    std::sort(m_byUtilization.begin(), m_byUtilization.end(),
              [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
}

// The failed node and everything energized only through it.
void IncrementalN1::markDead(int failed)
{
    m_dead.clear();
    m_dead.push_back(failed);
    m_deadStamp[size_t(failed)] = m_case;
    for (size_t k = 0; k < m_dead.size(); ++k) {
        const int x = m_dead[k];
        for (int c = m_childStart[size_t(x)]; c < m_childStart[size_t(x) + 1]; ++c) {
            const int child = m_children[size_t(c)];
            if (m_base.nodes[size_t(child)].alive && m_deadStamp[size_t(child)] != m_case) {
                m_deadStamp[size_t(child)] = m_case;
                m_dead.push_back(child);
            }
        }
    }
}

// Racks fed from the dead nodes: a live other feed now carries all their demand, else it drops
// (solveChain's rule, applied to these racks only).
void IncrementalN1::moveRackLoads()
{
    m_affected.clear();
    m_dropped.clear();
    for (const int x : m_dead) {
        for (int k = m_rackStart[size_t(x)]; k < m_rackStart[size_t(x) + 1]; ++k) {
            const int r = m_nodeRacks[size_t(k)];
            if (m_rackStamp[size_t(r)] != m_case) {
                m_rackStamp[size_t(r)] = m_case;
                m_affected.push_back(r);
            }
        }
    }
    for (const int r : m_affected) {
        const size_t ri = size_t(r);
        const int a = m_feedA[ri], b = m_feedB[ri];
        const bool liveA = a >= 0 && !dead(a);
        const bool liveB = b >= 0 && !dead(b) && b != a;
        const double demand = m_racks[ri].psuInChain ? m_racks[ri].componentW : m_racks[ri].inputW;
        m_sideAW[ri] = liveA ? (liveB ? demand / 2 : demand) : 0.0;
        m_sideBW[ri] = liveB ? (liveA ? demand / 2 : demand) : 0.0;
        if (liveA)
            touch(a, m_sideAW[ri] - m_base.rackSideAW[ri]);
        if (liveB)
            touch(b, m_sideBW[ri] - m_base.rackSideBW[ri]);
        if (!liveA && !liveB && equipped(m_p, ri) && m_healthy.rackPowered[ri])
            m_dropped.push_back(r);
    }
}

void IncrementalN1::touch(int node, double deltaW)
{
    if (!changed(node)) {
        m_changedStamp[size_t(node)] = m_case;
        m_deltaW[size_t(node)] = 0.0;
        m_changed.push_back(node);
        m_queue.emplace(m_rank[size_t(node)], node);
    }
    m_deltaW[size_t(node)] += deltaW;
}

// Changed nodes children first: each one's new load, its own WP 113 loss, and the change of
// its input passed to its parent.
void IncrementalN1::propagate()
{
    while (!m_queue.empty()) {
        const int x = m_queue.top().second;
        m_queue.pop();
        const size_t i = size_t(x);
        const PowerNode &node = m_p.powerNodes[i];
        const NodeFlow &base = m_base.nodes[i];
        double loadW = base.loadW + m_deltaW[i];
        if (loadW < kCancellationShare * base.loadW)
            loadW = summedLoadW(x);
        m_loadW[i] = loadW;
        m_inputW[i] = loadW + LossModel{node.lossC0, node.lossC1, node.lossC2}.lossW(loadW, node.ratedW, node.liveModules());
        const int parent = m_topo.parentOf(x);
        if (!PowerNode::isSource(node.type) && parent >= 0)
            touch(parent, m_inputW[i] - base.inputW);
    }
}

// A node's load from scratch: its own draw, its racks' draws and its live children's inputs
// in this case.
double IncrementalN1::summedLoadW(int node) const
{
    double sum = size_t(node) < m_nodeDrawW.size() ? m_nodeDrawW[size_t(node)] : 0.0;
    for (int k = m_rackStart[size_t(node)]; k < m_rackStart[size_t(node) + 1]; ++k) {
        const size_t r = size_t(m_nodeRacks[size_t(k)]);
        const bool moved = m_rackStamp[r] == m_case;
        if (m_feedA[r] == node)
            sum += moved ? m_sideAW[r] : m_base.rackSideAW[r];
        else
            sum += moved ? m_sideBW[r] : m_base.rackSideBW[r];
    }
    for (int k = m_childStart[size_t(node)]; k < m_childStart[size_t(node) + 1]; ++k) {
        const int c = m_children[size_t(k)];
        if (!dead(c))
            sum += changed(c) ? m_inputW[size_t(c)] : m_base.nodes[size_t(c)].inputW;
    }
    return sum;
}

FailureCase IncrementalN1::report(int failed) const
{
    FailureCase c;
    c.failed = m_p.powerNodes[size_t(failed)].id;
    // Unchanged live nodes keep their healthy utilization: the worst of them is the first in
    // the sorted list that neither died nor changed.
    double worstU = 0.0;
    int worst = -1;
    for (const auto &[u, x] : m_byUtilization) {
        if (!dead(x) && !changed(x)) {
            worstU = u;
            worst = x;
            break;
        }
    }
    std::vector<int> overloaded;
    for (const int x : m_healthyOverloaded) {
        if (!dead(x) && !changed(x))
            overloaded.push_back(x);
    }
    for (const int x : m_changed) {
        double u = 0.0;
        if (!utilizationOf(m_p.powerNodes[size_t(x)], m_loadW[size_t(x)], &u))
            continue;
        if (u > 0.0 && worseThan(u, x, worstU, worst)) {
            worstU = u;
            worst = x;
        }
        if (u > 1.0)
            overloaded.push_back(x);
    }
    std::sort(overloaded.begin(), overloaded.end());
    for (const int x : overloaded)
        c.overloaded.push_back(m_p.powerNodes[size_t(x)].id);
    c.worstUtilization = worstU;
    c.worstNode = worst >= 0 ? m_p.powerNodes[size_t(worst)].id : std::string();
    std::vector<int> dropped = m_dropped;
    std::sort(dropped.begin(), dropped.end());
    for (const int r : dropped)
        c.droppedRacks.push_back(m_p.racks[size_t(r)].id);
    return c;
}

FailureCase IncrementalN1::solve(int failed)
{
    ++m_case;
    m_changed.clear();
    m_dead.clear();
    m_affected.clear();
    m_dropped.clear();
    // A node already dead changes nothing: the case is the healthy state.
    if (m_base.nodes[size_t(failed)].alive) {
        markDead(failed);
        const int parent = m_topo.parentOf(failed);
        if (!PowerNode::isSource(m_p.powerNodes[size_t(failed)].type) && parent >= 0)
            touch(parent, -m_base.nodes[size_t(failed)].inputW);
        moveRackLoads();
        propagate();
    }
    return report(failed);
}

// One case from a fully solved chain (the reference).
FailureCase caseFromFlow(const Project &p, const std::string &failed, const ChainFlow &f, const ChainFlow &healthy)
{
    FailureCase c;
    c.failed = failed;
    for (size_t i = 0; i < p.powerNodes.size(); ++i) {
        double u = 0.0;
        if (!f.nodes[i].alive || !utilizationOf(p.powerNodes[i], f.nodes[i].loadW, &u))
            continue;
        if (u > c.worstUtilization) {
            c.worstUtilization = u;
            c.worstNode = p.powerNodes[i].id;
        }
        if (u > 1.0)
            c.overloaded.push_back(p.powerNodes[i].id);
    }
    for (size_t r = 0; r < p.racks.size(); ++r) {
        // Only racks the healthy design powers count: an unfed rack is a design error, not a failure.
        if (equipped(p, r) && healthy.rackPowered[r] && !f.rackPowered[r])
            c.droppedRacks.push_back(p.racks[r].id);
    }
    return c;
}

} // namespace

std::vector<FailureCase> failureCases(const Project &p, const ChainTopology &topo, const std::vector<RackLoad> &racks,
                                      const ChainFlow &healthy, const std::vector<double> &nodeDrawW)
{
    std::vector<FailureCase> cases;
    cases.reserve(p.powerNodes.size());
    IncrementalN1 n1(p, topo, racks, healthy, nodeDrawW);
    for (size_t k = 0; k < p.powerNodes.size(); ++k)
        cases.push_back(n1.solve(int(k)));
    return cases;
}

std::vector<FailureCase> failureCasesByResolve(const Project &p, const ChainTopology &topo,
                                               const std::vector<RackLoad> &racks, const ChainFlow &healthy,
                                               const std::vector<double> &nodeDrawW)
{
    std::vector<FailureCase> cases;
    cases.reserve(p.powerNodes.size());
    std::vector<bool> failed(p.powerNodes.size(), false);
    for (size_t k = 0; k < p.powerNodes.size(); ++k) {
        failed[k] = true;
        cases.push_back(caseFromFlow(p, p.powerNodes[k].id, solveChain(p, topo, racks, failed, nodeDrawW), healthy));
        failed[k] = false;
    }
    return cases;
}

} // namespace aif::power
