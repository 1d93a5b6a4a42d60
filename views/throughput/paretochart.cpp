#include "paretochart.h"

#include "chartexport.h"
#include "common/chartstyle.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace aif {

ParetoChart::ParetoChart(QWidget *parent)
    : QChartView(parent)
    , m_all(new QScatterSeries)
    , m_front(new QLineSeries)
    , m_operating(new QScatterSeries)
    , m_limit(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    setObjectName("paretoChart");
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("Tokens/s per GPU vs per user"));
    m_all->setName(tr("layout, batch"));
    m_all->setMarkerSize(6);
    m_all->setColor(QColor(160, 170, 185));
    m_all->setBorderColor(Qt::transparent);
    m_front->setName(tr("Pareto front"));
    m_front->setPen(QPen(QColor(32, 96, 170), 2));
    m_operating->setName(tr("this deployment"));
    m_operating->setMarkerSize(13);
    m_operating->setColor(QColor(214, 40, 40));
    m_operating->setBorderColor(Qt::white);
    m_limit->setName(tr("TPOT limit"));
    m_limit->setPen(QPen(QColor(192, 0, 32), 1.5, Qt::DashLine));
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *> {m_all, m_front, m_limit, m_operating})
        chart->addSeries(s);
    m_x->setTitleText(tr("tokens/s per user"));
    m_y->setTitleText(tr("tokens/s per GPU"));
    m_x->setLabelFormat("%.0f");
    m_y->setLabelFormat("%.0f");
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    styleChart(chart, palette());
    setMinimumSize(300, 200);
    installPngExport(this, "pareto");
    auto tip = [this](const QPointF &pt, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(),
                               tr("%1 tokens/s per user, %2 tokens/s per GPU")
                                   .arg(pt.x(), 0, 'f', 1)
                                   .arg(pt.y(), 0, 'f', 0));
    };
    connect(m_all, &QScatterSeries::hovered, this, tip);
    connect(m_operating, &QScatterSeries::hovered, this, tip);
}

void ParetoChart::setPoints(const std::vector<throughput::ParetoPoint> &points,
                            const throughput::OperatingPoint &op, double tpotLimitS)
{
    QList<QPointF> all, front;
    double maxX = 1.0, maxY = 1.0;
    for (const throughput::ParetoPoint &p : points) {
        all << QPointF(p.tokensPerSPerUser, p.tokensPerSPerGpu);
        if (p.onFront)
            front << all.back();
        maxX = std::max(maxX, p.tokensPerSPerUser);
        maxY = std::max(maxY, p.tokensPerSPerGpu);
    }
    std::sort(front.begin(), front.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_all->replace(all);
    m_front->replace(front);
    m_operating->clear();
    if (op.feasible) {
        m_operating->append(op.tokensPerSPerUser, op.tokensPerSPerGpu);
        maxX = std::max(maxX, op.tokensPerSPerUser);
        maxY = std::max(maxY, op.tokensPerSPerGpu);
    }
    // Users need at least 1/TPOT tokens/s each; points left of the line miss the limit.
    m_limit->clear();
    const double minSpeed = tpotLimitS > 0 ? 1.0 / tpotLimitS : 0.0;
    if (minSpeed > 0 && minSpeed < maxX * 1.5) {
        m_limit->append(minSpeed, 0);
        m_limit->append(minSpeed, maxY * 1.08);
        maxX = std::max(maxX, minSpeed);
    }
    m_x->setVisible(true);
    m_y->setVisible(true);
    chart()->legend()->setVisible(true);
    m_x->setRange(0, maxX * 1.08);
    m_y->setRange(0, maxY * 1.08);
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
    m_pointCount = int(all.size());
    m_frontCount = int(front.size());
    chart()->setTitle(
        tr("Tokens/s per GPU vs per user (%1 layout × batch points)").arg(m_pointCount));
}

void ParetoChart::clear(const QString &message)
{
    m_all->clear();
    m_front->clear();
    m_operating->clear();
    m_limit->clear();
    m_pointCount = m_frontCount = 0;
    m_x->setVisible(false);
    m_y->setVisible(false);
    chart()->legend()->setVisible(false);
    chart()->setTitle(message);
}

void ParetoChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // A theme is a new style and a new palette: either event may come last.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        styleChart(chart(), palette());
}

} // namespace aif
