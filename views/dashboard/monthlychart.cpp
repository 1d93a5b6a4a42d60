#include "monthlychart.h"

#include "energy/annual.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace aif {

MonthlyChart::MonthlyChart(QWidget *parent)
    : DashboardChart("monthlyChart", tr("Monthly PUE and free cooling"), parent)
{ }

int MonthlyChart::pueCount() const
{
    for (QAbstractSeries *s : chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            return int(line->count());
    return 0;
}

int MonthlyChart::ereCount() const
{
    for (QAbstractSeries *s : chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name().startsWith(QLatin1String("ERE")))
            return int(line->count());
    return 0;
}

int MonthlyChart::freeCoolingCount() const
{
    for (QAbstractSeries *s : chart()->series())
        if (auto *bars = qobject_cast<QBarSeries *>(s))
            return bars->count() ? int(bars->barSets().first()->count()) : 0;
    return 0;
}

void MonthlyChart::resizeEvent(QResizeEvent *event)
{
    DashboardChart::resizeEvent(event);
    labelMonths();
}

void MonthlyChart::labelMonths()
{
    // "Jan … Dec" where a month has room for three letters, else initials (Qt elides "May" to
    // "M..." otherwise). Category names must be unique: repeated initials get zero-width spaces.
    QBarCategoryAxis *x = nullptr;
    for (QAbstractAxis *a : chart()->axes(Qt::Horizontal))
        x = x ? x : qobject_cast<QBarCategoryAxis *>(a);
    if (!x)
        return;
    const QLocale en(QLocale::English);
    const bool initials = width() < 560;
    QStringList months;
    for (int m = 1; m <= 12; ++m) {
        QString name = en.monthName(m, initials ? QLocale::NarrowFormat : QLocale::ShortFormat);
        while (months.contains(name))
            name += QChar(0x200B);
        months << name;
    }
    if (x->categories() != months)
        x->setCategories(months);
}

void MonthlyChart::setAnnual(const energy::AnnualResult *annual, const QString &reason)
{
    if (!annual || !annual->ok) {
        showMessage(reason.isEmpty() ? tr("No annual energy result.") : reason);
        return;
    }
    resetChart();
    const QLocale en(QLocale::English);
    auto *hours = new QBarSet(tr("hours with chillers off (h)"));
    hours->setColor(QColor(120, 190, 220));
    hours->setBorderColor(QColor(70, 140, 180));
    auto *pue = new QLineSeries;
    pue->setName(tr("PUE"));
    pue->setPen(QPen(QColor(204, 85, 0), 2.5));
    pue->setPointsVisible(true);
    pue->setPointLabelsVisible(false);
    int maxHours = 0;
    double lo = 10.0, hi = 0.0;
    for (int m = 0; m < 12; ++m) {
        *hours << annual->monthlyFreeCoolingHours[size_t(m)];
        maxHours = std::max(maxHours, annual->monthlyFreeCoolingHours[size_t(m)]);
        const double p = annual->monthlyPue[size_t(m)];
        pue->append(m, p);
        lo = std::min(lo, p);
        hi = std::max(hi, p);
    }
    // Heat reuse: ERE beside PUE, month by month (heating demand is seasonal).
    QLineSeries *ere = nullptr;
    if (annual->reusedMwh > 0.0) {
        ere = new QLineSeries;
        ere->setName(tr("ERE (reused heat taken off)"));
        ere->setPen(QPen(QColor(40, 150, 90), 2.5, Qt::DashLine));
        ere->setPointsVisible(true);
        for (int m = 0; m < 12; ++m) {
            const double e = annual->monthlyEre[size_t(m)];
            ere->append(m, e);
            lo = std::min(lo, e);
        }
    }
    auto *bars = new QBarSeries;
    bars->append(hours);
    bars->setBarWidth(0.6);
    chart()->addSeries(bars);
    chart()->addSeries(pue);
    if (ere)
        chart()->addSeries(ere);

    auto *x = new QBarCategoryAxis;
    x->setObjectName("months");
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    x->setLabelsFont(f);
    chart()->addAxis(x, Qt::AlignBottom);
    polishChart();
    bars->attachAxis(x);
    pue->attachAxis(x);
    if (ere)
        ere->attachAxis(x);
    labelMonths();
    // A cold site's PUE moves in the third decimal over the year: label with enough digits.
    QValueAxis *left = addValueAxis(tr("PUE"), Qt::AlignLeft, hi - lo < 0.08 ? "%.3f" : "%.2f");
    const double pad = std::max(0.005, (hi - lo) * 0.15);
    left->setRange(ere ? std::max(0.0, lo - pad) : std::max(1.0, lo - pad), hi + pad);
    left->applyNiceNumbers();
    left->setLinePenColor(QColor(204, 85, 0));
    pue->attachAxis(left);
    if (ere)
        ere->attachAxis(left);
    QValueAxis *right = addValueAxis(tr("h"), Qt::AlignRight, "%.0f");
    // A month has at most 744 h; with no free cooling at all keep a small axis so the empty
    // bars read as zero rather than as a missing series.
    right->setRange(0, maxHours > 0 ? std::min(744.0, maxHours * 1.15) : 100.0);
    right->applyNiceNumbers();
    right->setGridLineVisible(false);
    bars->attachAxis(right);
    if (maxHours == 0)
        hours->setLabel(tr("hours with every chiller off (h): 0 all year"));
    // Site-wide hours (the bars) are strict: one chiller-only loop makes them 0. The heat share
    // in the subtitle says how much of the year's heat the economizers carried anyway.
    QString subtitle = tr("%1: annual PUE %2, %4 % of heat rejected without chillers (partial economizer "
                          "hours included), %3 MWh")
                           .arg(QString::fromStdString(annual->climate))
                           .arg(annual->pue, 0, 'f', 3)
                           .arg(en.toString(annual->facilityMwh, 'f', 0))
                           .arg(100.0 * annual->economizerShare, 0, 'f', 0);
    if (ere && annual->itMwh > 0.0)
        subtitle += tr("; %1 MWh of heat reused, ERE %2")
                        .arg(en.toString(annual->reusedMwh, 'f', 0))
                        .arg((annual->facilityMwh - annual->reusedMwh) / annual->itMwh, 0, 'f', 3);
    setTitles(ere ? tr("Monthly PUE, ERE and free cooling") : tr("Monthly PUE and free cooling"), subtitle);
}

} // namespace aif
