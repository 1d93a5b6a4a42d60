#include "networkformat.h"

#include "units.h"

#include <QLocale>

#include <cmath>

namespace aif::networkFormat {

QString count(long long n)
{
    return QLocale().toString(n);
}

QString power(double watts)
{
    const double kw = watts / 1000.0;
    return QLocale().toString(kw, 'f', kw >= 100 ? 0 : 1) + QStringLiteral(" kW");
}

QString money(double usd)
{
    if (std::abs(usd) >= 1e6)
        return QStringLiteral("$%1 M").arg(QLocale().toString(usd / 1e6, 'f', 2));
    if (std::abs(usd) >= 1e4)
        return QStringLiteral("$%1 k").arg(QLocale().toString(usd / 1e3, 'f', 0));
    return QStringLiteral("$%1").arg(QLocale().toString(usd, 'f', 0));
}

QString length(double metres)
{
    const UnitSystem us = units::currentSystem();
    if (us == UnitSystem::SI && metres >= 1000)
        return QLocale().toString(metres / 1000.0, 'f', 1) + QStringLiteral(" km");
    const DisplayUnit u = units::displayUnit(Quantity::Length, us);
    const double shown = units::toDisplay(metres, Quantity::Length, us);
    return QLocale().toString(shown, 'f', shown >= 100 ? 0 : 1) + QLatin1Char(' ') + u.symbol;
}

} // namespace aif::networkFormat
