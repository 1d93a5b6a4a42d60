#pragma once

// Sweeps and exploration in the studio (issue 22): the sweep editor, the results table (one
// row per case, sortable), the Pareto front of two chosen objectives, the sensitivity tornado
// of one, and "Open this case", which makes a scenario of any case (one undo step). Each case
// is the normal solve job on the base design with the case's values (solvers/sweep/), run off
// the GUI thread; rows go to a temporary SQLite file as `aif sweep` writes them.
#include "sweep/sweepspec.h"
#include "sweepparameter.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace aif {

class Catalog;
class Document;
class SweepEditor;
class SweepParetoChart;
class SweepResultsModel;
class SweepRun;
class SweepTornadoChart;
namespace sweep {
struct CaseResult;
}

class SweepPanel : public QWidget
{
    Q_OBJECT

public:
    SweepPanel(Document *document, const Catalog *catalog, QWidget *parent = nullptr);
    ~SweepPanel() override;

    SweepEditor *editor() const { return m_editor; }
    bool isRunning() const;
    int resultCount() const;
    // The sweep as last run (empty before the first), its cases in case-id order.
    const sweep::SweepSpec &spec() const { return m_spec; }
    const std::vector<std::vector<int>> &cases() const { return m_cases; }
    // Case ids on the Pareto front of the chart's two objectives.
    std::vector<int> frontCaseIds() const { return m_front; }
    QString resultsFile() const;   // the SQLite file of the last run

public slots:
    // The inspector's "Sweep this field": points the add form at the field, values filled
    // around the current one, and shows the panel's editor. False if it cannot be swept.
    bool sweepField(const QString &entityId, const QString &key);
    void run();
    void cancel();
    // Creates the scenario "Sweep case N" with the case's values as overrides (one undo step);
    // returns its id, empty if there is no such case.
    QString openCase(int caseId);

signals:
    // A scenario was made from a case: the studio may show it in the Scenarios dock or solve it.
    void scenarioOpened(const QString &scenarioId);
    void sweepFinished(int cases);
    void statusMessage(const QString &message);   // for the status bar

private:
    QWidget *buildResults();
    QWidget *buildCharts();
    void caseFinished(const sweep::CaseResult &result);
    void runFinished(bool completed, const QString &error);
    void updateCharts();
    void updatePareto();
    void updateTornado();
    int selectedCase() const;
    void selectCase(int caseId);
    void saveResults();
    void showRowMenu(const QPoint &pos);

    Document *m_document;
    const Catalog *m_catalog;
    SweepEditor *m_editor;
    SweepRun *m_run;
    SweepResultsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_openCase;
    QPushButton *m_save;
    QLabel *m_summary;
    QComboBox *m_paretoX;
    QComboBox *m_paretoY;
    QComboBox *m_tornadoObjective;
    SweepParetoChart *m_pareto;
    SweepTornadoChart *m_tornado;
    QTimer *m_chartTimer;
    QTemporaryDir m_dir;

    sweep::SweepSpec m_spec;
    std::vector<SweepParameter> m_parameters;   // as run
    std::vector<std::vector<int>> m_cases;
    std::vector<int> m_baseIndex;               // the tornado's base value per parameter
    std::vector<int> m_front;
    bool m_syncing = false;
};

} // namespace aif
