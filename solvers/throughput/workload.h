#pragma once

#include <string>

namespace aif::throughput {

enum class ServingMode { Offline, Server, Interactive };

bool parseServingMode(const std::string &text, ServingMode *out);
const char *servingModeName(ServingMode m);

// MLPerf Inference Llama-2-70B interactive limits (TTFT p99 450 ms, TPOT p99 40 ms): the
// fallback for interactive mode when a model has no benchmark limits of its own.
constexpr double kInteractiveTtftS = 0.45;
constexpr double kInteractiveTpotS = 0.04;

// One benchmark's p99 latency limits for a model (0: the benchmark has no such scenario).
struct BenchmarkLimits
{
    double serverTtftS = 0.0;
    double serverTpotS = 0.0;
    double interactiveTtftS = 0.0;
    double interactiveTpotS = 0.0;
    std::string benchmark;   // e.g. "MLPerf Inference llama3.1-405b"
    std::string source;
};

// The MLPerf Inference limits of a catalog model id (table in workload.cpp); false when the
// model is no MLPerf benchmark.
bool benchmarkLimitsFor(const std::string &modelId, BenchmarkLimits *out);

// The requests a deployment serves: mean input and output lengths, the share of input tokens
// found in the KV pool / prefix cache (they skip prefill), and the latency limits (p99).
struct Workload
{
    double inputTokens = 1024.0;
    double outputTokens = 256.0;
    double kvHitRate = 0.0;
    // Spread of the prompt lengths (standard deviation / mean; 0: every prompt the same length).
    // Prompts riding along a step cost in proportion to their length, so a spread widens the
    // TPOT tail: the per-step prompt work has variance rate x E[L^2] = rate x mean^2 (1 + cv^2).
    double inputTokensCv = 0.0;
    ServingMode mode = ServingMode::Offline;
    double ttftLimitS = 2.0;
    double tpotLimitS = 0.2;
    // The user's limits override the benchmark's; otherwise the model's own benchmark limits
    // for the mode apply (interactive without any: Llama-2-70B's 450 ms / 40 ms).
    bool limitsGiven = false;
    BenchmarkLimits benchmark;

    double prefillTokens() const { return inputTokens * (1.0 - kvHitRate); }
    double effectiveTtftLimitS() const;
    double effectiveTpotLimitS() const;
    // Where the limits in force come from, for reports.
    std::string limitsSource() const;
};

// Fills the workload's benchmark limits from the model id.
void applyBenchmarkLimits(const std::string &modelId, Workload *workload);

} // namespace aif::throughput
