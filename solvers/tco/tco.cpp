#include "tco.h"

#include "catalog.h"
#include "energy/sustainability.h"
#include "network/fabricfeed.h"
#include "power/powersolver.h"
#include "project.h"
#include "twin/twin.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace aif::tco {

double capitalRecoveryFactor(double rate, double years)
{
    if (years <= 0.0)
        return 1.0;
    if (std::abs(rate) < 1e-12)
        return 1.0 / years;
    const double g = std::pow(1.0 + rate, years);
    return rate * g / (g - 1.0);
}

namespace {

// A unit cost from the catalog "costs" entries by type, or 0 when the catalog has none.
double unitCost(const Catalog &catalog, const std::string &type, const char *key)
{
    for (const CatalogEntry *e : catalog.entries("costs"))
        if (e->type == type && e->data.contains(key) && e->data[key].is_number())
            return e->data[key].get<double>();
    return 0.0;
}

void add(std::vector<CapexLine> &lines, const std::string &category, const std::string &item, double usd,
         double life, bool assumption)
{
    if (usd <= 0.0)
        return;
    for (CapexLine &l : lines) {
        if (l.category == category && l.item == item) {
            l.usd += usd;
            return;
        }
    }
    lines.push_back({category, item, usd, life, assumption});
}

// $/Mtok and the rest for one set of inputs; the tornado calls it with one input moved.
struct Scale
{
    double tariff = 1.0, itPrice = 1.0, utilization = 1.0, pue = 1.0, life = 1.0;
};

void evaluate(const Project &p, const TcoInputs &in, const Scale &s, TcoResult *r)
{
    const Economics &e = p.economics;
    r->capexUsd = 0.0;
    r->annualizedCapexUsd = 0.0;
    for (const CapexLine &l : r->capex) {
        const double usd = l.category == "it" ? l.usd * s.itPrice : l.usd;
        // IT systems and the network are refreshed together on the IT life; the rest lasts the facility's.
        const bool itLife = l.category == "it" || l.category == "network";
        const double life = itLife ? e.itLifeYears * s.life : e.facilityLifeYears;
        r->capexUsd += usd;
        r->annualizedCapexUsd += usd * capitalRecoveryFactor(e.discountRate, life);
    }
    // Energy: at the operating point for the utilized share of the year, idle otherwise. A PUE
    // scale moves only the overhead above IT.
    const double u = std::clamp(in.utilization * s.utilization, 0.0, 1.0);
    auto scaled = [&](double facility, double it) { return it + (facility - it) * s.pue; };
    const double busyW = scaled(in.facilityW, in.itW);
    const double idleW = scaled(in.idleFacilityW, in.idleItW);
    const double meanW = u * busyW + (1.0 - u) * idleW;
    r->energyMwhPerYear = meanW * 8760.0 / 1e6;
    r->annualPue = in.itW > 0.0 ? busyW / in.itW : 0.0;
    if (in.annualFacilityMwh >= 0.0 && in.annualItMwh > 0.0) {
        // The weather year: its energy, moved by the sensitivity scales the same way (the
        // utilization scale through the busy/idle mean, the PUE scale on the overhead).
        auto mean = [&](double share, double busy, double idle) { return share * busy + (1.0 - share) * idle; };
        const double baseFacility = mean(in.utilization, in.facilityW, in.idleFacilityW);
        const double baseIt = mean(in.utilization, in.itW, in.idleItW);
        const double e = in.annualFacilityMwh * (baseFacility > 0.0 ? mean(u, in.facilityW, in.idleFacilityW) / baseFacility : 1.0);
        const double it = in.annualItMwh * (baseIt > 0.0 ? mean(u, in.itW, in.idleItW) / baseIt : 1.0);
        r->energyMwhPerYear = it + (e - it) * s.pue;
        r->annualPue = it > 0.0 ? r->energyMwhPerYear / it : 0.0;
    }
    r->energyUsdPerYear = r->energyMwhPerYear * 1000.0 * e.tariffUsdPerKwh * s.tariff;
    r->demandUsdPerYear = in.peakFacilityW / 1000.0 * e.demandChargeUsdPerKwMonth * 12.0;
    r->maintenanceUsdPerYear = e.maintenanceFraction * r->capexUsd;
    r->staffUsdPerYear = e.staffUsdPerYear;
    r->softwareUsdPerYear = e.softwareUsdPerYear;
    r->waterUsdPerYear = r->waterM3PerYear * e.waterUsdPerM3;
    r->heatRevenueUsdPerYear = energy::heatRevenueUsd(in.annualReusedHeatMwh, e);
    r->opexUsdPerYear = r->energyUsdPerYear + r->demandUsdPerYear + r->waterUsdPerYear + r->maintenanceUsdPerYear
                        + r->staffUsdPerYear + r->softwareUsdPerYear - r->heatRevenueUsdPerYear;
    r->tokensPerYear = in.tokensPerS * std::clamp(in.servedUtilization * s.utilization, 0.0, 1.0) * 8760.0 * 3600.0;
    const double annual = r->annualizedCapexUsd + r->opexUsdPerYear;
    r->usdPerMillionTokens = r->tokensPerYear > 0.0 ? annual / (r->tokensPerYear / 1e6) : 0.0;
    r->tokensPerUsd = annual > 0.0 ? r->tokensPerYear / annual : 0.0;
}

} // namespace

TcoResult computeTco(const Project &p, const Catalog &catalog, const TcoInputs &in)
{
    TcoResult r;
    const Economics &e = p.economics;
    // IT systems at their catalog price (labelled assumptions in the catalog).
    for (const Rack &rack : p.racks) {
        const CatalogEntry *sys = rack.system.empty() ? nullptr : catalog.find("systems", rack.system);
        if (sys && rack.systemCount > 0)
            add(r.capex, "it", rack.system, rack.systemCount * sys->data.value("priceUsd", 0.0), e.itLifeYears, true);
    }
    // Network: the planned fabric at its catalog prices (switches, optics and cables by routed
    // length: docs/network.md); switches of other domains and links not ending on a planned
    // switch by switch ports and the transceivers at both ends of optical links and in ports.
    const network::FabricFeed fabric = network::fabricFeed(p, catalog);
    add(r.capex, "network", "fabric: switches, optics, cables", fabric.capexUsd, e.itLifeYears, true);
    r.fabricCapexUsd = fabric.capexUsd;
    const auto planned = [&](const std::string &id) { return fabric.plannedSwitches.count(id) > 0; };
    const double port = unitCost(catalog, "switch-port", "usdPerPort");
    const double optic = unitCost(catalog, "transceiver", "usdPerUnit");
    double network = 0.0;
    for (const Switch &s : p.switches)
        network += planned(s.id) ? 0.0 : s.ports * port + (s.transceiver.empty() ? 0.0 : s.ports * optic);
    for (const Link &l : p.links)
        network += l.transceiver.empty() || planned(l.from) || planned(l.to) ? 0.0 : l.count * optic;
    add(r.capex, "network", "switches and optics", network, e.itLifeYears, true);
    for (const CapexLine &l : r.capex)
        r.networkCapexUsd += l.category == "network" ? l.usd : 0.0;
    // Power chain per stage, by installed (physical) capacity.
    for (const PowerNode &n : p.powerNodes) {
        const double perW = unitCost(catalog, n.type, "usdPerW");
        add(r.capex, "power", n.type, perW * n.ratedW * n.modules, e.facilityLifeYears, true);
    }
    // Cooling by capacity.
    for (const AirUnit &a : p.airUnits)
        add(r.capex, "cooling", "air units", unitCost(catalog, "air-unit", "usdPerW") * a.capacityW, e.facilityLifeYears, true);
    for (const Cdu &c : p.cdus)
        add(r.capex, "cooling", "cdu", unitCost(catalog, "cdu", "usdPerW") * c.capacityW, e.facilityLifeYears, true);
    for (const HeatRejection &h : p.heatRejection)
        add(r.capex, "cooling", h.type, unitCost(catalog, h.type, "usdPerW") * h.capacityW * h.units,
            e.facilityLifeYears, true);
    // Shell and fit-out by IT design load; installation on the equipment outside the IT systems.
    double nameplate = 0.0;
    for (const Rack &rack : p.racks) {
        const CatalogEntry *sys = rack.system.empty() ? nullptr : catalog.find("systems", rack.system);
        if (sys)
            nameplate += rack.systemCount * sys->data.value("maxPowerW", 0.0);
    }
    add(r.capex, "shell", "building, fit-out, land", unitCost(catalog, "shell", "usdPerW") * nameplate,
        e.facilityLifeYears, true);
    double equipment = 0.0;
    for (const CapexLine &l : r.capex)
        if (l.category == "power" || l.category == "cooling" || l.category == "network")
            equipment += l.usd;
    add(r.capex, "installation", "installation and commissioning",
        unitCost(catalog, "installation", "fraction") * equipment, e.facilityLifeYears, true);

    // Water: cooling towers evaporate about 1.8 L per kWh of heat they reject (catalog costs).
    const double litresPerKwh = unitCost(catalog, "water", "litresPerKwh");
    r.waterM3PerYear = in.annualFacilityMwh >= 0.0
                           ? in.annualWaterM3
                           : in.heatRejectedByTowersW * std::clamp(in.utilization, 0.0, 1.0) * 8760.0 / 1000.0
                                 * litresPerKwh / 1000.0;

    evaluate(p, in, {}, &r);

    // Tornado: each input at -20 % and +20 %, the others at their values.
    const std::pair<const char *, double Scale::*> inputs[] = {
        {"electricity tariff", &Scale::tariff}, {"GPU system price", &Scale::itPrice},
        {"utilization", &Scale::utilization},   {"PUE overhead", &Scale::pue},
        {"IT lifetime", &Scale::life}};
    for (const auto &[name, member] : inputs) {
        TcoResult lo = r, hi = r;
        Scale sl, sh;
        sl.*member = 0.8;
        sh.*member = 1.2;
        evaluate(p, in, sl, &lo);
        evaluate(p, in, sh, &hi);
        r.tornado.push_back({name, lo.usdPerMillionTokens, hi.usdPerMillionTokens});
    }
    std::sort(r.tornado.begin(), r.tornado.end(), [](const auto &a, const auto &b) {
        return std::abs(a.high - a.low) > std::abs(b.high - b.low);
    });
    // Failures: a separate line, never folded into $/Mtok (availability.h prices it the same way).
    r.failureLostTokensPerYear = in.failureLostTokensPerYear;
    r.failureLostUsdPerYear = in.failureLostTokensPerYear / 1e6 * r.usdPerMillionTokens
                              + in.failureTrainingLostShare * (r.annualizedCapexUsd + r.opexUsdPerYear);
    return r;
}

TcoInputs tcoInputs(const Project &p, const Catalog &catalog, const twin::TwinResult &w, power::PowerResult *idleOut)
{
    TcoInputs in;
    if (!w.power || !w.throughput)
        return in;
    in.facilityW = w.power->facilityW;
    in.itW = w.power->itW;
    in.peakFacilityW = w.power->facilityW;
    // Every GPU idle: one power solve at zero activity.
    power::PowerOptions idle;
    idle.failureAnalysis = false;
    idle.comparison = false;
    idle.load.defaultActivity = 0.0;
    idle.load.rackNetworkW = power::rackNetworkW(w.power->racks);   // the same gear at any load
    const power::PowerResult idlePower = power::solvePower(p, catalog, idle);
    in.idleFacilityW = idlePower.facilityW;
    in.idleItW = idlePower.itW;
    if (idleOut)
        *idleOut = idlePower;
    // Served tokens and the GPU-weighted utilization of the inference deployments. The energy
    // follows every deployment's, weighted by what its racks draw above idle at the operating
    // point (a training pool is busy most of the year, serves no tokens and draws more per GPU):
    // the busy/idle blend of a site is then the sum of its deployments', and adds up when a
    // deployment moves to another site.
    std::unordered_map<std::string, double> aboveIdleW;
    for (const power::RackLoad &r : w.power->racks)
        aboveIdleW[r.id] += r.inputW;
    for (const power::RackLoad &r : idlePower.racks)
        aboveIdleW[r.id] -= r.inputW;
    double power = 0.0, weighted = 0.0, servedGpus = 0.0, servedWeighted = 0.0;
    for (size_t i = 0; i < w.throughput->deployments.size() && i < p.deployments.size(); ++i) {
        const throughput::DeploymentResult &d = w.throughput->deployments[i];
        if (!d.ok)
            continue;
        double deltaW = 0.0;
        for (const std::string &rack : p.deployments[i].racks)
            if (const auto it = aboveIdleW.find(rack); it != aboveIdleW.end())
                deltaW += std::max(0.0, it->second);
        if (!(deltaW > 0.0))
            deltaW = double(d.gpus);   // no power result for its racks: by GPUs
        power += deltaW;
        weighted += deltaW * p.deployments[i].utilization;
        if (p.deployments[i].mode == "training")
            continue;
        in.tokensPerS += d.op.tokensPerS;
        servedGpus += d.gpus;
        servedWeighted += d.gpus * p.deployments[i].utilization;
    }
    in.utilization = power > 0.0 ? weighted / power : 0.0;
    in.servedUtilization = servedGpus > 0.0 ? servedWeighted / servedGpus : 0.0;
    // Heat rejected by cooling towers: their share of the installed heat-rejection capacity.
    double towers = 0.0, all = 0.0;
    for (const HeatRejection &h : p.heatRejection) {
        all += h.capacityW * h.units;
        if (h.type == "cooling-tower")
            towers += h.capacityW * h.units;
    }
    in.heatRejectedByTowersW = all > 0.0 ? in.facilityW * towers / all : 0.0;
    return in;
}

Json TcoResult::toJson() const
{
    std::map<std::string, double> byCategory;
    for (const CapexLine &l : capex)
        byCategory[l.category] += l.usd;
    Json cat = Json::object();
    for (const auto &[k, v] : byCategory)
        cat[k] = std::round(v);
    Json tor = Json::array();
    for (const Sensitivity &s : tornado)
        tor.push_back(Json{{"input", s.input}, {"low_usd_per_million_tokens", s.low}, {"high_usd_per_million_tokens", s.high}});
    return Json{{"capex_usd", std::round(capexUsd)},
                {"opex_usd_per_year", std::round(opexUsdPerYear)},
                {"usd_per_million_tokens", usdPerMillionTokens},
                {"annual_energy_mwh", std::round(energyMwhPerYear)},
                {"annual_pue", std::round(annualPue * 1000.0) / 1000.0},
                {"tokens_per_usd", tokensPerUsd},
                {"annualized_capex_usd", std::round(annualizedCapexUsd)},
                {"capex_by_category_usd", cat},
                {"network_capex_usd", std::round(networkCapexUsd)},
                {"network_fabric_capex_usd", std::round(fabricCapexUsd)},
                {"opex_usd", Json{{"energy", std::round(energyUsdPerYear)}, {"demand", std::round(demandUsdPerYear)},
                                  {"water", std::round(waterUsdPerYear)}, {"maintenance", std::round(maintenanceUsdPerYear)},
                                  {"staff", std::round(staffUsdPerYear)}, {"software", std::round(softwareUsdPerYear)},
                                  {"heat_reuse_revenue", heatRevenueUsdPerYear > 0.0 ? -std::round(heatRevenueUsdPerYear) : 0.0}}},
                {"water_m3_per_year", std::round(waterM3PerYear)},
                {"tokens_per_year", tokensPerYear},
                {"tornado", tor},
                {"failures", Json{{"lost_tokens_per_year", std::round(failureLostTokensPerYear)},
                                  {"lost_usd_per_year", std::round(failureLostUsdPerYear)}}},
                {"prices_are_assumptions", true}};
}

} // namespace aif::tco
