#include "eventsimrequests.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace aif::throughput {

namespace {

// Uniform in [0, 1) from the top 53 bits: the same stream on every standard library, unlike
// std::uniform_real_distribution.
double unit(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

int sampleLength(double mean, LengthDistribution d, std::mt19937_64 &rng)
{
    double x = mean;
    if (d == LengthDistribution::Uniform)
        x = mean * (0.5 + unit(rng));
    else if (d == LengthDistribution::Exponential)
        x = std::min(-mean * std::log1p(-unit(rng)), 8.0 * mean);
    return std::max(1, int(std::lround(x)));
}

} // namespace

// Warm-up, measured, then as many requests as the warm-up again so the last measured ones do
// not finish in an emptying engine. A trace is replayed as given: up to half of it warms up.
RequestSet generateRequests(const Workload &w, const SimOptions &o)
{
    RequestSet set;
    std::mt19937_64 rng(o.seed);
    std::vector<double> arrivals = o.traceArrivalsS;
    if (!arrivals.empty()) {
        std::sort(arrivals.begin(), arrivals.end());
        const int n = int(arrivals.size());
        set.warm = std::min(o.warmupRequests, n / 2);
        set.measured = std::min(o.requests, n - set.warm);
    } else {
        set.warm = o.warmupRequests;
        set.measured = o.requests;
        arrivals.resize(std::size_t(2 * set.warm + set.measured), 0.0);
        double t = 0.0;
        for (double &a : arrivals) {
            if (o.arrivalRatePerS > 0.0) // Poisson: exponential gaps
                t += -std::log1p(-unit(rng)) / o.arrivalRatePerS;
            a = t;
        }
    }
    set.seqs.resize(arrivals.size());
    for (std::size_t i = 0; i < arrivals.size(); ++i) {
        SimSequence &s = set.seqs[i];
        s.arrivalS = arrivals[i];
        s.input = sampleLength(w.inputTokens, o.lengths, rng);
        s.output = sampleLength(w.outputTokens, o.lengths, rng);
        // Prefix-cache hits skip prefill; at least the last prompt token is computed.
        const int prefill = std::max(1, int(std::lround(s.input * (1.0 - w.kvHitRate))));
        s.hit = s.input - std::min(prefill, s.input);
        s.ctxTarget = s.input;
        s.prefillDone = s.hit;
    }
    return set;
}

Percentiles percentiles(std::vector<double> v)
{
    Percentiles p;
    if (v.empty())
        return p;
    std::sort(v.begin(), v.end());
    auto at = [&v](double q) {
        const double pos = q * double(v.size() - 1);
        const std::size_t i = std::size_t(pos);
        const double f = pos - double(i);
        return i + 1 < v.size() ? v[i] * (1.0 - f) + v[i + 1] * f : v[i];
    };
    p.p50 = at(0.50);
    p.p90 = at(0.90);
    p.p99 = at(0.99);
    double sum = 0.0;
    for (double x : v)
        sum += x;
    p.mean = sum / double(v.size());
    return p;
}

std::string checkReplicaInputs(const CostInputs &in, const MemoryPlan &memory, const char *what)
{
    const std::string name = what;
    if (!in.model || !in.gpu || !in.engine)
        return name + ": model, GPU and engine are all required";
    if (in.engine->maxBatch < 1 || in.engine->maxTokensPerIteration < 1)
        return name + ": engine maxBatch and maxTokensPerIteration must be at least 1";
    if (!memory.fits)
        return name + ": the model does not fit (" + memory.why + ")";
    if (!(memory.kvTokensPerReplica >= 1.0))
        return name + ": the KV cache holds no token";
    return {};
}

std::string checkWorkload(const Workload &w, const SimOptions &o)
{
    if (!(w.inputTokens >= 1.0) || !(w.outputTokens >= 1.0))
        return "workload: input and output tokens must be at least 1";
    if (!(w.kvHitRate >= 0.0 && w.kvHitRate < 1.0))
        return "workload: kvHitRate must be in [0, 1)";
    if (o.requests < 1 || o.warmupRequests < 0)
        return "simulation: requests must be at least 1 and warm-up requests not negative";
    if (!std::isfinite(o.arrivalRatePerS))
        return "simulation: the arrival rate must be finite";
    for (double t : o.traceArrivalsS) {
        if (!(t >= 0.0) || !std::isfinite(t))
            return "simulation: trace arrival times must be finite and not negative";
    }
    return {};
}

} // namespace aif::throughput
