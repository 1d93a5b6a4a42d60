#include "plangeometry.h"

#include <cmath>

namespace aif::plan {

int quarterTurns(double rotationDeg)
{
    const long q = std::lround(rotationDeg / 90.0) % 4;
    return int(q < 0 ? q + 4 : q);
}

Footprint footprint(double xM, double yM, double widthM, double depthM, double rotationDeg)
{
    const bool swap = quarterTurns(rotationDeg) % 2 != 0;
    const double w = swap ? depthM : widthM, d = swap ? widthM : depthM;
    return {xM - w / 2, yM - d / 2, xM + w / 2, yM + d / 2};
}

} // namespace aif::plan
