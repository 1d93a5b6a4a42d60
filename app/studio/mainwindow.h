#pragma once

#include "diagnostic.h"
#include "thermal/airfieldcoupling.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace aif {
class GuidedTour;

class Autosave;
struct RecoveryFile;
class Catalog;
class CatalogBrowser;
class CoolingPanel;
class ScenarioPanel;
struct Project;
class WelcomePage;
class DashboardPanel;
class NetworkView;
class View3DPanel;
class N1Panel;
class SweepPanel;
class Document;
class Inspector;
class IssuesPanel;
class LogPanel;
class OverviewPage;
class FloorPlanWidget;
struct SolveResult;
struct CompareResult;
class PowerPanel;
class ThermalPanel;
class ThroughputPanel;
class Progress;
class SolveCache;
class SolveProgress;
class ProjectOutline;
class SelectionModel;

// The studio window: menus, docks (outline, inspector, catalog, issues, log), the central
// views, file handling with unsaved-changes prompts and autosave recovery.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Catalog *catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project; errors are shown (or, with interactive=false, only logged).
    bool openFile(const QString &path, bool interactive = true);
    bool saveFile(const QString &path);
    void newProject();   // an empty design (File ▸ New blank design)
    // File ▸ New: the new-design wizard; true when a design was made.
    bool newFromWizard();
    // A template or a shipped sample, opened as an untitled copy (saving asks for a new file).
    bool openTemplate(const QString &templateId);
    bool openSample(const QString &resourcePath);
    // Offers the autosaved copies that crashed sessions left (all of them, or only those of
    // projectPath); true when the user restored one or opened its saved version.
    bool offerRecovery(const QString &projectPath = {});
    Autosave *autosave() const { return m_autosave; }
    void showWelcome();
    bool welcomeShown() const;
    // Shows the named central view ("overview") or dock ("catalog", "issues").
    bool showView(const QString &name);
    QString currentViewName() const;   // the name showView() knows for the central tab shown ("" for none)
    GuidedTour *startTour();       // Help ▸ Guided tour

    Document *document() const { return m_document; }
    FloorPlanWidget *floorPlan() const { return m_floorPlan; }
    PowerPanel *powerPanel() const { return m_powerPanel; }
    CoolingPanel *coolingPanel() const { return m_coolingPanel; }
    ThroughputPanel *throughputPanel() const { return m_throughputPanel; }
    ScenarioPanel *scenarioPanel() const { return m_scenarios; }
    WelcomePage *welcomePage() const { return m_welcome; }
    std::shared_ptr<const SolveResult> lastSolve() const { return m_lastSolve; }
    SelectionModel *selection() const { return m_selection; }
    IssuesPanel *issues() const { return m_issues; }
    // Runs the solve job now on a worker thread; `finished` follows with the result applied.
    // airField: also solve each hall's 3D air field (thermal tier T1; seconds on a campus);
    // the choice holds for the re-solves after later edits (airFieldChosen()).
    void solve(bool airField = false, bool calibrate = false);
    bool airFieldChosen() const { return m_airFieldChosen; }
    bool solving() const;         // a solve is in flight
    void cancelSolve();           // the status bar's Cancel
    SolveProgress *solveProgress() const { return m_solveProgressWidget; }
    size_t cachedSolves() const;
    bool setOverlayMetric(const QString &metric);
    // Analyze ▸ Open CFD result…: the 3D tab with a solved OpenFOAM case's field (docs/cfd.md
    // "Import"); an empty caseDir asks for the directory (and errors then show in a message box).
    void openCfdResult(const QString &caseDir = {});
    void fitViews();   // fit the floor plan to its window
    // The last solve when it belongs to the design as it is now; else solves first and waits
    // (the status bar's Cancel still works). Null when that solve did not finish.
    std::shared_ptr<const SolveResult> currentSolve();
    // File ▸ Export report… (views/report/reportdialog.h); with a comparison from Compare.
    void exportReport(std::shared_ptr<const CompareResult> comparison = nullptr);
    void exportCsv();          // File ▸ Export ▸ CSV tables…
    void exportResultJson();   // File ▸ Export ▸ Result JSON…
    void exportImage();        // File ▸ Export ▸ Image of a view…
    void present();            // View ▸ Presentation mode

signals:
    void solveFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString &path);
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void revert();
    void runValidation();
    void applyOverlay();
    void startSolve(bool airField, bool calibrate);
    void applySolve(const SolveResult &r, quint64 revision);
    void updateFidelityLabel();
    QWidget *tabPage(QWidget *view) const;   // the tab holding a view (its scroll area)
    QWidget *currentView() const;            // the view in front, inside its scroll area
    void setUnits(int system);
    void about();
    void showHelp();
    void showDesign();   // the views, in place of the welcome page
    void startUntitled(Project project, const QString &origin);
    bool restoreRecovery(const RecoveryFile &file);
    void configureAutosave();
    void openPreferences();   // Edit ▸ Preferences…
    void createWhatIfTab();
    static QScrollArea *scrollable(QWidget *panel, QWidget *parent);
    void showScenarioFailures();
    bool isShippedSample(const QString &path) const;
    void deleteSelection();
    void duplicateSelection();
    void renameSelection();
    void selectAll();
    void showLoadErrors(const QString &path, const Diagnostics &diagnostics);

    const Catalog *m_catalog;
    Document *m_document;
    SelectionModel *m_selection;
    Autosave *m_autosave;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    QWidget *m_welcomeArea = nullptr;   // its scroll area, the page of m_central
    QTabWidget *m_views;
    QString m_untitledName;   // what an untitled design was made from (title bar)
    bool m_offeringRecovery = false;
    QList<QDockWidget *> m_docksBeforeWelcome;   // hidden while the welcome page is shown
    OverviewPage *m_overview;
    ProjectOutline *m_outline;
    Inspector *m_inspector;
    CatalogBrowser *m_catalogBrowser;
    IssuesPanel *m_issues;
    LogPanel *m_log;
    QDockWidget *m_catalogDock = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_unitsGroup = nullptr;
    QTimer *m_validateTimer;
    QTimer *m_solveTimer;
    FloorPlanWidget *m_floorPlan;
    std::shared_ptr<const SolveResult> m_lastSolve;
    PowerPanel *m_powerPanel;
    CoolingPanel *m_coolingPanel;
    ScenarioPanel *m_scenarios = nullptr;
    ThermalPanel *m_thermalPanel;
    ThroughputPanel *m_throughputPanel;
    DashboardPanel *m_dashboard;
    NetworkView *m_networkView;
    View3DPanel *m_view3d;
    QTabWidget *m_whatIf = nullptr;
    GuidedTour *m_tour = nullptr;      // made when first started   // the What-if tab: N−1 scan and sweep (mainwindowwhatif.cpp)
    N1Panel *m_n1Panel = nullptr;
    SweepPanel *m_sweepPanel = nullptr;
    std::shared_ptr<Progress> m_solveProgress;   // of the solve in flight, to cancel it
    quint64 m_solveRevision = 0;       // revision of the solve in flight
    quint64 m_lastSolveRevision = 0;   // revision m_lastSolve was computed for
    // T0 heat-recirculation matrices from the last calibration; dropped when layout or
    // airflow changes (rack power may change freely).
    thermal::RecirculationSet m_recirculation;
    double m_cellM = 0.0;   // air-field grid size (Analyze menu); 0: the project's airModel.cellM
    QLabel *m_issuesLabel;
    // The fidelity the user chose last (Analyze ▸ Solve or Solve with 3D air field): re-solves
    // after edits keep it, so a T1 result never quietly turns into a T0 one.
    bool m_airFieldChosen = false;
    QLabel *m_fidelityLabel;
    SolveProgress *m_solveProgressWidget;
    std::shared_ptr<SolveCache> m_solveCache;   // results by design state, for undo and redo
};

} // namespace aif
