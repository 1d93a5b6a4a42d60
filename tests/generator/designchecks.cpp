#include "designchecks.h"

#include "catalog.h"
#include "plangeometry.h"
#include "power/lossmodel.h"

#include <cmath>
#include <functional>
#include <map>

namespace aif::designchecks {

namespace {

std::string kw(double w)
{
    return std::to_string(int(std::lround(w / 1e3))) + " kW";
}

// Footprints on the hall floors: racks, CDUs, floor-standing power stages, and the wall air
// units when asked (rear doors hang on their racks).
std::vector<std::pair<std::string, plan::Footprint>> floorBoxes(const Project &p, bool airUnits)
{
    std::vector<std::pair<std::string, plan::Footprint>> boxes;
    for (const Rack &r : p.racks)
        boxes.push_back({r.hall, plan::footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg)});
    for (const AirUnit &a : p.airUnits)
        if (airUnits && a.rack.empty())
            boxes.push_back({a.hall, plan::footprint(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg)});
    for (const Cdu &c : p.cdus)
        boxes.push_back({c.hall, plan::footprint(c.xM, c.yM, c.widthM, c.depthM, c.rotationDeg)});
    for (const PowerNode &n : p.powerNodes) {
        if (n.hall.empty() || n.type == "busway" || n.type == "powershelf" || n.type == "battery")
            continue;
        const plan::Size s = plan::powerNodeSize(n.type, n.lengthM);
        boxes.push_back({n.hall, plan::footprint(n.xM, n.yM, s.widthM, s.depthM, n.rotationDeg)});
    }
    return boxes;
}

} // namespace

std::vector<std::string> powerStages(const Project &p)
{
    std::map<std::string, std::vector<const PowerNode *>> children;
    std::map<std::string, double> racksOn;
    for (const PowerNode &n : p.powerNodes)
        if (!n.upstream.empty())
            children[n.upstream].push_back(&n);
    for (const Rack &r : p.racks)
        for (const std::string &feed : {r.powerFeedA, r.powerFeedB})
            if (!feed.empty())
                racksOn[feed] += r.powerBudgetW;
    std::map<std::string, double> out;
    std::function<double(const PowerNode &)> output = [&](const PowerNode &n) {
        double w = racksOn[n.id];
        for (const PowerNode *c : children[n.id]) {
            const double o = output(*c);
            w += o + power::LossModel{c->lossC0, c->lossC1, c->lossC2}.lossW(o, c->ratedW, c->modules);
        }
        return out[n.id] = w;
    };
    std::vector<std::string> problems;
    for (const PowerNode &n : p.powerNodes) {
        if (!n.upstream.empty())
            continue;
        output(n);
    }
    for (const PowerNode &n : p.powerNodes) {
        const double w = out[n.id];
        if (n.type == "battery" || w <= 0)
            continue;
        const double capacity = n.ratedW * (n.modules - n.redundantModules) * (n.type == "pdu" ? 0.8 : 1.0);
        if (w > capacity + 1.0)
            problems.push_back(n.id + " carries " + kw(w) + " (losses below included), more than its " + kw(capacity));
    }
    return problems;
}

std::vector<std::string> fabric(const Project &p, const Catalog &catalog)
{
    std::vector<std::string> problems;
    std::map<std::string, int> links, down, up;
    for (const Link &l : p.links) {
        links[l.from] += l.count;
        links[l.to] += l.count;
        const Switch *from = p.get<Switch>(l.from), *to = p.get<Switch>(l.to);
        if (to && to->tier == "leaf" && !from)
            down[to->id] += l.count;
        if (from && from->tier == "leaf" && to)
            up[from->id] += l.count;
    }
    double oversubscription = 1.0;
    for (const Switch &s : p.switches) {
        const Json *model = catalog.entry("network", s.model);
        const int ports = model ? model->value("ports", 0) : 0;
        if (links[s.id] > s.ports || s.ports > ports)
            problems.push_back(s.id + ": " + std::to_string(links[s.id]) + " links on " + std::to_string(s.ports)
                               + " ports in use of " + std::to_string(ports));
        if (s.tier == "leaf" && up[s.id] > 0) {
            oversubscription = std::max(oversubscription, double(down[s.id]) / up[s.id]);
            if (down[s.id] > up[s.id])
                problems.push_back(s.id + ": " + std::to_string(down[s.id]) + " down links, " + std::to_string(up[s.id]) + " up");
        }
    }
    for (const NetworkDomain &d : p.networkDomains)
        if (d.type == "scale-out" && d.oversubscription + 1e-9 < oversubscription)
            problems.push_back(d.id + " says " + std::to_string(d.oversubscription) + ":1, its links give "
                               + std::to_string(oversubscription));
    for (const Rack &r : p.racks) {
        const Json *sys = r.system.empty() ? nullptr : catalog.entry("systems", r.system);
        if (!sys || sys->contains("supernode") || p.switches.empty())
            continue;
        const Json *gpu = catalog.entry("gpus", sys->value("gpu", std::string()));
        const double nic = gpu ? gpu->value("scaleOutGbps", 0.0) : 0.0;
        const int want = int(std::ceil(r.systemCount * sys->value("gpuCount", 0) * nic / p.switches.front().portSpeedGbps - 1e-9));
        if (links[r.id] != want)
            problems.push_back(r.id + ": " + std::to_string(links[r.id]) + " links for " + std::to_string(want) + " NIC ports");
    }
    return problems;
}

std::vector<std::string> networkRacks(const Project &p, const Catalog &catalog)
{
    std::vector<std::string> problems;
    std::map<std::string, double> units, load;
    for (const Switch &s : p.switches) {
        const Json *model = catalog.entry("network", s.model);
        const Json *optic = catalog.entry("optics", s.transceiver);
        units[s.rack] += model ? model->value("heightU", 1.0) : 1.0;
        load[s.rack] += s.powerW + s.ports * (optic ? optic->value("powerW", 0.0) : 0.0);
    }
    for (const Rack &r : p.racks) {
        if (!r.system.empty())
            continue;
        const Json *type = catalog.entry("racks", r.rackType);
        if (!type) {
            problems.push_back(r.id + ": no catalog rack type");
            continue;
        }
        const double ratedW = type->value("maxPowerW", 0.0);
        if (units[r.id] > type->value("units", 0.0))
            problems.push_back(r.id + ": " + std::to_string(int(units[r.id])) + " U of switches in a " + r.rackType);
        if (load[r.id] > r.powerBudgetW || r.powerBudgetW > ratedW)
            problems.push_back(r.id + ": switches draw " + kw(load[r.id]) + ", budget " + kw(r.powerBudgetW) + ", rack rated "
                               + kw(ratedW));
    }
    return problems;
}

std::vector<std::string> wallClearance(const Project &p)
{
    std::vector<std::string> problems;
    const auto boxes = floorBoxes(p, false);
    for (const AirUnit &a : p.airUnits) {
        const Hall *h = p.get<Hall>(a.hall);
        if (!a.rack.empty() || !h)
            continue;
        const plan::Footprint u = plan::footprint(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg);
        const bool west = a.xM < h->widthM / 2;
        const double x0 = west ? u.x1 : u.x0 - 3.0, x1 = west ? u.x1 + 3.0 : u.x0;
        for (const auto &[hall, b] : boxes) {
            if (hall == a.hall && b.x1 > x0 + 0.005 && b.x0 < x1 - 0.005 && b.y1 > u.y0 && b.y0 < u.y1) {
                problems.push_back("something stands within 3 m of " + a.id + " at x " + std::to_string(b.x0) + "-"
                                   + std::to_string(b.x1));
                break;
            }
        }
    }
    return problems;
}

std::vector<std::string> overlaps(const Project &p)
{
    std::vector<std::string> problems;
    std::map<std::string, std::vector<plan::Footprint>> byHall;
    for (const auto &[hall, box] : floorBoxes(p, true))
        byHall[hall].push_back(box);
    for (const auto &[id, boxes] : byHall) {
        const Hall *h = p.get<Hall>(id);
        for (size_t i = 0; i < boxes.size() && problems.size() < 5; ++i) {
            const plan::Footprint &a = boxes[i];
            if (!h || a.x0 < -0.005 || a.y0 < -0.005 || a.x1 > h->widthM + 0.005 || a.y1 > h->depthM + 0.005)
                problems.push_back("outside hall " + id + " at " + std::to_string(a.x0) + "," + std::to_string(a.y0));
            for (size_t j = i + 1; j < boxes.size(); ++j) {
                const plan::Footprint &b = boxes[j];
                const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0), d = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
                if (w > 0.005 && d > 0.005)
                    problems.push_back("overlap in " + id + " at " + std::to_string(a.x0) + "," + std::to_string(a.y0));
            }
        }
    }
    return problems;
}

std::vector<std::string> cooling(const Project &p, const Catalog &catalog, const std::string &redundancy)
{
    std::vector<std::string> problems;
    double airHeat = 0, liquidHeat = 0;
    for (const Rack &r : p.racks) {
        const Json *sys = r.system.empty() ? nullptr : catalog.entry("systems", r.system);
        const double f = sys ? sys->value("liquidHeatFraction", 0.0) : 0.0;
        airHeat += r.powerBudgetW * (1 - f);
        liquidHeat += r.powerBudgetW * f;
    }
    double roomCapacity = 0;
    int roomUnits = 0, doors = 0;
    for (const AirUnit &a : p.airUnits) {
        if (a.rack.empty()) {
            roomCapacity += a.capacityW;
            ++roomUnits;
        } else if (p.get<Rack>(a.rack)) {
            ++doors;
        }
    }
    if (roomUnits > 0) {
        const int spare = redundancy == "2n" ? roomUnits / 2 : redundancy == "n+1" ? 1 : 0;
        if ((roomUnits - spare) * roomCapacity / roomUnits < airHeat * 0.999)
            problems.push_back("room units do not carry the air-side heat " + kw(airHeat) + " with N left");
    } else if (doors != int(p.racks.size())) {
        problems.push_back(std::to_string(doors) + " rear doors on " + std::to_string(p.racks.size()) + " racks");
    }
    double cduCapacity = 0;
    for (const Cdu &c : p.cdus)
        cduCapacity += c.capacityW;
    if (liquidHeat > 0 && cduCapacity < liquidHeat * (redundancy == "2n" ? 2.0 : 1.0) * 0.999)
        problems.push_back("CDUs (" + kw(cduCapacity) + ") do not carry the liquid heat " + kw(liquidHeat));
    for (const LiquidLoop &l : p.liquidLoops) {
        bool served = false;
        for (const Cdu &c : p.cdus)
            served = served || c.secondaryLoop == l.id;
        for (const HeatRejection &h : p.heatRejection)
            served = served || h.loop == l.id;
        if (!served)
            problems.push_back(l.id + " is served by nothing");
    }
    return problems;
}

std::vector<std::string> all(const Project &p, const Catalog &catalog)
{
    std::vector<std::string> problems;
    for (auto list : {powerStages(p), fabric(p, catalog), networkRacks(p, catalog), wallClearance(p), overlaps(p)})
        problems.insert(problems.end(), list.begin(), list.end());
    return problems;
}

} // namespace aif::designchecks
