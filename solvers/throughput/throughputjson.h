#pragma once

#include "serving.h"

namespace aif::throughput {

// The `aif throughput --json` object (docs/cli.md): the contract keys tokens_per_s,
// tokens_per_s_per_gpu, ttft_ms, tpot_ms, batch, bound, power_w, tokens_per_joule, then detail.
Json operatingPointJson(const OperatingPoint &op, const ServingConfig &config);

// Latency percentiles of an event simulation ("simulated" in the JSON).
struct SimResult;
Json simulationJson(const SimResult &sim, int requests);

// One line per fact, for the CLI's text output and the studio's "why" panel.
std::string describeOperatingPoint(const OperatingPoint &op, const ServingConfig &config);

} // namespace aif::throughput
