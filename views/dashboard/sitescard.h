#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace aif {

namespace sites {
struct MultiSiteResult;
}

// The dashboard's Sites card (projects with several sites): per site and for the whole factory,
// tokens, $/Mtok and gCO2/Mtok beside the climate, tariff, grid, PUE and the users' round trip,
// and where each deployment runs and may run (its latency budget; docs/multisite.md). The
// scale-across links between the sites follow in the summary line. Hidden with one site.
class SitesCard : public QWidget
{
    Q_OBJECT

public:
    explicit SitesCard(QWidget *parent = nullptr);

    void setResult(const sites::MultiSiteResult *result);
    QString summary() const;
    int rowCount() const;
    QString cell(int row, int column) const;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace aif
