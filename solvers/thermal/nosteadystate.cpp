#include "nosteadystate.h"

#include "airproperties.h"
#include "entities/hall.h"

#include <algorithm>
#include <cmath>

namespace aif::thermal {

double secondsToAllowable(const Hall &hall, double startC, double allowableC, double netHeatW, double elevationM)
{
    const double volumeM3 = std::max(0.0, hall.widthM * hall.depthM * hall.heightM);
    if (!(netHeatW > 0.0) || !std::isfinite(volumeM3))
        return 0.0;
    const double headroomK = std::max(0.0, allowableC - startC);
    const double seconds = airDensity(startC, elevationM) * kAirCp * volumeM3 * headroomK / netHeatW;
    return std::isfinite(seconds) ? seconds : 0.0;
}

void shutDownGpus(GpuThermal &gpu, const GpuThermalLimits &limits)
{
    gpu.junctionC = limits.shutdownC;
    gpu.powerW = 0.0;
    gpu.leakageFactor = 0.0;
    gpu.powerFactor = 0.0;
    gpu.clockFactor = 0.0;
    gpu.throttled = true;
    gpu.aboveMaxOperating = true;
    gpu.shutdown = true;
}

} // namespace aif::thermal
