#pragma once

#include <QString>

namespace aif {

class FloorPlanScene;
struct Project;
struct SolveResult;

// Colours the plan's racks by a solved metric ("power", "inlet", "junction", "utilization";
// "tokens" once the throughput solver lands) and puts bottleneck badges on racks: over power
// budget, inlet above the ASHRAE recommended/allowable limit, throttled GPUs, fed from an
// overloaded power stage, on a loop short of capacity. Returns false when the metric has no
// values in this result (the overlay is cleared).
bool applyResultOverlay(FloorPlanScene *scene, const Project &project, const SolveResult &result, const QString &metric);

} // namespace aif
