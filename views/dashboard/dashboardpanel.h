#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace aif {

class Catalog;
class CompareView;
class DashboardChart;
class DeploymentChart;
class Document;
class HeadlineStrip;
class KeyFiguresTable;
class MonthlyChart;
class PowerBreakdownChart;
class TcoChart;
class TornadoChart;
struct CompareSide;
struct SolveResult;

// The Dashboard tab: a headline strip (facility MW, tokens/s, tokens/J, PUE, $/Mtok) over a
// grid of charts — power breakdown, monthly PUE and free cooling, tokens per deployment, cost
// breakdown, $/Mtok sensitivity — and every key figure in a table. Fed each solve by the main
// window; greyed while stale. Compare… solves two designs side by side; Export… writes every
// chart as PNG or SVG.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    DashboardPanel(Document *document, const Catalog *catalog, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    void setResult(std::shared_ptr<const SolveResult> result);
    bool isStale() const { return m_stale; }
    void setStale(bool stale);

    // Writes the dashboard and each chart into a folder, as "png" or "svg"; returns the files.
    QStringList exportAll(const QString &folder, const QString &format);
    // Switches to compare mode and solves the two designs; CompareView::finished follows.
    void compare(CompareSide a, CompareSide b);
    void showDashboard(); // back from compare mode
    bool inCompareMode() const;

    HeadlineStrip *headline() const { return m_headline; }
    PowerBreakdownChart *powerChart() const { return m_power; }
    MonthlyChart *monthlyChart() const { return m_monthly; }
    DeploymentChart *deploymentChart() const { return m_deployments; }
    TcoChart *tcoChart() const { return m_tco; }
    TornadoChart *tornadoChart() const { return m_tornado; }
    KeyFiguresTable *figuresTable() const { return m_figures; }
    CompareView *compareView() const { return m_compare; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();
    void updateStatus();
    void arrange();
    void openCompare();
    void openExport(const QString &format);
    std::vector<DashboardChart *> charts() const;

    Document *m_document;
    std::shared_ptr<const SolveResult> m_result;
    bool m_stale = false;
    QLabel *m_status;
    QPushButton *m_back;
    HeadlineStrip *m_headline;
    QStackedWidget *m_pages;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    int m_columns = 0;
    PowerBreakdownChart *m_power;
    MonthlyChart *m_monthly;
    DeploymentChart *m_deployments;
    TcoChart *m_tco;
    TornadoChart *m_tornado;
    KeyFiguresTable *m_figures;
    CompareView *m_compare;
};

} // namespace aif
