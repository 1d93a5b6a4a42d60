#include "plangeometry.h"

#include <algorithm>
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

Direction frontDirection(double rotationDeg)
{
    switch (quarterTurns(rotationDeg)) {
    case 1: return {1, 0};
    case 2: return {0, 1};
    case 3: return {-1, 0};
    default: return {0, -1};
    }
}

double rackHeightM(double rackHeightM, double hallHeightM)
{
    return std::min(rackHeightM, 0.95 * hallHeightM);
}

double equipmentHeightM(double hallHeightM)
{
    return std::min(2.0, 0.9 * hallHeightM);
}

Size powerNodeSize(const std::string &type, double lengthM)
{
    if (type == "busway")
        return {lengthM > 0 ? lengthM : 1.0, 0.12};
    return {type == "pdu" ? 0.6 : 1.2, 0.9};
}

} // namespace aif::plan
