#pragma once

#include "network/projectfabric.h"

#include <string>
#include <vector>

namespace aif {

struct Project;

// One CableRun of the planner placed on the campus: both ends' positions (campus metres, hall
// origins added, y north) and heights, so the floor plan can draw the route the planner measured.
struct CableRoute
{
    std::string domain, from, to, tier;
    long long count = 0;
    double x1 = 0, y1 = 0, h1 = 0, x2 = 0, y2 = 0, h2 = 0;
    double lengthM = 0; // the planner's routed length
    network::Medium medium;
    bool reaches = true;
    bool fromAuto = false, toAuto = false; // an automatic switch position (no rack there)
    bool resolved = false; // both ends found in the project

    // The same geometry as network::routedLengthM: x first, then y, between the centres.
    double routedLengthM() const { return network::routedLengthM(x1, y1, h1, x2, y2, h2); }
};

namespace cableRoutes {

// The routes of every run of every scale-out domain. Runs end at racks (looked up in the project)
// or at the planner's automatic positions, rebuilt here by its rules (docs/network.md): a leaf at
// the east end of each row of the domain's GPU racks ("auto-leaf-<row>"), the spine position at
// the centroid of the leaf positions ("auto-spine").
std::vector<CableRoute> build(const Project &project, const network::ProjectFabric &fabric);

} // namespace cableRoutes
} // namespace aif
