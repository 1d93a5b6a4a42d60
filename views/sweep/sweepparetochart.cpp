#include "sweepparetochart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {

// Axis range with a margin, never empty (a sweep that moves nothing still draws its point).
void setRange(QValueAxis *axis, double lo, double hi)
{
    const double span = hi - lo;
    const double pad = span > 0 ? span * 0.08 : std::max(std::abs(lo) * 0.02, 1e-9);
    axis->setRange(lo - pad, hi + pad);
    axis->applyNiceNumbers();
}

QString senseWord(sweep::Sense s)
{
    return s == sweep::Sense::Minimize ? SweepParetoChart::tr("lower is better")
                                       : SweepParetoChart::tr("higher is better");
}

} // namespace

SweepParetoChart::SweepParetoChart(QWidget *parent)
    : DashboardChart("sweepParetoChart", tr("Pareto front"), parent)
{
    showMessage(tr("run a sweep to see its cases"));
}

int SweepParetoChart::frontCount() const
{
    return int(std::count_if(m_points.begin(), m_points.end(),
                             [](const SweepChartPoint &p) { return p.onFront; }));
}

void SweepParetoChart::setPoints(const std::vector<SweepChartPoint> &points, const QString &xTitle,
                                 const QString &yTitle, sweep::Sense xSense, sweep::Sense ySense)
{
    m_points = points;
    m_selected = nullptr;
    if (points.empty()) {
        showMessage(tr("no solved case has both objectives"));
        return;
    }
    resetChart();
    auto *all = new QScatterSeries;
    all->setName(tr("case"));
    all->setMarkerSize(8);
    all->setColor(QColor(160, 170, 185));
    all->setBorderColor(Qt::transparent);
    auto *frontLine = new QLineSeries;
    frontLine->setName(tr("Pareto front"));
    frontLine->setPen(QPen(QColor(32, 96, 170), 2));
    auto *front = new QScatterSeries;
    front->setName(tr("non-dominated case"));
    front->setMarkerSize(12);
    front->setColor(QColor(255, 127, 14));
    front->setBorderColor(QColor(32, 96, 170));
    m_selected = new QScatterSeries;
    m_selected->setName(tr("selected"));
    m_selected->setMarkerSize(18);
    m_selected->setColor(Qt::transparent);
    m_selected->setBorderColor(QColor(214, 40, 40));
    m_selected->setPen(QPen(QColor(214, 40, 40), 2.5));
    double x0 = points.front().x, x1 = x0, y0 = points.front().y, y1 = y0;
    QList<QPointF> frontPoints;
    for (const SweepChartPoint &p : points) {
        (p.onFront ? *front : *all) << QPointF(p.x, p.y);
        if (p.onFront)
            frontPoints << QPointF(p.x, p.y);
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y);
        y1 = std::max(y1, p.y);
    }
    // For two objectives the front is monotone: ordered by x it is a staircase line.
    std::sort(frontPoints.begin(), frontPoints.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    frontLine->append(frontPoints);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{all, frontLine, front, m_selected})
        chart()->addSeries(s);
    QValueAxis *x = addValueAxis(QStringLiteral("%1 (%2)").arg(xTitle, senseWord(xSense)), Qt::AlignBottom, "%.4g");
    QValueAxis *y = addValueAxis(QStringLiteral("%1 (%2)").arg(yTitle, senseWord(ySense)), Qt::AlignLeft, "%.4g");
    setRange(x, x0, x1);
    setRange(y, y0, y1);
    for (QAbstractSeries *s : chart()->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    polishChart();
    setTitles(tr("Pareto front: %1 vs %2").arg(yTitle, xTitle),
              tr("%1 solved cases, %2 non-dominated").arg(points.size()).arg(frontCount()));
    auto tip = [this](const QPointF &pt, bool state) {
        if (!state)
            return;
        for (const SweepChartPoint &p : m_points) {
            if (p.x == pt.x() && p.y == pt.y()) {
                QToolTip::showText(QCursor::pos(), tr("Case %1: %2, %3")
                                                       .arg(p.caseId)
                                                       .arg(p.x, 0, 'g', 5)
                                                       .arg(p.y, 0, 'g', 5), this);
                return;
            }
        }
    };
    connect(all, &QScatterSeries::hovered, this, tip);
    connect(front, &QScatterSeries::hovered, this, tip);
    connect(all, &QScatterSeries::clicked, this, &SweepParetoChart::pointClicked);
    connect(front, &QScatterSeries::clicked, this, &SweepParetoChart::pointClicked);
}

void SweepParetoChart::pointClicked(const QPointF &point)
{
    // The nearest case in screen terms (the series reports the point's own coordinates).
    int best = -1;
    double bestDistance = 0.0;
    const QPointF at = chart()->mapToPosition(point);
    for (const SweepChartPoint &p : m_points) {
        const QPointF q = chart()->mapToPosition(QPointF(p.x, p.y));
        const double d = std::hypot(q.x() - at.x(), q.y() - at.y());
        if (best < 0 || d < bestDistance) {
            best = p.caseId;
            bestDistance = d;
        }
    }
    if (best > 0)
        emit caseClicked(best);
}

void SweepParetoChart::setSelectedCase(int caseId)
{
    if (!m_selected)
        return;
    m_selected->clear();
    for (const SweepChartPoint &p : m_points) {
        if (p.caseId == caseId)
            m_selected->append(p.x, p.y);
    }
}

} // namespace aif
