#pragma once

#include "projectfabric.h"

namespace aif {

struct Project;
struct Rack;

namespace network {

// GPUs in a rack as the fabric counts them (a rack-scale system is one system per rack).
int rackGpuCount(const Rack &rack, const Catalog &catalog);

// Scale-across links between the scale-out domains each deployment spans (docs/network.md,
// "Scale-across inside a project"), added to `fabric` with their power, capex, BOM lines and
// warnings. Needs the domains already planned (their spine positions and per-GPU rates).
void planProjectDci(const Project &project, const Catalog &catalog, const FabricOptions &options,
                    ProjectFabric &fabric);

Json dciLinksJson(const ProjectFabric &fabric);

} // namespace network
} // namespace aif
