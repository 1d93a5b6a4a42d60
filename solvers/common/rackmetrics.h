#pragma once

#include "units.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace aif {

struct Project;
struct SolveResult;

// A solved number per rack, for colouring racks on the floor plan and in the 3D view and for
// `aif render --metric`. One place decides which result a metric reads, so both views agree.
struct RackMetric
{
    std::string key;                 // "inlet", "outlet", "junction", "power", "utilization", "tokens", "activity"
    std::string title;               // what the colour means, in words ("Inlet temperature")
    Quantity quantity = Quantity::None;
    std::unordered_map<std::string, double> values;   // rack id -> SI value; racks without one are absent
    double min = 0.0, max = 0.0;     // over values; max > min even for a uniform field
};

// Metric keys in the order the UI offers them.
const std::vector<std::string> &rackMetricKeys();
bool isRackMetric(const std::string &key);
std::string rackMetricTitle(const std::string &key);   // "Inlet temperature"; the key when unknown

// Values from the design-point solve (power and thermal) and the throughput solve. Empty values
// when the result lacks them (the solver did not run, or no rack has the quantity).
RackMetric rackMetric(const Project &project, const SolveResult &result, const std::string &key);

// Why a rack is a bottleneck: over power budget, fed from an overloaded stage, inlet above the
// ASHRAE recommended / allowable limit, throttled GPUs, on a cooling loop short of capacity.
// Only racks with at least one reason are listed.
std::unordered_map<std::string, std::vector<std::string>> rackBottlenecks(const Project &project,
                                                                          const SolveResult &result);

} // namespace aif
