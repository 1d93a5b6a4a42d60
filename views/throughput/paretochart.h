#pragma once

#include "throughput/serving.h"

#include <QChartView>

#include <vector>

class QScatterSeries;
class QLineSeries;
class QValueAxis;

namespace aif {

// Throughput per GPU against speed per user: every layout and batch size the sweep tried
// (grey), the Pareto front through them (line), the deployment's operating point (red) and
// the interactivity its TPOT limit asks for (dashed). Moving right buys faster users with
// GPU throughput; the front says how much.
class ParetoChart : public QChartView
{
    Q_OBJECT

public:
    explicit ParetoChart(QWidget *parent = nullptr);

    // tpotLimitS: the limit in force (0: none drawn).
    void setPoints(const std::vector<throughput::ParetoPoint> &points,
                   const throughput::OperatingPoint &op, double tpotLimitS);
    void clear(const QString &message);

    int pointCount() const { return m_pointCount; }
    int frontCount() const { return m_frontCount; }

protected:
    void changeEvent(QEvent *event) override;   // the theme changed: restyle (chartstyle.h)

private:
    QScatterSeries *m_all;
    QLineSeries *m_front;
    QScatterSeries *m_operating;
    QLineSeries *m_limit;
    QValueAxis *m_x;
    QValueAxis *m_y;
    int m_pointCount = 0;
    int m_frontCount = 0;
};

} // namespace aif
