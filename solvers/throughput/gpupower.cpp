#include "gpupower.h"

#include <algorithm>
#include <cmath>

namespace aif::throughput {

GpuPower gpuPower(const GpuProfile &gpu, const IterationCost &cost, double powerLimitW,
                  double leakageFactor, double computeWeight, double memoryWeight)
{
    GpuPower p;
    if (cost.timeS <= 0.0)
        return p;
    p.computeUtilization = std::min(1.0, cost.flopsPerGpu / (cost.timeS * cost.peakFlops));
    p.memoryUtilization = std::min(1.0, cost.bytesPerGpu / (cost.timeS * gpu.hbmBps));
    p.activity = std::min(1.0, computeWeight * p.computeUtilization + memoryWeight * p.memoryUtilization);
    p.demandW = (gpu.idleW + (gpu.tdpW - gpu.idleW) * p.activity) * leakageFactor;
    const double cap = powerLimitW > 0.0 ? std::min(powerLimitW, gpu.tdpW) : gpu.tdpW;
    p.powerW = std::min(p.demandW, cap);
    if (p.demandW > cap && p.demandW > gpu.idleW) {
        // Dynamic power ~ f V^2 with V tracking f over the DVFS range: ~ f^3.
        p.capped = true;
        p.clockFactor = std::clamp(std::cbrt((cap - gpu.idleW) / (p.demandW - gpu.idleW)), 0.2, 1.0);
    }
    return p;
}

} // namespace aif::throughput
