#include "coolingpower.h"

#include "project.h"

#include <algorithm>
#include <unordered_map>

namespace aif::power {

Fluid fluidProperties(const std::string &fluid)
{
    // Water at 30 °C: 995.6 kg/m³, 4178 J/(kg·K) (NIST Chemistry WebBook, saturated liquid).
    // 25 % propylene glycol at 30 °C: ~1020 kg/m³, ~3930 J/(kg·K) (ASHRAE Handbook—Fundamentals
    // 2021, ch. 31, Tables 9-10).
    if (fluid == "pg25")
        return {1020.0, 3930.0};
    return {995.6, 4178.0};
}

namespace {

double cube(double x)
{
    return x * x * x;
}

} // namespace

bool isRearDoor(const Project &p, const AirUnit &a)
{
    return a.type == "rdhx" && !a.rack.empty() && p.get<Rack>(a.rack) != nullptr;
}

std::vector<double> airUnitHeats(const Project &p, const std::unordered_map<std::string, double> &hallAirHeatW,
                                 const std::vector<double> &rackAirHeatW, std::vector<double> *rackDoorW)
{
    std::vector<double> heat(p.airUnits.size(), 0.0);
    std::unordered_map<std::string, size_t> rackIndex;
    for (size_t r = 0; r < p.racks.size(); ++r)
        rackIndex.emplace(p.racks[r].id, r);
    // Doors first: each takes what is left of its rack's air heat, up to its capacity.
    std::vector<double> rackLeft(rackAirHeatW);
    std::unordered_map<std::string, double> hallLeft(hallAirHeatW), roomFlow, doorFlow;
    std::vector<char> door(p.airUnits.size(), 0);
    for (size_t u = 0; u < p.airUnits.size(); ++u) {
        const AirUnit &a = p.airUnits[u];
        if (a.failed)
            continue;
        const auto it = a.type == "rdhx" && !a.rack.empty() ? rackIndex.find(a.rack) : rackIndex.end();
        if (it == rackIndex.end() || it->second >= rackLeft.size()) {
            roomFlow[a.hall] += a.airflowM3s;
            continue;
        }
        door[u] = 1;
        heat[u] = std::clamp(std::min(rackLeft[it->second], a.capacityW), 0.0, std::max(0.0, hallLeft[a.hall]));
        rackLeft[it->second] -= heat[u];
        if (rackDoorW) {
            rackDoorW->resize(rackAirHeatW.size(), 0.0);
            (*rackDoorW)[it->second] += heat[u];
        }
        hallLeft[a.hall] -= heat[u];
        doorFlow[a.hall] += a.airflowM3s;
    }
    // The rest of the hall's air: its room units by airflow, or its doors when it has none.
    for (size_t u = 0; u < p.airUnits.size(); ++u) {
        const AirUnit &a = p.airUnits[u];
        if (a.failed)
            continue;
        const bool roomUnitsShare = roomFlow[a.hall] > 0;
        if (bool(door[u]) != roomUnitsShare)
            heat[u] += airUnitHeatW(a, std::max(0.0, hallLeft[a.hall]),
                                    roomUnitsShare ? roomFlow[a.hall] : doorFlow[a.hall]);
    }
    return heat;
}

CoolingPower computeCoolingPower(const Project &p, const std::vector<RackLoad> &racks,
                                 const std::vector<double> &nodeLossW, const std::vector<bool> &rackPowered,
                                 const std::map<std::string, double> &hallNetworkW)
{
    CoolingPower c;
    c.basis = "design load; air-unit fans and dry-cooler/tower fans by the fan affinity law (P ∝ PLR³), "
              "CDU pumps P = QΔp/η with Δp ∝ Q², chillers at rated COP; economizers (dry coolers, towers) "
              "take the heat first, chillers the rest (no weather yet)";
    std::unordered_map<std::string, double> hallAir, loopHeat;
    std::vector<double> rackAir(p.racks.size(), 0.0);

    for (size_t r = 0; r < racks.size(); ++r) {
        const Rack &rack = p.racks[r];
        if (r < rackPowered.size() && !rackPowered[r])
            continue;
        const double heat = racks[r].inputW;
        const double liquid = rack.coolingLoop.empty() ? 0.0 : heat * racks[r].liquidFraction;
        loopHeat[rack.coolingLoop] += liquid;
        hallAir[rack.hall] += heat - liquid;
        rackAir[r] = heat - liquid;
        c.liquidHeatW += liquid;
    }
    for (size_t i = 0; i < p.powerNodes.size() && i < nodeLossW.size(); ++i) {
        const PowerNode &n = p.powerNodes[i];
        if (n.type == "powershelf")
            continue;   // in-rack conversion: its loss is already part of the rack's heat
        if (n.hall.empty())
            c.electricalRoomHeatW += nodeLossW[i];
        else
            hallAir[n.hall] += nodeLossW[i];
    }
    for (const auto &[hall, heat] : hallNetworkW)
        hallAir[hall] += heat;
    for (const auto &[hall, heat] : hallAir)
        c.airHeatW += heat;

    // Rear doors take their rack's air heat, the other units share the rest (airUnitHeats).
    const std::vector<double> unitHeat = airUnitHeats(p, hallAir, rackAir);
    std::unordered_map<std::string, double> hallSupply;
    for (const AirUnit &a : p.airUnits) {
        if (!a.failed)
            hallSupply[a.hall] += a.airflowM3s;
    }
    for (const auto &[hall, heat] : hallAir) {
        if (heat > 0 && hallSupply[hall] <= 0)
            c.unrejectedHeatW += heat;
    }
    for (const AirUnit &a : p.airUnits) {
        CoolingUnitLoad u{a.id, a.type, 0.0, a.failed ? 0.0 : a.capacityW, 0.0, 0.0};
        if (!a.failed && a.capacityW > 0 && hallSupply[a.hall] > 0) {
            u.heatW = unitHeat[size_t(&a - p.airUnits.data())];
            u.utilization = u.heatW / a.capacityW;
            u.powerW = a.fanPowerW * cube(std::min(u.utilization, 1.0));
            c.airFansW += u.powerW;
            // Fan work ends up as heat in the coil's water.
            if (!a.chilledWaterLoop.empty())
                loopHeat[a.chilledWaterLoop] += u.heatW + u.powerW;
            else
                c.unrejectedHeatW += u.heatW + u.powerW;   // DX or unassigned: no loop to follow
        }
        c.units.push_back(u);
    }

    // CDUs: technology-loop heat to the primary loop, with the secondary pump's power.
    std::unordered_map<std::string, double> loopCduCapacity;
    for (const Cdu &d : p.cdus) {
        if (d.inService())
            loopCduCapacity[d.secondaryLoop] += d.capacityW;
    }
    for (const Cdu &d : p.cdus) {
        CoolingUnitLoad u{d.id, "cdu", 0.0, d.inService() ? d.capacityW : 0.0, 0.0, 0.0};
        const LiquidLoop *loop = p.get<LiquidLoop>(d.secondaryLoop);
        if (d.inService() && loop && loopCduCapacity[d.secondaryLoop] > 0) {
            u.heatW = loopHeat[d.secondaryLoop] * d.capacityW / loopCduCapacity[d.secondaryLoop];
            u.utilization = u.heatW / d.capacityW;
            const Fluid f = fluidProperties(loop->fluid);
            const double flow = u.heatW / (f.densityKgM3 * f.specificHeatJkgK * loop->designDeltaTK);
            // Pumps failed below duty lower the rated flow the loop demand is measured against.
            const double ratedFlow = d.secondaryFlowM3s * d.pumpFlowShare();
            const double ratio = ratedFlow > 0 ? flow / ratedFlow : 0.0;
            u.powerW = flow * d.pumpHeadPa * ratio * ratio / d.pumpEfficiency;   // P = QΔp/η, Δp ∝ Q²
            c.cduPumpsW += u.powerW;
            loopHeat[d.primaryLoop] += u.heatW + u.powerW;
        }
        c.units.push_back(u);
    }
    for (const LiquidLoop &l : p.liquidLoops) {
        if (l.type == "tcs" && loopHeat[l.id] > 0 && loopCduCapacity[l.id] <= 0)
            c.unrejectedHeatW += loopHeat[l.id];
    }

    // Heat rejection per facility/chilled-water loop: economizers first, then chillers.
    std::unordered_map<std::string, double> remaining;
    for (const LiquidLoop &l : p.liquidLoops) {
        if (l.type != "tcs")
            remaining[l.id] = loopHeat[l.id];
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (const HeatRejection &h : p.heatRejection) {
            const bool economizer = h.type != "chiller";
            if ((pass == 0) != economizer)
                continue;
            const double capacity = h.units * h.capacityW;
            CoolingUnitLoad u{h.id, h.type, 0.0, capacity, 0.0, 0.0};
            double &left = remaining[h.loop];
            u.heatW = std::min(left, capacity);
            left -= u.heatW;
            u.utilization = capacity > 0 ? u.heatW / capacity : 0.0;
            if (h.type == "chiller") {
                u.powerW = h.copRated > 0 ? u.heatW / h.copRated : 0.0;
                u.powerW += h.units * h.fanPowerW * cube(u.utilization);
                c.chillersW += u.powerW;
            } else {
                u.powerW = h.units * h.fanPowerW * cube(u.utilization);
                (h.type == "dry-cooler" ? c.dryCoolersW : h.type == "heat-reuse" ? c.heatReuseW : c.towersW) += u.powerW;
            }
            c.units.push_back(u);
        }
    }
    for (const auto &[loop, left] : remaining)
        c.unrejectedHeatW += std::max(0.0, left);
    c.totalW = c.airFansW + c.cduPumpsW + c.chillersW + c.dryCoolersW + c.towersW + c.heatReuseW;
    return c;
}

} // namespace aif::power
