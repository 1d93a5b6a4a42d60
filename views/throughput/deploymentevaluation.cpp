#include "deploymentevaluation.h"

#include "catalog.h"
#include "project.h"

#include <QObject>

#include <algorithm>

namespace aif {

std::unique_ptr<DeploymentEvaluation>
evaluateDeployment(const Project &project, const Catalog &catalog, const std::string &deploymentId)
{
    auto e = std::make_unique<DeploymentEvaluation>();
    e->id = deploymentId;
    const Deployment *deployment = project.get<Deployment>(deploymentId);
    if (!deployment) {
        e->error = "no deployment '" + deploymentId + "'";
        return e;
    }
    e->setup = throughput::setupDeployment(project, catalog, *deployment, &e->error);
    if (!e->setup)
        return e;
    throughput::ServingConfig &c = e->setup->config;
    e->lowConfidence = lowConfidenceReasons(e->setup->profiles);
    throughput::applyRackConditions(project, {}, e->setup.get());
    if (deployment->mode == "training") {
        e->training = true;
        e->train = throughput::solveDeploymentTraining(catalog, e->setup.get());
        return e;
    }
    e->op = throughput::solveDeploymentServing(catalog, e->setup.get());
    e->pareto = throughput::paretoSweep(c);
    e->waterfall = throughput::techniqueWaterfall(c);
    return e;
}

QStringList lowConfidenceReasons(const throughput::Profiles &profiles)
{
    QStringList reasons;
    const throughput::GpuProfile &gpu = profiles.gpu;
    // Mirrors the solver's confidenceOf(): the efficiencies are fitted on NVIDIA points;
    // other vendors' kernels and interconnects are modelled from datasheets only.
    if (gpu.vendor != "NVIDIA")
        reasons << QObject::tr("%1 GPU: no published serving points were used to check this model")
                       .arg(QString::fromStdString(gpu.vendor));
    if (gpu.confidence == "low")
        reasons << QObject::tr("the catalog marks %1 as low confidence")
                       .arg(QString::fromStdString(gpu.name));
    if (!profiles.engine.calibrated)
        reasons << QObject::tr("%1 is not calibrated: it borrows another engine's efficiencies")
                       .arg(QString::fromStdString(profiles.engine.name));
    return reasons;
}

} // namespace aif
