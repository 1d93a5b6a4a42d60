#pragma once

#include "dashboardchart.h"

namespace aif {

namespace throughput {
struct ThroughputResult;
}

// Per deployment: output tokens/s (left axis) and tokens per joule at the servers (right
// axis) as a pair of bars. Two bar series, each padded with an empty set so their bars sit
// side by side although each is drawn against its own axis.
class DeploymentChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit DeploymentChart(QWidget *parent = nullptr);

    // result null or without deployments: "—" and the reason.
    void setResult(const throughput::ThroughputResult *result, const QString &reason);
    int deploymentCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace aif
