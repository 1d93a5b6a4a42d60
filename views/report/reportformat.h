#pragma once

// How the report prints a number: read at a JSON pointer of the solve result, converted to the
// chosen unit system by model/units.h, rounded as the key figures round. HTML building helpers.
#include "json.h"
#include "report/keyfigures.h"
#include "units.h"

#include <QFont>
#include <QString>
#include <QStringList>

#include <string>

namespace aif::report {

class Formatter
{
public:
    Formatter(const Json &result, UnitSystem system)
        : m_json(result)
        , m_system(system)
    { }

    const Json &json() const { return m_json; }
    UnitSystem system() const { return m_system; }

    // The number at `pointer`, NaN when the result has none.
    double at(const std::string &pointer) const;
    const Json *node(const std::string &pointer) const;

    // The JSON number × jsonToSi as a `q` quantity in the chosen system, with its unit
    // ("25.7 °C", "78.2 °F"); "—" when missing.
    QString quantity(const std::string &pointer, Quantity q, double jsonToSi = 1.0) const;
    QString quantityValue(double si, Quantity q) const;
    // Plain: the number × scale with `decimals`, English grouping ("334.3"); "—" when NaN.
    QString number(double value, int decimals) const;
    QString at(const std::string &pointer, double scale, int decimals) const;
    QString temperatureUnit() const;
    // A value with the unit text an explanation gives it ("°C", "kW", "USD"): temperatures
    // converted to the chosen system, digits by magnitude.
    QString withUnit(double value, const std::string &unit) const;

    // A key figure in this unit system: value and unit ("1.199", "8.40 M tokens/s").
    KeyFigure inSystem(KeyFigure f) const;
    static QString figureText(const KeyFigure &f); // value and unit

private:
    const Json &m_json;
    UnitSystem m_system;
};

// The figures' font, sized in pixels of the figure's point space: the same on the scaled PDF
// painter and in the SVG.
QFont reportFont(double pixels, bool bold = false);

// HTML helpers. Text is always escaped; numbers in cells are right-aligned.
QString esc(const QString &text);
QString esc(const std::string &text);
QString figurePlaceholder(const QString &id); // "<p>{{figure:ID}}</p>"

class HtmlTable
{
public:
    explicit HtmlTable(QStringList header, QList<bool> numeric = {});
    void row(const QStringList &cells, const QString &rowClass = {});
    void setWidths(QList<int> percent) { m_widths = std::move(percent); }
    int rows() const { return m_rows; }
    QString html() const;

private:
    QStringList m_header;
    QList<bool> m_numeric;
    QList<int> m_widths;
    QString m_body;
    int m_rows = 0;
};

} // namespace aif::report
