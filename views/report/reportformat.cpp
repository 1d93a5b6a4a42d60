#include "reportformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif::report {

const Json *Formatter::node(const std::string &pointer) const
{
    try {
        const Json::json_pointer p(pointer);
        return m_json.contains(p) ? &m_json.at(p) : nullptr;
    } catch (const Json::exception &) {
        return nullptr;
    }
}

double Formatter::at(const std::string &pointer) const
{
    const Json *v = node(pointer);
    return v && v->is_number() ? v->get<double>() : std::numeric_limits<double>::quiet_NaN();
}

QString Formatter::quantityValue(double si, Quantity q) const
{
    if (!std::isfinite(si))
        return QStringLiteral("—");
    const DisplayUnit u = units::displayUnit(q, m_system);
    const QString n = number(units::toDisplay(si, q, m_system), u.decimals);
    return u.symbol.isEmpty() ? n : n + QLatin1Char(' ') + u.symbol;
}

QString Formatter::quantity(const std::string &pointer, Quantity q, double jsonToSi) const
{
    return quantityValue(at(pointer) * jsonToSi, q);
}

QString Formatter::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    // Never "-0.0": a rounded zero prints as zero.
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0.0;
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString Formatter::at(const std::string &pointer, double scale, int decimals) const
{
    return number(at(pointer) * scale, decimals);
}

QString Formatter::temperatureUnit() const
{
    return units::displayUnit(Quantity::Temperature, m_system).symbol;
}

QString Formatter::withUnit(double value, const std::string &unit) const
{
    if (unit == "°C")
        return quantityValue(value, Quantity::Temperature);
    if (unit == "K")
        return quantityValue(value, Quantity::TemperatureDelta);
    const double a = std::abs(value);
    const QString n = number(value, a >= 1000 ? 0 : a >= 1 || a == 0 ? 3 : 4);
    return unit.empty() ? n : n + QLatin1Char(' ') + QString::fromStdString(unit).toHtmlEscaped();
}

KeyFigure Formatter::inSystem(KeyFigure f) const
{
    if (f.quantity != Quantity::None) {
        f.system = m_system;
        f.unit = units::displayUnit(f.quantity, m_system).symbol;
    }
    return f;
}

QString Formatter::figureText(const KeyFigure &f)
{
    if (!f.valid())
        return QStringLiteral("— (%1)").arg(f.reason.toHtmlEscaped());
    return f.unit.isEmpty() ? f.text() : f.text() + QLatin1Char(' ') + f.unit;
}

QFont reportFont(double pixels, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString esc(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString figurePlaceholder(const QString &id)
{
    return QStringLiteral("<p>{{figure:%1}}</p>\n").arg(id);
}

HtmlTable::HtmlTable(QStringList header, QList<bool> numeric)
    : m_header(std::move(header))
    , m_numeric(std::move(numeric))
{ }

void HtmlTable::row(const QStringList &cells, const QString &rowClass)
{
    m_body += rowClass.isEmpty() ? QStringLiteral("<tr>")
                                 : QStringLiteral("<tr class=\"%1\">").arg(rowClass);
    for (int i = 0; i < cells.size(); ++i) {
        const bool num = i < m_numeric.size() && m_numeric[i];
        // Cells arrive escaped by the caller (some carry markup such as <b>).
        m_body += num ? QStringLiteral("<td align=\"right\">%1</td>").arg(cells[i])
                      : QStringLiteral("<td>%1</td>").arg(cells[i]);
    }
    m_body += QStringLiteral("</tr>\n");
    ++m_rows;
}

QString HtmlTable::html() const
{
    QString h = QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"3\" border=\"1\">\n<thead><tr>");
    for (int i = 0; i < m_header.size(); ++i) {
        const bool num = i < m_numeric.size() && m_numeric[i];
        const QString width
            = i < m_widths.size() ? QStringLiteral(" width=\"%1%\"").arg(m_widths[i]) : QString();
        h += QStringLiteral("<th%1%2>%3</th>")
                 .arg(num ? QStringLiteral(" align=\"right\"") : QString(), width,
                      esc(m_header[i]));
    }
    return h + QStringLiteral("</tr></thead>\n<tbody>\n") + m_body
        + QStringLiteral("</tbody></table>\n");
}

} // namespace aif::report
