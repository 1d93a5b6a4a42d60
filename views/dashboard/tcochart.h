#pragma once

#include "dashboardchart.h"

namespace aif {

namespace tco {
struct TcoResult;
}

// What a year of the design costs, as two stacked bars: capital (each capex category's
// annual capital recovery) and operating (energy, demand, water, maintenance, staff,
// software). In $/Mtok when the design serves tokens, so the bars add up to the headline cost
// per million tokens; otherwise in M USD per year.
class TcoChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit TcoChart(QWidget *parent = nullptr);

    // discountRate: the project's, to split the annualized capex by category (each category
    // over its own life); the bar total is the solver's annualized capex either way.
    void setResult(const tco::TcoResult *result, double discountRate, const QString &reason);
    int capexSegments() const { return m_capexSegments; }
    int opexSegments() const { return m_opexSegments; }

private:
    int m_capexSegments = 0;
    int m_opexSegments = 0;
};

} // namespace aif
