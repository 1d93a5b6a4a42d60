#pragma once

#include "serving.h"

#include <string>
#include <vector>

namespace aif::throughput {

// "What each technique adds": the deployment evaluated from a stated baseline, switching one
// mechanism on at a time in the order engines adopted them. Each step is a full evaluation in
// the deployment's mode, so a technique that does not help this workload shows ~0 %.
struct WaterfallStep
{
    std::string technique;
    std::string description;
    double tokensPerSPerGpu = 0.0;
    double deltaPct = 0.0;     // versus the previous step
    bool feasible = false;
};

// Baseline: static batching, prefill stalls decode, unfused kernels without CUDA graphs,
// bf16 weights and KV, the deployment's layout (or the smallest tensor-parallel layout that
// leaves a quarter of HBM for the KV cache), no prefix-cache hits, aggregated serving.
std::vector<WaterfallStep> techniqueWaterfall(const ServingConfig &config);

} // namespace aif::throughput
