#include "queueing.h"

#include <algorithm>
#include <cmath>

namespace aif::throughput {

double erlangC(double servers, double load)
{
    const int c = std::max(1, int(std::lround(servers)));
    const double a = load * c;  // offered load in Erlangs
    if (load <= 0.0)
        return 0.0;
    if (load >= 1.0)
        return 1.0;
    if (c > kExactErlangServers) {
        // Many servers (a replica's whole concurrency limit): the Halfin-Whitt limit, with
        // beta = (1 - load) sqrt(c): P(wait) = 1 / (1 + sqrt(2 pi) beta Phi(beta) e^(beta^2 / 2))
        // (Halfin & Whitt 1981). The exact recursion is O(c) and ran 40 times per search step.
        const double beta = (1.0 - load) * std::sqrt(double(c));
        if (beta > 8.0)
            return 0.0;
        const double phi = 0.5 * std::erfc(-beta / std::sqrt(2.0));
        return 1.0 / (1.0 + std::sqrt(2.0 * M_PI) * beta * phi * std::exp(beta * beta / 2.0));
    }
    double b = 1.0;  // Erlang B by the stable recursion
    for (int k = 1; k <= c; ++k)
        b = a * b / (k + a * b);
    return c * b / (c - a * (1.0 - b));
}

double waitQuantile(double servers, double serviceS, double load, double quantile)
{
    const double pw = erlangC(servers, load);
    const double tail = 1.0 - quantile;
    if (pw <= tail)
        return 0.0;
    const double c = std::max(1.0, std::round(servers));
    const double rate = (c - load * c) / serviceS;  // decay rate of the waiting-time tail
    return rate > 0.0 ? std::log(pw / tail) / rate : 1e30;
}

double maxLoadForWait(double servers, double serviceS, double budgetS, double quantile)
{
    if (budgetS < 0.0)
        return 0.0;
    double lo = 0.0;
    double hi = 0.99;
    if (waitQuantile(servers, serviceS, hi, quantile) <= budgetS)
        return hi;
    for (int i = 0; i < 40; ++i) {
        const double mid = 0.5 * (lo + hi);
        (waitQuantile(servers, serviceS, mid, quantile) <= budgetS ? lo : hi) = mid;
    }
    return lo;
}

double tpotTailFactor(double meanIterS, double promptS, double promptsPerStep, double steps, double tokensPerStep,
                      double tokensPerStepVariance, double outputTokens, double occupancyCv)
{
    double cv2 = occupancyCv * occupancyCv;
    if (meanIterS > 0.0 && steps > 0.0 && promptsPerStep > 0.0 && promptS > 0.0)
        cv2 += promptsPerStep / steps * (promptS / meanIterS) * (promptS / meanIterS);
    if (tokensPerStep > 0.0 && outputTokens > 0.0 && tokensPerStepVariance > 0.0)
        cv2 += tokensPerStepVariance / (tokensPerStep * outputTokens);
    return 1.0 + 2.326 * std::sqrt(cv2);
}

} // namespace aif::throughput
