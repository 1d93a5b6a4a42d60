#include "rackplan.h"

#include "builder.h"
#include "catalog.h"
#include "designrequest.h"
#include "fabricplan.h"
#include "powerchain.h"
#include "sizing.h"
#include "supernode.h"

#include <algorithm>
#include <cmath>

namespace aif::generator {

namespace {

RackSpec systemRack(const Builder &b, const std::string &id, int count)
{
    const Json &sys = b.entry("systems", id);
    RackSpec s;
    s.system = id;
    s.systemCount = count;
    s.powerW = count * Builder::num(sys, "maxPowerW");
    s.liquidW = s.powerW * std::clamp(Builder::num(sys, "liquidHeatFraction"), 0.0, 1.0);
    s.airflowM3s = count * Builder::num(sys, "airflowM3sAtMax");
    s.gpus = count * int(Builder::num(sys, "gpuCount"));
    return s;
}

// A rack-scale system is its own cabinet: its footprint, and the catalog rack of that footprint
// whose power rating carries it (none when no rack entry matches).
RackSpec rackScale(const Builder &b, const std::string &id)
{
    const Json &sys = b.entry("systems", id);
    RackSpec s = systemRack(b, id, 1);
    s.widthM = Builder::num(sys, "widthM", 0.6);
    s.depthM = Builder::num(sys, "depthM", 1.2);
    s.heightM = Builder::num(sys, "heightM", 2.2);
    for (const CatalogEntry *r : b.catalog.entries("racks")) {
        const Json &d = r->data;
        if (std::abs(Builder::num(d, "widthM") - s.widthM) < 1e-3 && std::abs(Builder::num(d, "depthM") - s.depthM) < 1e-3
            && Builder::num(d, "maxPowerW") >= s.powerW)
            s.rackType = r->id;
    }
    return s;
}

// Servers go in the standard catalog rack with the highest power rating, as many as its power
// (and, with rear doors, the largest door's capacity) and its height allow, 6 U kept for
// switches and PDUs.
RackSpec serverRack(const Builder &b)
{
    const Json &sys = b.entry("systems", b.request.system);
    const CatalogEntry &rack = b.standardRack("servers");
    const double sysW = Builder::num(sys, "maxPowerW");
    const double limitW = b.standardRackLimitW(rack);
    // In doubles until bounded by the height: a tiny rating must not overflow an int.
    const double byPower = std::floor(limitW / sysW);
    const double byHeight = std::floor((Builder::num(rack.data, "units", 42) - 6) / std::max(1.0, Builder::num(sys, "heightU", 8)));
    const int perRack = int(std::max(0.0, std::min(byPower, byHeight)));
    if (perRack < 1)
        throw GenerateError("system: one " + b.request.system + " (" + formatNumber(sysW / 1e3) + " kW) exceeds what a "
                            + rack.id + " rack can carry and cool");
    RackSpec s = systemRack(b, b.request.system, perRack);
    s.rackType = rack.id;
    s.widthM = Builder::num(rack.data, "widthM");
    s.depthM = Builder::num(rack.data, "depthM");
    s.heightM = Builder::num(rack.data, "heightM");
    return s;
}

// Splits `count` items over `parts` as evenly as possible.
std::vector<int> split(int count, int parts)
{
    std::vector<int> out(size_t(parts), count / parts);
    for (int i = 0; i < count % parts; ++i)
        ++out[size_t(i)];
    return out;
}

// What a request builds from: one unit (a rack of servers, a rack-scale system or the racks
// of one supernode) and how many.
struct Units
{
    std::vector<RackSpec> unit;
    bool supernode = false, rackScaleSystem = false;
    int count = 0;
    double unitW = 0;
    std::string what;   // for messages: "one gb200-nvl72 rack"
};

Units unitsFor(const Builder &b)
{
    const DesignRequest &r = b.request;
    const Json &sys = b.entry("systems", r.system);
    Units u;
    const std::vector<std::string> parts = supernodeRacks(b.catalog, r.system);
    u.supernode = sys.contains("parts");
    if (u.supernode) {
        for (const std::string &part : parts)
            u.unit.push_back(rackScale(b, part));
        if (u.unit.empty())
            throw GenerateError("system: the parts of " + r.system + " cannot be laid out in one row");
        u.what = "one " + r.system + " supernode (" + std::to_string(u.unit.size()) + " racks)";
    } else {
        u.rackScaleSystem = sys.value("rackScale", false) || sys.contains("widthM");
        u.unit.push_back(u.rackScaleSystem ? rackScale(b, r.system) : serverRack(b));
        u.what = "one " + r.system + " rack" + (u.rackScaleSystem ? std::string() : " (" + std::to_string(u.unit.front().systemCount) + " systems)");
    }
    for (const RackSpec &s : u.unit)
        u.unitW += s.powerW;
    const double itW = r.itMw * 1e6;
    // Whole racks, the nearest whole number to the target; below one there is nothing to round to.
    if (itW < u.unitW)
        throw GenerateError("it-mw: " + formatNumber(r.itMw) + " MW is less than " + u.what + " ("
                            + formatNumber(u.unitW / 1e6) + " MW), the smallest design of this system");
    const double racks = std::round(itW / u.unitW) * double(u.unit.size());
    if (racks > kMaxRacks)
        throw GenerateError("it-mw: " + formatNumber(r.itMw) + " MW is " + formatNumber(racks, 3) + " racks of "
                            + r.system + ", more than the " + std::to_string(kMaxRacks) + " a design may hold");
    u.count = int(std::lround(itW / u.unitW));
    return u;
}

// The rows of one hall's GPU racks, its fabric and network racks.
HallPlan hallPlan(const Builder &b, const PowerChain &chain, const Units &u, int count, const std::string &tag)
{
    HallPlan plan;
    if (u.supernode) {
        plan.rows.assign(size_t(count), u.unit);
        return plan;
    }
    const RackSpec &rack = u.unit.front();
    const FabricModel f = fabricModel(b);
    // The longest row one power block carries with the row's own network racks.
    auto fits = [&](int n) {
        const std::vector<RackSpec> row(size_t(n), rack);
        std::vector<double> w = rackBudgetsW(row);
        for (const RackSpec &net : provisionalLeafRacks(b, f, row))
            w.push_back(rackBudgetW(net));
        return chain.rowFitsBlock(w);
    };
    int byPower = kMaxRowRacks;
    while (byPower > 1 && !fits(byPower))
        --byPower;
    if (!fits(byPower))
        throw GenerateError("power: one " + b.request.system + " rack and its network rack need more than one "
                            + chain.transformer.model + " carries");
    int perRow = std::min(u.rackScaleSystem ? kRowRackScale : kRowServers, byPower);
    if ((count + perRow - 1) / perRow > kRowsBeforeLonger)
        perRow = std::min(byPower, std::max(perRow, (count + kRowsBeforeLonger - 1) / kRowsBeforeLonger));
    for (int left = count; left > 0; left -= perRow)
        plan.rows.push_back(std::vector<RackSpec>(size_t(std::min(perRow, left)), rack));
    planFabric(b, chain, tag, &plan);
    return plan;
}

std::string hallTag(int halls, int h)
{
    return halls == 1 ? std::string() : (h < 9 ? "H0" : "H") + std::to_string(h + 1) + "-";
}

std::vector<HallPlan> plansFor(const Builder &b, const PowerChain &chain, const Units &u, int halls, double *maxHallW)
{
    std::vector<HallPlan> plans;
    *maxHallW = 0;
    const std::vector<int> perHall = split(u.count, halls);
    for (int h = 0; h < halls; ++h) {
        plans.push_back(hallPlan(b, chain, u, perHall[size_t(h)], hallTag(halls, h)));
        *maxHallW = std::max(*maxHallW, plans.back().itW());
    }
    return plans;
}

} // namespace

void planRacks(Builder &b)
{
    const DesignRequest &r = b.request;
    const PowerChain chain(b);
    const Units u = unitsFor(b);
    const std::string units = u.supernode ? "supernodes" : "racks";
    if (r.halls > u.count)
        throw GenerateError("halls: " + std::to_string(r.halls) + " halls for " + std::to_string(u.count) + " " + units
                            + "; ask for fewer halls or more MW");
    const std::string cap = "a hall holds at most " + formatNumber(kHallMaxW / 1e6, 3)
                            + " MW of IT, what its 13.8 kV utility feeder carries";
    // Halls the load needs: the fewest that keep every hall within kHallMaxW (network racks included).
    auto needed = [&](int from) {
        for (int halls = std::max(1, from); halls <= std::min(kMaxHalls, u.count); ++halls) {
            double maxW = 0;
            std::vector<HallPlan> plans = plansFor(b, chain, u, halls, &maxW);
            if (maxW <= kHallMaxW)
                return std::pair{halls, std::move(plans)};
        }
        throw GenerateError("it-mw: " + formatNumber(r.itMw) + " MW needs more than " + std::to_string(kMaxHalls)
                            + " halls (" + cap + ")");
    };
    const double totalW = u.count * u.unitW;
    if (r.halls == 0) {
        b.plans = needed(int(std::ceil(totalW / kHallMaxW))).second;
        return;
    }
    // The GPU racks alone past the limit: refused before their fabric is planned.
    const int most = (u.count + r.halls - 1) / r.halls;
    double maxW = most * u.unitW;
    if (maxW <= kHallMaxW)
        b.plans = plansFor(b, chain, u, r.halls, &maxW);
    if (maxW > kHallMaxW)
        throw GenerateError("halls: " + formatNumber(r.itMw) + " MW needs at least "
                            + std::to_string(needed(std::max(r.halls + 1, int(std::ceil(totalW / kHallMaxW)))).first)
                            + " halls (" + cap + ")");
}

} // namespace aif::generator
