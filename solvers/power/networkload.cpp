#include "networkload.h"

#include "network/fabricfeed.h"

#include <cmath>
#include <unordered_map>

namespace aif::power {

std::vector<NetworkDraw> networkDraws(const Project &p, const ChainTopology &topology, const network::FabricFeed &feed)
{
    std::vector<NetworkDraw> out;
    if (feed.automatic.empty())
        return out;
    std::unordered_map<std::string, const Hall *> halls;
    for (const Hall &h : p.halls)
        halls.emplace(h.id, &h);
    for (const network::FabricFeed::Automatic &a : feed.automatic) {
        const network::FabricLoad &l = a.load;
        NetworkDraw d{l.id, a.domainId, l.hall, {}, -1, {}, -1, l.switchPowerW + l.opticsPowerW};
        // The nearest rack of the hall with a feed (Manhattan, as the cables run).
        const Hall *hall = halls.count(l.hall) ? halls[l.hall] : nullptr;
        const double ox = hall ? hall->originXM : 0.0, oy = hall ? hall->originYM : 0.0;
        double best = 1e300;
        const Rack *nearest = nullptr;
        for (const Rack &r : p.racks) {
            const std::string &feedId = r.powerFeedA.empty() ? r.powerFeedB : r.powerFeedA;
            if (r.hall != l.hall || topology.nodeIndex(feedId) < 0)
                continue;
            const double dist = std::abs(r.xM + ox - l.xM) + std::abs(r.yM + oy - l.yM);
            if (dist < best) {
                best = dist;
                nearest = &r;
            }
        }
        // An in-rack power shelf converts for its own rack only: draw from the node above it.
        // (At most one step per node: a cycle, which validation reports, ends the walk.)
        const auto above = [&](const std::string &feedId) {
            int n = feedId.empty() ? -1 : topology.nodeIndex(feedId);
            for (size_t steps = 0; n >= 0 && p.powerNodes[size_t(n)].type == "powershelf"; ++steps)
                n = steps < p.powerNodes.size() ? topology.parentOf(n) : -1;
            return n;
        };
        if (nearest) {
            d.nodeIndex = above(nearest->powerFeedA.empty() ? nearest->powerFeedB : nearest->powerFeedA);
            d.nodeIndexB = nearest->powerFeedA.empty() ? -1 : above(nearest->powerFeedB);
            if (d.nodeIndexB == d.nodeIndex)
                d.nodeIndexB = -1;
        }
        if (d.nodeIndex >= 0)
            d.node = p.powerNodes[size_t(d.nodeIndex)].id;
        if (d.nodeIndexB >= 0)
            d.nodeB = p.powerNodes[size_t(d.nodeIndexB)].id;
        out.push_back(d);
    }
    return out;
}

std::vector<double> nodeDrawW(const Project &p, const std::vector<NetworkDraw> &draws, const std::vector<bool> &alive)
{
    std::vector<double> w;
    if (draws.empty())
        return w;
    w.assign(p.powerNodes.size(), 0.0);
    const auto live = [&](int n) { return n >= 0 && (alive.empty() || alive[size_t(n)]); };
    for (const NetworkDraw &d : draws) {
        if (d.nodeIndex < 0)
            continue;
        if (d.nodeIndexB < 0 || (!live(d.nodeIndex) && !live(d.nodeIndexB))) {
            w[size_t(d.nodeIndex)] += d.powerW;   // single-fed, or both sides down (dropped)
        } else if (live(d.nodeIndex) && live(d.nodeIndexB)) {
            w[size_t(d.nodeIndex)] += d.powerW / 2.0;
            w[size_t(d.nodeIndexB)] += d.powerW / 2.0;
        } else {
            w[size_t(live(d.nodeIndex) ? d.nodeIndex : d.nodeIndexB)] += d.powerW;
        }
    }
    return w;
}

} // namespace aif::power
