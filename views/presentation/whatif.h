#pragma once

#include "report/keyfigures.h"
#include "solvejob.h"

#include <QString>

#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace aif {

class Catalog;
class Progress;

// The presentation's live levers, applied to its own copy of the project (never the studio's
// document). NaN or empty: the design as it is.
struct WhatIf
{
    static constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();
    double tariffUsdPerKwh = kUnset; // economics.tariffUsdPerKwh
    double utilization = kUnset;     // every deployment's utilization (share of the year)
    std::string system;              // catalog system swapped into the design's GPU racks
    double pueTarget = kUnset;       // shown beside the solved PUE, never written into it
};

// A catalog system the design's GPU racks could hold instead of theirs.
struct SystemChoice
{
    std::string id;
    QString name;
    int perRack = 0; // systems per rack after the swap (same GPUs per rack)
};

// The system most of the design's GPU racks hold ("" when none has one).
std::string designSystem(const Project &project);
// Systems that fit the racks of designSystem(): the same cooling (air or liquid), a single-rack
// system (no supernode parts), the same GPUs per rack in whole systems, and a nameplate within
// every such rack's power budget (or, without a budget, within what the rack holds today, which
// its feeds and cooling were sized for). The design's own system comes first. `why` says what
// ruled the others out when nothing else fits.
std::vector<SystemChoice> systemChoices(const Project &project, const Catalog &catalog,
                                        QString *why = nullptr);
// Applies the levers to the copy; false (with the reason) when the system does not fit.
bool applyWhatIf(Project &project, const Catalog &catalog, const WhatIf &whatIf, QString *why);

struct WhatIfOutcome
{
    bool ok = false;
    QString error;
    std::shared_ptr<const SolveResult> solve;
    std::shared_ptr<const SolveResult> sceneResult; // the operating point, for plan and 3D
    std::shared_ptr<const Project> project;          // the copy that was solved
    std::vector<KeyFigure> figures;                  // keyFigures(*solve)
    double solveMs = 0.0;                            // runSolve alone, wall clock
    // The TCO formula at the PUE target (NaN without one or without a TCO result).
    double targetPue = WhatIf::kUnset;
    double usdPerMtokAtTarget = WhatIf::kUnset;
    double pueAtTarget = WhatIf::kUnset; // the TCO's annual PUE in that evaluation (= target)
};

// The solvers $/Mtok needs: the coupled twin runs power, thermal and throughput itself.
SolveOptions presentationSolveOptions();
// Applies the levers to a copy, solves it and evaluates the PUE target. Worker-thread safe.
WhatIfOutcome solveWhatIf(Project project, const Catalog &catalog, const WhatIf &whatIf,
                          Progress *progress = nullptr);

// $/Mtok by tco::computeTco with the overhead above IT (cooling and power-chain losses) scaled
// so the year's PUE equals `target`: the lever the TCO tornado's "PUE overhead" moves. Capex and
// tokens are unchanged. NaN when the solve has no twin or no TCO. pueOut: the PUE reached.
double usdPerMtokAtPue(const Project &project, const Catalog &catalog, const SolveResult &result,
                       double target, double *pueOut = nullptr);

} // namespace aif
