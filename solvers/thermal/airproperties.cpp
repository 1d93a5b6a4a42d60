#include "airproperties.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif::thermal {

double airDensity(double temperatureC, double elevationM)
{
    constexpr double kRAir = 287.05;   // J/(kg·K), dry air
    // ISA troposphere: p = 101325 (1 - 2.25577e-5 h)^5.25588 Pa, valid from below sea level to
    // the tropopause (11 km). Out-of-range inputs (validation reports them) are held at the
    // formula's domain so that no result turns into NaN: above 44.3 km the base goes negative.
    const double h = std::clamp(std::isfinite(elevationM) ? elevationM : 0.0, -500.0, 11000.0);
    const double p = 101325.0 * std::pow(1.0 - 2.25577e-5 * h, 5.25588);
    const double t = std::isfinite(temperatureC) ? std::max(temperatureC, -100.0) : 25.0;
    return p / (kRAir * (t + 273.15));
}

double heatedAirC(double inletC, double heatW, double flowM3s, double elevationM)
{
    if (flowM3s <= 0)
        return inletC;
    return inletC + heatW / (airDensity(inletC, elevationM) * flowM3s * kAirCp);
}

AirClassLimits airClassLimits(const std::string &c)
{
    // ASHRAE TC9.9, Thermal Guidelines for Data Processing Environments, 5th ed. (2021):
    // recommended 18-27 °C for A1-A4; H1 recommended 18-22 °C, allowable 5-25 °C.
    if (c == "A2")
        return {18, 27, 10, 35};
    if (c == "A3")
        return {18, 27, 5, 40};
    if (c == "A4")
        return {18, 27, 5, 45};
    if (c == "H1")
        return {18, 22, 5, 25};
    return {18, 27, 15, 32};   // A1
}

double waterClassSupplyLimitC(const std::string &w)
{
    // ASHRAE TC9.9 liquid cooling guidelines: W17, W27, W32, W40, W45 (supply ≤ N °C), W+ (> 45 °C).
    if (w == "W17")
        return 17;
    if (w == "W27")
        return 27;
    if (w == "W32")
        return 32;
    if (w == "W40")
        return 40;
    if (w == "W45")
        return 45;
    return std::numeric_limits<double>::infinity();
}

} // namespace aif::thermal
