#pragma once

#include "json.h"

#include <array>
#include <string>
#include <vector>

namespace aif::energy {

struct HourWeather
{
    double dryBulbC = 0.0;
    double wetBulbC = 0.0;
    double relativeHumidity = 0.0;   // 0..1
    int month = 0;                   // 0..11
};

// Wet-bulb temperature from dry bulb and relative humidity (%), Stull (2011), J. Appl.
// Meteor. Climatol. 50: 2267-2269; within ±0.3 K for RH 5-99 %, -20..50 °C.
double wetBulbStullC(double dryBulbC, double rhPct);

// A typical year of 8,760 hours synthesized from a catalog "climate" entry's monthly normals:
// daily means interpolated between mid-months, a diurnal cosine with the month's mean daily
// range peaking at 15:00, the month's mean dew point held constant (so RH rises at night).
// Returns an empty vector with *error set when the entry lacks a field.
std::vector<HourWeather> synthesizeYear(const Json &climate, std::string *error);

} // namespace aif::energy
