#pragma once

#include "project.h"

#include <string>
#include <vector>

namespace aif::sites {

// The part of a project that stands on one site, as a project of its own: the site, its halls
// and everything in them, the facility loops and heat rejection its CDUs and air units use,
// the power chain from its racks up to the sources, its network and the deployments placed
// there. Closed under references, so any solver runs on it unchanged (docs/multisite.md).
Project siteProject(const Project &project, const std::string &siteId);

// The site a deployment runs at: the one holding most of its racks (ties: the first site).
std::string deploymentSite(const Project &project, const Deployment &deployment);

// Network round trip (s) from a site to its users over its fibre route (Site::usersDistanceM).
double usersRoundTripS(const Site &site);

// Whether a deployment at this site meets its latency budget (always, without one).
bool withinBudget(const Site &site, const Deployment &deployment);

// The sites a deployment may run at: those whose users' round trip meets its latency budget
// (every site when it has none).
std::vector<std::string> allowedSites(const Project &project, const Deployment &deployment);

} // namespace aif::sites
