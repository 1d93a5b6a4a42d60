#pragma once

#include "network/projectfabric.h"

#include <string>
#include <vector>

namespace aif {

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

    // The same geometry as network::routedLengthM: x first, then y, between the centres.
    double routedLengthM() const { return network::routedLengthM(x1, y1, h1, x2, y2, h2); }
};

namespace cableRoutes {

// The routes of every run of every scale-out domain, at the ends the planner measured them
// between (racks, or its automatic positions "auto-leaf-<row>" and "auto-spine").
std::vector<CableRoute> build(const network::ProjectFabric &fabric);

} // namespace cableRoutes
} // namespace aif
