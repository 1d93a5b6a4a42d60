#include "explainhtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("aif::ExplainPanel", text);
}

// The explainers' words (title, definition, formula, input names: QT_TRANSLATE_NOOP'd in
// solvers/explain) in the studio's language; `aif explain` prints them in English. Words built
// at run time ("Tokens per second of dep-1") have no entry and stay as they are.
QString words(const std::string &s)
{
    return s.empty() ? QString() : QCoreApplication::translate("aif::Explain", s.c_str());
}

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

bool isCelsius(const std::string &unit)
{
    return unit == "°C";
}

// "ratio" is the explainer's name for a dimensionless quotient; a PUE reads "1.122", not
// "1.122 ratio".
QString unitText(const std::string &unit, UnitSystem system)
{
    if (unit == "ratio")
        return {};
    if (isCelsius(unit))
        return units::displayUnit(Quantity::Temperature, system).symbol;
    return QString::fromStdString(unit);
}

// A value in the table's value column: temperatures converted, the SI value after them in US.
QString valueCell(double value, const std::string &unit, UnitSystem system, const QString &grey)
{
    if (!isCelsius(unit) || system == UnitSystem::SI)
        return explainNumber(value);
    const DisplayUnit u = units::displayUnit(Quantity::Temperature, system);
    return QStringLiteral("%1<br><span style='color:%3; font-size:small'>%2 °C</span>")
        .arg(QLocale(QLocale::English)
                 .toString(units::toDisplay(value, Quantity::Temperature, system), 'f', u.decimals),
             explainNumber(value), grey);
}

QString roleSign(explain::Role role)
{
    // How the input enters the formula, for a reader checking the arithmetic.
    switch (role) {
    case explain::Role::Term:
        return QStringLiteral("+");
    case explain::Role::Minus:
        return QStringLiteral("−");
    case explain::Role::Divisor:
        return QStringLiteral("÷");
    case explain::Role::Factor:
        return QStringLiteral("×");
    case explain::Role::Weight:
        return tr("weight");
    case explain::Role::Context:
        break;
    }
    return {};
}

// Definitions name their sibling figures by pointer ("the year's is /annual/annual_pue"): those
// the result explains become links too.
QString linkPointers(const QString &plain, const QSet<QString> &explainable, const QString &self)
{
    static const QRegularExpression pointer(
        QStringLiteral("(?<![\\w/])(/[a-z_]+(?:/[a-z0-9_]+)+)"));
    QString out;
    qsizetype at = 0;
    for (auto it = pointer.globalMatch(plain); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == self || !explainable.contains(m.captured(1)))
            continue;
        out += plain.mid(at, m.capturedStart(1) - at).toHtmlEscaped();
        out += QStringLiteral("<a href='explain:%1'>%1</a>").arg(m.captured(1).toHtmlEscaped());
        at = m.capturedEnd(1);
    }
    return out + plain.mid(at).toHtmlEscaped();
}

QString section(const QString &title)
{
    return QStringLiteral("<h4 style='margin-top:10px; margin-bottom:3px'>%1</h4>").arg(title);
}

} // namespace

QString explainNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double a = std::abs(value);
    if (a == 0.0)
        return QStringLiteral("0");
    if (a < 1e-4 || a >= 1e18)
        return QString::number(value, 'g', 6);
    const int digits = int(std::floor(std::log10(a))) + 1;
    const int decimals = std::clamp(6 - digits, 0, 6);
    QString s = QLocale(QLocale::English).toString(value, 'f', decimals);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    return s;
}

QString explainValueText(double value, const std::string &unit, UnitSystem system)
{
    if (isCelsius(unit) && system != UnitSystem::SI) {
        const DisplayUnit u = units::displayUnit(Quantity::Temperature, system);
        return QStringLiteral("%1 %2 (%3 °C)")
            .arg(QLocale(QLocale::English)
                     .toString(units::toDisplay(value, Quantity::Temperature, system), 'f',
                               u.decimals),
                 u.symbol, explainNumber(value));
    }
    const QString u = unitText(unit, system);
    return u.isEmpty() ? explainNumber(value) : explainNumber(value) + " " + u;
}

QStringList explainInputLinks(const explain::Explanation &e, const QSet<QString> &explainable)
{
    QStringList links;
    for (const explain::Input &in : e.inputs) {
        const QString p = QString::fromStdString(in.pointer);
        if (p != QString::fromStdString(e.pointer) && explainable.contains(p) && !links.contains(p))
            links << p;
    }
    return links;
}

QStringList explainEntities(const explain::Explanation &e)
{
    // The figure's own entities first, then those its inputs name (a rack at the maximum).
    QStringList ids;
    for (const std::string &id : e.entities)
        ids << QString::fromStdString(id);
    for (const explain::Input &in : e.inputs) {
        if (!in.entity.empty())
            ids << QString::fromStdString(in.entity);
    }
    ids.removeDuplicates();
    return ids;
}

QString explanationHtml(const explain::Explanation &e, const QSet<QString> &explainable,
                        UnitSystem system, const QPalette &palette)
{
    // Colours from the palette, so the body reads in the light and the dark theme alike.
    const QString grey = palette.color(QPalette::PlaceholderText).name();
    const QString band = palette.color(QPalette::AlternateBase).name();
    if (!e.ok)
        return QStringLiteral("<p>%1</p>").arg(esc(e.error));
    QString h
        = QStringLiteral("<p>%1</p>")
              .arg(linkPointers(words(e.definition), explainable, QString::fromStdString(e.pointer)));
    h += section(tr("Formula"));
    h += QStringLiteral("<p style='font-family:monospace'>%1</p>").arg(words(e.formula).toHtmlEscaped());
    if (const std::optional<double> r = explain::recompute(e)) {
        h += QStringLiteral("<p style='color:%2'>%1</p>")
                 .arg(tr("Recomputed from the inputs below: %1 (the result holds %2; inputs are "
                         "rounded as the result rounds them).")
                          .arg(explainValueText(*r, e.unit, system).toHtmlEscaped(),
                               explainValueText(e.value, e.unit, system).toHtmlEscaped()),
                      grey);
    }

    h += section(tr("Inputs"));
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'>"
                        "<tr style='background-color:%5'><th align='left' width='30%'>%1</th>"
                        "<th align='right' width='14%'>%2</th><th align='left' width='9%'>%3</th>"
                        "<th align='left'>%4</th></tr>")
             .arg(tr("Input"), tr("Value"), tr("Unit"), tr("Source"), band);
    const QString self = QString::fromStdString(e.pointer);
    int row = 0;
    for (const explain::Input &in : e.inputs) {
        const QString pointer = QString::fromStdString(in.pointer);
        QString name = words(in.name).toHtmlEscaped();
        if (pointer != self && explainable.contains(pointer))
            name = QStringLiteral("<a href='explain:%1'>%2</a>").arg(pointer.toHtmlEscaped(), name);
        const QString sign = roleSign(in.role);
        if (!sign.isEmpty())
            name = QStringLiteral("<span style='color:%3'>%1</span> %2").arg(sign, name, grey);
        QString where;
        if (!in.catalog.empty())
            where = tr("catalog %1").arg(esc(in.catalog));
        if (!in.pointer.empty())
            where += (where.isEmpty() ? QString() : QStringLiteral(" · ")) + esc(in.pointer);
        QString source = esc(in.source);
        if (!where.isEmpty())
            source += QStringLiteral("<br><span style='color:%2; font-size:small'>%1</span>")
                          .arg(where, grey);
        h += QStringLiteral("<tr%1><td valign='top'>%2</td><td align='right' valign='top'>%3</td>"
                            "<td valign='top'>%4</td><td valign='top'>%5</td></tr>")
                 .arg(row++ % 2 ? QStringLiteral(" style='background-color:%1'").arg(band)
                                : QString(),
                      name, valueCell(in.value, in.unit, system, grey),
                      unitText(in.unit, system).toHtmlEscaped(), source);
    }
    h += QStringLiteral("</table>");

    if (!e.reference.empty())
        h += section(tr("Reference")) + QStringLiteral("<p>%1</p>").arg(esc(e.reference));
    const QStringList entities = explainEntities(e);
    if (!entities.isEmpty()) {
        QStringList links;
        for (const QString &id : entities) {
            links << QStringLiteral("<a href='entity:%1'>%2</a>")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), id.toHtmlEscaped());
        }
        h += section(entities.size() == 1
                         ? tr("Depends on (a click selects it)")
                         : tr("Depends on %1 items (a click selects one)").arg(entities.size()))
            + QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(", ")));
    }
    h += QStringLiteral("<p style='color:%2; font-size:small'>%1</p>")
             .arg(tr("Read from the solve result at %1; the same as `aif explain FILE %1`.")
                      .arg(self.toHtmlEscaped()),
                  grey);
    return h;
}

} // namespace aif
