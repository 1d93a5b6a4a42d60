#include "sustainability.h"

#include "annual.h"
#include "catalog.h"
#include "project.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace aif::energy {

double heatRevenueUsd(double reusedMwh, const Economics &economics)
{
    return reusedMwh * 1000.0 * economics.heatPriceUsdPerKwh;
}

namespace {

// The 8,760 hours' intensities of a profile: hourly as given, monthly spread over each month's
// hours (a non-leap year, as the weather year), else empty.
std::vector<double> profileHours(const Json &grid)
{
    std::vector<double> hours;
    const Json hourly = grid.value("hourlyGCo2PerKwh", Json::array());
    const Json monthly = grid.value("monthlyGCo2PerKwh", Json::array());
    auto valid = [](const Json &v) { return v.is_number() && std::isfinite(v.get<double>()) && v.get<double>() >= 0.0; };
    if (hourly.size() == 8760 && std::all_of(hourly.begin(), hourly.end(), valid)) {
        for (const Json &v : hourly)
            hours.push_back(v.get<double>());
    } else if (monthly.size() == 12 && std::all_of(monthly.begin(), monthly.end(), valid)) {
        static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        for (int m = 0; m < 12; ++m)
            hours.insert(hours.end(), size_t(kDays[m] * 24), monthly[size_t(m)].get<double>());
    }
    return hours;
}

} // namespace

Site withGridIntensity(const Site &site, const Catalog &catalog, std::string *source, std::vector<double> *hourly)
{
    Site s = site;
    source->clear();
    if (hourly)
        hourly->clear();
    if (s.gridCarbonGPerKwh > 0.0) {
        *source = "site";
        return s;
    }
    const Json *climate = s.climate.empty() ? nullptr : catalog.entry("climate", s.climate);
    const Json grid = climate ? climate->value("grid", Json::object()) : Json::object();
    std::vector<double> profile = profileHours(grid);
    double g = grid.value("gCo2PerKwh", 0.0);
    if (!profile.empty() && !(g > 0.0))
        g = std::accumulate(profile.begin(), profile.end(), 0.0) / double(profile.size());
    if (g > 0.0 && std::isfinite(g)) {
        s.gridCarbonGPerKwh = g;
        *source = grid.value("area", std::string()) + " " + std::to_string(grid.value("year", 0)) + ": "
                  + grid.value("source", std::string()) + (profile.empty() ? "" : " (hourly profile)");
        if (hourly)
            *hourly = std::move(profile);
    }
    return s;
}

Sustainability sustainability(const AnnualResult &a, const Site &site, const Economics &e, double tokensPerYear,
                              const std::vector<double> *hourlyGPerKwh)
{
    Sustainability s;
    Sustainability::HeatReuse &h = s.heatReuse;
    h.reusedMwh = a.reusedMwh;
    h.heatPumpMwh = a.heatPumpMwh;
    h.deliveredMwh = a.reusedMwh + a.heatPumpMwh;
    h.heatPumpCop = a.heatPumpCop;
    h.liftK = a.heatPumpLiftK;
    h.hours = a.reuseHours;
    h.pue = a.pue;
    if (a.facilityMwh > 0.0)
        h.erf = a.reusedMwh / a.facilityMwh;
    if (a.itMwh > 0.0)
        h.ere = (a.facilityMwh - a.reusedMwh) / a.itMwh;
    h.revenueUsd = heatRevenueUsd(a.reusedMwh, e);

    // Scope 2 hour by hour: each hour's facility energy at that hour's grid intensity. The
    // bundled data has one intensity per site (Site::gridCarbonGPerKwh), so every hour carries it.
    Sustainability::Carbon &c = s.carbon;
    c.set = site.gridCarbonGPerKwh > 0.0;
    c.carbonFreeShare = std::clamp(site.carbonFreeShare, 0.0, 1.0);
    const bool profile = hourlyGPerKwh && hourlyGPerKwh->size() == a.hourlyFacilityW.size();
    double grams = 0.0, kwh = 0.0;
    for (size_t i = 0; i < a.hourlyFacilityW.size(); ++i) {
        const double hourKwh = double(a.hourlyFacilityW[i]) / 1000.0;   // W over one hour
        grams += hourKwh * (profile ? (*hourlyGPerKwh)[i] : site.gridCarbonGPerKwh);
        kwh += hourKwh;
    }
    c.intensityGPerKwh = kwh > 0.0 ? grams / kwh : site.gridCarbonGPerKwh;
    c.scope2LocationT = grams / 1e6;
    c.scope2T = c.scope2LocationT * (1.0 - c.carbonFreeShare);
    if (a.itMwh > 0.0)
        c.cueKgPerKwh = c.scope2T * 1000.0 / (a.itMwh * 1000.0);
    if (tokensPerYear > 0.0)
        c.gPerMtok = c.scope2T * 1e6 / (tokensPerYear / 1e6);

    Sustainability::Water &w = s.water;
    w.m3 = a.waterM3;
    w.wueLPerKwh = a.wueLPerKwh;
    if (tokensPerYear > 0.0)
        w.litresPerMtok = a.waterM3 * 1000.0 / (tokensPerYear / 1e6);
    return s;
}

Json Sustainability::toJson() const
{
    auto r3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    // Ratios keep four significant digits: a small ERF or CUE is not rounded away.
    auto sig4 = [](double v) {
        if (v == 0.0 || !std::isfinite(v))
            return v;
        const double scale = std::pow(10.0, 3 - int(std::floor(std::log10(std::abs(v)))));
        return std::round(v * scale) / scale;
    };
    auto orNull = [&](const std::optional<double> &v) { return v ? Json(sig4(*v)) : Json(nullptr); };
    Json j;
    j["heat_reuse"] = {{"reused_mwh", r3(heatReuse.reusedMwh)},
                       {"delivered_mwh", std::round(heatReuse.deliveredMwh)},
                       {"heat_pump_mwh", std::round(heatReuse.heatPumpMwh)},
                       {"heat_pump_cop", r3(heatReuse.heatPumpCop)},
                       {"lift_k", r3(heatReuse.liftK)},
                       {"hours", heatReuse.hours},
                       {"erf", sig4(heatReuse.erf)},
                       {"ere", sig4(heatReuse.ere)},
                       {"pue", r3(heatReuse.pue)},
                       {"revenue_usd", std::round(heatReuse.revenueUsd)}};
    // Without a grid intensity the figures are unknown, not zero.
    j["carbon"] = {{"intensity_g_per_kwh", carbon.set ? Json(r3(carbon.intensityGPerKwh)) : Json(nullptr)},
                   {"intensity_source", carbon.source},
                   {"carbon_free_share", r3(carbon.carbonFreeShare)},
                   {"scope2_t", carbon.set ? Json(sig4(carbon.scope2T)) : Json(nullptr)},
                   {"scope2_location_t", carbon.set ? Json(sig4(carbon.scope2LocationT)) : Json(nullptr)},
                   {"cue", carbon.set ? Json(sig4(carbon.cueKgPerKwh)) : Json(nullptr)},
                   {"g_per_mtok", carbon.set ? orNull(carbon.gPerMtok) : Json(nullptr)}};
    j["water"] = {{"m3", r3(water.m3)}, {"wue", r3(water.wueLPerKwh)}, {"l_per_mtok", orNull(water.litresPerMtok)}};
    return j;
}

} // namespace aif::energy
