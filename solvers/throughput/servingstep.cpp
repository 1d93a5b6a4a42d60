// The mean iteration time of aggregated serving under Poisson prompt arrivals.
#include "serving.h"

#include <cmath>

namespace aif::throughput {

// Under Poisson arrivals (the server scenarios) the number of prompts joining a step varies, and
// a step's time is convex in its tokens (each operator is the larger of its compute and memory
// time), so the mean step is slower than the step of the mean: E over k ~ Poisson(mean prompts)
// of the step with k whole prompts (chunked prefill takes a prompt in one step when the budget
// allows, as the event simulation does).
double expectedStepS(const CostInputs &at, const IterationBatch &mean)
{
    const double mu = mean.prefillSeqs;
    if (mu <= 0.0 || mean.prefillTokens <= 0.0)
        return iterationCost(at, mean).timeS;
    const double tokensPerPrompt = mean.prefillTokens / mu;
    double p = std::exp(-mu), mass = 0.0, sum = 0.0;
    for (int k = 0; mass < 1.0 - 1e-4 && k < 4 * int(mu) + 64; ++k) {
        IterationBatch b = mean;
        b.prefillSeqs = k;
        b.prefillTokens = k * tokensPerPrompt;
        sum += p * iterationCost(at, b).timeS;
        mass += p;
        p *= mu / (k + 1.0);
    }
    return sum / mass;
}

} // namespace aif::throughput
