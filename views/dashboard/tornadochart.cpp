#include "tornadochart.h"

#include "tco/tco.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace aif {

TornadoChart::TornadoChart(QWidget *parent)
    : DashboardChart("tornadoChart", tr("Sensitivity of $/Mtok"), parent)
{ }

void TornadoChart::setResult(const tco::TcoResult *r, const QString &reason)
{
    m_rows = 0;
    if (!r || r->tornado.empty() || r->usdPerMillionTokens <= 0) {
        showMessage(reason);
        return;
    }
    resetChart();
    const double base = r->usdPerMillionTokens;
    auto *low = new QBarSet(tr("input −20 %"));
    auto *high = new QBarSet(tr("input +20 %"));
    low->setColor(QColor(31, 119, 180));
    high->setColor(QColor(255, 127, 14));
    QStringList rows;
    double extent = 0.0;
    // Category 0 is drawn at the bottom: walk from the smallest swing up.
    for (auto it = r->tornado.rbegin(); it != r->tornado.rend(); ++it) {
        const double lo = std::isfinite(it->low) ? it->low - base : 0.0;
        const double hi = std::isfinite(it->high) ? it->high - base : 0.0;
        *low << lo;
        *high << hi;
        extent = std::max({extent, std::abs(lo), std::abs(hi)});
        rows << QStringLiteral("%1  %2–%3")
                    .arg(QString::fromStdString(it->input))
                    .arg(std::min(it->low, it->high), 0, 'f', 3)
                    .arg(std::max(it->low, it->high), 0, 'f', 3);
    }
    m_rows = int(rows.size());
    auto *series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.65);
    chart()->addSeries(series);
    addRowAxis(rows, series);
    QValueAxis *x = addValueAxis(tr("change from the base %1 $/Mtok").arg(base, 0, 'f', 3),
                                 Qt::AlignBottom, "%+.3f");
    // A symmetric axis in round steps (1, 2, 2.5 or 5 × 10^k), two or three each side of zero.
    const double raw = std::max(extent, 1e-6) / 2.5;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * mag;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * mag >= raw) {
            step = m * mag;
            break;
        }
    }
    const int n = int(std::ceil(extent * 1.05 / step));
    x->setRange(-n * step, n * step);
    x->setTickCount(2 * n + 1);
    x->setLabelFormat(step >= 0.1 ? "%+.1f" : step >= 0.01 ? "%+.2f" : "%+.3f");
    series->attachAxis(x);
    setTitles(tr("Sensitivity of $/Mtok"),
              tr("each input at −20 % and +20 %, the others held; largest swing on top"));
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, rows, base](bool status, int index, QBarSet *set) {
                if (status)
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1 with %2: %3 $/Mtok (%4%5)")
                                           .arg(rows.value(index).section("  ", 0, 0), set->label())
                                           .arg(base + set->at(index), 0, 'f', 3)
                                           .arg(set->at(index) >= 0 ? "+" : "")
                                           .arg(set->at(index), 0, 'f', 3),
                                       this);
            });
}

} // namespace aif
