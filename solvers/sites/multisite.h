#pragma once

#include "energy/annual.h"
#include "energy/sustainability.h"
#include "json.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aif {
class Catalog;
class Progress;
struct Project;
struct SolveOptions;
}

namespace aif::sites {

// Where a deployment runs and where it may run (its latency budget against each site's users).
struct Placement
{
    std::string id;
    std::string mode;
    double latencyBudgetS = 0.0;   // 0: not latency-bound
    double roundTripS = 0.0;       // to the users of the site it runs at
    bool withinBudget = true;
    std::vector<std::string> allowedSites;
};

// One site's answer: its part of the factory solved at its own weather, tariff and grid.
struct SiteResult
{
    std::string id, name, location, climate;
    bool solved = false;
    std::string error;            // why not (no halls, no climate ...)
    int halls = 0, racks = 0, gpus = 0;
    double tariffUsdPerKwh = 0.0;
    double usersRoundTripS = 0.0;
    double itW = 0.0, facilityW = 0.0;   // at the operating point
    double tokensPerYear = 0.0;
    double annualCostUsd = 0.0;          // annualized capex + opex
    double energyUsdPerYear = 0.0;
    double usdPerMtok = 0.0;
    std::vector<Placement> deployments;
    std::shared_ptr<const energy::AnnualResult> annual;
    std::shared_ptr<const energy::Sustainability> energy;
};

// A scale-across link between two sites: its route, bandwidth and latency, and what the
// scale-across planner (network/dci) would build for it.
struct SiteLink
{
    std::string id, from, to;
    double distanceKm = 0.0;
    double bandwidthGbps = 0.0;     // one way, the group's links together
    int failedLinks = 0;
    double latencyMs = 0.0;         // one way, fibre and equipment
    std::string medium;             // zr, zr+, leased ... (empty: none reaches)
    double powerW = 0.0, capexUsd = 0.0;
    std::string error;
};

struct MultiSiteResult
{
    std::vector<SiteResult> sites;
    std::vector<SiteLink> links;
    // The whole factory: the sites' years added up (ratios from the sums).
    double tokensPerYear = 0.0;
    double annualCostUsd = 0.0;
    double usdPerMtok = 0.0;
    std::shared_ptr<const energy::AnnualResult> annual;        // null unless every site has its year
    std::shared_ptr<const energy::Sustainability> energy;
    double tariffUsdPerKwh = 0.0;   // energy-weighted mean of the sites' tariffs
    bool cancelled = false;

    Json toJson() const;
};

// Solves each site of a project with several sites on its own (runSolve on siteProject) and adds
// them up. `options` are the whole solve's, less the scenario (applied before the split).
MultiSiteResult solveSites(const Project &project, const Catalog &catalog, const SolveOptions &options,
                           Progress *progress);

// The year of several sites as one: energies, water and heat added hour by hour, ratios from the sums.
energy::AnnualResult combineAnnual(const std::vector<const energy::AnnualResult *> &years);
// Their heat reuse, carbon and water as one; `whole` is combineAnnual of the same years.
energy::Sustainability combineSustainability(const std::vector<const energy::Sustainability *> &parts,
                                             const energy::AnnualResult &whole, double tokensPerYear);

} // namespace aif::sites
