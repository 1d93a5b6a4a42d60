#include "thermalviolations.h"

#include "airproperties.h"
#include "thermalsolver.h"

#include <cstdio>

namespace aif::thermal {

namespace {

std::string fmt(const char *f, double a, double b = 0)
{
    char buf[160];
    std::snprintf(buf, sizeof buf, f, a, b);
    return buf;
}

} // namespace

void addThermalViolations(const Project &p, ThermalResult &r)
{
    using S = Diagnostic::Severity;
    auto add = [&](S s, const std::string &entity, const char *code, std::string message) {
        r.violations.push_back({s, {}, entity, code, std::move(message)});
    };
    for (size_t i = 0; i < p.racks.size(); ++i) {
        const Rack &rack = p.racks[i];
        const Hall *hall = p.get<Hall>(rack.hall);
        const RackThermal &t = r.racks[i];
        // Racks whose hall or loop has no steady state are named in that hall's or loop's error.
        if (!hall || (t.airHeatW <= 0 && t.gpus == 0) || t.uncooled)
            continue;
        const AirClassLimits lim = airClassLimits(hall->ashraeClass);
        if (t.inletC > lim.allowableMax)
            add(S::Error, rack.id, "thermal.inlet-allowable",
                rack.id + fmt(" inlet %.1f °C is above the ASHRAE allowable %.0f °C", t.inletC, lim.allowableMax)
                    + " (" + hall->ashraeClass + ")");
        else if (t.inletC > lim.recommendedMax)
            add(S::Warning, rack.id, "thermal.inlet-recommended",
                rack.id + fmt(" inlet %.1f °C is above the ASHRAE recommended %.0f °C", t.inletC, lim.recommendedMax));
        else if (t.inletC < lim.allowableMin)
            add(S::Error, rack.id, "thermal.inlet-allowable",
                rack.id + fmt(" inlet %.1f °C is below the ASHRAE allowable %.0f °C", t.inletC, lim.allowableMin));
        else if (t.inletC < lim.recommendedMin)
            add(S::Warning, rack.id, "thermal.inlet-recommended",
                rack.id + fmt(" inlet %.1f °C is below the ASHRAE recommended %.0f °C", t.inletC, lim.recommendedMin));
        if (t.gpu.shutdown)
            add(S::Error, rack.id, "thermal.gpu-shutdown",
                rack.id + fmt(": GPUs cannot stay below their slowdown temperature (coolant/air at %.1f °C): thermal shutdown",
                              t.coolant.cooled ? t.coolant.supplyC : t.inletC));
        else if (t.gpu.throttled)
            add(S::Warning, rack.id, "thermal.throttled",
                rack.id + fmt(": GPUs throttle to %.0f %% clock (%.0f %% power) to hold their slowdown temperature",
                              t.gpu.clockFactor * 100, t.gpu.powerFactor * 100));
        else if (t.gpu.aboveMaxOperating)
            add(S::Warning, rack.id, "thermal.junction",
                rack.id + fmt(": GPU junction %.1f °C is above the maximum operating temperature", t.gpu.junctionC));
        if (rack.exhaust == "chimney" && hall->returnPath == "room")
            add(S::Warning, rack.id, "thermal.chimney-no-plenum",
                rack.id + ": a chimney needs a ceiling plenum or ducted return to exhaust into (hall " + hall->id
                    + " returnPath is room); modelled as if it had one");
        if (t.doorHeatW > 0 && t.doorHeatW < t.airHeatW - 1.0)
            add(S::Warning, rack.id, "thermal.door-capacity",
                rack.id + fmt(": its rear door takes %.1f of the rack's %.1f kW of air heat; the rest goes to the room",
                              t.doorHeatW / 1e3, t.airHeatW / 1e3));
        if (t.coolant.cooled && t.coolant.lpmPerKw < 1.25)
            add(S::Warning, rack.id, "thermal.flow-per-kw",
                rack.id + fmt(": coolant flow %.2f L/min per kW is below the 1.25-2.0 OCP guidance", t.coolant.lpmPerKw));
    }
    for (const HallThermal &h : r.halls) {
        if (!h.noSteadyState)
            continue;
        const Hall *hall = p.get<Hall>(h.id);
        const AirClassLimits lim = airClassLimits(hall ? hall->ashraeClass : std::string("A1"));
        add(S::Error, h.id, "thermal.no-steady-state",
            h.id + fmt(": no working air unit takes the %.0f kW going into its air, so the room has no steady state:"
                       " its air reaches the allowable %.0f °C",
                       (h.airHeatW - h.liveCapacityW) / 1e3, lim.allowableMax)
                + fmt(" in about %.0f s (air volume alone; equipment and walls slow it) and its GPUs shut down",
                      h.secondsToAllowable));
    }
    for (size_t i = 0; i < p.liquidLoops.size() && i < r.loops.size(); ++i) {
        const LiquidLoop &l = p.liquidLoops[i];
        const LoopThermal &t = r.loops[i];
        if (l.type == "facility" && l.supplyTempC > waterClassSupplyLimitC(l.waterClass))
            add(S::Error, l.id, "thermal.water-class",
                l.id + fmt(": facility water supply %.1f °C exceeds the %.0f °C limit of its class", l.supplyTempC,
                           waterClassSupplyLimitC(l.waterClass))
                    + " " + l.waterClass);
        if (t.heatW <= 0)
            continue;
        if (t.noSteadyState) {
            add(S::Error, l.id, "thermal.no-steady-state",
                l.id + fmt(": no CDU in service for %.0f kW of rack heat: no coolant flows, so its racks' cold plates"
                           " heat within seconds and their GPUs shut down",
                           t.heatW / 1e3));
            continue;
        }
        if (t.utilization > 1.0 + 1e-9)
            add(S::Error, l.id, "thermal.loop-capacity",
                l.id + fmt(": %.0f kW of heat against %.0f kW of capacity in service", t.heatW / 1e3, t.capacityW / 1e3));
        else if (!t.nPlusOne)
            add(S::Warning, l.id, "thermal.loop-redundancy",
                l.id + (l.type == "tcs" ? ": losing its largest CDU would leave too little capacity (no N+1)"
                                        : ": without its redundant heat-rejection units the loop is short of capacity"));
        if (t.flowLimited)
            add(S::Warning, l.id, "thermal.flow-limited",
                l.id + fmt(": CDU pumps at full flow; loop ΔT rises to %.1f K", t.returnC - t.supplyC));
        if (t.supplyAboveSetpoint)
            add(S::Warning, l.id, "thermal.supply-setpoint",
                l.id + fmt(": secondary supply %.1f °C cannot reach its %.1f °C setpoint (CDU approach)", t.supplyC,
                           l.supplyTempC));
    }
    for (const AirUnitThermal &u : r.units) {
        if (u.capacityW > 0 && u.heatW > u.capacityW * (1 + 1e-9))
            add(S::Error, u.id, "thermal.air-unit-capacity",
                u.id + fmt(": %.0f kW of heat against %.0f kW of capacity", u.heatW / 1e3, u.capacityW / 1e3));
    }
}

} // namespace aif::thermal
