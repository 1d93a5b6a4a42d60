#pragma once

// Two objectives of a sweep against each other: every solved case (grey), the non-dominated
// ones (solvers/sweep/paretofront.h) drawn larger and joined as the front, the selected case
// ringed. A click on a point selects that case.
#include "dashboard/dashboardchart.h"
#include "sweep/paretofront.h"

class QScatterSeries;

namespace aif {

struct SweepChartPoint
{
    int caseId = 0;
    double x = 0.0;
    double y = 0.0;
    bool onFront = false;
};

class SweepParetoChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit SweepParetoChart(QWidget *parent = nullptr);

    void setPoints(const std::vector<SweepChartPoint> &points, const QString &xTitle,
                   const QString &yTitle, sweep::Sense xSense, sweep::Sense ySense);
    void setSelectedCase(int caseId);

    int pointCount() const { return int(m_points.size()); }
    int frontCount() const;

signals:
    void caseClicked(int caseId);

private:
    void pointClicked(const QPointF &point);

    std::vector<SweepChartPoint> m_points;
    QScatterSeries *m_selected = nullptr;
};

} // namespace aif
