#include "powerbreakdownchart.h"

#include "power/powersolver.h"
#include "power/stagename.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace aif {

namespace {

struct Segment
{
    QString name;
    QColor colour;
    std::vector<double> w; // one per bar
};

// Power-chain stages from the utility to the server, so the legend reads down the chain.
const QStringList &stageOrder()
{
    static const QStringList order {"utility",    "generator", "transformer", "sst",
                                    "switchgear", "ups",       "busway",      "pdu",
                                    "rpp",        "rectifier", "powershelf",  "psu"};
    return order;
}

QString stageLabel(const QString &type)
{
    return QObject::tr("loss: %1").arg(powerStageName(type.toStdString()));
}

// Two or three significant digits: 7.22 MW, 0.25 MW, 0.004 MW, 46 kW.
int decimals(double shown)
{
    const double a = std::abs(shown);
    return a >= 100 ? 0 : a >= 1 ? 2 : a >= 0.01 ? 3 : 4;
}

} // namespace

PowerBreakdownChart::PowerBreakdownChart(QWidget *parent)
    : DashboardChart("powerBreakdownChart", tr("Power breakdown"), parent)
{
    useSideLegend();
}

int PowerBreakdownChart::segmentCount() const
{
    const auto s = chart()->series();
    auto *series = s.isEmpty() ? nullptr : qobject_cast<QHorizontalStackedBarSeries *>(s.first());
    return series ? int(series->count()) : 0;
}

void PowerBreakdownChart::setBars(const std::vector<Bar> &input, bool withValues)
{
    std::vector<Bar> bars;
    for (const Bar &b : input) {
        if (b.power && b.power->facilityW > 0)
            bars.push_back(b);
    }
    m_bars = int(bars.size());
    if (bars.empty()) {
        showMessage(
            tr("No power result: the power solve did not run or the design has no powered racks."));
        return;
    }
    resetChart();
    const size_t n = bars.size();
    std::vector<Segment> segments;
    // IT equipment without the in-rack conversion losses, which get their own segments.
    // Named apart from "IT power" (which includes those losses) so the two never read as one.
    Segment it {tr("IT components (IT power less PSU losses)"), itColour(), std::vector<double>(n)};
    for (size_t i = 0; i < n; ++i) {
        const auto &l = bars[i].power->lossesByStageW;
        const double inRack = (l.contains("psu") ? l.at("psu") : 0.0)
            + (l.contains("powershelf") ? l.at("powershelf") : 0.0);
        it.w[i] = bars[i].power->itW - inRack;
    }
    segments.push_back(it);
    QStringList stages;
    for (const Bar &b : bars) {
        for (const auto &[type, w] : b.power->lossesByStageW)
            if (w > 0 && !stages.contains(QString::fromStdString(type)))
                stages << QString::fromStdString(type);
    }
    std::sort(stages.begin(), stages.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = stageOrder().indexOf(a), ib = stageOrder().indexOf(b);
        return (ia < 0 ? 99 : ia) < (ib < 0 ? 99 : ib);
    });
    for (int s = 0; s < stages.size(); ++s) {
        Segment seg {stageLabel(stages[s]), lossColour(s), std::vector<double>(n)};
        for (size_t i = 0; i < n; ++i) {
            const auto &l = bars[i].power->lossesByStageW;
            auto f = l.find(stages[s].toStdString());
            seg.w[i] = f != l.end() ? f->second : 0.0;
        }
        segments.push_back(seg);
    }
    const std::pair<QString, double power::CoolingPower::*> parts[]
        = {{tr("cooling: air-unit fans"), &power::CoolingPower::airFansW},
           {tr("cooling: CDU pumps"), &power::CoolingPower::cduPumpsW},
           {tr("cooling: chillers"), &power::CoolingPower::chillersW},
           {tr("cooling: dry coolers"), &power::CoolingPower::dryCoolersW},
           {tr("cooling: towers"), &power::CoolingPower::towersW},
           {tr("cooling: heat reuse"), &power::CoolingPower::heatReuseW}};
    int c = 0;
    for (const auto &[name, member] : parts) {
        Segment seg {name, coolingColour(c), std::vector<double>(n)};
        double any = 0.0;
        for (size_t i = 0; i < n; ++i)
            any += seg.w[i] = bars[i].power->cooling.*member;
        if (any > 0) {
            segments.push_back(seg);
            ++c;
        }
    }

    double maxW = 0.0;
    for (const Bar &b : bars)
        maxW = std::max(maxW, b.power->facilityW);
    // kW below 5 MW, so a 1 MW hall reads "1,511 kW" rather than "1.51 MW".
    const bool mw = maxW >= 5e6;
    const double scale = mw ? 1e-6 : 1e-3;
    const QString unit = mw ? "MW" : "kW";
    auto *series = new QHorizontalStackedBarSeries;
    for (const Segment &s : segments) {
        QString name = s.name;
        if (withValues)
            name += QStringLiteral("  %1 %2").arg(
                QString::number(s.w.back() * scale, 'f', decimals(s.w.back() * scale)), unit);
        auto *set = new QBarSet(name);
        set->setColor(s.colour);
        set->setBorderColor(s.colour.darker(115));
        for (double w : s.w)
            *set << w * scale;
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    QStringList categories;
    for (const Bar &b : bars)
        categories << b.label;
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    y->setLabelsFont(f);
    chart()->addAxis(y, Qt::AlignLeft);
    polishChart();
    series->attachAxis(y);
    QValueAxis *x = addValueAxis(unit, Qt::AlignBottom, "%.0f");
    x->setRange(0, maxW * scale * 1.02);
    x->applyNiceNumbers();
    if (mw && maxW * scale < 20)
        x->setLabelFormat("%.1f");
    series->attachAxis(x);
    QStringList totals;
    for (const Bar &b : bars)
        totals << QStringLiteral("%1 %2 %3")
                      .arg(b.label)
                      .arg(b.power->facilityW * scale, 0, 'f', mw ? 2 : 0)
                      .arg(unit);
    setSideLegendTitle(withValues ? tr("%1:").arg(bars.back().label) : QString());
    setTitles(tr("Power breakdown"), totals.join(QStringLiteral("; ")));
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, unit, categories](bool status, int index, QBarSet *set) {
                if (status)
                    QToolTip::showText(
                        QCursor::pos(),
                        QStringLiteral("%1 — %2: %3 %4")
                            .arg(categories.value(index), set->label().section("  ", 0, 0))
                            .arg(set->at(index), 0, 'f', 2)
                            .arg(unit),
                        this);
            });
    layoutSideLegend();
}

} // namespace aif
