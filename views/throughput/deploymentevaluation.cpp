#include "deploymentevaluation.h"

#include "catalog.h"
#include "project.h"
#include "throughput/cellbounds.h"

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
    e->fitCaveat = fitCaveat(*c.gpu, *c.engine, c.precision);
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

QString fitCaveat(const throughput::GpuProfile &gpu, const throughput::EngineProfile &engine, throughput::Precision p)
{
    const throughput::CellBound b = throughput::cellBound(gpu, engine, p);
    const QString cell = QString::fromStdString(b.cell);
    QStringList parts;
    if (b.gemmAbovePeak)
        parts << QObject::tr("the %1 efficiencies credit GEMMs with %2 % of the datasheet peak")
                     .arg(cell)
                     .arg(100.0 * b.gemmShareOfPeak, 0, 'f', 0);
    if (b.memoryAboveCopy)
        parts << QObject::tr("the %1 efficiencies stream memory faster than the GPU's measured copy bandwidth (%2 % of the HBM peak)")
                     .arg(cell)
                     .arg(100.0 * b.memoryShareOfPeak, 0, 'f', 0);
    if (b.memoryLow)
        parts << QObject::tr("the %1 efficiencies stream memory at %2 % of the HBM peak, so decodes that mostly "
                             "stream weights (small batches) are likely under-predicted")
                     .arg(cell)
                     .arg(100.0 * b.memoryShareOfPeak, 0, 'f', 0);
    return parts.join(QStringLiteral("; "));
}

} // namespace aif
