#pragma once

namespace aif::throughput {

// Many-server queue (M/M/c, Erlang C) used by the analytic server mode: a replica with B
// batch slots serves requests whose service time is TTFT + (osl - 1) x TPOT. Continuous
// batching makes each slot an independent server, so waiting stays short until the load
// approaches 1; the event simulation checks the estimate.

// Probability that an arriving request waits (Erlang C), `servers` slots at load 0..1: exact
// up to kExactErlangServers slots, the Halfin-Whitt many-server limit above.
constexpr int kExactErlangServers = 256;
double erlangC(double servers, double load);
// The `quantile` of the waiting time (s).
double waitQuantile(double servers, double serviceS, double load, double quantile);
// The highest load (<= 0.99) whose waiting-time quantile stays within budgetS; 0 if none.
double maxLoadForWait(double servers, double serviceS, double budgetS, double quantile);

// p99 / mean of a request's TPOT (MLPerf: per request, (latency - TTFT)/(tokens - 1); the
// limit is on its 99th percentile over requests). A request's TPOT is the mean of the
// iterations it lives through: each takes meanIterS on average, of which promptS per prompt
// chunk riding along, with a Poisson number of prompts (mean promptsPerStep) joining per
// step; over `steps` independent steps the mean's coefficient of variation is
// sqrt(promptsPerStep / steps) x promptS / meanIterS. Speculative decoding adds the spread of
// the steps a request needs (renewal: cv = sqrt(var / (mean x outputTokens)) for tokens per
// step of that mean and variance). Under Poisson arrivals the number of sequences in flight
// varies too (sd ~ sqrt(B)) and slowly, over a request's whole life, so it does not average
// out: occupancyCv = (t(B + sqrt B) - t(B)) / t(B), 0 offline (the batch is full). The parts
// add in quadrature; normal approximation: 1 + 2.326 x cv.
double tpotTailFactor(double meanIterS, double promptS, double promptsPerStep, double steps, double tokensPerStep,
                      double tokensPerStepVariance, double outputTokens, double occupancyCv = 0.0);

} // namespace aif::throughput
