#include "unittext.h"

#include <QRegularExpression>

#include <algorithm>

namespace aif::units {

namespace {

struct TextUnit
{
    const char *symbol;
    Quantity quantity;
    const char *usSymbol;   // "" when displayUnit's US symbol is used
    double usScale;         // 0 when displayUnit's US scale is used
    int decimals;
};

// Longest symbols first so "m³/s" and "mm" are not read as "m".
const TextUnit kUnits[] = {
    {"m³/s", Quantity::AirFlow, "", 0.0, 0},
    {"L/min", Quantity::LiquidFlow, "", 0.0, 1},
    {"°C", Quantity::Temperature, "", 0.0, 1},
    {"m²", Quantity::Area, "", 0.0, 0},
    {"mm", Quantity::Length, "in", 1.0 / 25.4, 1},
    {"kPa", Quantity::Pressure, "", 0.0, 2},
    {"m", Quantity::Length, "", 0.0, 2},
    {"K", Quantity::TemperatureDelta, "", 0.0, 1},
};

int decimalsOf(const QString &number)
{
    const int dot = number.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(number.size() - dot - 1);
}

} // namespace

QString convertText(const QString &text, UnitSystem system)
{
    if (system == UnitSystem::SI || text.isEmpty())
        return text;
    // A number (sign, thousands separators, decimals), one optional space, a unit symbol that
    // is not the start of a longer word ("m" of "max", "K" of "Kelvin").
    static const QRegularExpression re(QStringLiteral(
        "([-+]?\\d[\\d,]*(?:\\.\\d+)?)( ?)(m³/s|L/min|°C|m²|mm|kPa|m|K)(?![\\p{L}\\d²³/])"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Skip numbers glued to a word ("CDU-2 m" is not a length, "H100" is not a number).
        if (m.capturedStart() > 0 && text.at(m.capturedStart() - 1).isLetterOrNumber())
            continue;
        const QString numberText = m.captured(1);
        QString plain = numberText;
        plain.remove(QLatin1Char(','));
        bool ok = false;
        const double value = plain.toDouble(&ok);
        const QString symbol = m.captured(3);
        const TextUnit *unit = nullptr;
        for (const TextUnit &u : kUnits) {
            if (symbol == QString::fromUtf8(u.symbol))
                unit = &u;
        }
        if (!ok || !unit)
            continue;
        // The text's number is in the SI *display* unit (L/min, kPa): back to the stored SI
        // value, then to the US display unit.
        const QString usSymbol = *unit->usSymbol ? QString::fromUtf8(unit->usSymbol)
                                                 : displayUnit(unit->quantity, UnitSystem::US).symbol;
        const double shown = unit->usScale > 0.0
                                 ? value * unit->usScale
                                 : toDisplay(fromDisplay(value, unit->quantity, UnitSystem::SI), unit->quantity,
                                             UnitSystem::US);
        // Keep the writer's precision where it was finer than the unit's default, except where
        // the US unit is so much smaller that decimals mean nothing (CFM).
        const int decimals = unit->quantity == Quantity::AirFlow ? unit->decimals
                                                                  : std::max(unit->decimals, decimalsOf(plain));
        QString number = QString::number(shown, 'f', decimals);
        if (numberText.startsWith(QLatin1Char('+')) && shown >= 0.0)
            number.prepend(QLatin1Char('+'));
        out += text.mid(last, m.capturedStart() - last);
        out += number + QLatin1Char(' ') + usSymbol;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

Diagnostic inUnits(const Diagnostic &diagnostic, UnitSystem system)
{
    Diagnostic d = diagnostic;
    if (system != UnitSystem::SI)
        d.message = convertText(QString::fromStdString(d.message), system).toStdString();
    return d;
}

} // namespace aif::units
