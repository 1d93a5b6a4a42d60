#include "annual.h"

#include "catalog.h"
#include "power/powersolver.h"
#include "project.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace aif::energy {

namespace {

// Air-cooled chillers are rated at 35 °C outdoor air (AHRI 550/590); their condensing
// temperature sits ~10 K above the air, evaporating ~2 K below the supply water.
constexpr double kRatedAmbientC = 35.0;
constexpr double kCondenserLiftK = 10.0;
constexpr double kEvaporatorApproachK = 2.0;
// Heat reuse. Heating demand follows heating degree hours below a 15.5 °C base temperature
// (CIBSE TM41, Degree-days: theory and application, 2006), reaching its peak at the heating design
// condition: the dry bulb the year stays above 99.6 % of its hours (ASHRAE Fundamentals ch. 14).
constexpr double kHeatingBaseC = 15.5;
constexpr double kHeatingDesignShare = 0.004;
// A heat pump condenses 3 K above the network's supply and evaporates 2 K below the exchanger;
// industrial heat pumps reach 40-60 % of the Carnot COP (Arpagaus et al., Energy 152, 2018).
constexpr double kHeatPumpCondenserK = 3.0;
constexpr double kHeatPumpSecondLaw = 0.5;

struct HeatPump
{
    bool needed = false;
    double cop = 0.0;
    double liftK = 0.0;
};

// The heat pump a heat-reuse bank needs: none while the loop's return, less the exchanger's
// approach, already reaches the network's supply temperature.
HeatPump heatPump(const HeatRejection &h, double loopSupplyC, double loopReturnC)
{
    HeatPump hp;
    if (h.networkSupplyC <= 0.0 || h.networkSupplyC <= loopReturnC - h.approachK)
        return hp;
    const double condK = h.networkSupplyC + kHeatPumpCondenserK + 273.15;
    const double evapK = loopSupplyC - h.approachK - kEvaporatorApproachK + 273.15;
    hp.needed = true;
    hp.liftK = condK - evapK;
    hp.cop = std::clamp(kHeatPumpSecondLaw * condK / std::max(hp.liftK, 5.0), 1.5, 10.0);
    return hp;
}

struct Plant
{
    double fixedW = 0.0;   // IT + chain losses + air fans + CDU pumps: weather-independent
    double itW = 0.0;
    std::vector<std::pair<std::string, double>> loopHeatW;   // heat each facility loop must reject
    // Per loop, parallel to loopHeatW: its supply temperature and its heat-rejection units in file
    // order, economizers and chillers apart. Found once: the year asks for them 8,760 times.
    std::vector<double> supplyC, returnC;
    std::vector<std::vector<const HeatRejection *>> economizers, chillers;
    // Parallel to economizers: each unit's heat pump (needed only by heat-reuse banks whose
    // network wants hotter water than the loop returns), fixed by the temperatures.
    std::vector<std::vector<HeatPump>> heatPumps;
};

Plant plant(const Project &p, const power::PowerResult &r)
{
    Plant pl;
    pl.itW = r.itW;
    double rejectionW = 0.0;
    std::unordered_map<std::string, size_t> index;
    for (const power::CoolingUnitLoad &u : r.cooling.units) {
        for (const HeatRejection &h : p.heatRejection) {
            if (h.id == u.id) {
                const auto [it, added] = index.emplace(h.loop, pl.loopHeatW.size());
                if (added)
                    pl.loopHeatW.emplace_back(h.loop, 0.0);
                pl.loopHeatW[it->second].second += u.heatW;
                rejectionW += u.powerW;
            }
        }
    }
    pl.fixedW = r.facilityW - rejectionW;
    pl.economizers.resize(pl.loopHeatW.size());
    pl.chillers.resize(pl.loopHeatW.size());
    pl.heatPumps.resize(pl.loopHeatW.size());
    for (size_t k = 0; k < pl.loopHeatW.size(); ++k) {
        const std::string &loopId = pl.loopHeatW[k].first;
        const LiquidLoop *loop = p.get<LiquidLoop>(loopId);
        pl.supplyC.push_back(loop ? loop->supplyTempC : 20.0);
        pl.returnC.push_back(pl.supplyC.back() + (loop ? loop->designDeltaTK : 10.0));
        for (const HeatRejection &h : p.heatRejection) {
            if (h.loop == loopId)
                (h.type == "chiller" ? pl.chillers : pl.economizers)[k].push_back(&h);
        }
        // Heat sold beats heat blown away: reuse exchangers take their share first.
        std::stable_partition(pl.economizers[k].begin(), pl.economizers[k].end(),
                              [](const HeatRejection *h) { return h->type == "heat-reuse"; });
        for (const HeatRejection *h : pl.economizers[k])
            pl.heatPumps[k].push_back(h->type == "heat-reuse" ? heatPump(*h, pl.supplyC[k], pl.returnC[k]) : HeatPump{});
    }
    return pl;
}

struct Hour
{
    double powerW = 0.0;
    double waterL = 0.0;
    double loadW = 0.0;        // heat the facility loops had to reject
    double reusedW = 0.0;      // of it, taken by heat-reuse exchangers
    double rejectedW = 0.0;    // taken by dry coolers, towers and chillers
    double heatPumpW = 0.0;    // heat pumps' electricity (outside the facility's meter)
    double unmetW = 0.0;       // left over: heat rejection short of the load
    bool chillersOn = false;
    bool unmet = false;
    std::vector<double> economizerW, chillerW;   // per loop, in Plant::loopHeatW's order
};

// Heat rejection of every facility loop in one hour of weather; `heating` is the hour's share of
// the heat receivers' peak demand above their summer base (0 in summer, 1 at design).
Hour reject(const Plant &pl, const HourWeather &w, double litresPerKwh, double heating)
{
    Hour out;
    out.economizerW.assign(pl.loopHeatW.size(), 0.0);
    out.chillerW.assign(pl.loopHeatW.size(), 0.0);
    for (size_t k = 0; k < pl.loopHeatW.size(); ++k) {
        const double heat = pl.loopHeatW[k].second;
        const double supplyC = pl.supplyC[k];
        double left = heat;
        out.loadW += heat;
        for (size_t e = 0; e < pl.economizers[k].size(); ++e) {   // economizers first
            const HeatRejection &h = *pl.economizers[k][e];
            if (left <= 0.0)
                continue;
            // A heat-reuse exchanger gives heat to a network whose return is its sink temperature,
            // or to a heat pump's evaporator, which it can always reach.
            const bool reuse = h.type == "heat-reuse";
            const HeatPump &hp = pl.heatPumps[k][e];
            const double air = h.type == "cooling-tower" ? w.wetBulbC : reuse ? h.sinkTempC : w.dryBulbC;
            const double dT = hp.needed ? h.approachK : supplyC - air;
            // Units that cannot reject anything (validation names the field) are skipped, so
            // the hour never divides by a zero capacity.
            if (dT <= 0.0 || h.approachK <= 0.0 || !(h.units * h.capacityW > 0.0))
                continue;
            // At full airflow a unit rejects capacity x dT / approach (heat ∝ temperature difference).
            const double full = h.units * h.capacityW * dT / h.approachK;
            double limit = full;
            if (reuse && h.demandPeakW > 0.0) {
                // The network takes only its demand this hour; a heat pump's work is part of it.
                const double base = std::clamp(h.demandBaseShare, 0.0, 1.0);
                const double demand = h.demandPeakW * (base + (1.0 - base) * heating);
                limit = std::min(full, hp.needed ? demand * (1.0 - 1.0 / hp.cop) : demand);
            }
            const double taken = std::min(left, limit);
            if (taken <= 0.0)
                continue;
            const double speed = taken / full;
            out.powerW += h.units * h.fanPowerW * speed * speed * speed;
            if (h.type == "cooling-tower")
                out.waterL += taken / 1000.0 * litresPerKwh;   // per hour: W x 1 h = Wh
            if (reuse) {
                out.reusedW += taken;
                out.heatPumpW += hp.needed ? taken / (hp.cop - 1.0) : 0.0;
            } else {
                out.rejectedW += taken;
            }
            out.economizerW[k] += taken;
            left -= taken;
        }
        for (const HeatRejection *unit : pl.chillers[k]) {   // then chillers
            const HeatRejection &h = *unit;
            // A chiller without its rated COP or capacity (a validation error) rejects nothing.
            if (left <= 0.0 || !(h.copRated > 0.0) || !(h.units * h.capacityW > 0.0))
                continue;
            const double taken = std::min(left, h.units * h.capacityW);
            const double evapK = supplyC - kEvaporatorApproachK + 273.15;
            const double liftRated = kRatedAmbientC + kCondenserLiftK + 273.15 - evapK;
            const double lift = std::max(5.0, w.dryBulbC + kCondenserLiftK + 273.15 - evapK);
            const double cop = std::clamp(h.copRated * liftRated / lift, 0.5 * h.copRated, 3.0 * h.copRated);
            const double util = taken / (h.units * h.capacityW);
            out.powerW += taken / cop + h.units * h.fanPowerW * util * util * util;
            out.chillersOn = out.chillersOn || taken > 0.0;
            out.chillerW[k] += taken;
            out.rejectedW += taken;
            left -= taken;
        }
        out.unmet = out.unmet || left > 0.01 * heat;
        out.unmetW += std::max(0.0, left);
    }
    return out;
}

} // namespace

AnnualResult annualEnergy(const Project &p, const Catalog &catalog, const power::PowerResult &busy,
                          const power::PowerResult &idle, const AnnualOptions &o)
{
    QElapsedTimer timer;
    timer.start();
    AnnualResult r;
    const Site &site = p.site();
    r.climate = site.climate;
    const Json *climate = site.climate.empty() ? nullptr : catalog.entry("climate", site.climate);
    if (!climate) {
        // Names the site by id: in a multi-site design each site is solved on its own cut-out.
        r.error = "site '" + site.id + "': climate '" + site.climate
                  + "' is not in the climate dataset (aif catalog climate)";
        return r;
    }
    const std::vector<HourWeather> year = synthesizeYear(*climate, &r.error);
    if (year.empty())
        return r;
    const Plant hot = plant(p, busy), cold = plant(p, idle);
    // Tower water per kWh of heat: the catalog's costs/water-evaporation entry (TCO uses the same).
    double litresPerKwh = 0.0;
    for (const CatalogEntry *e : catalog.entries("costs"))
        if (e->type == "water")
            litresPerKwh = e->data.value("litresPerKwh", 0.0);
    const double u = std::clamp(o.utilization, 0.0, 1.0);
    // The heating design temperature: the dry bulb the year stays above 99.6 % of its hours.
    std::vector<double> dryBulbs;
    dryBulbs.reserve(year.size());
    for (const HourWeather &w : year)
        dryBulbs.push_back(w.dryBulbC);
    const size_t designIndex = size_t(kHeatingDesignShare * double(dryBulbs.size()));
    std::nth_element(dryBulbs.begin(), dryBulbs.begin() + long(designIndex), dryBulbs.end());
    r.heatingDesignC = dryBulbs[designIndex];
    const double heatingSpanK = std::max(1.0, kHeatingBaseC - r.heatingDesignC);
    for (const std::vector<HeatPump> &loopPumps : hot.heatPumps) {
        for (const HeatPump &hp : loopPumps) {
            if (hp.needed && r.heatPumpCop <= 0.0) {
                r.heatPumpCop = hp.cop;
                r.heatPumpLiftK = hp.liftK;
            }
        }
    }
    std::array<double, 12> monthIt{};
    r.loops.resize(hot.loopHeatW.size());
    std::vector<double> economizerWh(hot.loopHeatW.size(), 0.0);
    for (size_t k = 0; k < r.loops.size(); ++k)
        r.loops[k].id = hot.loopHeatW[k].first;
    r.hourlyFacilityW.resize(year.size());
    for (size_t i = 0; i < year.size(); ++i) {
        const HourWeather &w = year[i];
        const double heating = std::clamp((kHeatingBaseC - w.dryBulbC) / heatingSpanK, 0.0, 1.0);
        const Hour b = reject(hot, w, litresPerKwh, heating), c = reject(cold, w, litresPerKwh, heating);
        const double facility = u * (hot.fixedW + b.powerW) + (1.0 - u) * (cold.fixedW + c.powerW);
        const double it = u * hot.itW + (1.0 - u) * cold.itW;
        r.hourlyFacilityW[i] = float(facility);
        r.facilityMwh += facility / 1e6;
        r.itMwh += it / 1e6;
        r.monthlyFacilityMwh[w.month] += facility / 1e6;
        monthIt[w.month] += it / 1e6;
        r.peakFacilityW = std::max(r.peakFacilityW, hot.fixedW + b.powerW);
        r.waterM3 += (u * b.waterL + (1.0 - u) * c.waterL) / 1000.0;
        auto blend = [u](double busy, double idle) { return (u * busy + (1.0 - u) * idle) / 1e6; };   // MWh in 1 h
        r.heatLoadMwh += blend(b.loadW, c.loadW);
        r.reusedMwh += blend(b.reusedW, c.reusedW);
        r.monthlyReusedMwh[w.month] += blend(b.reusedW, c.reusedW);
        r.rejectedMwh += blend(b.rejectedW, c.rejectedW);
        r.heatPumpMwh += blend(b.heatPumpW, c.heatPumpW);
        r.unmetMwh += blend(b.unmetW, c.unmetW);
        r.reuseHours += b.reusedW > 0.0 ? 1 : 0;
        if (!b.chillersOn) {
            ++r.freeCoolingHours;
            ++r.monthlyFreeCoolingHours[w.month];
        }
        for (size_t k = 0; k < r.loops.size(); ++k) {
            r.loops[k].freeCoolingHours += b.chillerW[k] > 0.0 ? 0 : 1;
            r.loops[k].heatMwh += (b.economizerW[k] + b.chillerW[k]) / 1e6;
            economizerWh[k] += b.economizerW[k];
        }
        r.unmetHours += b.unmet ? 1 : 0;
    }
    r.pue = r.itMwh > 0.0 ? r.facilityMwh / r.itMwh : 0.0;
    for (int m = 0; m < 12; ++m) {
        r.monthlyPue[m] = monthIt[m] > 0.0 ? r.monthlyFacilityMwh[m] / monthIt[m] : 0.0;
        r.monthlyEre[m] = monthIt[m] > 0.0 ? (r.monthlyFacilityMwh[m] - r.monthlyReusedMwh[m]) / monthIt[m] : 0.0;
    }
    r.wueLPerKwh = r.itMwh > 0.0 ? r.waterM3 * 1000.0 / (r.itMwh * 1000.0) : 0.0;
    double heatWh = 0.0, economizedWh = 0.0;
    for (size_t k = 0; k < r.loops.size(); ++k) {
        r.loops[k].economizerShare = r.loops[k].heatMwh > 0.0 ? economizerWh[k] / 1e6 / r.loops[k].heatMwh : 0.0;
        heatWh += r.loops[k].heatMwh * 1e6;
        economizedWh += economizerWh[k];
    }
    r.economizerShare = heatWh > 0.0 ? economizedWh / heatWh : 0.0;
    r.ok = true;
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    return r;
}

Json AnnualResult::toJson() const
{
    Json j;
    j["climate"] = climate;
    if (!ok) {
        j["error"] = error;
        return j;
    }
    auto r3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    Json mp = Json::array(), mf = Json::array(), me = Json::array();
    for (int m = 0; m < 12; ++m) {
        mp.push_back(r3(monthlyPue[m]));
        mf.push_back(monthlyFreeCoolingHours[m]);
        me.push_back(std::round(monthlyFacilityMwh[m]));
    }
    j["annual_energy_mwh"] = std::round(facilityMwh);
    j["it_energy_mwh"] = std::round(itMwh);
    j["annual_pue"] = r3(pue);
    j["peak_facility_kw"] = std::round(peakFacilityW / 1000.0);
    j["free_cooling_hours"] = freeCoolingHours;
    j["economizer_share"] = r3(economizerShare);
    Json lj = Json::array();
    for (const Loop &l : loops)
        lj.push_back({{"id", l.id}, {"free_cooling_hours", l.freeCoolingHours},
                      {"economizer_share", r3(l.economizerShare)}, {"heat_mwh", std::round(l.heatMwh)}});
    j["loops"] = lj;
    j["unmet_hours"] = unmetHours;
    j["water_m3"] = std::round(waterM3);
    j["wue_l_per_kwh"] = r3(wueLPerKwh);
    j["monthly_pue"] = mp;
    j["monthly_free_cooling_hours"] = mf;
    j["monthly_energy_mwh"] = me;
    return j;
}

} // namespace aif::energy
