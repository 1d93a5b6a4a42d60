#include "multisite.h"

#include <cmath>

namespace aif::sites {

namespace {

constexpr double kSiteSecondsPerYear = 8760.0 * 3600.0;

double siteRound3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// Carbon, water and heat of one year (a site's or the factory's); unknown figures are null.
void addYear(Json &j, const energy::AnnualResult *a, const energy::Sustainability *e)
{
    if (!a || !e) {
        for (const char *k : {"annual_energy_mwh", "it_energy_mwh", "pue", "ere", "reused_mwh", "scope2_t",
                              "intensity_g_per_kwh", "intensity_source", "g_per_mtok", "wue", "l_per_mtok"})
            j[k] = nullptr;
        return;
    }
    j["annual_energy_mwh"] = std::round(a->facilityMwh);
    j["it_energy_mwh"] = std::round(a->itMwh);
    j["pue"] = siteRound3(a->pue);
    j["ere"] = siteRound3(e->heatReuse.ere);
    j["reused_mwh"] = std::round(e->heatReuse.reusedMwh);
    const bool c = e->carbon.set;
    j["scope2_t"] = c ? Json(std::round(e->carbon.scope2T * 10.0) / 10.0) : Json(nullptr);
    j["intensity_g_per_kwh"] = c ? Json(siteRound3(e->carbon.intensityGPerKwh)) : Json(nullptr);
    j["intensity_source"] = e->carbon.source;
    j["g_per_mtok"] = c && e->carbon.gPerMtok ? Json(siteRound3(*e->carbon.gPerMtok)) : Json(nullptr);
    j["wue"] = siteRound3(e->water.wueLPerKwh);
    j["l_per_mtok"] = e->water.litresPerMtok ? Json(siteRound3(*e->water.litresPerMtok)) : Json(nullptr);
}

} // namespace

Json MultiSiteResult::toJson() const
{
    Json list = Json::array();
    for (const SiteResult &s : sites) {
        Json j;
        j["id"] = s.id;
        j["name"] = s.name;
        j["location"] = s.location;
        j["climate"] = s.climate;
        j["solved"] = s.solved;
        if (!s.error.empty())
            j["error"] = s.error;
        j["halls"] = s.halls;
        j["racks"] = s.racks;
        j["gpus"] = s.gpus;
        j["it_kw"] = std::round(s.itW / 1000.0);
        j["facility_kw"] = std::round(s.facilityW / 1000.0);
        j["tariff_usd_per_kwh"] = siteRound3(s.tariffUsdPerKwh);
        j["users_rtt_ms"] = siteRound3(s.usersRoundTripS * 1000.0);
        j["tokens_per_year"] = std::round(s.tokensPerYear);
        j["tokens_per_s"] = std::round(s.tokensPerYear / kSiteSecondsPerYear);
        j["annual_cost_usd"] = std::round(s.annualCostUsd);
        j["energy_cost_usd"] = std::round(s.energyUsdPerYear);
        j["usd_per_mtok"] = s.tokensPerYear > 0.0 ? Json(siteRound3(s.usdPerMtok)) : Json(nullptr);
        addYear(j, s.annual.get(), s.energy.get());
        Json deps = Json::array();
        for (const Placement &p : s.deployments)
            deps.push_back({{"id", p.id}, {"mode", p.mode},
                            {"latency_budget_ms", p.latencyBudgetS > 0.0 ? Json(siteRound3(p.latencyBudgetS * 1000.0)) : Json(nullptr)},
                            {"users_rtt_ms", siteRound3(p.roundTripS * 1000.0)}, {"within_budget", p.withinBudget},
                            {"may_run_at", p.allowedSites}});
        j["deployments"] = deps;
        list.push_back(std::move(j));
    }
    Json links = Json::array();
    for (const SiteLink &l : this->links) {
        Json j = {{"id", l.id}, {"from", l.from}, {"to", l.to}, {"distance_km", siteRound3(l.distanceKm)},
                  {"bandwidth_gbps", siteRound3(l.bandwidthGbps)}, {"failed_links", l.failedLinks},
                  {"latency_ms", siteRound3(l.latencyMs)}, {"medium", l.medium},
                  {"power_kw", siteRound3(l.powerW / 1000.0)}, {"capex_usd", std::round(l.capexUsd)}};
        if (!l.error.empty())
            j["error"] = l.error;
        links.push_back(std::move(j));
    }
    Json factory;
    factory["sites"] = int(sites.size());
    factory["tokens_per_year"] = std::round(tokensPerYear);
    factory["tokens_per_s"] = std::round(tokensPerYear / kSiteSecondsPerYear);
    factory["annual_cost_usd"] = std::round(annualCostUsd);
    factory["usd_per_mtok"] = tokensPerYear > 0.0 ? Json(siteRound3(usdPerMtok)) : Json(nullptr);
    factory["tariff_usd_per_kwh"] = siteRound3(tariffUsdPerKwh);
    addYear(factory, annual.get(), energy.get());
    return {{"sites", list}, {"site_links", links}, {"factory", factory}};
}

} // namespace aif::sites
