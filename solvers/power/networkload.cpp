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
        NetworkDraw d{l.id, a.domainId, l.hall, {}, -1, l.switchPowerW + l.opticsPowerW};
        // The nearest rack of the hall with a feed (Manhattan, as the cables run).
        const Hall *hall = halls.count(l.hall) ? halls[l.hall] : nullptr;
        const double ox = hall ? hall->originXM : 0.0, oy = hall ? hall->originYM : 0.0;
        double best = 1e300;
        for (const Rack &r : p.racks) {
            const std::string &feedId = r.powerFeedA.empty() ? r.powerFeedB : r.powerFeedA;
            if (r.hall != l.hall || topology.nodeIndex(feedId) < 0)
                continue;
            const double dist = std::abs(r.xM + ox - l.xM) + std::abs(r.yM + oy - l.yM);
            if (dist < best) {
                best = dist;
                d.nodeIndex = topology.nodeIndex(feedId);
            }
        }
        // An in-rack power shelf converts for its own rack only: draw from the node above it.
        // (At most one step per node: a cycle, which validation reports, ends the walk.)
        for (size_t steps = 0; d.nodeIndex >= 0 && p.powerNodes[size_t(d.nodeIndex)].type == "powershelf"; ++steps)
            d.nodeIndex = steps < p.powerNodes.size() ? topology.parentOf(d.nodeIndex) : -1;
        if (d.nodeIndex >= 0)
            d.node = p.powerNodes[size_t(d.nodeIndex)].id;
        out.push_back(d);
    }
    return out;
}

std::vector<double> nodeDrawW(const Project &p, const std::vector<NetworkDraw> &draws)
{
    std::vector<double> w;
    if (draws.empty())
        return w;
    w.assign(p.powerNodes.size(), 0.0);
    for (const NetworkDraw &d : draws)
        if (d.nodeIndex >= 0)
            w[size_t(d.nodeIndex)] += d.powerW;
    return w;
}

} // namespace aif::power
