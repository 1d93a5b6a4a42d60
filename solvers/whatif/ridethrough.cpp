#include "ridethrough.h"

#include "power/powersolver.h"
#include "solvejob.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace aif::whatif {

namespace {

bool storesEnergy(const std::string &type) { return type == "ups" || type == "battery"; }

// A generator backs a node of its own side; side N (a single path) backs every side.
bool backs(const GeneratorStart &g, const std::string &side)
{
    return g.side == side || g.side == "N" || side == "N";
}

} // namespace

double batteryRuntimeS(double autonomyMin, double ratedW, double loadW, double peukertK)
{
    if (!(loadW > 0.0))
        return std::numeric_limits<double>::infinity();
    if (!(ratedW > 0.0) || !(autonomyMin > 0.0))
        return 0.0;
    return autonomyMin * 60.0 * std::pow(ratedW / loadW, peukertK);
}

bool RideThroughResult::allCovered() const
{
    return std::all_of(ups.begin(), ups.end(), [](const UpsRideThrough &u) { return u.covered; });
}

RideThroughResult rideThrough(const Project &project, const power::PowerResult &power, double peukertK)
{
    RideThroughResult out;
    out.peukertK = peukertK;
    for (const PowerNode &n : project.powerNodes) {
        if (n.type != "generator" || n.failed)
            continue;
        const bool assumed = !(n.startDelayS > 0.0);
        out.generators.push_back({n.id, n.name, n.side, assumed ? kDefaultGeneratorStartS : n.startDelayS, assumed});
    }
    std::unordered_map<std::string, const power::NodeResult *> results;
    for (const power::NodeResult &r : power.nodes)
        results[r.id] = &r;
    for (const PowerNode &n : project.powerNodes) {
        if (!storesEnergy(n.type) || n.failed)
            continue;
        UpsRideThrough u{.id = n.id, .name = n.name, .type = n.type, .side = n.side};
        const auto it = results.find(n.id);
        u.loadW = it != results.end() && it->second->alive ? it->second->loadW : 0.0;
        u.ratedW = n.ratedW * std::max(0, n.modules);
        u.autonomyAssumed = !(n.autonomyMin > 0.0);
        u.autonomyMin = u.autonomyAssumed ? kDefaultAutonomyMin : n.autonomyMin;
        u.runtimeS = batteryRuntimeS(u.autonomyMin, u.ratedW, u.loadW, peukertK);
        for (const GeneratorStart &g : out.generators) {
            if (!backs(g, n.side))
                continue;
            // A generator plant takes the load when the last set it needs is on line: the slowest.
            u.generatorStartS = u.hasGenerator ? std::max(u.generatorStartS, g.startS) : g.startS;
            u.generatorAssumed = u.generatorAssumed || g.assumed;
            u.hasGenerator = true;
        }
        if (u.hasGenerator) {
            u.marginS = u.runtimeS - u.generatorStartS;
            u.covered = u.marginS > 0.0;
        }
        out.ups.push_back(u);
    }
    return out;
}

RideThroughResult runRideThrough(const Project &input, const Catalog &catalog, const RideThroughOptions &options,
                                 Progress *progress)
{
    Project project = input;
    RideThroughResult out;
    if (!options.scenario.empty()) {
        Diagnostics d;
        if (!applyScenario(project, options.scenario, &d)) {
            out.ok = false;
            out.error = d.empty() ? "no scenario '" + options.scenario + "'" : d.front().message;
            return out;
        }
    }
    SolveOptions so;
    so.only = {"power"};
    const SolveResult r = runSolve(project, catalog, so, progress);
    if (!r.ok || !r.power) {
        out.ok = false;
        out.error = r.cancelled ? "cancelled" : "the power solve did not run (invalid input)";
        return out;
    }
    return rideThrough(project, *r.power, options.peukertK);
}

Json RideThroughResult::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); };
    Json us = Json::array();
    for (const UpsRideThrough &u : ups) {
        us.push_back({{"id", u.id},
                      {"name", u.name},
                      {"type", u.type},
                      {"side", u.side},
                      {"load_w", u.loadW},
                      {"rated_w", u.ratedW},
                      {"autonomy_min", u.autonomyMin},
                      {"autonomy_assumed", u.autonomyAssumed},
                      {"runtime_s", number(u.runtimeS)},
                      {"runtime_if_generators_fail_s", number(u.runtimeS)},
                      {"generator_start_s", u.hasGenerator ? Json(u.generatorStartS) : Json(nullptr)},
                      {"generator_start_assumed", u.generatorAssumed},
                      {"margin_s", u.hasGenerator ? number(u.marginS) : Json(nullptr)},
                      {"covered", u.covered}});
    }
    Json gs = Json::array();
    for (const GeneratorStart &g : generators)
        gs.push_back({{"id", g.id}, {"name", g.name}, {"side", g.side}, {"start_s", g.startS}, {"assumed", g.assumed}});
    return {{"peukert_k", peukertK},
            {"default_autonomy_min", kDefaultAutonomyMin},
            {"default_generator_start_s", kDefaultGeneratorStartS},
            {"ups", us},
            {"generators", gs},
            {"all_covered", allCovered()}};
}

} // namespace aif::whatif
