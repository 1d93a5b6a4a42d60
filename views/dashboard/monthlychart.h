#pragma once

#include "dashboardchart.h"

namespace aif {

namespace energy {
struct AnnualResult;
}

// The year at the site's weather: monthly PUE as a line (left axis) over free-cooling hours
// per month as bars (right axis, hours with no compressor running).
class MonthlyChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit MonthlyChart(QWidget *parent = nullptr);

    // annual null or not ok: "—" and the reason (e.g. the site has no climate).
    void setAnnual(const energy::AnnualResult *annual, const QString &reason);
    int pueCount() const;
    int freeCoolingCount() const;
    int ereCount() const;   // points of the ERE line (0 when no heat is reused)

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void labelMonths();
};

} // namespace aif
