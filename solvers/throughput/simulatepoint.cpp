#include "simulatepoint.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace aif::throughput {

SimResult simulateOperatingPoint(const ServingConfig &c, const OperatingPoint &op, int requests, std::uint64_t seed,
                                 const std::atomic<bool> *cancel)
{
    SimResult none;
    if (!op.feasible) {
        none.error = "the operating point is not feasible: " + op.why;
        return none;
    }
    SimOptions o;
    // Steady state needs the engine full before measuring: warm up with twice the expected
    // concurrency (Little's law: rate x time in the system) and measure at least three times it.
    const double lifetimeS = op.ttftS + std::max(1.0, c.workload.outputTokens) * op.tpotS;
    const auto unitConcurrency = [&](double rate) { return rate * lifetimeS; };
    auto size = [&](double rate) {
        const double n = unitConcurrency(rate);
        o.requests = int(std::clamp(3.0 * n, double(requests), 100000.0));
        o.warmupRequests = int(std::clamp(2.0 * n, requests / 10.0, 50000.0));
    };
    o.seed = seed;
    o.cancel = cancel;
    // Speculative decoding / MTP as the steady-state solver counts it (tokens per step and spread).
    o.speculative.draftTokens = std::max(0, c.draftTokens);
    o.speculative.draftLayers = c.draftLayers;
    o.speculative.tokensPerStep = c.tokensPerStep();
    o.speculative.tokensPerStepVariance = c.tokensPerStepVariance();
    const bool offline = c.workload.mode == ServingMode::Offline;
    const double clock = c.clockFactor * op.power.clockFactor;
    if (!c.disaggregated()) {
        const CostInputs in = costInputs(c, op.placement, clock);
        o.arrivalRatePerS = offline ? 0.0 : op.requestsPerS / std::max(1, op.replicas);
        size(o.arrivalRatePerS);
        return simulateAggregated(in, memoryPlan(in), c.workload, o);
    }
    // The smallest unit with the pools' ratio (at most 8 replicas), fed its share of the traffic.
    const int g = std::gcd(op.prefillReplicas, op.replicas);
    const int total = (op.prefillReplicas + op.replicas) / std::max(1, g);
    const double scale = std::max(1.0, total / 8.0);
    const int prefill = std::max(1, int(std::lround(op.prefillReplicas / std::max(1, g) / scale)));
    const int decode = std::max(1, int(std::lround(op.replicas / std::max(1, g) / scale)));
    const double share = double(prefill + decode) / (op.prefillReplicas + op.replicas);
    const CostInputs pin = costInputs(c, op.prefillPlacement, clock);
    const CostInputs din = costInputs(c, op.placement, clock);
    const bool sameDomain = c.prefillGpus + c.decodeGpus <= c.gpu->scaleUpDomain;
    const double link = (sameDomain ? c.gpu->scaleUpBps : c.gpu->scaleOutBpsFor(c.prefillGpus + c.decodeGpus))
                        * c.engine->linkEfficiency
                        * op.prefillPlacement.tp * op.prefillPlacement.pp;
    o.arrivalRatePerS = offline ? 0.0 : op.requestsPerS * share;
    size(op.requestsPerS * share);
    return simulateDisaggregated(pin, memoryPlan(pin), prefill, din, memoryPlan(din), decode, link, c.workload, o);
}

} // namespace aif::throughput
