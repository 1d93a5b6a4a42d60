#pragma once

#include <string>

namespace aif::thermal {

// Dry air as an ideal gas: ρ = p / (R T), with the ISA barometric pressure at the site's
// elevation. 1.225 kg/m³ at 15 °C at sea level (ISA); physics.md's 1.16 kg/m³ is ~30 °C.
double airDensity(double temperatureC, double elevationM = 0.0);
inline constexpr double kAirCp = 1006.0;     // J/(kg·K), dry air near 20-40 °C (physics.md)

// Air temperature after taking up heatW in a volumetric flow measured at the inlet temperature.
double heatedAirC(double inletC, double heatW, double flowM3s, double elevationM = 0.0);

// ASHRAE TC9.9 (2021) air-class envelopes for IT inlet air, °C.
struct AirClassLimits
{
    double recommendedMin, recommendedMax, allowableMin, allowableMax;
};
AirClassLimits airClassLimits(const std::string &ashraeClass);

// ASHRAE TC9.9 liquid-cooling classes: the facility-water supply limit, °C (W+ has none).
double waterClassSupplyLimitC(const std::string &waterClass);

} // namespace aif::thermal
