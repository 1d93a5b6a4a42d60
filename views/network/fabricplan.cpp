#include "fabricplan.h"

#include "project.h"

#include <QElapsedTimer>

namespace aif {

const std::vector<std::string> &opticsTechnologies()
{
    static const std::vector<std::string> t {"pluggable", "lpo", "cpo"};
    return t;
}

FabricPlan makeFabricPlan(const Project &project, const Catalog &catalog, quint64 revision)
{
    QElapsedTimer timer;
    timer.start();
    FabricPlan plan;
    plan.revision = revision;
    plan.fabric = network::planProjectFabric(project, catalog);
    plan.planMs = double(timer.nsecsElapsed()) / 1e6;
    plan.domains = fabricFigures::domainSummaries(project, plan.fabric);
    for (const std::string &t : opticsTechnologies())
        plan.optics.push_back(fabricFigures::opticsWhatIf(project, plan.fabric, catalog, t));
    plan.media = fabricFigures::mediumRows(plan.fabric, catalog);
    plan.histogram = fabricFigures::lengthHistogram(plan.fabric);
    plan.findings = fabricFigures::findings(plan.fabric, plan.domains, plan.optics);
    plan.routes = cableRoutes::build(plan.fabric);
    return plan;
}

} // namespace aif
