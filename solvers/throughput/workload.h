#pragma once

#include <string>

namespace aif::throughput {

enum class ServingMode { Offline, Server, Interactive };

bool parseServingMode(const std::string &text, ServingMode *out);
const char *servingModeName(ServingMode m);

// MLPerf Inference latency limits: Llama-2-70B server (TTFT p99 2 s, TPOT p99 200 ms) and
// interactive (450 ms, 40 ms). Interactive mode uses the tighter of these and the user's.
constexpr double kInteractiveTtftS = 0.45;
constexpr double kInteractiveTpotS = 0.04;

// The requests a deployment serves: mean input and output lengths, the share of input tokens
// found in the KV pool / prefix cache (they skip prefill), and the latency limits (p99).
struct Workload
{
    double inputTokens = 1024.0;
    double outputTokens = 256.0;
    double kvHitRate = 0.0;
    ServingMode mode = ServingMode::Offline;
    double ttftLimitS = 2.0;
    double tpotLimitS = 0.2;

    double prefillTokens() const { return inputTokens * (1.0 - kvHitRate); }
    double effectiveTtftLimitS() const;
    double effectiveTpotLimitS() const;
};

} // namespace aif::throughput
