#pragma once

// The sweep's sensitivity tornado (sweepsensitivity.h): per parameter, a bar from the lowest
// to the highest value of the chosen objective along that parameter's values, drawn about the
// base case's value, largest swing on top. The look of the dashboard's TCO tornado.
#include "dashboard/dashboardchart.h"
#include "sweepsensitivity.h"

#include <QStringList>

namespace aif {

class SweepTornadoChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit SweepTornadoChart(QWidget *parent = nullptr);

    // rowLabels[k]: parameter k's label; valueLabels[k][v]: its value v as shown.
    void setSensitivity(const Sensitivity &sensitivity, const QStringList &rowLabels,
                        const std::vector<QStringList> &valueLabels, const QString &objective);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace aif
