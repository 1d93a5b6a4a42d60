#include "workload.h"

#include <algorithm>

namespace aif::throughput {

bool parseServingMode(const std::string &text, ServingMode *out)
{
    if (text == "offline") *out = ServingMode::Offline;
    else if (text == "server") *out = ServingMode::Server;
    else if (text == "interactive") *out = ServingMode::Interactive;
    else return false;
    return true;
}

const char *servingModeName(ServingMode m)
{
    switch (m) {
    case ServingMode::Offline: return "offline";
    case ServingMode::Server: return "server";
    case ServingMode::Interactive: return "interactive";
    }
    return "offline";
}

namespace {

// MLPerf Inference datacenter rules, table "Benchmarks", latency constraints column
// (mlcommons/inference_policies, inference_rules.adoc, commit ac93e89, 2026-07; the 405B,
// 8B and DeepSeek-R1 server limits since v5.1, commit dff5f51, 2025-06; the DeepSeek-R1
// interactive limits since commit b1b375d, 2026-02, i.e. after v5.1). The catalog's model ids
// map to the benchmark's model; a fine-tune of the same base (Llama-3.1-70B) is not a
// benchmark and gets none. Llama-3.1-8B's "conversational" category is its server scenario.
struct BenchmarkRow
{
    const char *modelId;
    BenchmarkLimits limits;
};

const char *kRules = "MLPerf Inference rules (mlcommons/inference_policies inference_rules.adoc @ac93e89)";

const BenchmarkRow kTable[] = {
    {"llama-2-70b", {2.0, 0.2, 0.45, 0.04, "MLPerf Inference llama2-70b", kRules}},
    {"llama-3.1-405b", {6.0, 0.175, 4.5, 0.08, "MLPerf Inference llama3.1-405b", kRules}},
    {"llama-3.1-8b", {2.0, 0.1, 0.5, 0.03, "MLPerf Inference llama3.1-8b", kRules}},
    {"mixtral-8x7b", {2.0, 0.2, 0.0, 0.0, "MLPerf Inference mixtral-8x7b (no interactive scenario)", kRules}},
    {"deepseek-r1", {2.0, 0.08, 1.5, 0.015, "MLPerf Inference deepseek-r1", kRules}},
    {"gpt-oss-120b", {3.0, 0.08, 2.0, 0.02, "MLPerf Inference gpt-oss-120b (v6.0)", kRules}},
};

} // namespace

bool benchmarkLimitsFor(const std::string &modelId, BenchmarkLimits *out)
{
    for (const BenchmarkRow &r : kTable) {
        if (modelId == r.modelId) {
            *out = r.limits;
            return true;
        }
    }
    return false;
}

void applyBenchmarkLimits(const std::string &modelId, Workload *w)
{
    BenchmarkLimits b;
    w->benchmark = benchmarkLimitsFor(modelId, &b) ? b : BenchmarkLimits{};
}

double Workload::effectiveTtftLimitS() const
{
    if (limitsGiven || mode == ServingMode::Offline)
        return ttftLimitS;
    if (mode == ServingMode::Interactive)
        return benchmark.interactiveTtftS > 0.0 ? benchmark.interactiveTtftS : kInteractiveTtftS;
    return benchmark.serverTtftS > 0.0 ? benchmark.serverTtftS : ttftLimitS;
}

double Workload::effectiveTpotLimitS() const
{
    if (limitsGiven || mode == ServingMode::Offline)
        return tpotLimitS;
    if (mode == ServingMode::Interactive)
        return benchmark.interactiveTpotS > 0.0 ? benchmark.interactiveTpotS : kInteractiveTpotS;
    return benchmark.serverTpotS > 0.0 ? benchmark.serverTpotS : tpotLimitS;
}

std::string Workload::limitsSource() const
{
    if (mode == ServingMode::Offline)
        return "offline: no latency limits";
    if (limitsGiven)
        return "given by the user";
    const bool interactive = mode == ServingMode::Interactive;
    if (interactive ? benchmark.interactiveTtftS > 0.0 : benchmark.serverTtftS > 0.0)
        return benchmark.benchmark + (interactive ? " interactive" : " server") + ", " + benchmark.source;
    return interactive ? "no interactive benchmark for this model: MLPerf Llama-2-70B interactive limits"
                       : "the deployment's limits (no benchmark limits for this model)";
}

} // namespace aif::throughput
