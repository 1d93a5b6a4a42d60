#include "linkfailures.h"

#include "project.h"

#include <algorithm>
#include <unordered_map>

namespace aif::network {

namespace {

struct RackLinks
{
    double totalGbps = 0.0;
    double downGbps = 0.0;
};

// Drawn link capacity per rack end, and how much of it is down: failed links of the group, or
// the whole group when its other end is a failed switch.
std::unordered_map<std::string, RackLinks> rackLinks(const Project &p)
{
    std::unordered_set<std::string> racks, failedSwitches;
    for (const Rack &r : p.racks)
        racks.insert(r.id);
    for (const Switch &s : p.switches) {
        if (s.failed)
            failedSwitches.insert(s.id);
    }
    std::unordered_map<std::string, RackLinks> out;
    for (const Link &l : p.links) {
        const double speed = std::max(0.0, l.speedGbps);
        const int count = std::max(0, l.count);
        const bool switchDown = failedSwitches.count(l.from) || failedSwitches.count(l.to);
        const int down = switchDown ? count : std::clamp(l.failedLinks, 0, count);
        for (const std::string *end : {&l.from, &l.to}) {
            if (!racks.count(*end))
                continue;
            RackLinks &r = out[*end];
            r.totalGbps += count * speed;
            r.downGbps += down * speed;
        }
    }
    return out;
}

} // namespace

std::unordered_set<std::string> isolatedRacks(const Project &project)
{
    std::unordered_set<std::string> out;
    for (const auto &[id, r] : rackLinks(project)) {
        if (r.totalGbps > 0.0 && r.downGbps >= r.totalGbps)
            out.insert(id);
    }
    return out;
}

std::unordered_map<std::string, double> partialLinkLoss(const Project &project)
{
    std::unordered_map<std::string, double> out;
    for (const auto &[id, r] : rackLinks(project)) {
        if (r.totalGbps > 0.0 && r.downGbps > 0.0 && r.downGbps < r.totalGbps)
            out.emplace(id, r.downGbps / r.totalGbps);
    }
    return out;
}

double rackLinkLossShare(const Project &project, const std::string &rackId)
{
    const auto all = rackLinks(project);
    const auto it = all.find(rackId);
    return it == all.end() || it->second.totalGbps <= 0.0 ? 0.0 : it->second.downGbps / it->second.totalGbps;
}

} // namespace aif::network
