#pragma once

#include "throughput/techniques.h"
#include "throughput/throughputsolver.h"
#include "throughput/training.h"

#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace aif {

class Catalog;
struct Project;

// One deployment evaluated for the Throughput tab: its operating point, the Pareto sweep and
// the technique waterfall, computed on the GUI thread after each edit (one deployment costs
// milliseconds; the whole-project solve stays on the solve job's worker thread). Power caps
// and node overhead are applied as the throughput solver does, at design conditions (no
// thermal throttling from the coupled twin).
struct DeploymentEvaluation
{
    std::string id;
    std::string error; // setup failed (unknown model, mixed GPUs, ...)
    std::unique_ptr<throughput::DeploymentSetup> setup; // owns what config points into
    bool training = false; // mode "training": `train` holds the answer, not `op`
    throughput::OperatingPoint op;
    throughput::TrainingPoint train;
    std::vector<throughput::ParetoPoint> pareto;
    std::vector<throughput::WaterfallStep> waterfall;
    QStringList lowConfidence; // why the numbers deserve less trust; empty: high
    QString fitCaveat;         // the efficiency cell used is implausible against the datasheet; empty: fine

    bool ok() const { return setup != nullptr; }
    const throughput::ServingConfig *config() const { return setup ? &setup->config : nullptr; }
};

std::unique_ptr<DeploymentEvaluation>
evaluateDeployment(const Project &project, const Catalog &catalog, const std::string &deploymentId);

// The same reasons the throughput solver reports as confidence "low": GPUs outside NVIDIA's
// calibration points (AMD, Huawei Ascend), a catalog GPU marked low confidence, and an
// engine whose efficiencies were not fitted to published points but borrowed.
QStringList lowConfidenceReasons(const throughput::Profiles &profiles);

// What the solver's cell bound (throughput/cellbounds.h) says about the efficiency cell this
// GPU, engine and precision resolve to, in the studio's language; empty when the cell is
// plausible.
QString fitCaveat(const throughput::GpuProfile &gpu, const throughput::EngineProfile &engine, throughput::Precision p);

} // namespace aif
