#include "siteproject.h"

#include "network/dci.h"

#include <map>
#include <set>

namespace aif::sites {

namespace {

template<class T, class Keep>
std::vector<T> keepIf(const std::vector<T> &items, Keep keep)
{
    std::vector<T> out;
    for (const T &item : items)
        if (keep(item))
            out.push_back(item);
    return out;
}

} // namespace

std::string deploymentSite(const Project &p, const Deployment &d)
{
    std::map<std::string, int> racksAt;
    for (const std::string &id : d.racks)
        if (const Rack *r = p.get<Rack>(id))
            ++racksAt[p.siteOfHall(r->hall).id];
    std::string best = p.site().id;
    int most = 0;
    for (const Site &s : p.sites) {   // in site order, so a tie goes to the earlier site
        const auto it = racksAt.find(s.id);
        if (it != racksAt.end() && it->second > most) {
            most = it->second;
            best = s.id;
        }
    }
    return best;
}

double usersRoundTripS(const Site &site)
{
    return 2.0 * network::fibreLatencyMs(site.usersDistanceM / 1000.0) / 1000.0;
}

bool withinBudget(const Site &site, const Deployment &d)
{
    return !(d.latencyBudgetS > 0.0) || usersRoundTripS(site) <= d.latencyBudgetS;
}

std::vector<std::string> allowedSites(const Project &p, const Deployment &d)
{
    std::vector<std::string> out;
    for (const Site &s : p.sites)
        if (withinBudget(s, d))
            out.push_back(s.id);
    return out;
}

Project siteProject(const Project &p, const std::string &siteId)
{
    Project sub;
    sub.sites.clear();
    for (const Site &s : p.sites)
        if (s.id == siteId)
            sub.sites.push_back(s);
    if (sub.sites.empty())
        sub.sites.push_back(p.site());
    sub.economics = p.economics;
    // This site's electricity price, when it has its own.
    if (sub.site().tariffUsdPerKwh > 0.0)
        sub.economics.tariffUsdPerKwh = sub.site().tariffUsdPerKwh;
    sub.airModel = p.airModel;

    std::set<std::string> halls;
    for (const Hall &h : p.halls)
        if (p.siteOf(h).id == sub.site().id)
            halls.insert(h.id);
    auto inHall = [&](const auto &e) { return halls.contains(e.hall); };
    sub.halls = keepIf(p.halls, [&](const Hall &h) { return halls.contains(h.id); });
    sub.rows = keepIf(p.rows, inHall);
    sub.racks = keepIf(p.racks, inHall);
    sub.airUnits = keepIf(p.airUnits, inHall);
    sub.containments = keepIf(p.containments, inHall);
    sub.vents = keepIf(p.vents, inHall);
    sub.cdus = keepIf(p.cdus, inHall);
    std::set<std::string> racks;
    for (const Rack &r : sub.racks)
        racks.insert(r.id);

    // Liquid loops in the halls, and the site-wide ones this site's equipment uses.
    std::set<std::string> loops;
    for (const LiquidLoop &l : p.liquidLoops)
        if (halls.contains(l.hall))
            loops.insert(l.id);
    for (const Cdu &c : sub.cdus)
        loops.insert({c.primaryLoop, c.secondaryLoop});
    for (const AirUnit &a : sub.airUnits)
        loops.insert(a.chilledWaterLoop);
    for (const Rack &r : sub.racks)
        loops.insert(r.coolingLoop);
    sub.liquidLoops = keepIf(p.liquidLoops, [&](const LiquidLoop &l) { return loops.contains(l.id); });
    sub.heatRejection = keepIf(p.heatRejection, [&](const HeatRejection &h) { return loops.contains(h.loop); });

    // Power: what stands in the halls or feeds the racks, and everything upstream of it.
    std::set<std::string> nodes;
    std::vector<std::string> todo;
    for (const PowerNode &n : p.powerNodes)
        if (halls.contains(n.hall))
            todo.push_back(n.id);
    for (const Rack &r : sub.racks)
        todo.insert(todo.end(), {r.powerFeedA, r.powerFeedB});
    while (!todo.empty()) {
        const std::string id = todo.back();
        todo.pop_back();
        const PowerNode *n = id.empty() ? nullptr : p.get<PowerNode>(id);
        if (n && nodes.insert(id).second)
            todo.push_back(n->upstream);
    }
    sub.powerNodes = keepIf(p.powerNodes, [&](const PowerNode &n) { return nodes.contains(n.id); });

    // Network: each domain's racks on this site; switches in the halls or in a kept domain.
    for (NetworkDomain d : p.networkDomains) {
        d.racks = keepIf(d.racks, [&](const std::string &id) { return racks.contains(id); });
        if (!d.racks.empty())
            sub.networkDomains.push_back(std::move(d));
    }
    std::set<std::string> domains;
    for (const NetworkDomain &d : sub.networkDomains)
        domains.insert(d.id);
    sub.switches = keepIf(p.switches, [&](const Switch &s) {
        return halls.contains(s.hall) || racks.contains(s.rack) || (s.hall.empty() && domains.contains(s.domain));
    });
    std::set<std::string> ends(racks);
    for (const Switch &s : sub.switches)
        ends.insert(s.id);
    sub.links = keepIf(p.links, [&](const Link &l) { return ends.contains(l.from) && ends.contains(l.to); });

    // Deployments run where most of their racks are (a pool across sites keeps its racks here).
    for (Deployment d : p.deployments) {
        if (deploymentSite(p, d) != sub.site().id)
            continue;
        d.racks = keepIf(d.racks, [&](const std::string &id) { return racks.contains(id); });
        sub.deployments.push_back(std::move(d));
    }
    sub.rebuildIndex();
    return sub;
}

} // namespace aif::sites
