#include "liquidside.h"

#include "power/coolingpower.h"

#include <algorithm>
#include <unordered_map>

namespace aif::thermal {

LiquidSide solveLiquidSide(const Project &p, const std::vector<power::RackLoad> &racks,
                           const std::vector<double> &cduPumpW, const std::vector<double> &airCoilHeatByLoop)
{
    LiquidSide s;
    s.racks.assign(p.racks.size(), {});
    std::unordered_map<std::string, double> loopHeat;
    for (size_t r = 0; r < racks.size(); ++r) {
        if (!p.racks[r].coolingLoop.empty())
            loopHeat[p.racks[r].coolingLoop] += racks[r].inputW * racks[r].liquidFraction;
    }
    std::unordered_map<std::string, size_t> loopIndex;
    for (size_t i = 0; i < p.liquidLoops.size(); ++i)
        loopIndex.emplace(p.liquidLoops[i].id, i);
    s.loops.resize(p.liquidLoops.size());

    // Technology cooling loops, then what they hand to their primary loops.
    std::unordered_map<std::string, double> primaryHeat;
    for (size_t i = 0; i < p.liquidLoops.size(); ++i) {
        const LiquidLoop &l = p.liquidLoops[i];
        LoopThermal &t = s.loops[i];
        t.id = l.id;
        t.type = l.type;
        if (l.type != "tcs")
            continue;
        t.heatW = loopHeat[l.id];
        double capacity = 0, pumpFlow = 0, approachAtRated = 0, largest = 0, pumps = 0, headAtRated = 0;
        const LiquidLoop *primary = nullptr;
        for (size_t c = 0; c < p.cdus.size(); ++c) {
            const Cdu &cdu = p.cdus[c];
            if (cdu.secondaryLoop != l.id || !cdu.inService())
                continue;
            // A CDU whose pumps fail below duty still exchanges its rated heat, but moves less
            // coolant: the loop becomes flow-limited and its return runs hotter.
            const double flow = cdu.secondaryFlowM3s * cdu.pumpFlowShare();
            capacity += cdu.capacityW;
            pumpFlow += flow;
            headAtRated += cdu.pumpHeadPa * flow;   // flow-weighted
            approachAtRated += cdu.approachK * cdu.capacityW;   // capacity-weighted
            largest = std::max(largest, cdu.capacityW);
            pumps += c < cduPumpW.size() ? cduPumpW[c] : 0.0;
            primary = primary ? primary : p.get<LiquidLoop>(cdu.primaryLoop);
        }
        t.capacityW = capacity;
        t.utilization = capacity > 0 ? t.heatW / capacity : (t.heatW > 0 ? 1e9 : 0.0);
        t.nPlusOne = capacity - largest >= t.heatW;
        if (capacity <= 0.0 && t.heatW > 0.0) {
            // No CDU in service: no pump moves the coolant and nothing takes its heat. There is
            // no steady state to report; the racks on it are handled as without flow below.
            t.noSteadyState = true;
            t.supplyC = t.returnC = l.supplyTempC;
            continue;
        }
        const power::Fluid f = power::fluidProperties(l.fluid);
        const double rhoCp = f.densityKgM3 * f.specificHeatJkgK;
        const double primaryC = primary ? primary->supplyTempC : l.supplyTempC;
        const double approach = capacity > 0 ? approachAtRated / capacity * std::min(t.heatW / capacity, 2.0) : 0.0;
        t.supplyC = std::max(l.supplyTempC, primaryC + approach);
        t.supplyAboveSetpoint = t.supplyC > l.supplyTempC + 0.05;
        const double designFlow = t.heatW / (rhoCp * l.designDeltaTK);
        t.flowM3s = pumpFlow > 0 ? std::min(designFlow, pumpFlow) : designFlow;
        t.flowLimited = pumpFlow > 0 && designFlow > pumpFlow * (1 + 1e-9);
        t.returnC = t.supplyC + (t.flowM3s > 0 ? t.heatW / (rhoCp * t.flowM3s) : 0.0);
        if (pumpFlow > 0) {
            const double ratio = t.flowM3s / pumpFlow;
            t.pressureDropPa = headAtRated / pumpFlow * ratio * ratio;
        }
        t.pumpW = pumps;
        if (primary)
            primaryHeat[primary->id] += t.heatW + pumps;   // pump work ends up in the water

    }

    // Racks share their loop's flow in proportion to their liquid heat (one pass over racks).
    for (size_t r = 0; r < racks.size(); ++r) {
        const auto loop = loopIndex.find(p.racks[r].coolingLoop);
        if (loop == loopIndex.end())
            continue;
        const LoopThermal &t = s.loops[loop->second];
        const double q = racks[r].inputW * racks[r].liquidFraction;
        if (t.type != "tcs" || t.heatW <= 0 || q <= 0)
            continue;
        RackCoolant &rc = s.racks[r];
        if (t.noSteadyState) {
            rc.noFlow = true;
            continue;
        }
        rc.cooled = true;
        rc.supplyC = t.supplyC;
        rc.returnC = t.returnC;   // balanced loop: every rack sees the loop's ΔT
        rc.flowM3s = t.flowM3s * q / t.heatW;
        rc.lpmPerKw = rc.flowM3s * 60000.0 / (q / 1000.0);
    }

    // Facility and chilled-water loops: heat from CDUs and air-unit coils, against heat rejection.
    for (size_t i = 0; i < p.liquidLoops.size(); ++i) {
        const LiquidLoop &l = p.liquidLoops[i];
        LoopThermal &t = s.loops[i];
        if (l.type == "tcs")
            continue;
        t.heatW = primaryHeat[l.id] + (i < airCoilHeatByLoop.size() ? airCoilHeatByLoop[i] : 0.0);
        double capacity = 0, spare = 0;
        for (const HeatRejection &h : p.heatRejection) {
            if (h.loop == l.id) {
                // What-if failed units carry nothing; the redundancy left is what they did not use up.
                const int live = std::max(0, h.units - h.failedUnits);
                capacity += live * h.capacityW;
                spare += std::max(0, h.redundantUnits - h.failedUnits) * h.capacityW;
            }
        }
        t.capacityW = capacity;
        t.utilization = capacity > 0 ? t.heatW / capacity : (t.heatW > 0 ? 1e9 : 0.0);
        t.nPlusOne = capacity - spare >= t.heatW;
        const power::Fluid f = power::fluidProperties(l.fluid);
        t.supplyC = l.supplyTempC;
        t.flowM3s = t.heatW / (f.densityKgM3 * f.specificHeatJkgK * l.designDeltaTK);
        t.returnC = t.supplyC + (t.heatW > 0 ? l.designDeltaTK : 0.0);
    }
    return s;
}

} // namespace aif::thermal
