#include "lengthhistogramchart.h"

#include "fabricplan.h"
#include "mediumstyle.h"
#include "networkformat.h"
#include "units.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace aif {

LengthHistogramChart::LengthHistogramChart(QWidget *parent)
    : DashboardChart("cableLengthHistogram", tr("Cable lengths"), parent)
{ }

void LengthHistogramChart::setPlan(const FabricPlan *plan)
{
    const fabricFigures::LengthHistogram *h = plan ? &plan->histogram : nullptr;
    m_bins = h ? int(h->counts.size()) : 0;
    m_media = h ? int(h->media.size()) : 0;
    m_cables = h ? h->total() : 0;
    if (!h || m_cables == 0) {
        showMessage(plan ? tr("no scale-out cables in this design") : tr("planning…"));
        return;
    }
    resetChart();
    const UnitSystem us = units::currentSystem();
    const DisplayUnit unit = units::displayUnit(Quantity::Length, us);
    auto *series = new QStackedBarSeries;
    long long peak = 0;
    for (const std::vector<long long> &bin : h->counts) {
        long long sum = 0;
        for (long long c : bin)
            sum += c;
        peak = std::max(peak, sum);
    }
    for (size_t m = 0; m < h->media.size(); ++m) {
        long long n = 0;
        for (const std::vector<long long> &bin : h->counts)
            n += bin[m];
        auto *set = new QBarSet(
            QStringLiteral("%1: %2").arg(mediumStyle::label(h->media[m]), networkFormat::count(n)));
        for (const std::vector<long long> &bin : h->counts)
            *set << double(bin[m]);
        set->setColor(mediumStyle::color(h->media[m]));
        set->setBorderColor(mediumStyle::color(h->media[m]).darker(130));
        series->append(set);
    }
    series->setBarWidth(0.85);
    chart()->addSeries(series);
    QStringList bins;
    for (int i = 0; i < m_bins; ++i)
        bins << QStringLiteral("%1–%2")
                    .arg(std::round(units::toDisplay(i * h->binM, Quantity::Length, us)))
                    .arg(std::round(units::toDisplay((i + 1) * h->binM, Quantity::Length, us)));
    auto *x = new QBarCategoryAxis;
    x->append(bins);
    x->setTitleText(tr("routed length per link (%1)").arg(unit.symbol));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    x->setTitleFont(small);
    chart()->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = addValueAxis(tr("cables"), Qt::AlignLeft, "%.0f");
    y->setRange(0, double(peak) * 1.1);
    y->applyNiceNumbers();
    series->attachAxis(x);
    series->attachAxis(y);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
    setTitles(tr("Cable lengths, every scale-out domain"),
              tr("%1 cables, %2 of routed cable; bins of %3")
                  .arg(networkFormat::count(m_cables),
                       networkFormat::length(plan->fabric.cableLengthM),
                       networkFormat::length(h->binM)));
}

} // namespace aif
