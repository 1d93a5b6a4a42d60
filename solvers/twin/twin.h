#pragma once

#include "common/progress.h"
#include "json.h"
#include "power/powersolver.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"

#include <memory>
#include <vector>

namespace aif {
class Catalog;
struct Project;
}

namespace aif::twin {

// The coupled operating point (docs/twin.md): power, thermal and throughput iterated to a
// fixed point. GPU power follows the deployments' activity and the junction temperature
// (leakage); junctions follow coolant and air; hot junctions throttle the clock, which makes
// fewer tokens and changes the activity again. Racks in no deployment idle.
struct TwinOptions
{
    int maxIterations = 30;
    double tolerance = 1e-4;         // relative change of rack power and tokens/s between passes
    double idleActivity = 0.0;       // racks that serve no deployment
    thermal::ThermalOptions thermal; // tier and air-field choices (power is filled in)
};

// A few headline figures, before (one uncoupled pass) and after coupling.
struct TwinFigures
{
    double itW = 0.0;
    double facilityW = 0.0;
    double pue = 0.0;
    double tokensPerS = 0.0;
    double tokensPerJoule = 0.0;     // facility level
    double maxJunctionC = 0.0;
    int throttledRacks = 0;
};

struct TwinResult
{
    bool converged = false;
    bool cancelled = false;
    int iterations = 0;
    double residual = 0.0;
    std::vector<double> residualHistory;
    TwinFigures uncoupled;
    TwinFigures coupled;
    std::shared_ptr<const power::PowerResult> power;
    std::shared_ptr<const thermal::ThermalResult> thermal;
    std::shared_ptr<const throughput::ThroughputResult> throughput;
    Json toJson() const;
};

TwinResult solveTwin(const Project &project, const Catalog &catalog, const TwinOptions &options,
                     Progress *progress = nullptr);

} // namespace aif::twin
