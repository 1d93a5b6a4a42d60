#include "timetolimit.h"

#include "catalog.h"
#include "power/coolingpower.h"
#include "solvejob.h"
#include "thermal/airproperties.h"
#include "thermal/thermalsolver.h"

#include <algorithm>
#include <cmath>

namespace aif::whatif {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Where a hall or a TCS loop starts and where its first rack passes its limit, and what warms
// with it.
struct Headroom
{
    double startC = 0.0, limitC = kInf;
    std::string rack, limit;
    ThermalMass mass;
    bool any = false;            // it has a rack with a limit
    double headroomK() const { return std::max(0.0, limitC - startC); }
};

double systemMassKg(const Catalog &catalog, const Rack &rack)
{
    const Json *sys = catalog.entry("systems", rack.system);
    return sys ? std::max(0.0, sys->value("weightKg", 0.0)) * std::max(0, rack.systemCount) : 0.0;
}

std::string format1(double v)
{
    char s[32];
    std::snprintf(s, sizeof s, "%.1f", v);
    return s;
}

// A hall: the hottest inlet of its racks against the hall's ASHRAE allowable maximum; its air
// and its racks' systems warm together.
Headroom hallHeadroom(const Project &p, size_t h, const thermal::ThermalResult &base, const Catalog &catalog)
{
    const Hall &hall = p.halls[h];
    const thermal::AirClassLimits lim = thermal::airClassLimits(hall.ashraeClass);
    Headroom hr;
    hr.limitC = lim.allowableMax;
    hr.limit = "ASHRAE " + hall.ashraeClass + " allowable inlet " + format1(lim.allowableMax) + " °C";
    hr.startC = -kInf;
    double equipmentKg = 0;
    for (size_t r = 0; r < p.racks.size() && r < base.racks.size(); ++r) {
        const thermal::RackThermal &t = base.racks[r];
        if (p.racks[r].hall != hall.id || (t.airHeatW <= 0 && t.gpus == 0))
            continue;
        equipmentKg += systemMassKg(catalog, p.racks[r]);
        const double start = base.halls[h].noSteadyState ? base.halls[h].supplyC : t.inletC;
        if (start > hr.startC) {
            hr.startC = start;
            hr.rack = p.racks[r].id;
        }
        hr.any = true;
    }
    const double volumeM3 = std::max(0.0, hall.widthM * hall.depthM * hall.heightM);
    hr.mass.airJK = thermal::airDensity(hr.any ? hr.startC : 20.0, p.siteOf(hall).elevationM) * thermal::kAirCp * volumeM3;
    hr.mass.equipmentJK = equipmentKg * kEquipmentCpJkgK;
    return hr;
}

// A TCS loop: its supply rises one for one into the GPUs' junctions; the limit is the supply at
// which the first GPU on it reaches its slowdown temperature. Its water warms with it.
Headroom tcsHeadroom(const Project &p, size_t i, const thermal::ThermalResult &base, const Catalog &catalog)
{
    const LiquidLoop &loop = p.liquidLoops[i];
    const thermal::LoopThermal &bl = base.loops[i];
    Headroom hr;
    hr.startC = bl.supplyC;
    double margin = kInf;
    for (size_t r = 0; r < p.racks.size() && r < base.racks.size(); ++r) {
        const thermal::RackThermal &t = base.racks[r];
        if (p.racks[r].coolingLoop != loop.id || t.gpus == 0 || t.liquidHeatW <= 0 || t.gpu.shutdown)
            continue;
        const Json *sys = catalog.entry("systems", p.racks[r].system);
        const thermal::GpuThermalLimits lim
            = thermal::gpuLimits(sys ? catalog.entry("gpus", sys->value("gpu", std::string())) : nullptr);
        if (lim.slowdownC - t.gpu.junctionC < margin) {
            margin = lim.slowdownC - t.gpu.junctionC;
            hr.rack = p.racks[r].id;
            hr.limit = "GPU slowdown " + format1(lim.slowdownC) + " °C junction";
        }
        hr.any = true;
    }
    hr.limitC = hr.startC + margin;
    if (hr.any)
        hr.limit += " (TCS supply " + format1(hr.limitC) + " °C)";
    const power::Fluid f = power::fluidProperties(loop.fluid);
    hr.mass.waterJK = f.densityKgM3 * f.specificHeatJkgK * bl.flowM3s * kTcsLoopTransitS;
    return hr;
}

void settle(LimitZone &z, const Headroom &hr)
{
    z.startC = hr.startC;
    z.limitC = hr.limitC;
    z.rack = hr.rack;
    z.limit = hr.limit;
    z.mass = hr.mass;
}

// The deficit case of the lumped balance; false when the units remove all the heat.
bool deficit(LimitZone &z)
{
    if (z.netW() <= 0.0)
        return false;
    const double headroom = std::max(0.0, z.limitC - z.startC);
    z.mode = headroom > 0 ? "deficit" : "exceeded";
    z.seconds = lumpedSeconds(z.mass.total(), z.netW(), headroom);
    z.airOnlySeconds = lumpedSeconds(z.mass.airJK + z.mass.waterJK, z.netW(), headroom);
    return true;
}

LimitZone makeZone(const std::string &id, const char *kind, double heatW, double removedW)
{
    LimitZone z;
    z.id = id;
    z.kind = kind;
    z.heatW = heatW;
    z.removedW = removedW;
    return z;
}

bool approach(LimitZone &z, double steadyC, double tauS)
{
    if (!(steadyC > z.limitC))
        return false;
    z.steadyC = steadyC;
    z.tauS = tauS;
    z.mode = z.startC >= z.limitC ? "exceeded" : "airflow";
    z.seconds = approachSeconds(tauS, z.startC, steadyC, z.limitC);
    return true;
}

double hottestInlet(const Project &p, const std::string &hallId, const thermal::ThermalResult &r)
{
    double hottest = -kInf;
    for (size_t k = 0; k < p.racks.size() && k < r.racks.size(); ++k) {
        if (p.racks[k].hall == hallId && (r.racks[k].airHeatW > 0 || r.racks[k].gpus > 0))
            hottest = std::max(hottest, r.racks[k].inletC);
    }
    return hottest;
}

} // namespace

const LimitZone *TimeToLimit::first() const
{
    const auto it = std::min_element(zones.begin(), zones.end(),
                                     [](const LimitZone &a, const LimitZone &b) { return a.seconds < b.seconds; });
    return it == zones.end() ? nullptr : &*it;
}

std::optional<double> TimeToLimit::minutes() const
{
    if (const LimitZone *z = first())
        return z->seconds / 60.0;
    return std::nullopt;
}

double lumpedSeconds(double heatCapacityJK, double netW, double headroomK)
{
    if (!(headroomK > 0.0))
        return 0.0;
    if (!(netW > 0.0))
        return kInf;
    return heatCapacityJK * headroomK / netW;
}

double approachSeconds(double tauS, double startC, double steadyC, double limitC)
{
    if (startC >= limitC)
        return 0.0;
    if (!(steadyC > limitC))
        return kInf;
    return tauS * std::log((steadyC - startC) / (steadyC - limitC));
}

TimeToLimit timeToLimit(const Project &p, const thermal::ThermalResult &base, const thermal::ThermalResult &failed,
                        const Catalog &catalog)
{
    TimeToLimit out;
    std::vector<Headroom> halls, tcs(p.liquidLoops.size());
    for (size_t h = 0; h < p.halls.size() && h < base.halls.size() && h < failed.halls.size(); ++h) {
        halls.push_back(hallHeadroom(p, h, base, catalog));
        const thermal::HallThermal &ch = failed.halls[h];
        LimitZone z = makeZone(p.halls[h].id, "hall", ch.airHeatW, ch.liveCapacityW);
        settle(z, halls.back());
        if (!halls.back().any || ch.airHeatW <= 0)
            continue;
        // The room is turned over by the remaining units' air: V / Q_supply.
        const double volumeM3 = p.halls[h].widthM * p.halls[h].depthM * p.halls[h].heightM;
        const double tau = ch.supplyM3s > 0 ? volumeM3 / ch.supplyM3s : 0.0;
        if (deficit(z) || approach(z, hottestInlet(p, p.halls[h].id, failed), tau))
            out.zones.push_back(z);
    }
    for (size_t i = 0; i < p.liquidLoops.size() && i < base.loops.size() && i < failed.loops.size(); ++i) {
        if (p.liquidLoops[i].type != "tcs")
            continue;
        tcs[i] = tcsHeadroom(p, i, base, catalog);
        const thermal::LoopThermal &cl = failed.loops[i];
        LimitZone z = makeZone(p.liquidLoops[i].id, "tcs", cl.heatW, cl.noSteadyState ? 0.0 : cl.capacityW);
        settle(z, tcs[i]);
        if (tcs[i].any && cl.heatW > 0 && (deficit(z) || approach(z, cl.supplyC, kTcsLoopTransitS)))
            out.zones.push_back(z);
    }
    // Facility and chilled-water loops short of heat rejection: the loop's water, the halls its
    // air units cool and the TCS loops its CDUs cool all warm together until the first of their
    // racks passes its limit.
    for (size_t i = 0; i < p.liquidLoops.size() && i < base.loops.size() && i < failed.loops.size(); ++i) {
        const LiquidLoop &loop = p.liquidLoops[i];
        const thermal::LoopThermal &cl = failed.loops[i];
        if (loop.type == "tcs" || cl.heatW <= cl.capacityW)
            continue;
        const power::Fluid f = power::fluidProperties(loop.fluid);
        LimitZone z = makeZone(loop.id, "loop", cl.heatW, cl.capacityW);
        z.mass.waterJK = f.densityKgM3 * f.specificHeatJkgK * base.loops[i].flowM3s * kFacilityLoopTransitS;
        double headroom = kInf;
        auto serve = [&](const Headroom &hr) {
            z.mass.airJK += hr.mass.airJK;
            z.mass.waterJK += hr.mass.waterJK;
            z.mass.equipmentJK += hr.mass.equipmentJK;
            if (hr.any && hr.headroomK() < headroom) {
                headroom = hr.headroomK();
                z.startC = hr.startC;
                z.limitC = hr.limitC;
                z.rack = hr.rack;
                z.limit = hr.limit;
            }
        };
        for (size_t h = 0; h < halls.size(); ++h) {
            const bool served = std::any_of(p.airUnits.begin(), p.airUnits.end(), [&](const AirUnit &a) {
                return !a.failed && a.hall == p.halls[h].id && a.chilledWaterLoop == loop.id;
            });
            if (served)
                serve(halls[h]);
        }
        for (size_t t = 0; t < p.liquidLoops.size(); ++t) {
            const bool served = std::any_of(p.cdus.begin(), p.cdus.end(), [&](const Cdu &c) {
                return c.inService() && c.primaryLoop == loop.id && c.secondaryLoop == p.liquidLoops[t].id;
            });
            if (served)
                serve(tcs[t]);
        }
        if (std::isfinite(headroom) && deficit(z))
            out.zones.push_back(z);
    }
    return out;
}

LimitReport runTimeToLimit(const Project &input, const Catalog &catalog, const LimitOptions &options,
                           Progress *progress)
{
    LimitReport report;
    Project project = input;
    if (!options.scenario.empty()) {
        Diagnostics d;
        if (!applyScenario(project, options.scenario, &d)) {
            report.ok = false;
            report.error = d.empty() ? "no scenario '" + options.scenario + "'" : d.front().message;
            return report;
        }
    }
    std::vector<ScanUnit> units = scanUnits(project, {"cooling"});
    if (!options.unitId.empty()) {
        std::erase_if(units, [&](const ScanUnit &u) { return u.id != options.unitId; });
        if (units.empty()) {
            report.ok = false;
            report.error = "no working cooling unit (air unit, CDU or heat-rejection bank) has the id '"
                + options.unitId + "'";
            return report;
        }
    }
    SolveOptions so;
    so.only = {"power", "thermal"};
    const SolveResult base = runSolve(project, catalog, so);
    if (!base.ok || !base.thermal) {
        report.ok = false;
        report.error = "base design: the solve did not run (invalid input)";
        return report;
    }
    for (size_t i = 0; i < units.size(); ++i) {
        if (progress && progress->cancelled()) {
            report.ok = false;
            report.error = "cancelled";
            return report;
        }
        Project copy = project;
        failUnit(copy, units[i]);
        const SolveResult r = runSolve(copy, catalog, so);
        TimeToLimit t;
        if (r.ok && r.thermal) {
            t = timeToLimit(copy, *base.thermal, *r.thermal, catalog);
        } else {
            t.ok = false;
            t.error = "the solve did not run";
        }
        t.units = {units[i]};
        report.cases.push_back(std::move(t));
        if (progress)
            progress->report(double(i + 1) / double(units.size()), "time to limit " + units[i].id);
    }
    return report;
}

Json LimitReport::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); };
    Json cs = Json::array();
    for (const TimeToLimit &t : cases) {
        Json zones = Json::array();
        for (const LimitZone &z : t.zones) {
            zones.push_back({{"id", z.id},
                             {"kind", z.kind},
                             {"mode", z.mode},
                             {"limit", z.limit},
                             {"first_rack", z.rack},
                             {"heat_w", z.heatW},
                             {"removed_w", z.removedW},
                             {"net_w", z.netW()},
                             {"start_c", number(z.startC)},
                             {"limit_c", number(z.limitC)},
                             {"air_j_per_k", z.mass.airJK},
                             {"water_j_per_k", z.mass.waterJK},
                             {"equipment_j_per_k", z.mass.equipmentJK},
                             {"tau_s", z.tauS},
                             {"minutes", number(z.seconds / 60.0)},
                             {"air_only_minutes", z.mode == "deficit" ? number(z.airOnlySeconds / 60.0) : Json(nullptr)}});
        }
        const std::optional<double> m = t.minutes();
        Json j = {{"unit", t.units.empty() ? "" : t.units.front().id},
                  {"kind", t.units.empty() ? "" : t.units.front().kind},
                  {"name", t.units.empty() ? "" : t.units.front().name},
                  {"holds", t.holds()},
                  {"time_to_limit_min", m ? number(*m) : Json(nullptr)},
                  {"zones", zones}};
        if (!t.ok)
            j["error"] = t.error;
        cs.push_back(j);
    }
    return {{"constants",
             {{"equipment_cp_j_per_kg_k", kEquipmentCpJkgK},
              {"facility_loop_transit_s", kFacilityLoopTransitS},
              {"tcs_loop_transit_s", kTcsLoopTransitS}}},
            {"cases", cs}};
}

} // namespace aif::whatif
