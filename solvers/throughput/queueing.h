#pragma once

namespace aif::throughput {

// Many-server queue (M/M/c, Erlang C) used by the analytic server mode: a replica with B
// batch slots serves requests whose service time is TTFT + (osl - 1) x TPOT. Continuous
// batching makes each slot an independent server, so waiting stays short until the load
// approaches 1; the event simulation checks the estimate.

// Probability that an arriving request waits (Erlang C), `servers` slots at load 0..1.
double erlangC(double servers, double load);
// The `quantile` of the waiting time (s).
double waitQuantile(double servers, double serviceS, double load, double quantile);
// The highest load (<= 0.99) whose waiting-time quantile stays within budgetS; 0 if none.
double maxLoadForWait(double servers, double serviceS, double budgetS, double quantile);

} // namespace aif::throughput
