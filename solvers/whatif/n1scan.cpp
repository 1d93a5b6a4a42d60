#include "n1scan.h"

#include "power/powersolver.h"
#include "solvejob.h"
#include "thermal/airproperties.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"
#include "timetolimit.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace aif::whatif {

namespace {

template<class T>
void addUnits(std::vector<ScanUnit> &out, const std::vector<T> &list, const char *kind)
{
    for (const T &u : list) {
        if (!u.failed)
            out.push_back({u.id, kind, u.name});
    }
}

template<class T>
bool failIn(std::vector<T> &list, const std::string &id)
{
    for (T &u : list) {
        if (u.id == id) {
            u.failed = true;
            return true;
        }
    }
    return false;
}

std::string bankName(const HeatRejection &h)
{
    return (h.name.empty() ? h.id : h.name) + ": one of its " + std::to_string(h.units - h.failedUnits)
        + " working units";
}

std::string joined(const std::vector<ScanUnit> &units, std::string ScanUnit::*member)
{
    std::string s;
    for (const ScanUnit &u : units)
        s += (s.empty() ? "" : "+") + u.*member;
    return s;
}

// Feeds of a rack that are connected to a live node (0, 1 or 2).
int liveFeeds(const Rack &rack, const std::unordered_map<std::string, bool> &alive)
{
    int n = 0;
    for (const std::string *feed : {&rack.powerFeedA, &rack.powerFeedB}) {
        const auto it = alive.find(*feed);
        n += !feed->empty() && it != alive.end() && it->second;
    }
    return n;
}

// Compares a case with the base: lost tokens, the IT that lost a feed it had (its feed, or the
// second feed that made it redundant), and new allowable violations.
void compare(const CaseFigures &base, ScanCase &c)
{
    c.lostTokensPerS = std::max(0.0, base.tokensPerS - c.figures.tokensPerS);
    for (size_t r = 0; r < base.liveFeeds.size() && r < c.figures.liveFeeds.size(); ++r) {
        if (c.figures.liveFeeds[r] < base.liveFeeds[r] && r < base.rackInputW.size())
            c.lostPowerCapacityW += base.rackInputW[r];
    }
    c.breaksAllowable = c.figures.allowableViolations > base.allowableViolations;
}

// One solve under a Progress of its own: its stage reports stay out of the scan's progress (they
// would come from several threads), while a cancel of the scan reaches it at its next report.
CaseFigures solveCancellable(const Project &project, const Catalog &catalog, const std::set<std::string> &solvers,
                             Progress *outer, std::string *error,
                             std::shared_ptr<const thermal::ThermalResult> *thermalOut = nullptr);

// The figures of one solve and, for the time to limit, its thermal result.
CaseFigures solveWithThermal(const Project &project, const Catalog &catalog, const std::set<std::string> &solvers,
                             Progress *progress, std::string *error,
                             std::shared_ptr<const thermal::ThermalResult> *thermalOut);

CaseFigures solveCancellable(const Project &project, const Catalog &catalog, const std::set<std::string> &solvers,
                             Progress *outer, std::string *error, std::shared_ptr<const thermal::ThermalResult> *thermalOut)
{
    Progress *self = nullptr;
    Progress inner([&](double, const std::string &) {
        if (outer && outer->cancelled() && self)
            self->cancel();
    });
    self = &inner;
    if (outer && outer->cancelled())
        inner.cancel();
    return solveWithThermal(project, catalog, solvers, &inner, error, thermalOut);
}

} // namespace

bool isCoolingUnit(const ScanUnit &unit)
{
    return unit.kind == "airUnit" || unit.kind == "cdu" || unit.kind == "pump" || unit.kind == "heatRejection";
}

std::string ScanCase::unitIds() const { return joined(units, &ScanUnit::id); }
std::string ScanCase::kinds() const { return joined(units, &ScanUnit::kind); }
std::string ScanCase::names() const { return joined(units, &ScanUnit::name); }

std::vector<ScanUnit> scanUnits(const Project &project, const std::set<std::string> &kinds)
{
    std::vector<ScanUnit> units;
    if (kinds.contains("cooling")) {
        addUnits(units, project.airUnits, "airUnit");
        addUnits(units, project.cdus, "cdu");
        // One secondary pump of a CDU with more than one: its standby takes over, or the flow falls.
        for (const Cdu &c : project.cdus) {
            if (c.inService() && c.pumps - c.failedPumps > 1)
                units.push_back({c.id, "pump", (c.name.empty() ? c.id : c.name) + ": one pump"});
        }
        for (const HeatRejection &h : project.heatRejection) {
            if (h.failedUnits < h.units)
                units.push_back({h.id, "heatRejection", bankName(h)});
        }
    }
    if (kinds.contains("power")) {
        addUnits(units, project.powerNodes, "powerNode");
        // One module of a multi-module stage (a UPS module): the others share its load.
        for (const PowerNode &n : project.powerNodes) {
            if (n.liveModules() > 1)
                units.push_back({n.id, "powerModule", (n.name.empty() ? n.id : n.name) + ": one module"});
        }
    }
    if (kinds.contains("network")) {
        addUnits(units, project.switches, "switch");
        for (const Link &l : project.links) {
            if (l.failedLinks < l.count)
                units.push_back({l.id, "link", l.name.empty() ? l.from + " – " + l.to : l.name});
        }
    }
    return units;
}

bool failUnit(Project &project, const ScanUnit &unit)
{
    if (unit.kind == "airUnit")
        return failIn(project.airUnits, unit.id);
    if (unit.kind == "cdu")
        return failIn(project.cdus, unit.id);
    if (unit.kind == "powerNode")
        return failIn(project.powerNodes, unit.id);
    if (unit.kind == "switch")
        return failIn(project.switches, unit.id);
    if (unit.kind == "powerModule") {
        for (PowerNode &n : project.powerNodes) {
            if (n.id == unit.id && n.liveModules() > 1) {
                ++n.failedModules;
                return true;
            }
        }
    }
    if (unit.kind == "pump") {
        for (Cdu &c : project.cdus) {
            if (c.id == unit.id && c.inService() && c.pumps - c.failedPumps > 1) {
                ++c.failedPumps;
                return true;
            }
        }
    }
    if (unit.kind == "heatRejection") {
        for (HeatRejection &h : project.heatRejection) {
            if (h.id == unit.id && h.failedUnits < h.units) {
                ++h.failedUnits;
                return true;
            }
        }
    }
    if (unit.kind == "link") {
        for (Link &l : project.links) {
            if (l.id == unit.id && l.failedLinks < l.count) {
                l.failedLinks = l.count;
                return true;
            }
        }
    }
    return false;
}

CaseFigures solveFigures(const Project &project, const Catalog &catalog, const std::set<std::string> &solvers,
                         Progress *progress, std::string *error)
{
    return solveWithThermal(project, catalog, solvers, progress, error, nullptr);
}

namespace {

CaseFigures solveWithThermal(const Project &project, const Catalog &catalog, const std::set<std::string> &solvers,
                             Progress *progress, std::string *error,
                             std::shared_ptr<const thermal::ThermalResult> *thermalOut)
{
    SolveOptions so;
    so.only = solvers;
    const SolveResult r = runSolve(project, catalog, so, progress);
    CaseFigures f;
    if (!r.ok && error)
        *error = r.cancelled ? "cancelled" : "the solve did not run (invalid input)";
    if (r.thermal) {
        f.maxInletC = r.thermal->maxInletC;
        for (size_t i = 0; i < project.racks.size() && i < r.thermal->racks.size(); ++i) {
            const Rack &rack = project.racks[i];
            const thermal::RackThermal &t = r.thermal->racks[i];
            const Hall *hall = project.get<Hall>(rack.hall);
            // The same racks thermalviolations.cpp judges, plus those without a steady state
            // (their air passes allowable in secondsToAllowable; their GPUs shut down).
            if (!hall || (t.airHeatW <= 0 && t.gpus == 0))
                continue;
            const thermal::AirClassLimits lim = thermal::airClassLimits(hall->ashraeClass);
            const bool allowable = t.uncooled || t.inletC > lim.allowableMax || t.inletC < lim.allowableMin;
            f.allowableViolations += allowable;
            f.recommendedViolations += allowable || t.inletC > lim.recommendedMax || t.inletC < lim.recommendedMin;
            if (t.uncooled || t.gpu.throttled || t.gpu.shutdown)
                f.throttledGpus += t.gpus;
        }
    }
    if (r.throughput)
        f.tokensPerS = r.throughput->tokensPerS;
    if (r.power) {
        std::unordered_map<std::string, bool> alive;
        for (const power::NodeResult &n : r.power->nodes)
            alive[n.id] = n.alive;
        for (size_t i = 0; i < project.racks.size(); ++i) {
            f.liveFeeds.push_back(liveFeeds(project.racks[i], alive));
            f.rackInputW.push_back(i < r.power->racks.size() ? r.power->racks[i].inputW : 0.0);
        }
    }
    if (thermalOut)
        *thermalOut = r.thermal;
    return f;
}

} // namespace

ScanResult runScan(const Project &input, const Catalog &catalog, const ScanOptions &options, Progress *progress)
{
    ScanResult result;
    Project project = input;
    if (!options.scenario.empty()) {
        Diagnostics d;
        if (!applyScenario(project, options.scenario, &d)) {
            result.ok = false;
            result.error = d.empty() ? "no scenario '" + options.scenario + "'" : d.front().message;
            return result;
        }
    }
    const std::vector<ScanUnit> units = scanUnits(project, options.kinds);
    std::vector<std::vector<ScanUnit>> sets;
    for (const ScanUnit &u : units)
        sets.push_back({u});
    if (options.pairs) {
        const size_t pairs = units.size() * (units.size() - (units.empty() ? 0 : 1)) / 2;
        if (sets.size() + pairs > size_t(std::max(0, options.maxCases))) {
            result.ok = false;
            result.error = "N-2 of " + std::to_string(units.size()) + " units is " + std::to_string(sets.size() + pairs)
                + " cases, more than the limit of " + std::to_string(options.maxCases)
                + "; narrow it with --kinds";
            return result;
        }
        for (size_t a = 0; a < units.size(); ++a) {
            if (units[a].kind == "heatRejection") {
                const HeatRejection *h = project.get<HeatRejection>(units[a].id);
                if (h && h->units - h->failedUnits >= 2)
                    sets.push_back({units[a], units[a]});
            }
            if (units[a].kind == "pump") {   // two pumps of one CDU
                const Cdu *c = project.get<Cdu>(units[a].id);
                if (c && c->pumps - c->failedPumps > 2)
                    sets.push_back({units[a], units[a]});
            }
            if (units[a].kind == "powerModule") {   // two modules of one stage
                const PowerNode *n = project.get<PowerNode>(units[a].id);
                if (n && n->liveModules() > 2)
                    sets.push_back({units[a], units[a]});
            }
            for (size_t b = a + 1; b < units.size(); ++b)
                sets.push_back({units[a], units[b]});
        }
    }

    if (progress && progress->cancelled()) {
        result.ok = false;
        result.cancelled = true;
        result.error = "cancelled";
        return result;
    }
    std::string baseError;
    std::shared_ptr<const thermal::ThermalResult> baseThermal;
    result.base = solveCancellable(project, catalog, options.solvers, progress, &baseError, &baseThermal);
    if (!baseError.empty()) {
        result.ok = false;
        result.cancelled = progress && progress->cancelled();
        result.error = "base design: " + baseError;
        return result;
    }

    // Cases run on a pool of threads, each writing its own slot: the order of the results is the
    // order of the cases, whatever order they finish in.
    result.cases.resize(sets.size());
    std::atomic<size_t> next{0};
    std::atomic<size_t> done{0};
    std::mutex reportMutex;
    auto worker = [&] {
        for (size_t i = next++; i < sets.size(); i = next++) {
            if (progress && progress->cancelled())
                return;
            ScanCase &c = result.cases[i];
            c.units = sets[i];
            Project copy = project;
            for (const ScanUnit &u : c.units)
                failUnit(copy, u);
            std::shared_ptr<const thermal::ThermalResult> thermal;
            c.figures = solveCancellable(copy, catalog, options.solvers, progress, &c.error, &thermal);
            c.ok = c.error.empty();
            compare(result.base, c);
            c.coolingCase = std::any_of(c.units.begin(), c.units.end(), isCoolingUnit);
            if (c.ok && c.coolingCase && baseThermal && thermal) {
                const TimeToLimit t = timeToLimit(copy, *baseThermal, *thermal, catalog);
                c.timeToLimitMin = t.minutes();
                if (const LimitZone *z = t.first())
                    c.limitZone = z->id;
            }
            if (progress) {
                const std::lock_guard lock(reportMutex);
                progress->report(double(++done) / double(sets.size()), "what-if " + c.unitIds());
            }
        }
    };
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const size_t count = std::min<size_t>(sets.size(), options.threads > 0 ? size_t(options.threads) : hw);
    std::vector<std::thread> pool;
    for (size_t t = 1; t < count; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    if (progress && progress->cancelled()) {
        result.ok = false;
        result.cancelled = true;
        result.error = "cancelled";
    }
    return result;
}

std::vector<const ScanCase *> bySeverity(const ScanResult &result)
{
    std::vector<const ScanCase *> order;
    for (const ScanCase &c : result.cases)
        order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const ScanCase *a, const ScanCase *b) {
        if (a->breaksAllowable != b->breaksAllowable)
            return a->breaksAllowable;
        if (a->lostTokensPerS != b->lostTokensPerS)
            return a->lostTokensPerS > b->lostTokensPerS;
        if (a->lostPowerCapacityW != b->lostPowerCapacityW)
            return a->lostPowerCapacityW > b->lostPowerCapacityW;
        return a->figures.maxInletC > b->figures.maxInletC;
    });
    return order;
}

Json ScanResult::toJson() const
{
    Json cs = Json::array();
    for (const ScanCase &c : cases) {
        Json j = {{"unit", c.unitIds()},
                  {"kind", c.kinds()},
                  {"name", c.names()},
                  {"max_inlet_c", c.figures.maxInletC},
                  {"ashrae_allowable_violations", c.figures.allowableViolations},
                  {"ashrae_recommended_violations", c.figures.recommendedViolations},
                  {"throttled_gpus", c.figures.throttledGpus},
                  {"lost_tokens_per_s", c.lostTokensPerS},
                  {"lost_power_capacity_w", c.lostPowerCapacityW},
                  {"breaks_ashrae", c.breaksAllowable}};
        if (c.coolingCase) {
            const bool finite = c.timeToLimitMin && std::isfinite(*c.timeToLimitMin);
            j["time_to_limit_min"] = finite ? Json(*c.timeToLimitMin) : Json(nullptr);
            if (!c.limitZone.empty())
                j["limit_zone"] = c.limitZone;
        }
        if (!c.ok)
            j["error"] = c.error;
        cs.push_back(j);
    }
    return {{"base",
             {{"max_inlet_c", base.maxInletC},
              {"tokens_per_s", base.tokensPerS},
              {"ashrae_allowable_violations", base.allowableViolations},
              {"ashrae_recommended_violations", base.recommendedViolations},
              {"throttled_gpus", base.throttledGpus}}},
            {"cases", cs}};
}

} // namespace aif::whatif
