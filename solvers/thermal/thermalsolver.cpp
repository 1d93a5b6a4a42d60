#include "thermalsolver.h"

#include "airmetrics.h"
#include "airpath.h"
#include "airproperties.h"
#include "catalog.h"
#include "fancurve.h"
#include "nosteadystate.h"
#include "power/coolingpower.h"
#include "power/powersolver.h"
#include "thermalviolations.h"

#include <algorithm>
#include <optional>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace aif::thermal {

namespace {

// Without a catalog airflow (network racks), air rises 11.1 K (20 °F) through the equipment:
// 158 CFM per kW (physics.md).
constexpr double kDefaultEquipmentDeltaTK = 11.1;

// Catalog facts a rack's thermal model needs, looked up once per system type per solve
// (catalog entries are JSON; reading them per rack would dominate T0's cost).
struct SystemThermal
{
    double airflowAtMaxM3s = 0.0;
    double fanMaxW = 0.0;
    GpuThermalLimits limits;
};

class SystemCache
{
public:
    explicit SystemCache(const Catalog &catalog) : m_catalog(catalog) {}
    const SystemThermal *get(const std::string &id)
    {
        if (id.empty())
            return nullptr;
        auto it = m_cache.find(id);
        if (it == m_cache.end()) {
            std::optional<SystemThermal> s;
            if (const Json *sys = m_catalog.entry("systems", id)) {
                s = SystemThermal{sys->value("airflowM3sAtMax", 0.0), sys->value("fanMaxPowerW", 0.0),
                                  gpuLimits(m_catalog.entry("gpus", sys->value("gpu", std::string())))};
            }
            it = m_cache.emplace(id, s).first;
        }
        return it->second ? &*it->second : nullptr;
    }

private:
    const Catalog &m_catalog;
    std::unordered_map<std::string, std::optional<SystemThermal>> m_cache;
};

double rackAirflow(const Rack &rack, const SystemThermal *sys, const power::RackLoad &load, double airHeatW,
                   double elevationM)
{
    if (rack.airflowM3sPerKw > 0.0)   // the designer's airflow per kW of air heat wins over the catalog
        return rack.airflowM3sPerKw * airHeatW / 1e3;
    if (sys) {
        const double atMax = sys->airflowAtMaxM3s * rack.systemCount;
        const double fanMax = sys->fanMaxW * rack.systemCount;
        // Fans run at speed s with power ∝ s³ (the power solver's fan model), airflow ∝ s.
        if (atMax > 0 && fanMax > 0)
            return atMax * std::cbrt(std::clamp(load.fanW / fanMax, 1e-6, 1.0));
        if (atMax > 0)
            return atMax;
    }
    return airHeatW / (airDensity(25.0, elevationM) * kAirCp * kDefaultEquipmentDeltaTK);
}

} // namespace

ThermalResult solveThermal(const Project &p, const Catalog &catalog, const ThermalOptions &options, Progress *progress)
{
    ThermalResult res;
    std::shared_ptr<const power::PowerResult> pw = options.power;
    if (!pw) {
        power::PowerOptions po;
        po.failureAnalysis = false;
        po.comparison = false;
        pw = std::make_shared<power::PowerResult>(power::solvePower(p, catalog, po));
    }
    // Units with fan curves under a raised floor deliver what the plenum lets them: solve the
    // project with those airflows (a copy, made only when some unit has a curve).
    std::vector<double> operating;
    if (!options.fanCurvesApplied && fanCurveFlows(p, p.airModel.cellM, &operating)) {
        Project atCurve = p;
        for (size_t u = 0; u < atCurve.airUnits.size(); ++u)
            atCurve.airUnits[u].airflowM3s = operating[u];
        ThermalOptions o = options;
        o.power = pw;
        o.fanCurvesApplied = true;
        ThermalResult r = solveThermal(atCurve, catalog, o, progress);
        for (AirUnitThermal &u : r.units)
            if (const AirUnit *a = p.get<AirUnit>(u.id))
                u.ratedM3s = a->airflowM3s;
        return r;
    }
    if (progress)
        progress->report(0.1, "thermal: liquid side");

    // Entities by id or hall, in file order, found once: a campus has tens of thousands of
    // racks and air units in hundreds of halls, and per-hall scans would be halls x racks.
    auto indexBy = [](const auto &items, auto key) {
        std::unordered_map<std::string, std::vector<size_t>> index;
        for (size_t i = 0; i < items.size(); ++i)
            index[key(items[i])].push_back(i);
        return index;
    };
    static const std::vector<size_t> kNone;
    auto listed = [](const std::unordered_map<std::string, std::vector<size_t>> &index, const std::string &key)
        -> const std::vector<size_t> & {
        const auto it = index.find(key);
        return it == index.end() ? kNone : it->second;
    };
    const auto cduById = indexBy(p.cdus, [](const Cdu &c) { return c.id; });
    const auto loopById = indexBy(p.liquidLoops, [](const LiquidLoop &l) { return l.id; });
    const auto racksByHall = indexBy(p.racks, [](const Rack &r) { return r.hall; });
    const auto unitsByHall = indexBy(p.airUnits, [](const AirUnit &a) { return a.hall; });

    std::vector<double> cduPump(p.cdus.size(), 0.0);
    for (const power::CoolingUnitLoad &u : pw->cooling.units) {
        for (const size_t c : listed(cduById, u.id))
            cduPump[c] = u.powerW;
    }

    // Heat into each hall's air: rack air share plus power-chain losses standing in the hall.
    std::unordered_map<std::string, double> hallChainHeat;
    for (size_t i = 0; i < p.powerNodes.size() && i < pw->nodes.size(); ++i) {
        if (!p.powerNodes[i].hall.empty() && p.powerNodes[i].type != "powershelf")
            hallChainHeat[p.powerNodes[i].hall] += pw->nodes[i].lossW;
    }
    // Network gear at the fabric planner's automatic positions has no rack: its heat goes into
    // its hall's air like the chain losses standing there (power::NetworkDraw, issue 18).
    for (const auto &[hall, w] : pw->hallNetworkW)
        hallChainHeat[hall] += w;

    // Which racks sit behind containment, and how leaky it is.
    std::unordered_map<std::string, double> rowLeakage;
    for (const Containment &c : p.containments) {
        for (const std::string &row : c.rows)
            rowLeakage[row] = c.leakageFraction;
    }

    SystemCache systems(catalog);
    res.racks.resize(p.racks.size());
    for (size_t r = 0; r < p.racks.size(); ++r) {
        const power::RackLoad &l = pw->racks[r];
        RackThermal &t = res.racks[r];
        t.id = p.racks[r].id;
        t.gpus = l.gpus;
        // A rack without a live feed draws nothing and makes no heat.
        const double heat = r < pw->rackPowered.size() && !pw->rackPowered[r] ? 0.0 : l.inputW;
        t.liquidHeatW = p.racks[r].coolingLoop.empty() ? 0.0 : heat * l.liquidFraction;
        t.airHeatW = heat - t.liquidHeatW;
        t.airflowM3s = rackAirflow(p.racks[r], systems.get(p.racks[r].system), l, t.airHeatW, p.siteOfHall(p.racks[r].hall).elevationM);
        res.heatInW += heat;
    }

    // --- Air side, tier T0: two-zone model per hall -------------------------------------
    std::vector<double> coilHeatByLoop(p.liquidLoops.size(), 0.0);
    std::vector<double> unitSupply(p.airUnits.size(), 0.0);
    for (const AirUnit &a : p.airUnits)
        unitSupply[&a - p.airUnits.data()] = a.supplyTempC;
    const double openRecirculation = options.openAisleRecirculation >= 0.0 ? options.openAisleRecirculation
                                                                           : p.airModel.openAisleRecirculation;
    // One rule for what each unit removes, shared with the power solver: rear doors take their
    // rack's air heat (up to capacity), the other units share the rest (power::airUnitHeats).
    std::unordered_map<std::string, double> hallAirAll(hallChainHeat.begin(), hallChainHeat.end());
    std::vector<double> rackAirAll(p.racks.size(), 0.0), rackDoor(p.racks.size(), 0.0);
    for (size_t r = 0; r < p.racks.size(); ++r) {
        rackAirAll[r] = res.racks[r].airHeatW;
        hallAirAll[p.racks[r].hall] += rackAirAll[r];
    }
    const std::vector<double> unitHeat = power::airUnitHeats(p, hallAirAll, rackAirAll, &rackDoor);
    for (const Hall &hall : p.halls) {
        const double elevation = p.siteOf(hall).elevationM;   // thinner air on a high site
        HallThermal h;
        h.id = hall.id;
        const AirClassLimits lim = airClassLimits(hall.ashraeClass);
        h.airHeatW = hallChainHeat[hall.id];
        res.heatInW += hallChainHeat[hall.id];
        std::vector<size_t> inHall;
        std::vector<double> rackFlows;
        for (const size_t r : listed(racksByHall, hall.id)) {
            inHall.push_back(r);
            rackFlows.push_back(res.racks[r].airflowM3s);
            h.rackM3s += res.racks[r].airflowM3s;
            h.airHeatW += res.racks[r].airHeatW;
        }
        double setpointSum = 0;
        int units = 0;
        for (const size_t ai : listed(unitsByHall, hall.id)) {
            const AirUnit &a = p.airUnits[ai];
            setpointSum += a.supplyTempC;
            ++units;
            if (!a.failed) {
                h.supplyM3s += a.airflowM3s;
                h.liveCapacityW += std::max(0.0, a.capacityW);
            }
        }
        // Return-controlled units let their supply float so that their return holds the
        // setpoint: all units see the hall's mixed return, which sits the hall's air heat above
        // the mixed supply, so such a unit supplies T_ret,set − Q_air / (ρ c_p V_units).
        // (ρ at the supply temperature, as heatedAirC takes it: a short fixed-point iteration.)
        auto floating = [&](double returnC) {
            double t = returnC;
            for (int it = 0; it < 20 && h.supplyM3s > 0; ++it)
                t = returnC - h.airHeatW / (airDensity(t, elevation) * kAirCp * h.supplyM3s);
            return t;
        };
        double supplyFlowTemp = 0;
        for (const size_t ai : listed(unitsByHall, hall.id)) {
            const AirUnit &a = p.airUnits[ai];
            unitSupply[ai] = a.control == "return" ? floating(a.returnSetpointC) : a.supplyTempC;
            if (!a.failed)
                supplyFlowTemp += a.airflowM3s * unitSupply[ai];
        }
        // Without a working unit the room starts from the units' setpoint (or, with none at
        // all, the top of the recommended band) when the heat starts to accumulate.
        const double setpointC = units > 0 ? setpointSum / units : lim.recommendedMax;
        h.supplyC = h.supplyM3s > 0 ? supplyFlowTemp / h.supplyM3s : setpointC;
        if (h.airHeatW > 0.0 && (h.supplyM3s <= 0.0 || h.liveCapacityW <= 0.0)) {
            h.noSteadyState = true;
            h.supplyC = setpointC;
            h.secondsToAllowable = secondsToAllowable(hall, setpointC, lim.allowableMax,
                                                      h.airHeatW - h.liveCapacityW, elevation);
            res.unremovedW += h.airHeatW;
        }
        // Raised floor: the plenum sets each tile's flow (plenum.h).
        std::optional<PlenumResult> plenum;
        if (hasPlenum(p, hall)) {
            plenum = solvePlenum(p, hall, p.airModel.cellM, unitSupply);
            res.vents.insert(res.vents.end(), plenum->tiles.begin(), plenum->tiles.end());
            h.plenumPa = plenum->totalPressurePa;
            h.plenumMinStaticPa = plenum->minStaticPa;
            h.plenumMaxStaticPa = plenum->maxStaticPa;
        }
        // Per-rack air path (airpath.h): short supply in front of each rack, open-aisle and
        // row-end recirculation, the return path, blanking panels.
        AirPathInput pathIn{&p, &hall, inHall, rackFlows, h.supplyM3s, openRecirculation,
                            p.airModel.rowEndRecirculation, rowLeakage,
                            plenum ? &*plenum : nullptr};
        const std::vector<RackAirPath> paths = rackAirPaths(pathIn);
        // Mixing: T_in,k = T_sup + a_k φ (T_hot − T_sup) + b_k/(1 − b_k) ΔT_k. T_hot is the
        // flow-weighted mean of what the racks release into the room: chimney racks release
        // nothing there, a rear door takes its share out first (ΔTr_k). φ, the share of the
        // racks' air that is exhausted into the room, dilutes what recirculates (all chimneys:
        // the room holds supply air only). Closed form over the racks exhausting into the room:
        // T_hot − T_sup = (ΔTr̄ + Ī) / (1 − φ ā).
        double weightedShare = 0, roomFlow = 0, roomShare = 0, roomRise = 0, roomInternal = 0;
        const double rho = airDensity(h.supplyC, elevation);
        for (size_t k = 0; k < inHall.size(); ++k) {
            RackThermal &t = res.racks[inHall[k]];
            t.doorHeatW = rackDoor[inHall[k]];
            weightedShare += paths[k].share * t.airflowM3s;
            if (p.racks[inHall[k]].exhaust == "chimney" || !(t.airflowM3s > 0))
                continue;
            const double dTk = t.airHeatW / (rho * kAirCp * t.airflowM3s);
            roomFlow += t.airflowM3s;
            roomShare += paths[k].share * t.airflowM3s;
            roomRise += std::max(0.0, t.airHeatW - t.doorHeatW) / (rho * kAirCp);
            roomInternal += t.airflowM3s * paths[k].internal / (1.0 - paths[k].internal) * dTk;
        }
        h.recirculation = h.rackM3s > 0 ? weightedShare / h.rackM3s : 0.0;
        const double rackHeat = h.airHeatW - hallChainHeat[hall.id];
        const double dT = h.rackM3s > 0 ? rackHeat / (rho * kAirCp * h.rackM3s) : 0.0;
        const double phi = h.rackM3s > 0 ? std::min(1.0, roomFlow / h.rackM3s) : 1.0;
        const double roomA = roomFlow > 0 ? phi * roomShare / roomFlow : 0.0;
        const double hotRise = roomFlow > 0 && roomA < 1 ? (roomRise + roomInternal) / roomFlow / (1 - roomA) : 0.0;
        const double hot = h.supplyC + phi * hotRise;   // what recirculating air brings
        // With a matrix from this hall's T1 field, inlets follow T_in = T_in0 + D·P_air instead.
        std::vector<double> matrixInlets;
        for (const auto &[hallId, matrix] : options.recirculation) {
            if (hallId != hall.id)
                continue;
            std::vector<std::string> ids;
            std::vector<double> heat;
            for (size_t r : inHall) {
                ids.push_back(p.racks[r].id);
                heat.push_back(res.racks[r].airHeatW);
            }
            h.fromMatrix = recirculationInlets(*matrix, ids, heat, &matrixInlets);
        }
        std::vector<double> inlets, outlets;
        for (size_t k = 0; k < inHall.size(); ++k) {
            RackThermal &t = res.racks[inHall[k]];
            const double dTk = t.airflowM3s > 0 ? t.airHeatW / (rho * kAirCp * t.airflowM3s) : 0.0;
            t.inletC = h.fromMatrix ? matrixInlets[k]
                                    : h.supplyC + paths[k].share * (hot - h.supplyC)
                                          + paths[k].internal / (1.0 - paths[k].internal) * dTk;
            if (h.noSteadyState)   // reported as the room reaches its allowable limit and shuts down
                t.inletC = lim.allowableMax;
            t.outletC = heatedAirC(t.inletC, t.airHeatW, t.airflowM3s, elevation);
            inlets.push_back(t.inletC);
            outlets.push_back(t.outletC);
            h.maxInletC = std::max(h.maxInletC, t.inletC);
            h.meanInletC += t.inletC / double(inHall.size());
        }
        // Energy at the units: everything that entered the hall's air leaves through them.
        h.returnC = h.supplyM3s > 0 ? heatedAirC(h.supplyC, h.airHeatW, h.supplyM3s, elevation) : h.supplyC;
        h.rciHi = rciHi(inlets, lim.recommendedMax, lim.allowableMax);
        h.rciLo = rciLo(inlets, lim.recommendedMin, lim.allowableMin);
        h.rti = rti(h.returnC, h.supplyC, dT);
        h.shi = shi(inlets, outlets, h.supplyC);
        for (const size_t ai : listed(unitsByHall, hall.id)) {
            const AirUnit &a = p.airUnits[ai];
            AirUnitThermal u{a.id, 0.0, a.failed ? 0.0 : a.capacityW, h.supplyC};
            u.supplyC = unitSupply[ai];
            u.airflowM3s = a.failed ? 0.0 : a.airflowM3s;
            u.ratedM3s = a.airflowM3s;
            if (!a.failed && h.supplyM3s > 0 && !h.noSteadyState) {
                u.heatW = unitHeat[ai];
                u.returnC = h.returnC;
                res.airRemovedW += u.heatW;
                for (const size_t i : listed(loopById, a.chilledWaterLoop))
                    coilHeatByLoop[i] += u.heatW;
            }
            res.units.push_back(u);
        }
        res.halls.push_back(h);
    }

    if (options.airField) {
        if (progress)
            progress->report(0.2, "thermal: 3D air field");
        res.airFields = applyAirField(p, res, options.cellM > 0.0 ? options.cellM : p.airModel.cellM, progress,
                                      options.previousFields);
        res.tier = "T1";
    }

    // --- Liquid side and junctions ------------------------------------------------------
    std::vector<power::RackLoad> heatLoads = pw->racks;   // unpowered racks make no heat
    for (size_t r = 0; r < heatLoads.size() && r < pw->rackPowered.size(); ++r) {
        if (!pw->rackPowered[r])
            heatLoads[r].inputW = 0.0;
    }
    LiquidSide liquid = solveLiquidSide(p, heatLoads, cduPump, coilHeatByLoop);
    res.loops = liquid.loops;
    for (const LoopThermal &l : res.loops) {
        if (l.type == "tcs" && l.capacityW > 0)
            res.liquidRemovedW += l.heatW;
        if (l.noSteadyState)
            res.unremovedW += l.heatW;
    }
    std::unordered_set<std::string> hallsDown;
    for (const HallThermal &h : res.halls) {
        if (h.noSteadyState)
            hallsDown.insert(h.id);
    }
    if (progress)
        progress->report(0.6, "thermal: junctions");
    for (size_t r = 0; r < p.racks.size(); ++r) {
        RackThermal &t = res.racks[r];
        t.coolant = liquid.racks[r];
        if (t.gpus == 0)
            continue;
        const SystemThermal *sys = systems.get(p.racks[r].system);
        const bool cold = t.coolant.cooled;
        // Cold plates see the mean of the rack's coolant supply and return; air-cooled GPUs
        // their server's intake air.
        const double local = cold ? 0.5 * (t.coolant.supplyC + t.coolant.returnC) : t.inletC;
        // The nominal chip power: the power solve's GPU power already carries the previous
        // pass's leakage (coupled twin), which the junction model applies itself.
        t.gpu = gpuJunction(sys ? sys->limits : GpuThermalLimits{}, local, pw->racks[r].gpuNominalW / t.gpus, cold);
        // No flow through the cold plates or no cooling for the room's air: the GPUs heat until
        // they shut down (the operating point of a coupled twin keeps them off).
        t.uncooled = t.coolant.noFlow || hallsDown.count(p.racks[r].hall) > 0;
        if (t.uncooled)
            shutDownGpus(t.gpu, sys ? sys->limits : GpuThermalLimits{});
        res.throttledRacks += t.gpu.throttled ? 1 : 0;
    }

    // Plant-wide figures.
    std::vector<double> all;
    for (size_t r = 0; r < p.racks.size(); ++r) {
        if (p.get<Hall>(p.racks[r].hall))
            all.push_back(res.racks[r].inletC);
    }
    if (!all.empty()) {
        res.maxInletC = *std::max_element(all.begin(), all.end());
        double sum = 0;
        for (double x : all)
            sum += x;
        res.meanInletC = sum / double(all.size());
    }
    double rciHiSum = 0, rciLoSum = 0, rtiSum = 0, w = 0;
    for (const HallThermal &h : res.halls) {
        const double n = h.rackM3s;
        rciHiSum += h.rciHi * n;
        rciLoSum += h.rciLo * n;
        rtiSum += h.rti * n;
        w += n;
    }
    if (w > 0) {
        res.rciHi = rciHiSum / w;
        res.rciLo = rciLoSum / w;
        res.rti = rtiSum / w;
    }
    addThermalViolations(p, res);
    if (progress)
        progress->report(1.0, "thermal: done");
    return res;
}

} // namespace aif::thermal
