#include "multisite.h"

#include "catalog.h"
#include "common/progress.h"
#include "common/summary.h"
#include "network/dci.h"
#include "power/powersolver.h"
#include "siteproject.h"
#include "solvejob.h"
#include "tco/tco.h"
#include "twin/twin.h"

#include <algorithm>
#include <cmath>

namespace aif::sites {

namespace {

SiteResult solveOne(const Project &p, const Site &site, const Catalog &catalog, const SolveOptions &options,
                    Progress *progress, double from, double span)
{
    SiteResult s;
    s.id = site.id;
    s.name = site.name;
    s.location = site.location;
    s.climate = site.climate;
    s.tariffUsdPerKwh = site.tariffUsdPerKwh > 0.0 ? site.tariffUsdPerKwh : p.economics.tariffUsdPerKwh;
    s.usersRoundTripS = usersRoundTripS(site);
    for (const Deployment &d : p.deployments) {
        if (deploymentSite(p, d) != site.id)
            continue;
        Placement pl;
        pl.id = d.id;
        pl.mode = d.mode;
        pl.latencyBudgetS = d.latencyBudgetS;
        pl.roundTripS = s.usersRoundTripS;
        pl.withinBudget = withinBudget(site, d);
        pl.allowedSites = allowedSites(p, d);
        s.deployments.push_back(std::move(pl));
    }
    Project sub = siteProject(p, site.id);
    // Staff and software are the factory's: each site carries its share by nameplate IT power,
    // so the sites' costs add up to the factory's instead of counting them once per site.
    const double whole = summarize(p, catalog).nameplateItW;
    const double share = whole > 0.0 ? summarize(sub, catalog).nameplateItW / whole : 1.0 / double(p.sites.size());
    sub.economics.staffUsdPerYear *= share;
    sub.economics.softwareUsdPerYear *= share;
    s.halls = int(sub.halls.size());
    s.racks = int(sub.racks.size());
    if (sub.halls.empty()) {
        s.error = "no halls on this site";
        return s;
    }
    SolveOptions o = options;
    o.scenario.clear();   // applied to the whole project before the split
    o.only.clear();
    o.recirculationSet = {};
    o.previousFields.clear();
    Progress child([&](double f, const std::string &stage) {
        if (progress)
            progress->report(from + span * f, (site.name.empty() ? site.id : site.name) + ": " + stage);
    });
    const SolveResult r = runSolve(sub, catalog, o, &child);
    s.gpus = r.summary.gpus;
    if (r.twin && r.twin->power) {
        s.itW = r.twin->power->itW;
        s.facilityW = r.twin->power->facilityW;
    }
    if (!r.tco) {
        s.error = r.violations.empty() ? "the site could not be solved" : r.violations.front().message;
        return s;
    }
    s.solved = true;
    s.tokensPerYear = r.tco->tokensPerYear;
    s.annualCostUsd = r.tco->annualizedCapexUsd + r.tco->opexUsdPerYear;
    s.energyUsdPerYear = r.tco->energyUsdPerYear;
    s.usdPerMtok = r.tco->usdPerMillionTokens;
    s.annual = r.annual;
    s.energy = r.energy;
    return s;
}

SiteLink siteLink(const Link &l, const Catalog &catalog)
{
    SiteLink s;
    s.id = l.id;
    s.from = l.from;
    s.to = l.to;
    s.distanceKm = l.lengthM / 1000.0;
    s.bandwidthGbps = l.count * l.speedGbps;
    s.failedLinks = l.failedLinks;
    network::DciInput in;
    in.distanceKm = s.distanceKm;
    in.bandwidthTbps = s.bandwidthGbps / 1000.0;
    // Owned optics where they reach (cheapest first), else a carrier's leased wavelengths.
    network::DciResult d = network::planDci(in, catalog);
    if (!d.error.empty()) {
        in.option = "leased";
        if (network::DciResult leased = network::planDci(in, catalog); leased.error.empty())
            d = std::move(leased);
    }
    s.error = d.error;
    s.medium = d.medium;
    s.powerW = d.powerW;
    s.capexUsd = d.capexUsd;
    // Without a plan the fibre alone still sets the latency.
    s.latencyMs = d.error.empty() ? d.latencyMs : network::fibreLatencyMs(s.distanceKm);
    return s;
}

} // namespace

MultiSiteResult solveSites(const Project &p, const Catalog &catalog, const SolveOptions &options, Progress *progress)
{
    MultiSiteResult m;
    const double span = 1.0 / double(std::max<size_t>(1, p.sites.size()));
    for (size_t i = 0; i < p.sites.size(); ++i) {
        if (progress && progress->cancelled()) {
            m.cancelled = true;
            return m;
        }
        m.sites.push_back(solveOne(p, p.sites[i], catalog, options, progress, double(i) * span, span));
    }
    for (const Link &l : p.links)
        if (p.get<Site>(l.from) && p.get<Site>(l.to))
            m.links.push_back(siteLink(l, catalog));

    std::vector<const energy::AnnualResult *> years;
    std::vector<const energy::Sustainability *> parts;
    double energyUsd = 0.0, energyMwh = 0.0;
    bool allYears = true;
    for (const SiteResult &s : m.sites) {
        m.tokensPerYear += s.tokensPerYear;
        m.annualCostUsd += s.annualCostUsd;
        if (!s.solved)
            continue;   // a site without halls adds nothing
        allYears = allYears && s.annual && s.energy;
        if (s.annual && s.energy) {
            years.push_back(s.annual.get());
            parts.push_back(s.energy.get());
            energyMwh += s.annual->facilityMwh;
            energyUsd += s.annual->facilityMwh * s.tariffUsdPerKwh;
        }
    }
    m.usdPerMtok = m.tokensPerYear > 0.0 ? m.annualCostUsd / (m.tokensPerYear / 1e6) : 0.0;
    m.tariffUsdPerKwh = energyMwh > 0.0 ? energyUsd / energyMwh : p.economics.tariffUsdPerKwh;
    if (allYears && !years.empty()) {
        auto whole = std::make_shared<energy::AnnualResult>(combineAnnual(years));
        m.energy = std::make_shared<const energy::Sustainability>(combineSustainability(parts, *whole, m.tokensPerYear));
        m.annual = std::move(whole);
    }
    return m;
}

} // namespace aif::sites
