#pragma once

#include "serving.h"

namespace aif::throughput {

// Training throughput from the same compute model: a step processes the global batch as
// micro-batches of one sequence through a 1F1B pipeline; forward + backward = 3x the forward
// GEMM FLOPs; TP all-reduces 4 per layer (2 forward, 2 backward); DP gradient reduction over
// the data-parallel group, mostly overlapped with the backward pass.
struct TrainingConfig
{
    int sequenceTokens = 8192;
    double globalBatchTokens = 16.0e6;   // Llama 3 405B pre-training used 16M tokens (arXiv:2407.21783)
    double gradientOverlap = 0.8;        // share of the DP reduction hidden behind backward (assumption)
    int virtualStages = 4;               // interleaved 1F1B: model chunks per GPU (assumption)
};

struct TrainingPoint
{
    bool feasible = false;
    std::string why;
    double tokensPerS = 0.0;
    double tokensPerSPerGpu = 0.0;
    double mfu = 0.0;              // model FLOPs (6 N per token) / peak of the GPUs used
    double stepS = 0.0;
    double bubbleShare = 0.0;      // pipeline fill and drain
    double commShare = 0.0;        // exposed communication
    int dp = 0;
    int gpusUsed = 0;              // dp x the replica's GPUs
    int microBatches = 0;
    std::string bound;
    GpuPower power;
    double gpuPowerW = 0.0;
    double serverPowerW = 0.0;
    double tokensPerJoule = 0.0;
};

TrainingPoint solveTraining(const ServingConfig &config, const TrainingConfig &training = {});

} // namespace aif::throughput
