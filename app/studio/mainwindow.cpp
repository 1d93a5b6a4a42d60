#include "mainwindow.h"
#include "preferences.h"

#include "autosave.h"
#include "solvecache.h"
#include "solveprogress.h"
#include "cooling/coolingpanel.h"
#include "scenarios/scenariopanel.h"
#include "welcome/welcomepage.h"
#include "catalog.h"
#include "dashboard/compareview.h"
#include "dashboard/dashboardpanel.h"
#include "report/compare.h"
#include "network/networkview.h"
#include "document.h"
#include "floorplan/floorplanpalette.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "floorplan/resultoverlay.h"
#include "inspector/inspector.h"
#include "outline/projectoutline.h"
#include "overview/overviewpage.h"
#include "panels/catalogbrowser.h"
#include "panels/issuespanel.h"
#include "panels/logpanel.h"
#include "power/powerpanel.h"
#include "power/powersolver.h"
#include "thermal/thermalpanel.h"
#include "sweep/sweeppanel.h"
#include "view3d/view3dpanel.h"
#include "whatif/n1panel.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputpanel.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "validation.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QThreadPool>
#include <QtConcurrent>

#include <map>
#include <set>

namespace aif {

MainWindow::MainWindow(const Catalog *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_document(new Document(this))
    , m_selection(new SelectionModel(this))
    , m_autosave(new Autosave(m_document, this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(catalog, m_central))
    , m_views(new QTabWidget(m_central))
    , m_validateTimer(new QTimer(this))
    , m_solveTimer(new QTimer(this))
    , m_issuesLabel(new QLabel(this))
    , m_fidelityLabel(new QLabel(this))
    , m_solveProgressWidget(new SolveProgress(this))
    , m_solveCache(std::make_shared<SolveCache>())
{
    setObjectName("mainWindow");
    auto scrolled = [this](QWidget *panel) { return scrollable(panel, m_views); };
    m_floorPlan = new FloorPlanWidget(m_document, m_selection, catalog, m_views);
    m_views->addTab(m_floorPlan, tr("Floor plan"));
    m_overview = new OverviewPage(m_document, m_selection, catalog, m_views);
    m_views->addTab(scrolled(m_overview), tr("Overview"));
    m_powerPanel = new PowerPanel(m_document, m_selection, catalog, m_views);
    m_views->addTab(scrolled(m_powerPanel), tr("Power"));
    m_coolingPanel = new CoolingPanel(m_document, m_selection, catalog, m_views);
    m_views->addTab(scrolled(m_coolingPanel), tr("Cooling"));
    m_thermalPanel = new ThermalPanel(m_selection, m_views);
    m_views->addTab(scrolled(m_thermalPanel), tr("Thermal"));
    m_throughputPanel = new ThroughputPanel(m_document, m_selection, catalog, m_views);
    m_views->addTab(scrolled(m_throughputPanel), tr("Throughput"));
    m_dashboard = new DashboardPanel(m_document, catalog, m_views);
    // Compare's "Export to report": the report of the reference design with the comparison.
    connect(m_dashboard->compareView(), &CompareView::exportReportRequested, this, [this] {
        exportReport(std::make_shared<const CompareResult>(m_dashboard->compareView()->comparison()));
    });
    m_views->addTab(scrolled(m_dashboard), tr("Dashboard"));
    // Explain this number: an entity behind a figure is selected (and shown) like any other.
    connect(m_dashboard, &DashboardPanel::entityRequested, m_selection,
            [this](const QString &id) { m_selection->setSelected({id}); });
    m_networkView = new NetworkView(m_document, catalog, m_views);
    m_views->addTab(scrolled(m_networkView), tr("Network"));
    m_view3d = new View3DPanel(m_document, m_selection, m_views);
    m_views->addTab(scrolled(m_view3d), tr("3D"));
    connect(m_view3d, &View3DPanel::airFieldRequested, this, [this] { solve(true); });
    m_view3d->setCatalog(catalog);
    connect(m_view3d, &View3DPanel::cfdLoadFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    m_views->setDocumentMode(true);
    m_welcomeArea = scrolled(m_welcome);
    m_central->addWidget(m_welcomeArea);
    m_central->addWidget(m_views);
    m_central->setCurrentWidget(m_views);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newFromWizard);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::open);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_welcome, &WelcomePage::templateRequested, this, &MainWindow::openTemplate);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::tourRequested, this, &MainWindow::startTour);
    createDocks();
    createWhatIfTab();   // after the docks: its cases become the Scenarios dock's active scenario
    createMenus();
    statusBar()->addPermanentWidget(m_solveProgressWidget);
    statusBar()->addPermanentWidget(m_fidelityLabel);
    statusBar()->addPermanentWidget(m_issuesLabel);
    connect(m_solveProgressWidget, &SolveProgress::cancelRequested, this, &MainWindow::cancelSolve);
    m_fidelityLabel->setObjectName("fidelityLabel");
    updateFidelityLabel();

    // Validation is cheap (~ms for a campus); run it shortly after each burst of edits.
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &MainWindow::runValidation);
    connect(m_document, &Document::changed, m_validateTimer, qOverload<>(&QTimer::start));
    // The cheap solvers re-run shortly after each burst of edits; results show stale meanwhile.
    m_solveTimer->setSingleShot(true);
    m_solveTimer->setInterval(600);
    connect(m_solveTimer, &QTimer::timeout, this, [this] { startSolve(m_airFieldChosen, false); });
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &e) {
        // Recirculation matrices hold for the layout and airflows they were derived from.
        static const std::set<std::string> layoutKeys{"xM", "yM", "rotationDeg", "widthM", "depthM", "heightM",
                                                      "airflowM3s", "failed", "supplyTempC", "leakageFraction", "hall"};
        if (e.type != ChangeEvent::Type::PropertyChanged || layoutKeys.contains(e.property))
            m_recirculation.clear();
        const bool stale = e.type != ChangeEvent::Type::Reset;
        m_powerPanel->setStale(stale);
        m_coolingPanel->setStale(stale);
        m_thermalPanel->setStale(stale);
        m_throughputPanel->setStale(stale);
        m_dashboard->setStale(stale);
        m_view3d->setStale(stale);
        // Another design: it starts at the fidelity of Preferences (the quick model unless
        // chosen otherwise: a campus's air field takes minutes); edits keep the fidelity chosen
        // for this one. (A design replaced by an undoable command keeps it: only an opened one
        // has no history.)
        if (e.type == ChangeEvent::Type::Reset && m_document->undoStack()->count() == 0) {
            const bool airFieldByDefault = Preferences::stored().airFieldByDefault;
            if (m_airFieldChosen != airFieldByDefault) {
                m_airFieldChosen = airFieldByDefault;
                updateFidelityLabel();
            }
        }
        m_solveTimer->start(e.type == ChangeEvent::Type::Reset ? 0 : 600);
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_issues, &IssuesPanel::countsChanged, this, [this](int errors, int warnings) {
        m_issuesLabel->setText(tr("%1 errors, %2 warnings").arg(errors).arg(warnings));
    });
    // Layout findings (overlaps, aisles, unconnected racks) join the validation messages.
    connect(m_floorPlan->scene(), &FloorPlanScene::layoutChecked, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_floorPlan, &FloorPlanWidget::overlayMetricChanged, this, &MainWindow::applyOverlay);
    // A newly opened design is shown whole (after the layout has settled).
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &e) {
        if (e.type == ChangeEvent::Type::Reset)
            QTimer::singleShot(0, m_floorPlan->view(), &FloorPlanView::fitToView);
    });
    connect(m_inspector, &Inspector::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_throughputPanel, &ThroughputPanel::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_coolingPanel, &CoolingPanel::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_powerPanel, &PowerPanel::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_outline, &ProjectOutline::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_floorPlan->view(), &FloorPlanView::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_scenarios, &ScenarioPanel::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // Solving another scenario: the results shown change, the design does not.
    connect(m_scenarios, &ScenarioPanel::activeScenarioChanged, this, [this] { startSolve(m_airFieldChosen, false); });

    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    if (!settings.contains("window/geometry"))
        resize(1500, 950);
    updateTitle();
    runValidation();
}

MainWindow::~MainWindow()
{
    // A solve in flight reads the catalog, which main() destroys right after this window.
    if (m_solveProgress)
        m_solveProgress->cancel();
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *w, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_outline = new ProjectOutline(m_document, m_selection, this);
    m_outline->setCatalog(m_catalog);
    m_inspector = new Inspector(m_document, m_selection, m_catalog, this);
    m_catalogBrowser = new CatalogBrowser(m_catalog, this);
    m_issues = new IssuesPanel(m_selection, this);
    // A click on an issue zooms the floor plan to its entity: show the plan first.
    m_issues->setFloorPlanView(m_floorPlan->view());
    connect(m_issues, &IssuesPanel::entityActivated, this, [this](const QString &, bool onPlan) {
        if (onPlan)
            showView("floorplan");
    });
    m_log = new LogPanel(this);
    m_scenarios = new ScenarioPanel(m_document, m_selection, m_catalog, this);
    m_log->installMessageHandler();
    QDockWidget *outline = dock(tr("Project"), "outlineDock", m_outline, Qt::LeftDockWidgetArea);
    QDockWidget *inspector = dock(tr("Inspector"), "inspectorDock", m_inspector, Qt::RightDockWidgetArea);
    m_catalogDock = dock(tr("Catalog"), "catalogDock", m_catalogBrowser, Qt::RightDockWidgetArea);
    m_issuesDock = dock(tr("Issues"), "issuesDock", m_issues, Qt::BottomDockWidgetArea);
    QDockWidget *log = dock(tr("Log"), "logDock", m_log, Qt::BottomDockWidgetArea);
    // The scenario table is wide: it scrolls in its dock rather than widening the window.
    auto *scenarioArea = new QScrollArea(this);
    scenarioArea->setWidgetResizable(true);
    scenarioArea->setFrameShape(QFrame::NoFrame);
    scenarioArea->setWidget(m_scenarios);
    QDockWidget *scenarios = dock(tr("Scenarios"), "scenariosDock", scenarioArea, Qt::BottomDockWidgetArea);
    QDockWidget *palette = dock(tr("Palette"), "paletteDock", new FloorPlanPalette(m_catalog, this), Qt::LeftDockWidgetArea);
    tabifyDockWidget(outline, palette);
    outline->raise();
    tabifyDockWidget(inspector, m_catalogDock);
    inspector->raise();
    tabifyDockWidget(m_issuesDock, log);
    tabifyDockWidget(m_issuesDock, scenarios);
    m_issuesDock->raise();
    resizeDocks({outline, inspector}, {300, 380}, Qt::Horizontal);
    resizeDocks({m_issuesDock}, {170}, Qt::Vertical);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = !path.isEmpty()            ? QFileInfo(path).fileName()
                         : m_untitledName.isEmpty() ? tr("Untitled")
                                                    : tr("Untitled (from %1)").arg(m_untitledName);
    setWindowTitle(QStringLiteral("%1[*] — AI Factory Studio").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::runValidation()
{
    Diagnostics d = validateProject(m_document->project(), m_catalog);
    const Diagnostics &layout = m_floorPlan->scene()->layoutIssues();
    d.insert(d.end(), layout.begin(), layout.end());
    // Solver findings stay until the next solve replaces them.
    if (m_lastSolve && m_lastSolveRevision == m_document->revision()) {
        for (const Diagnostic &x : m_lastSolve->violations) {
            if (x.pointer.empty())   // solver findings carry no file pointer; validation's do
                d.push_back(x);
        }
    }
    m_issues->setDiagnostics(d);
}

void MainWindow::fitViews()
{
    m_floorPlan->view()->fitToView();
}

bool MainWindow::setOverlayMetric(const QString &metric)
{
    return m_floorPlan->setOverlayMetric(metric);
}

void MainWindow::applyOverlay()
{
    if (!m_lastSolve)
        return;
    const QString metric = m_floorPlan->overlayMetric();
    if (!applyResultOverlay(m_floorPlan->scene(), m_document->project(), *m_lastSolve, metric) && metric != "none")
        statusBar()->showMessage(tr("No solved values for this overlay yet (%1)").arg(metric), 6000);
}

// Panels scroll instead of forcing the window past a 1280 x 720 screen (their charts and
// tables have minimum sizes); the floor plan and 3D view scroll and zoom on their own.
QScrollArea *MainWindow::scrollable(QWidget *panel, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(panel->objectName() + "Scroll");
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(panel);
    return area;
}

QWidget *MainWindow::tabPage(QWidget *view) const
{
    QWidget *w = view;
    while (w && m_views->indexOf(w) < 0)
        w = w->parentWidget();
    return w ? w : view;
}

QWidget *MainWindow::currentView() const
{
    auto *area = qobject_cast<QScrollArea *>(m_views->currentWidget());
    return area ? area->widget() : m_views->currentWidget();
}

QString MainWindow::currentViewName() const
{
    for (const auto &[name, view] : std::map<QString, QWidget *>{{"overview", m_overview}, {"floorplan", m_floorPlan},
                                                              {"power", m_powerPanel}, {"cooling", m_coolingPanel},
                                                              {"thermal", m_thermalPanel}, {"throughput", m_throughputPanel},
                                                              {"dashboard", m_dashboard}, {"network", m_networkView},
                                                              {"3d", m_view3d}})
        if (m_views->isVisible() && m_views->currentWidget() == tabPage(view))
            return name;
    return {};
}

bool MainWindow::showView(const QString &name)
{
    const std::map<QString, QWidget *> central{{"", m_overview},          {"overview", m_overview},
                                               {"floorplan", m_floorPlan}, {"power", m_powerPanel},
                                               {"cooling", m_coolingPanel},
                                               {"thermal", m_thermalPanel}, {"throughput", m_throughputPanel},
                                               {"dashboard", m_dashboard}, {"network", m_networkView},
                                               {"3d", m_view3d},           {"whatif", m_n1Panel},
                                               {"sweep", m_sweepPanel}};
    if (auto it = central.find(name); it != central.end()) {
        showDesign();
        m_views->setCurrentWidget(tabPage(it->second));
        for (QWidget *w = it->second; w; w = w->parentWidget()) {   // the What-if tab's own tabs
            if (m_whatIf->indexOf(w) >= 0) {
                m_whatIf->setCurrentWidget(w);
                break;
            }
        }
        return true;
    }
    if (name == "welcome") {
        showWelcome();
        return true;
    }
    QDockWidget *dock = name == "catalog" ? m_catalogDock : name == "issues" ? m_issuesDock : nullptr;
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    showDesign();   // the dock layout to remember is the design's, not the welcome page's
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

} // namespace aif
