#include "tcochart.h"

#include "tco/tco.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <map>

namespace aif {

TcoChart::TcoChart(QWidget *parent)
    : DashboardChart("tcoChart", tr("Cost breakdown"), parent)
{
    useSideLegend();
}

void TcoChart::setResult(const tco::TcoResult *r, double discountRate, const QString &reason)
{
    m_capexSegments = m_opexSegments = 0;
    if (!r || (r->capexUsd <= 0 && r->opexUsdPerYear <= 0)) {
        showMessage(reason);
        return;
    }
    resetChart();
    const bool perToken = r->tokensPerYear > 0;
    // USD per year → display unit: $/Mtok over the served tokens, else M USD/yr.
    const double scale = perToken ? 1.0 / (r->tokensPerYear / 1e6) : 1e-6;
    const QString unit = perToken ? tr("$/Mtok") : tr("M USD/yr");

    // Each category's capital recovery at its own life, scaled so the categories add up to the
    // solver's annualized capex exactly.
    std::map<std::string, double> weight, capexByCategory;
    double total = 0.0;
    for (const tco::CapexLine &l : r->capex) {
        const double w = l.usd * tco::capitalRecoveryFactor(discountRate, l.lifeYears);
        weight[l.category] += w;
        capexByCategory[l.category] += l.usd;
        total += w;
    }
    static const std::pair<const char *, const char *> categories[]
        = {{"it", QT_TR_NOOP("capital: IT systems")},
           {"network", QT_TR_NOOP("capital: network")},
           {"power", QT_TR_NOOP("capital: power chain")},
           {"cooling", QT_TR_NOOP("capital: cooling")},
           {"shell", QT_TR_NOOP("capital: shell, fit-out")},
           {"installation", QT_TR_NOOP("capital: installation")}};
    auto *series = new QHorizontalStackedBarSeries;
    int colour = 0;
    auto addSet = [&](const QString &name, double capital, double operating, const QColor &c) {
        auto *set = new QBarSet(name);
        *set << capital * scale << operating * scale;
        set->setColor(c);
        set->setBorderColor(c.darker(115));
        series->append(set);
    };
    for (const auto &[key, label] : categories) {
        auto it = weight.find(key);
        if (it == weight.end() || it->second <= 0 || total <= 0)
            continue;
        addSet(tr(label), r->annualizedCapexUsd * it->second / total, 0.0, seriesColour(colour++));
        ++m_capexSegments;
    }
    const std::pair<QString, double> opex[]
        = {{tr("energy"), r->energyUsdPerYear}, {tr("demand charge"), r->demandUsdPerYear},
           {tr("water"), r->waterUsdPerYear},   {tr("maintenance"), r->maintenanceUsdPerYear},
           {tr("staff"), r->staffUsdPerYear},   {tr("software"), r->softwareUsdPerYear}};
    static const QColor opexColours[] = {{204, 85, 0},    {240, 170, 70},  {60, 180, 170},
                                         {150, 150, 150}, {180, 120, 190}, {110, 160, 90}};
    int o = 0;
    for (const auto &[name, usd] : opex) {
        if (usd > 0) {
            addSet(tr("operating: %1").arg(name), 0.0, usd, opexColours[o % 6]);
            ++m_opexSegments;
        }
        ++o;
    }
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    const double capital = r->annualizedCapexUsd * scale, operating = r->opexUsdPerYear * scale;
    const int d = perToken ? 3 : 2;
    addRowAxis({tr("capital %1").arg(capital, 0, 'f', d), tr("operating %1").arg(operating, 0, 'f', d)}, series);
    QValueAxis *x = addValueAxis(perToken ? tr("$ per million tokens") : tr("M USD per year"),
                                 Qt::AlignBottom, perToken ? "%.2f" : "%.1f");
    x->setRange(0, std::max(capital, operating) * 1.05);
    x->applyNiceNumbers();
    series->attachAxis(x);
    const QLocale en(QLocale::English);
    setTitles(perToken
                  ? tr("Cost per million tokens: %1 $/Mtok").arg(r->usdPerMillionTokens, 0, 'f', 3)
                  : tr("Cost per year"),
              (perToken ? tr("capex %1 M USD, opex %2 M USD/yr")
                        : tr("capex %1 M USD, opex %2 M USD/yr; no tokens served"))
                  .arg(en.toString(r->capexUsd * 1e-6, 'f', 1),
                       en.toString(r->opexUsdPerYear * 1e-6, 'f', 2)));
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, unit, d](bool status, int index, QBarSet *set) {
                if (status)
                    QToolTip::showText(QCursor::pos(),
                                       QStringLiteral("%1: %2 %3")
                                           .arg(set->label())
                                           .arg(set->at(index), 0, 'f', d + 1)
                                           .arg(unit),
                                       this);
            });
    setToolTip(tr(
        "Unit prices are catalog assumptions: replace them with quotes (catalog category costs)."));
    layoutSideLegend();
}

} // namespace aif
