#pragma once

#include "dashboardchart.h"

namespace aif {

namespace tco {
struct TcoResult;
}

// Sensitivity of the cost per million tokens: each TCO input at −20 % and +20 % as bars left
// and right of the base $/Mtok, largest swing on top (the solver sorts by swing).
class TornadoChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit TornadoChart(QWidget *parent = nullptr);

    void setResult(const tco::TcoResult *result, const QString &reason);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace aif
