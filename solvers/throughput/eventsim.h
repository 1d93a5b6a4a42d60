#pragma once

#include "costmodel.h"
#include "memoryplan.h"
#include "workload.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace aif::throughput {

// Request-level discrete-event simulation of a serving engine, iteration by iteration. The
// steady-state solver gives means; this gives latency percentiles, queueing and the effect of
// scheduling mechanisms (continuous batching, chunked prefill, KV capacity, disaggregation).

// How request lengths spread around the workload's means (input and output drawn independently).
enum class LengthDistribution {
    Fixed, // every request has the mean lengths
    Uniform, // uniform within +-50 % of the mean
    Exponential, // exponential with the mean, clamped to [1, 8x mean] (heavy tail)
};

// Speculative decoding / multi-token prediction in the simulation: each decode step verifies
// draftTokens drafts per sequence (the cost model prices them) and emits on average
// tokensPerStep tokens with tokensPerStepVariance around it (ServingConfig::tokensPerStep()).
struct SpeculativeSim
{
    int draftTokens = 0;
    double draftLayers = 1.0;
    double tokensPerStep = 1.0;
    double tokensPerStepVariance = 0.0;
};

struct SimOptions
{
    int requests = 10000; // measured requests (after warm-up)
    int warmupRequests = 500; // excluded from statistics; as many again run after (cool-down)
    double arrivalRatePerS = 0.0; // Poisson rate for the whole simulated unit; <= 0: all at t = 0
    std::vector<double> traceArrivalsS; // arrival times; override the rate when not empty
    LengthDistribution lengths = LengthDistribution::Fixed;
    std::uint64_t seed = 1; // std::mt19937_64; the same seed gives the same result
    // Polled; when it turns true the run stops early with cancelled = true.
    const std::atomic<bool> *cancel = nullptr;
    // Disaggregated only. vLLM, SGLang and Dynamo stream the first token from the decode replica,
    // so it reaches the client after the KV transfer; false: at the end of prefill (the transfer
    // then delays the second token and shows in TPOT).
    bool ttftIncludesTransfer = true;
    SpeculativeSim speculative; // none by default: one token per sequence and step
};

struct Percentiles
{
    double p50 = 0.0;
    double p90 = 0.0;
    double p99 = 0.0;
    double mean = 0.0;
};

struct SimResult
{
    Percentiles ttftS;
    Percentiles tpotS; // per request: (finish - first token) / (output tokens - 1)
    Percentiles e2eS;
    double outputTokensPerS = 0.0; // all requests' tokens inside the measured window
    double inputTokensPerS = 0.0; // prompts (hit tokens included) whose prefill ended in the window
    double meanBatch = 0.0; // mean decode sequences per iteration that decodes (window)
    double windowS = 0.0; // measured window: warm-up done .. last measured request done
    double simulatedS = 0.0; // simulated time at the end of the run
    long iterations = 0; // engine iterations, all replicas
    long preemptions = 0; // sequences evicted to make room for KV growth (recomputed)
    int completed = 0; // measured requests that finished
    int rejected = 0; // measured requests whose context can never fit the KV cache
    double peakKvShare = 0.0; // highest KV occupancy / capacity of any replica (<= 1)
    bool kvLimited = false; // KV capacity ever blocked an admission or forced a preemption
    bool cancelled = false;
    std::string error; // set when the inputs cannot be simulated; nothing else is
};

// One aggregated replica with the engine's batching and prefill mechanisms (see
// EventSimReplica). A request whose whole context (input + output) exceeds the KV capacity could
// never finish: it is rejected on arrival and counted in `rejected`.
SimResult simulateAggregated(const CostInputs &in, const MemoryPlan &memory, const Workload &w,
                             const SimOptions &o);

// Prefill/decode disaggregation: `prefillReplicas` replicas of inPrefill feed `decodeReplicas`
// replicas of inDecode. Requests go to the prefill replica with the fewest queued prompt tokens;
// each finished prefill moves its KV (kvBytesPerToken x input tokens) over kvLinkBps (bytes/s
// for one transfer; <= 0: instantaneous) to the decode replica holding the fewest sequences.
// Transfers do not contend with each other, and the prefill replica's KV is free at once.
SimResult simulateDisaggregated(const CostInputs &inPrefill, const MemoryPlan &memPrefill,
                                int prefillReplicas, const CostInputs &inDecode,
                                const MemoryPlan &memDecode, int decodeReplicas, double kvLinkBps,
                                const Workload &w, const SimOptions &o);

} // namespace aif::throughput
