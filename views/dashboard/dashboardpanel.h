#pragma once

#include "report/keyfigures.h"

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
class ExplainPanel;
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
// chart as PNG or SVG. A click on a headline tile or a key-figure row explains that number
// (ExplainPanel); its entity links come out as entityRequested.
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
    // Switches to compare mode and solves the designs (two or more; the first is the
    // reference); CompareView::finished follows.
    void compare(std::vector<CompareSide> sides);
    void compare(CompareSide a, CompareSide b);
    void showDashboard(); // back from compare mode
    bool inCompareMode() const;

    // Opens the explanation of the figure with this key (keyFigures()); false when it has none.
    bool explainFigure(const QString &key);
    ExplainPanel *explainPanel() const { return m_explain; } // null until first opened
    const std::vector<KeyFigure> &figures() const { return m_keyFigures; }
    // The consistency walk (issue 19): each headline tile and key-figure row whose figure has a
    // pointer, compared with the text the result JSON's number at that pointer gives. Empty when
    // every shown number is the result's; else one line per disagreement.
    QStringList inconsistencies() const;

    HeadlineStrip *headline() const { return m_headline; }
    PowerBreakdownChart *powerChart() const { return m_power; }
    MonthlyChart *monthlyChart() const { return m_monthly; }
    DeploymentChart *deploymentChart() const { return m_deployments; }
    TcoChart *tcoChart() const { return m_tco; }
    TornadoChart *tornadoChart() const { return m_tornado; }
    KeyFiguresTable *figuresTable() const { return m_figures; }
    CompareView *compareView() const { return m_compare; }

signals:
    void entityRequested(const QString &id); // an entity link in the explain panel

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();
    void updateStatus();
    void arrange();
    void openCompare();
    void openExport(const QString &format);
    std::vector<DashboardChart *> charts() const;

    void updateExplainPanel();

    Document *m_document;
    const Catalog *m_catalog;
    std::shared_ptr<const SolveResult> m_result;
    std::vector<KeyFigure> m_keyFigures;
    ExplainPanel *m_explain = nullptr;
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
