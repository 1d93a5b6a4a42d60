#pragma once

#include "common/progress.h"
#include "common/summary.h"
#include "diagnostic.h"
#include "json.h"
#include "project.h"
#include "thermal/airfieldcoupling.h"

#include <memory>
#include <set>
#include <string>

namespace aif {

class Catalog;
namespace power {
struct PowerResult;
}
namespace thermal {
struct ThermalResult;
}
namespace throughput {
struct ThroughputResult;
}
namespace twin {
struct TwinResult;
}
namespace tco {
struct TcoResult;
}
namespace energy {
struct AnnualResult;
struct Sustainability;
}
namespace availability {
struct AvailabilityResult;
}
namespace sites {
struct MultiSiteResult;
}

struct SolveOptions
{
    std::set<std::string> only;   // solver names to run; empty = all that exist
    std::string scenario;         // apply this scenario's overrides first
    bool airField = false;        // thermal tier T1: 3D air field of each hall
    double cellM = 0.0;           // its grid size; 0: the project's airModel.cellM (0.3 m)
    bool recirculation = false;   // thermal T0 with heat-recirculation matrices from each hall's T1 flow
    thermal::RecirculationSet recirculationSet;   // matrices from an earlier calibration, reused
    std::vector<thermal::HallAirField> previousFields;   // warm start for the T1 field
    double sparesTarget = 0.99;   // availability: P(failures in one repair time <= spares)
};

struct SolveResult
{
    bool ok = true;               // false: input invalid or cancelled; see violations
    bool cancelled = false;
    bool converged = true;        // the coupled twin reports non-convergence here (exit code 3)
    std::vector<std::string> solversRun;
    DesignSummary summary;
    Diagnostics violations;
    Json json;                    // the `aif solve --json` document
    std::shared_ptr<const power::PowerResult> power;   // null when the power solver did not run
    std::shared_ptr<const thermal::ThermalResult> thermal;
    std::shared_ptr<const throughput::ThroughputResult> throughput;
    std::shared_ptr<const twin::TwinResult> twin;   // the coupled operating point
    std::shared_ptr<const tco::TcoResult> tco;       // cost of that operating point
    std::shared_ptr<const energy::AnnualResult> annual;   // its year at the site's weather
    std::shared_ptr<const energy::Sustainability> energy;   // heat reuse, carbon, water of that year
    // Failures, goodput, spares and lost tokens at the operating point (with tco; docs/availability.md).
    std::shared_ptr<const availability::AvailabilityResult> availability;
    thermal::RecirculationSet recirculationSet;   // the matrices this solve used (to reuse)
    // Several sites: each one's answer and the factory's sums (null with one site).
    std::shared_ptr<const sites::MultiSiteResult> sites;
};

// The one solve job the GUI's Solve button and `aif solve` both run: apply the scenario,
// validate, run the requested solvers, assemble the result. A pure function of its inputs.
SolveResult runSolve(const Project &project, const Catalog &catalog, const SolveOptions &options,
                     Progress *progress = nullptr);

// Names of the solvers this build has, in run order.
const std::vector<std::string> &availableSolvers();

// Applies a scenario's overrides to a copy of the project. Errors name the override.
bool applyScenario(Project &project, const std::string &scenarioId, Diagnostics *diagnostics);

} // namespace aif
