#pragma once

namespace aif {
struct Project;
}

namespace aif::thermal {

struct ThermalResult;

// ASHRAE air envelopes per rack, W-class of facility water, CDU/loop/heat-rejection capacity
// and N+1, flow per kW against OCP guidance, junction limits and throttling.
void addThermalViolations(const Project &project, ThermalResult &result);

} // namespace aif::thermal
