#pragma once

#include <QString>

// How the Network view and the cable overlay print their figures: counts grouped, power in
// kW, money in USD with k/M, lengths in the user's unit system (km over 1 km in SI).
namespace aif::networkFormat {

QString count(long long n);
QString power(double watts);
QString money(double usd);
QString length(double metres);

} // namespace aif::networkFormat
