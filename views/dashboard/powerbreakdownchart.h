#pragma once

#include "dashboardchart.h"

#include <memory>
#include <vector>

namespace aif {

namespace power {
struct PowerResult;
}

// Where the facility's power goes, one horizontal stacked bar per power solve: IT equipment,
// the losses of each power-chain stage (server PSUs and power shelves included, which the
// power solver counts inside the IT load) and each part of the cooling plant. The bars add
// up to the facility power. Used for design vs operating point, and for A vs B in compare.
class PowerBreakdownChart : public DashboardChart
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        std::shared_ptr<const power::PowerResult> power;
    };

    explicit PowerBreakdownChart(QWidget *parent = nullptr);

    // Segments present in any bar become series; the legend names carry the last bar's values
    // when withValues is true (one bar's numbers readable even where a sliver is thin).
    void setBars(const std::vector<Bar> &bars, bool withValues = true);
    int barCount() const { return m_bars; }
    int segmentCount() const;

private:
    int m_bars = 0;
};

} // namespace aif
