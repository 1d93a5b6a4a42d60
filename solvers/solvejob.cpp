#include "solvejob.h"

#include "availability/availability.h"
#include "catalog.h"
#include "power/powersolver.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"
#include "energy/annual.h"
#include "energy/sustainability.h"
#include "network/linkfailures.h"
#include "sites/multisite.h"
#include "sites/siteproject.h"
#include "tco/tco.h"
#include "twin/twin.h"

#include "common/finiteguard.h"
#include "designissues.h"
#include "validation.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace aif {

namespace {

Json violationsJson(const Diagnostics &d)
{
    Json list = Json::array();
    for (const Diagnostic &x : d)
        list.push_back(Json{{"severity", x.isError() ? "error" : "warning"},
                            {"entity", x.entity},
                            {"code", x.code},
                            {"pointer", x.pointer},
                            {"message", x.message}});
    return list;
}

} // namespace

const std::vector<std::string> &availableSolvers()
{
    // Solvers register here as they land (throughput, tco follow).
    static const std::vector<std::string> solvers{"power", "thermal", "throughput", "twin", "tco"};
    return solvers;
}

bool applyScenario(Project &project, const std::string &scenarioId, Diagnostics *diagnostics)
{
    const Scenario *scenario = project.get<Scenario>(scenarioId);
    if (!scenario) {
        diagnostics->push_back({Diagnostic::Severity::Error, "/scenarios", {}, "scenario.missing",
                                "no scenario with id '" + scenarioId + "'"});
        return false;
    }
    const Scenario copy = *scenario;
    bool ok = true;
    for (size_t i = 0; i < copy.overrides.size(); ++i) {
        const Override &o = copy.overrides[i];
        const auto ref = project.find(o.entity);
        const std::string e = ref ? project.setValue(*ref, o.property, o.value) : "no entity '" + o.entity + "'";
        if (!e.empty()) {
            const int index = int(project.find(scenarioId)->index);
            diagnostics->push_back({Diagnostic::Severity::Error,
                                    "/scenarios/" + std::to_string(index) + "/overrides/" + std::to_string(i),
                                    scenarioId, "scenario.override", o.entity + "." + o.property + ": " + e});
            ok = false;
        }
    }
    return ok;
}

SolveResult runSolve(const Project &input, const Catalog &catalog, const SolveOptions &options, Progress *progress)
{
    SolveResult r;
    r.json = Json::object();
    if (progress)
        progress->report(0.0, "validate");
    // A scenario's overrides apply to a copy; without one the input is solved as it is (a
    // 50,000-rack campus takes half a second to copy).
    std::optional<Project> withScenario;
    if (!options.scenario.empty()) {
        withScenario = input;
        if (!applyScenario(*withScenario, options.scenario, &r.violations))
            r.ok = false;
    }
    // The one list of the design's issues the studio's Issues panel and `aif validate` give:
    // validation, then the layout checks (overlaps, clearances; warnings only).
    Diagnostics v = designIssues(withScenario ? *withScenario : input, &catalog);
    r.violations.insert(r.violations.end(), v.begin(), v.end());
    if (hasErrors(r.violations))
        r.ok = false;
    // Out-of-range numbers (each named by a "range" error above) are held at their field's
    // limits for the solve: the studio shows results next to the errors while the user fixes
    // them, and a 1e308 m hall or a 1e9 m elevation must not turn the results into NaN.
    const bool outOfRange = std::any_of(v.begin(), v.end(), [](const Diagnostic &d) { return d.code == "range"; });
    if (outOfRange) {
        if (!withScenario)
            withScenario = input;
        if (const int held = clampToRanges(*withScenario); held > 0)
            r.violations.push_back({Diagnostic::Severity::Warning, {}, {}, "solve.held-at-limits",
                                    std::to_string(held) + " out-of-range value(s) were held at their limits for this "
                                                           "solve; the range errors name them"});
    }
    const Project &project = withScenario ? *withScenario : input;
    r.summary = summarize(project, catalog);

    for (const std::string &name : options.only) {
        bool known = false;
        for (const std::string &s : availableSolvers())
            known = known || s == name;
        if (!known)
            r.violations.push_back({Diagnostic::Severity::Warning, {}, {}, "solver.unavailable",
                                    "solver '" + name + "' is not available in this version"});
    }
    // A latency-bound workload at a site too far from its users (docs/multisite.md).
    for (const Deployment &d : project.deployments) {
        const Site *at = project.get<Site>(sites::deploymentSite(project, d));
        if (at && !sites::withinBudget(*at, d))
            r.violations.push_back({Diagnostic::Severity::Warning, {}, d.id, "site.latency-budget",
                                    d.id + " runs at " + (at->name.empty() ? at->id : at->name) + ", "
                                        + std::to_string(int(std::lround(sites::usersRoundTripS(*at) * 1000.0)))
                                        + " ms round trip from its users: over its "
                                        + std::to_string(int(std::lround(d.latencyBudgetS * 1000.0))) + " ms latency budget"});
    }
    Json sections = Json::object();
    auto wanted = [&](const std::string &name) { return options.only.empty() || options.only.contains(name); };
    // A project that failed to load its references cannot be solved meaningfully; validation
    // errors are reported and the solvers still run on what is consistent (they never crash
    // on bad references: unknown ids are simply not followed).
    if (wanted("power") && !(progress && progress->cancelled())) {
        // Results are built in place and shared: a 50,000-rack result is tens of MB to copy.
        const auto p = std::make_shared<const power::PowerResult>(power::solvePower(project, catalog, {}, progress));
        sections["power"] = p->toJson();
        r.violations.insert(r.violations.end(), p->violations.begin(), p->violations.end());
        r.solversRun.push_back("power");
        r.power = p;
    }
    if (wanted("thermal") && !(progress && progress->cancelled())) {
        thermal::ThermalOptions to;
        to.power = r.power;   // the power solve's heat loads when it ran; else thermal runs it
        to.airField = options.airField;
        to.cellM = options.cellM;
        to.recirculation = options.recirculationSet;
        to.previousFields = options.previousFields;
        if (options.recirculation && !options.airField) {
            // Calibrate T0 from the halls' T1 flow fields, then solve T0 with the matrices.
            const thermal::ThermalResult first = thermal::solveThermal(project, catalog, to, progress);
            to.recirculation = thermal::computeRecirculation(
                project, first, options.cellM > 0.0 ? options.cellM : project.airModel.cellM, progress);
        }
        const auto t = std::make_shared<const thermal::ThermalResult>(thermal::solveThermal(project, catalog, to, progress));
        sections["thermal"] = t->toJson();
        r.violations.insert(r.violations.end(), t->violations.begin(), t->violations.end());
        r.solversRun.push_back("thermal");
        r.thermal = t;
        r.recirculationSet = to.recirculation;
    }
    if (wanted("throughput") && !(progress && progress->cancelled())) {
        // Throttled GPUs (thermal's clock factors) make fewer tokens; the coupled twin also
        // feeds the power back, here it is one pass.
        throughput::ThroughputOptions tp;
        if (r.power)
            tp.offlineRacks = power::unpoweredRacks(project, *r.power);
        tp.offlineRacks.merge(network::isolatedRacks(project));   // cut off by failed links or switches
        tp.rackLinkLoss = network::partialLinkLoss(project);       // some links down: slower collectives
        if (r.thermal) {
            for (const thermal::RackThermal &rt : r.thermal->racks) {
                tp.rackClockFactor[rt.id] = rt.gpu.clockFactor;
                tp.rackLeakageFactor[rt.id] = rt.gpu.leakageFactor;
            }
        }
        const auto t = std::make_shared<const throughput::ThroughputResult>(
            throughput::solveThroughput(project, catalog, tp, progress));
        sections["throughput"] = t->json;
        // Facility level: the servers' tokens per joule over the design PUE (the coupled twin
        // replaces this with the PUE at the operating point and the weather).
        if (r.power && r.power->pue > 0.0)
            sections["throughput"]["tokens_per_joule_facility"] = std::round(t->tokensPerJoule / r.power->pue * 1000.0) / 1000.0;
        r.violations.insert(r.violations.end(), t->violations.begin(), t->violations.end());
        r.solversRun.push_back("throughput");
        r.throughput = t;
    }
    if (wanted("twin") && !(progress && progress->cancelled())) {
        // The operating point: power, thermal and throughput iterated to a fixed point. The
        // sections above stay the design (sizing) answers; this one says what runs.
        twin::TwinOptions wo;
        wo.thermal.airField = false;   // T0 per pass; the T1 field stays a design-time check
        wo.thermal.recirculation = r.recirculationSet;
        const auto w = std::make_shared<const twin::TwinResult>(twin::solveTwin(project, catalog, wo, progress));
        if (!w->cancelled) {
            sections["twin"] = w->toJson();
            r.solversRun.push_back("twin");
            r.twin = w;
            if (!w->converged) {
                r.converged = false;
                r.violations.push_back({Diagnostic::Severity::Warning, {}, {}, "twin.not-converged",
                                        "the coupled twin did not converge in " + std::to_string(w->iterations)
                                            + " passes (residual " + std::to_string(w->residual) + ")"});
            }
        }
    }
    if (wanted("tco") && r.twin && !(progress && progress->cancelled())) {
        // Cost of the operating point the twin found: capex by category, opex, $/Mtok.
        // The year hour by hour at the site's weather, between the busy and idle points.
        power::PowerResult idle;
        tco::TcoInputs in = tco::tcoInputs(project, catalog, *r.twin, &idle);
        // Several sites: each solved at its own weather, tariff and grid, the factory's year
        // their sum (docs/multisite.md); one site: its year here.
        std::optional<Project> atMeanTariff;
        std::shared_ptr<const energy::AnnualResult> annual;
        if (project.sites.size() > 1) {
            auto m = std::make_shared<const sites::MultiSiteResult>(sites::solveSites(project, catalog, options, progress));
            const Json j = m->toJson();
            for (auto it = j.begin(); it != j.end(); ++it)
                sections[it.key()] = it.value();
            r.sites = m;
            annual = m->annual;
            // The factory's energy at the sites' energy-weighted tariff costs what the sites' do.
            atMeanTariff = project;
            atMeanTariff->economics.tariffUsdPerKwh = m->tariffUsdPerKwh;
        }
        if (!annual)
            annual = std::make_shared<const energy::AnnualResult>(
                energy::annualEnergy(project, catalog, *r.twin->power, idle, energy::AnnualOptions{in.utilization}));
        sections["annual"] = annual->toJson();
        if (annual->ok) {
            in.annualFacilityMwh = annual->facilityMwh;
            in.annualItMwh = annual->itMwh;
            in.annualWaterM3 = annual->waterM3;
            in.annualReusedHeatMwh = annual->reusedMwh;
            in.peakFacilityW = annual->peakFacilityW;
            r.annual = annual;
        } else {
            r.violations.push_back({Diagnostic::Severity::Warning, "/sites/0/climate", project.site().id, "energy.no-climate",
                                    annual->error + "; annual energy uses the design heat-rejection temperatures"});
        }
        // Failures at this operating point: their lost tokens and training goodput go into the
        // TCO's failure line, priced at its $/Mtok and annual cost (docs/availability.md).
        availability::AvailabilityOptions ao;
        ao.sparesTarget = options.sparesTarget;
        ao.throughput = r.twin->throughput.get();
        auto avail = std::make_shared<availability::AvailabilityResult>(
            availability::solveAvailability(project, catalog, ao));
        in.failureLostTokensPerYear = avail->lostTokensPerYear;
        in.failureTrainingLostShare = avail->trainingLostShare();
        const auto c = std::make_shared<const tco::TcoResult>(
            tco::computeTco(atMeanTariff ? *atMeanTariff : project, catalog, in));
        sections["tco"] = c->toJson();
        r.solversRun.push_back("tco");
        r.tco = c;
        availability::priceLosses(*avail, c->usdPerMillionTokens, c->annualizedCapexUsd + c->opexUsdPerYear);
        sections["availability"] = avail->toJson();
        r.availability = avail;
        // Heat reuse, carbon and water of the year (docs/energy.md), per token with the TCO's tokens.
        if (r.sites && r.sites->energy && r.annual) {
            sections["energy"] = r.sites->energy->toJson();
            r.energy = r.sites->energy;
        } else if (r.annual) {
            std::string source;
            std::vector<double> hourly;
            const Site site = energy::withGridIntensity(project.site(), catalog, &source, &hourly);
            auto s = std::make_shared<energy::Sustainability>(
                energy::sustainability(*r.annual, site, project.economics, c->tokensPerYear, &hourly));
            s->carbon.source = source;
            sections["energy"] = s->toJson();
            r.energy = s;
        }
    }
    if (progress && progress->cancelled()) {
        r.cancelled = true;
        r.ok = false;
    }

    r.json["generator"] = std::string("aif ") + AIF_VERSION_STRING;
    r.json["scenario"] = options.scenario;
    r.json["solvers_run"] = r.solversRun;
    r.json["summary"] = r.summary.toJson();
    for (auto it = sections.begin(); it != sections.end(); ++it)
        r.json[it.key()] = std::move(it.value());
    // The last guard: a NaN or infinity that got past the solvers' own checks is reported as
    // an error naming where it is, never printed as "nan" or shown as a number.
    if (guardFinite(r.json, &r.violations) > 0)
        r.ok = false;
    r.json["violations"] = violationsJson(r.violations);
    if (progress)
        progress->report(1.0, "done");
    return r;
}

} // namespace aif
