#pragma once

// Private to the event simulation (eventsim.cpp): the requests it replays, its statistics and
// the checks on what it is given. Not part of the solver API.

#include "eventsim.h"
#include "eventsimreplica.h"

#include <string>
#include <vector>

namespace aif::throughput {

struct RequestSet
{
    std::vector<SimSequence> seqs; // in arrival order
    int warm = 0; // the first `warm` are warm-up
    int measured = 0; // the next `measured` are measured; the rest is cool-down
};

// Draws arrivals and lengths from the options' seed.
RequestSet generateRequests(const Workload &w, const SimOptions &o);

// Linear interpolation between order statistics (numpy's default).
Percentiles percentiles(std::vector<double> values);

// Empty when the inputs can be simulated, else why not (naming `what`).
std::string checkReplicaInputs(const CostInputs &in, const MemoryPlan &memory, const char *what);
std::string checkWorkload(const Workload &w, const SimOptions &o);

} // namespace aif::throughput
