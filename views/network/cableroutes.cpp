#include "cableroutes.h"

#include "project.h"

#include <algorithm>
#include <map>

namespace aif::cableRoutes {

namespace {

struct Spot
{
    double x = 0, y = 0, h = 0;
    bool automatic = false;
};

Spot rackSpot(const Project &p, const Rack &r)
{
    const Hall *hall = p.get<Hall>(r.hall);
    return {r.xM + (hall ? hall->originXM : 0.0), r.yM + (hall ? hall->originYM : 0.0), r.heightM,
            false};
}

// The planner's automatic positions for one domain (projectfabric.cpp): where no leaf switch is
// in a rack, a leaf position one rack width east of the east-most GPU rack of each row; where no
// spine is in a rack, the centroid of the leaf positions at a 2.2 m rack height.
std::map<std::string, Spot> autoSpots(const Project &p, const NetworkDomain &dom)
{
    std::map<std::string, Spot> spots;
    std::vector<Spot> leaves;
    std::vector<std::string> leafRacks;
    bool spinesPlaced = false;
    for (const Switch &s : p.switches) {
        const Rack *rack = p.get<Rack>(s.rack);
        if (s.domain != dom.id || !rack)
            continue;
        if (s.tier != "leaf") {
            spinesPlaced = true; // spine, core: the planner's spine positions
        } else if (std::find(leafRacks.begin(), leafRacks.end(), s.rack) == leafRacks.end()) {
            leafRacks.push_back(s.rack);
            leaves.push_back(rackSpot(p, *rack));
        }
    }
    if (leaves.empty()) {
        std::map<std::string, std::pair<Spot, bool>> ends; // row -> its east end, found
        for (const std::string &id : dom.racks) {
            const Rack *r = p.get<Rack>(id);
            if (!r)
                continue;
            const Spot s = rackSpot(p, *r);
            auto &[end, found] = ends[r->row];
            if (!found || s.x + r->widthM > end.x) {
                end = {s.x + r->widthM, s.y, s.h, true};
                found = true;
            }
        }
        for (const auto &[row, end] : ends) {
            spots["auto-leaf-" + row] = end.first;
            leaves.push_back(end.first);
        }
    }
    if (!spinesPlaced && !leaves.empty()) {
        Spot c {0, 0, 2.2, true};
        for (const Spot &s : leaves) {
            c.x += s.x / double(leaves.size());
            c.y += s.y / double(leaves.size());
        }
        spots["auto-spine"] = c;
    }
    return spots;
}

} // namespace

std::vector<CableRoute> build(const Project &project, const network::ProjectFabric &fabric)
{
    std::vector<CableRoute> routes;
    for (const network::DomainFabric &d : fabric.domains) {
        const NetworkDomain *dom = project.get<NetworkDomain>(d.domainId);
        const std::map<std::string, Spot> autos
            = dom ? autoSpots(project, *dom) : std::map<std::string, Spot> {};
        auto locate = [&](const std::string &id, Spot *out) {
            if (const Rack *r = project.get<Rack>(id)) {
                *out = rackSpot(project, *r);
                return true;
            }
            const auto it = autos.find(id);
            if (it == autos.end())
                return false;
            *out = it->second;
            return true;
        };
        for (const network::CableRun &run : d.runs) {
            CableRoute r;
            r.domain = d.domainId;
            r.from = run.from;
            r.to = run.to;
            r.tier = run.tier;
            r.count = run.count;
            r.lengthM = run.lengthM;
            r.medium = run.medium;
            r.reaches = run.reaches;
            Spot a, b;
            r.resolved = locate(run.from, &a) && locate(run.to, &b);
            if (r.resolved) {
                r.x1 = a.x;
                r.y1 = a.y;
                r.h1 = a.h;
                r.fromAuto = a.automatic;
                r.x2 = b.x;
                r.y2 = b.y;
                r.h2 = b.h;
                r.toAuto = b.automatic;
            }
            routes.push_back(r);
        }
    }
    return routes;
}

} // namespace aif::cableRoutes
