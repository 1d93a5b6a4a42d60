#include "weather.h"

#include <algorithm>
#include <cmath>

namespace aif::energy {

double wetBulbStullC(double t, double rh)
{
    rh = std::clamp(rh, 5.0, 99.0);
    return t * std::atan(0.151977 * std::sqrt(rh + 8.313659)) + std::atan(t + rh) - std::atan(rh - 1.676331)
           + 0.00391838 * std::pow(rh, 1.5) * std::atan(0.023101 * rh) - 4.686035;
}

namespace {

// Magnus formula over water: saturation vapour pressure (hPa), and its inverse for dew point.
double saturationHpa(double t)
{
    return 6.112 * std::exp(17.62 * t / (243.12 + t));
}

double dewPointC(double t, double rhPct)
{
    const double g = std::log(std::max(1.0, rhPct) / 100.0) + 17.62 * t / (243.12 + t);
    return 243.12 * g / (17.62 - g);
}

bool twelve(const Json &e, const char *key, std::array<double, 12> *out)
{
    if (!e.contains(key) || !e[key].is_array() || e[key].size() != 12)
        return false;
    for (int i = 0; i < 12; ++i) {
        if (!e[key][i].is_number())
            return false;
        (*out)[i] = e[key][i].get<double>();
    }
    return true;
}

} // namespace

std::vector<HourWeather> synthesizeYear(const Json &c, std::string *error)
{
    std::array<double, 12> mean{}, range{}, rh{};
    const char *bad = !twelve(c, "monthlyMeanC", &mean)                 ? "monthlyMeanC"
                      : !twelve(c, "monthlyDailyRangeK", &range)        ? "monthlyDailyRangeK"
                      : !twelve(c, "monthlyRelativeHumidityPct", &rh) ? "monthlyRelativeHumidityPct"
                                                                        : nullptr;
    if (bad) {
        *error = "climate '" + c.value("id", std::string()) + "': /" + bad + ": 12 monthly numbers required";
        return {};
    }
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    std::array<double, 12> mid{}, dew{};
    double start = 0.0;
    for (int m = 0; m < 12; ++m) {
        mid[m] = start + days[m] / 2.0;
        start += days[m];
        dew[m] = dewPointC(mean[m], rh[m]);
    }
    auto interpolate = [&](const std::array<double, 12> &v, double day) {
        // Periodic linear interpolation between mid-month days.
        int m = 0;
        while (m < 12 && mid[m] <= day)
            ++m;
        const int a = (m + 11) % 12, b = m % 12;
        double da = mid[a], db = mid[b];
        if (db <= da)
            db += 365.0;
        double d = day;
        if (d < da)
            d += 365.0;
        const double w = (d - da) / (db - da);
        return v[a] + (v[b] - v[a]) * w;
    };
    std::vector<HourWeather> year(8760);
    int month = 0, dayInMonth = 0;
    for (int day = 0; day < 365; ++day) {
        const double t = day + 0.5;
        const double tMean = interpolate(mean, t);
        const double tRange = interpolate(range, t);
        const double tDew = interpolate(dew, t);
        for (int h = 0; h < 24; ++h) {
            HourWeather &w = year[day * 24 + h];
            w.month = month;
            w.dryBulbC = tMean + 0.5 * tRange * std::cos(2.0 * M_PI * (h - 15) / 24.0);
            const double dew = std::min(tDew, w.dryBulbC);
            w.relativeHumidity = std::clamp(saturationHpa(dew) / saturationHpa(w.dryBulbC), 0.01, 1.0);
            w.wetBulbC = std::min(w.dryBulbC, wetBulbStullC(w.dryBulbC, 100.0 * w.relativeHumidity));
        }
        if (++dayInMonth == days[month]) {
            dayInMonth = 0;
            month = std::min(11, month + 1);
        }
    }
    return year;
}

} // namespace aif::energy
