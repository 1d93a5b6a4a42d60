#pragma once

#include "eventsim.h"
#include "serving.h"

namespace aif::throughput {

// Runs the event simulation at an operating point the steady-state solver found: the same
// layout, at its request rate (server modes) or with every request queued at once (offline),
// to give latency percentiles. Large deployments are simulated as a representative unit: one
// aggregated replica, or at most 8 prefill + decode replicas in the pools' ratio.
SimResult simulateOperatingPoint(const ServingConfig &config, const OperatingPoint &op, int requests = 2000,
                                 std::uint64_t seed = 1, const std::atomic<bool> *cancel = nullptr);

} // namespace aif::throughput
