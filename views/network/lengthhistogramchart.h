#pragma once

#include "dashboard/dashboardchart.h"

namespace aif {

struct FabricPlan;

// Scale-out cables per routed-length bin (the CLI's 5 m bins), stacked by medium in the
// medium colours of the cable overlay: where the lengths fall against each medium's reach shows
// why a fabric is copper, AOC or single-mode.
class LengthHistogramChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit LengthHistogramChart(QWidget *parent = nullptr);

    void setPlan(const FabricPlan *plan);
    int binCount() const { return m_bins; }
    int mediumCount() const { return m_media; }
    long long cableCount() const { return m_cables; }

private:
    int m_bins = 0, m_media = 0;
    long long m_cables = 0;
};

} // namespace aif
