#pragma once

#include "costmodel.h"
#include "gpupower.h"
#include "memoryplan.h"
#include "workload.h"

#include <string>
#include <vector>

namespace aif::throughput {

// A deployment to evaluate: the model, the GPU, the engine, the GPUs and how they are used.
struct ServingConfig
{
    const ModelCard *model = nullptr;
    const GpuProfile *gpu = nullptr;
    const EngineProfile *engine = nullptr;
    Precision precision = Precision::Fp8;
    int gpus = 8;
    Placement placement;          // tp == 0: search the best layout
    bool autoPlacement = false;
    int prefillGpus = 0;          // both > 0: prefill/decode disaggregation
    Placement prefillPlacement{0, 1, 1};  // tp 0: the decode layout (narrowed to fit the pool)
    int decodeGpus = 0;
    Workload workload;
    double clockFactor = 1.0;     // thermal throttling from the twin
    double powerLimitW = 0.0;     // per GPU; 0: TDP
    double leakageFactor = 1.0;   // GPU power multiplier at hot junctions (from the twin)
    double nodeOverheadPerGpuW = 0.0;  // CPU, NICs, fans, platform share per GPU at load
    // Layout search with some dimensions pinned (0: free): `--pp`/`--ep` without `--tp`.
    int pinPp = 0;
    int pinEp = 0;
    double fixedBatch = 0.0;      // > 0: the decode batch per replica is pinned (a published run's)
    // Speculative decoding / multi-token prediction: draft tokens per step and the chance each
    // is accepted (sequentially: a rejected draft discards the ones after it).
    int draftTokens = 0;
    double draftAcceptance = 0.0;
    double draftLayers = 1.0;     // layers of the draft model (DeepSeek MTP: one block)

    bool disaggregated() const { return prefillGpus > 0 && decodeGpus > 0; }
    // Expected tokens a sequence emits per decode step: 1 + a + ... + a^k.
    double tokensPerStep() const;
    // Variance of the tokens per step (for the TPOT tail).
    double tokensPerStepVariance() const;
};

// One-sided 99th percentile of a standard normal: the TPOT tail of a mean over many steps.
constexpr double kZ99 = 2.326;


// The answer for one deployment at its operating point.
struct OperatingPoint
{
    bool feasible = false;
    std::string why;              // when not feasible
    Placement placement;          // decode (or aggregated) replica
    Placement prefillPlacement;   // disaggregated only
    int replicas = 0;
    int prefillReplicas = 0;
    int gpusUsed = 0;
    double batch = 0.0;           // concurrent sequences per replica
    double maxBatch = 0.0;        // what memory and the engine allow
    double engineSlots = 0.0;     // requests the engine holds (max batch, KV): maxBatch without the token budget
    double load = 1.0;            // share of the maximum request rate served (server modes)
    double tokensPerS = 0.0;      // output tokens/s, whole deployment
    double tokensPerSPerGpu = 0.0;
    double tokensPerSPerUser = 0.0;
    double requestsPerS = 0.0;
    double ttftS = 0.0;           // analytic p99 estimate
    double tpotS = 0.0;           // mean over requests
    double tpotP99S = 0.0;        // p99 over requests (decode-step variance, serving.cpp)
    double tokensPerStep = 1.0;   // > 1 with speculative decoding / MTP
    std::string bound;            // compute | memory | network | kv_capacity
    std::string limitedBy;        // what stopped a larger batch: kv_capacity, max_batch, token_budget, tpot_limit, ttft_limit, prefill, decode, kv_transfer
    IterationCost iteration;      // decode (or aggregated) iteration at the operating point
    IterationCost prefillIteration;
    MemoryPlan memory;
    GpuPower power;
    double gpuPowerW = 0.0;       // all GPUs used
    double serverPowerW = 0.0;    // GPUs + node overhead
    double tokensPerJouleGpu = 0.0;
    double tokensPerJoule = 0.0;  // at the servers
    double kvTransferS = 0.0;
    double prefillInputTokensPerSCapacity = 0.0;  // disaggregated: prompt tokens/s (hits included)
    double decodeTokensPerSCapacity = 0.0;        // disaggregated: output tokens/s of the decode pool
    // Time per output token, split: compute, memory, communication, overhead (sum = TPOT).
    double perTokenComputeS = 0.0, perTokenMemoryS = 0.0, perTokenCommS = 0.0, perTokenOverheadS = 0.0;
};

OperatingPoint solveServing(const ServingConfig &config);

// The cost-model inputs of one replica layout of a configuration.
CostInputs costInputs(const ServingConfig &config, const Placement &placement, double clockFactor);
// Which part of an iteration's time dominates: compute, memory or network.
std::string boundOf(const IterationCost &cost);
// One iteration's cost and the power it draws; a binding power cap slows the clock and the
// cost is evaluated again at the capped clock.
IterationCost costWithPower(const ServingConfig &config, const Placement &placement, const IterationBatch &batch,
                            GpuPower *power);

// The mean time of a step carrying `mean` under Poisson prompt arrivals: the expectation over
// k ~ Poisson(mean.prefillSeqs) whole prompts joining it (servingstep.cpp).
double expectedStepS(const CostInputs &at, const IterationBatch &mean);

// Evaluates one aggregated replica layout at a given concurrency (no search): the building
// block of sweeps, the Pareto curve and the benchmark.
OperatingPoint evaluateAggregated(const ServingConfig &config, const Placement &placement, double batch);

// Layouts worth trying for a model on n GPUs (tp within the scale-up domain, pp and ep
// powers of two, weights must fit).
std::vector<Placement> candidatePlacements(const ServingConfig &config, int gpus);

// One point of the throughput-per-GPU vs speed-per-user trade-off.
struct ParetoPoint
{
    Placement placement;
    double batch = 0.0;
    double tokensPerSPerGpu = 0.0;
    double tokensPerSPerUser = 0.0;
    bool onFront = false;
};
std::vector<ParetoPoint> paretoSweep(const ServingConfig &config);

} // namespace aif::throughput
