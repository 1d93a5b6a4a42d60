#pragma once

#include "serving.h"

#include <string>
#include <vector>

namespace aif::throughput {

// The `aif throughput --json` object (docs/cli.md): the contract keys tokens_per_s,
// tokens_per_s_per_gpu, ttft_ms, tpot_ms, batch, bound, power_w, tokens_per_joule, then detail.
Json operatingPointJson(const OperatingPoint &op, const ServingConfig &config);

// "high" or "low", and the reasons a result is low confidence: a low-confidence GPU, a
// non-NVIDIA GPU, an engine without fitted efficiencies (it borrows another's, visibly), a
// GPU whose GEMM fraction is borrowed or assumed, a precision the GPU does not run.
std::string confidenceOf(const ServingConfig &config);
std::vector<std::string> confidenceReasons(const ServingConfig &config);

// Latency percentiles of an event simulation ("simulated" in the JSON).
struct SimResult;
Json simulationJson(const SimResult &sim, int requests);

// One line per fact, for the CLI's text output and the studio's "why" panel.
std::string describeOperatingPoint(const OperatingPoint &op, const ServingConfig &config);

} // namespace aif::throughput
