#include "sweeptornadochart.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace aif {

SweepTornadoChart::SweepTornadoChart(QWidget *parent)
    : DashboardChart("sweepTornadoChart", tr("Sensitivity"), parent)
{
    showMessage(tr("run a sweep to see which parameter matters most"));
}

void SweepTornadoChart::setSensitivity(const Sensitivity &s, const QStringList &rowLabels,
                                       const std::vector<QStringList> &valueLabels,
                                       const QString &objective)
{
    m_rows = 0;
    if (s.rows.empty() || !std::isfinite(s.base)) {
        showMessage(tr("no solved case has %1").arg(objective));
        return;
    }
    resetChart();
    auto *low = new QBarSet(tr("lowest"));
    auto *high = new QBarSet(tr("highest"));
    low->setColor(QColor(31, 119, 180));
    high->setColor(QColor(255, 127, 14));
    QStringList rows;
    QStringList tips;
    double extent = 0.0;
    // Category 0 is drawn at the bottom: walk from the smallest swing up.
    for (auto it = s.rows.rbegin(); it != s.rows.rend(); ++it) {
        const double lo = std::min(it->low - s.base, 0.0);
        const double hi = std::max(it->high - s.base, 0.0);
        *low << lo;
        *high << hi;
        extent = std::max({extent, std::abs(lo), std::abs(hi)});
        const QStringList &values = valueLabels[size_t(it->parameter)];
        rows << QStringLiteral("%1  %2–%3")
                    .arg(rowLabels.value(it->parameter))
                    .arg(it->low, 0, 'g', 4)
                    .arg(it->high, 0, 'g', 4);
        tips << tr("%1: %2 at %3, %4 at %5")
                    .arg(rowLabels.value(it->parameter))
                    .arg(it->low, 0, 'g', 5)
                    .arg(values.value(it->lowIndex))
                    .arg(it->high, 0, 'g', 5)
                    .arg(values.value(it->highIndex));
    }
    m_rows = int(rows.size());
    auto *series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    addRowAxis(rows, series);
    QValueAxis *x = addValueAxis(tr("change from the base case's %1").arg(s.base, 0, 'g', 4),
                                 Qt::AlignBottom, "%+.3g");
    const double e = std::max(extent, std::abs(s.base) * 1e-6 + 1e-12) * 1.1;
    x->setRange(-e, e);
    x->setTickCount(5);
    series->attachAxis(x);
    setTitles(tr("Sensitivity of %1").arg(objective),
              s.mainEffects ? tr("mean over the cases with each value (not every line was solved)")
                            : tr("each parameter across its values, the others at base; largest swing on top"));
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, tips](bool status, int index, QBarSet *) {
                if (status)
                    QToolTip::showText(QCursor::pos(), tips.value(index), this);
            });
}

} // namespace aif
