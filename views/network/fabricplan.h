#pragma once

#include "cableroutes.h"
#include "fabricfigures.h"

#include <QMetaType>

#include <memory>

namespace aif {

class Catalog;
struct Project;

// Everything the Network view and the cable overlay show of one revision of the design: the
// planner's fabric (network::planProjectFabric) and the figures derived from it. Built off the
// GUI thread from a snapshot of the project.
struct FabricPlan
{
    quint64 revision = 0;
    network::ProjectFabric fabric;
    std::vector<fabricFigures::DomainSummary> domains; // one per fabric.domains
    std::vector<fabricFigures::OpticsWhatIf> optics; // pluggable, lpo, cpo
    std::vector<fabricFigures::MediumRow> media;
    fabricFigures::LengthHistogram histogram;
    std::vector<fabricFigures::Finding> findings;
    std::vector<CableRoute> routes;
    double planMs = 0; // how long the planner took (the view reports it in its status)
};

// The optics technologies the what-if compares, in column order.
const std::vector<std::string> &opticsTechnologies();

FabricPlan makeFabricPlan(const Project &project, const Catalog &catalog, quint64 revision = 0);

} // namespace aif

Q_DECLARE_METATYPE(std::shared_ptr<const aif::FabricPlan>)
