#pragma once

#include "json.h"

#include <optional>
#include <string>
#include <vector>

namespace aif {
class Catalog;
struct Economics;
struct Site;
}

namespace aif::energy {

struct AnnualResult;

// What a year at the site's weather means for heat reuse, carbon and water (docs/energy.md):
// the solve's `energy` section. Definitions from The Green Grid (ERE and ERF: WP#29, 2010;
// CUE: WP#32, 2010; WUE: WP#35, 2011) and the GHG Protocol Scope 2 Guidance (2015).
struct Sustainability
{
    struct HeatReuse
    {
        double reusedMwh = 0.0;      // heat handed to networks at the fence
        double deliveredMwh = 0.0;   // with the heat pumps' work: what the networks receive
        double heatPumpMwh = 0.0;
        double heatPumpCop = 0.0;    // 0: direct exchange
        double liftK = 0.0;
        double erf = 0.0;            // energy reuse factor: reused / facility energy
        double ere = 0.0;            // energy reuse effectiveness: (facility - reused) / IT
        double pue = 0.0;            // the year's PUE, beside ERE
        double revenueUsd = 0.0;     // reused MWh at the economics' heat price
        int hours = 0;
    } heatReuse;

    struct Carbon
    {
        bool set = false;                 // the site has a grid intensity
        std::string source;               // "site" (typed in) or the bundled data set it came from
        double intensityGPerKwh = 0.0;    // hourly mean of the intensity applied
        double carbonFreeShare = 0.0;
        double scope2LocationT = 0.0;     // grid average
        double scope2T = 0.0;             // market-based: less the carbon-free share
        double cueKgPerKwh = 0.0;         // market-based Scope 2 per IT kWh
        std::optional<double> gPerMtok;   // none without tokens
    } carbon;

    struct Water
    {
        double m3 = 0.0;
        double wueLPerKwh = 0.0;
        std::optional<double> litresPerMtok;
    } water;

    Json toJson() const;
};

// The site with the grid intensity its carbon is counted at: its own when set, else the figure
// of its climate's location (catalog climate, "grid"), whose citation goes to `source` ("site"
// for a typed-in value, empty when there is none). A climate entry may carry a profile instead
// of one yearly figure ("hourlyGCo2PerKwh": 8,760 values, or "monthlyGCo2PerKwh": 12): then
// `hourly` gets one intensity per hour of the year (the bundled entries are yearly; a user
// catalog entry can add a grid operator's or a data vendor's profile).
Site withGridIntensity(const Site &site, const Catalog &catalog, std::string *source,
                       std::vector<double> *hourly = nullptr);

// What the heat networks pay a year for the reused heat (the TCO takes it off the opex).
double heatRevenueUsd(double reusedMwh, const Economics &economics);

// `tokensPerYear` from the TCO (the operating point over the year's utilization). With
// `hourlyGPerKwh` (8,760 values) each hour's energy is counted at that hour's intensity, else at
// the site's.
Sustainability sustainability(const AnnualResult &annual, const Site &site, const Economics &economics,
                              double tokensPerYear, const std::vector<double> *hourlyGPerKwh = nullptr);

} // namespace aif::energy
