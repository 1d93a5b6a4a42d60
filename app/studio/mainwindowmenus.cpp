// MainWindow's menus and the edits they run: the shortcuts CAD and office users expect
// (Ctrl+N/O/S, Ctrl+Shift+S, Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z, Ctrl+A, Ctrl+C/V/D, Delete, F2, F1).
#include "mainwindow.h"

#include "autosave.h"

#include "dashboard/dashboardpanel.h"
#include "document.h"
#include "floorplan/floorplanedits.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "help/helpbrowser.h"
#include "inspector/inspector.h"
#include "overview/overviewpage.h"
#include "panels/issuespanel.h"
#include "scenarios/scenariopanel.h"
#include "selectionmodel.h"
#include "theme.h"
#include "view3d/view3dpanel.h"
#include "whatif/n1panel.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QWhatsThis>

namespace aif {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newFromWizard)->setObjectName("actionNew");
    file->addAction(tr("New &blank design"), this, [this] {
        if (maybeSave())
            newProject();
    })->setObjectName("actionNewBlank");
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Welcome page"), this, &MainWindow::showWelcome);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveAs);
    file->addAction(tr("Re&vert"), this, &MainWindow::revert);
    file->addSeparator();
    file->addAction(tr("Export &report…"), QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] { exportReport(); })
        ->setObjectName("actionExportReport");
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&CSV tables…"), this, &MainWindow::exportCsv)->setObjectName("actionExportCsv");
    exportMenu->addAction(tr("Result &JSON…"), this, &MainWindow::exportResultJson)->setObjectName("actionExportJson");
    exportMenu->addAction(tr("&Image of a view…"), this, &MainWindow::exportImage)->setObjectName("actionExportImage");
    file->addSeparator();
    file->addAction(tr("Re&cover Unsaved Work…"), this, [this] {
        if (Autosave::pendingRecoveries().isEmpty())
            statusBar()->showMessage(tr("No autosaved work is waiting to be recovered."), 5000);
        else if (maybeSave())
            offerRecovery();
    })->setObjectName("actionRecover");
    file->addAction(tr("Autosave &Interval…"), this, &MainWindow::configureAutosave);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y (Windows, office) and Ctrl+Shift+Z (CAD, macOS, Linux) both redo.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    FloorPlanView *plan = m_floorPlan->view();
    edit->addAction(tr("&Copy"), QKeySequence::Copy, plan, &FloorPlanView::copySelection);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, plan, &FloorPlanView::pasteClipboard);
    edit->addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::duplicateSelection);
    edit->addAction(tr("&Delete"), QKeySequence::Delete, this, &MainWindow::deleteSelection);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("P&references…"), this, &MainWindow::openPreferences);
    preferences->setObjectName("actionPreferences");
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    edit->addAction(tr("Re&name…"), QKeySequence(Qt::Key_F2), this, &MainWindow::renameSelection);
    edit->addSeparator();
    edit->addAction(tr("Select &all"), QKeySequence::SelectAll, this, &MainWindow::selectAll);
    // The line edits and spin boxes of the inspector keep their own Ctrl+C/V/A and Delete:
    // a focused text field accepts those keys before these window shortcuts see them.

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu *unitsMenu = m_viewMenu->addMenu(tr("&Units"));
    m_unitsGroup = new QActionGroup(this);
    QAction *si = unitsMenu->addAction(tr("SI (°C, kW, m³/s, L/min)"));
    QAction *us = unitsMenu->addAction(tr("US (°F, tons, CFM, gpm)"));
    si->setCheckable(true);
    us->setCheckable(true);
    m_unitsGroup->addAction(si);
    m_unitsGroup->addAction(us);
    const int stored = QSettings().value("units/system", 0).toInt();
    (stored == 1 ? us : si)->setChecked(true);
    units::setCurrentSystem(stored == 1 ? UnitSystem::US : UnitSystem::SI);
    connect(si, &QAction::triggered, this, [this] { setUnits(0); });
    connect(us, &QAction::triggered, this, [this] { setUnits(1); });
    QAction *presentation = m_viewMenu->addAction(tr("&Presentation mode"), this, &MainWindow::present);
    presentation->setObjectName("actionPresent");
    presentation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (const auto &[theme, label] : {std::pair{Theme::Light, tr("&Light")}, std::pair{Theme::Dark, tr("&Dark")}}) {
        QAction *a = themeMenu->addAction(label);
        a->setObjectName(theme == Theme::Dark ? "themeDark" : "themeLight");
        a->setCheckable(true);
        a->setChecked(storedTheme() == theme);
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            storeTheme(theme);
        });
    }

    QMenu *analyze = menuBar()->addMenu(tr("&Analyze"));
    QAction *solveAction = analyze->addAction(tr("&Solve"), this, [this] { solve(false); });
    solveAction->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *fieldAction = analyze->addAction(tr("Solve with 3D &air field (T1)"), this, [this] { solve(true); });
    fieldAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QMenu *grid = analyze->addMenu(tr("Air-field &grid"));
    auto *gridGroup = new QActionGroup(this);
    // 0: the project's own grid (Air model in the outline, 0.3 m unless set); the others
    // override it for this session.
    for (double cell : {0.0, 0.2, 0.3, 0.4, 0.5}) {
        QAction *a = grid->addAction(cell > 0.0 ? tr("%1 m cells").arg(cell) : tr("As the project's air model"));
        a->setCheckable(true);
        a->setChecked(std::abs(cell - m_cellM) < 1e-9);
        gridGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, cell] {
            m_cellM = cell;
            m_recirculation.clear();   // matrices belong to the grid they were computed on
        });
    }
    analyze->addAction(tr("&Calibrate quick solves from the air field"), this, [this] { solve(false, true); })
        ->setToolTip(tr("Derives each hall's heat-recirculation matrix from its 3D flow, so every quick solve "
                        "gives per-rack inlets until the layout or airflow changes"));
    analyze->addAction(tr("Open CFD &result…"), this, [this] { openCfdResult(); })
        ->setToolTip(tr("Shows a solved OpenFOAM case (aif cfd export, aif cfd run) in the 3D view, "
                        "with each rack's inlet against the fast model"));
    analyze->addAction(tr("&Validate"), this, &MainWindow::runValidation);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Help for this view"), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    help->addAction(tr("&User guide"), this, [this] { HelpBrowser::show(this, QStringLiteral("README")); });
    help->addAction(tr("&Glossary"), this, [this] { HelpBrowser::show(this, QStringLiteral("glossary")); });
    help->addAction(tr("Guided &tour…"), this, &MainWindow::startTour)->setObjectName("actionTour");
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("&What's this?"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About AI Factory Studio"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setUnits(int system)
{
    units::setCurrentSystem(system == 1 ? UnitSystem::US : UnitSystem::SI);
    QSettings().setValue("units/system", system);
    m_inspector->refresh();
    m_scenarios->refresh();
    m_n1Panel->refresh();
    m_overview->update();
    m_issues->refreshUnits();
    if (m_lastSolve) {   // results shown in units: the dashboard, the 3D scalar bars, the plan legend
        m_dashboard->setResult(m_lastSolve);
        m_view3d->refreshUnits();
        applyOverlay();
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About AI Factory Studio"),
                       tr("<h3>AI Factory Studio %1</h3><p>Design studio and digital twin for AI data centers: "
                          "layout, cooling, power, fabric and the LLM workloads on the GPUs.</p>"
                          "<p>Every number comes from a formula in the code or a catalog entry with its source.</p>")
                           .arg(AIF_VERSION_STRING));
}

void MainWindow::showHelp()
{
    // The guide page of the view in front (F1): the project's docs, compiled in.
    QString page = QStringLiteral("authoring");
    // A dock with the keyboard focus has its own page; else the view in front.
    static const std::map<QString, QString> docks{{"outlineDock", "authoring"},   {"inspectorDock", "authoring"},
                                                  {"catalogDock", "catalog"},     {"issuesDock", "floorplan"},
                                                  {"scenariosDock", "authoring"}, {"paletteDock", "floorplan"},
                                                  {"logDock", "guide"}};
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (const auto it = docks.find(w->objectName()); it != docks.end()) {
            HelpBrowser::show(this, it->second);
            return;
        }
    if (m_central->currentWidget() == m_views) {
        static const std::map<QString, QString> pages{{"floorPlanWidget", "floorplan"}, {"overviewPage", "architecture"},
                                                      {"powerPanel", "power"},          {"coolingPanel", "thermal"},
                                                      {"thermalPanel", "thermal"},      {"throughputPanel", "throughput"},
                                                      {"dashboardPanel", "glossary"},   {"view3dPanel", "scene3d"},
                                                      {"networkView", "network"}};
        const auto it = pages.find(currentView()->objectName());
        if (it != pages.end())
            page = it->second;
    }
    HelpBrowser::show(this, page);
}

void MainWindow::deleteSelection()
{
    std::vector<std::string> ids;
    for (const QString &id : m_selection->selected())
        ids.push_back(id.toStdString());
    m_selection->clear();
    m_document->removeEntities(ids);
}

void MainWindow::duplicateSelection()
{
    // Things on the plan are duplicated beside themselves; other items (loops, deployments,
    // scenarios ...) as copies with fresh ids and names.
    const QStringList ids = m_selection->selected();
    if (ids.isEmpty())
        return;
    bool allOnPlan = true;
    for (const QString &id : ids)
        allOnPlan = allOnPlan && m_floorPlan->scene()->item(id);
    if (allOnPlan) {
        m_floorPlan->view()->duplicateSelection();
        return;
    }
    const Project &p = m_document->project();
    m_document->beginBatch(tr("Duplicate %1 items").arg(ids.size()));
    QStringList created;
    for (const QString &id : ids) {
        const auto ref = p.find(id.toStdString());
        if (!ref || kindNames(ref->kind).singleton)
            continue;
        Json copy = p.toJson(*ref);
        copy["id"] = p.newId(ref->kind);
        copy["name"] = copy.value("name", std::string()) + " (copy)";
        const std::string made = m_document->addEntity(ref->kind, copy);
        if (!made.empty())
            created << QString::fromStdString(made);
    }
    m_document->endBatch();
    m_selection->setSelected(created);
}

void MainWindow::renameSelection()
{
    const QString id = m_selection->current();
    const Project &p = m_document->project();
    const auto ref = p.find(id.toStdString());
    if (!ref)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("Name of %1:").arg(id), QLineEdit::Normal,
                                               QString::fromStdString(p.nameOf(*ref)), &ok);
    if (!ok)
        return;
    if (const std::string e = m_document->editProperty(id.toStdString(), "name", Json(name.trimmed().toStdString()));
        !e.empty())
        statusBar()->showMessage(tr("Rename refused: %1").arg(QString::fromStdString(e)), 8000);
}

void MainWindow::selectAll()
{
    // Everything on the plan (racks, units, equipment, containment); with nothing drawn, every
    // entity of the selected one's kind.
    QStringList ids = m_floorPlan->scene()->entityItems().keys();
    if (ids.isEmpty() || m_central->currentWidget() != m_views || m_views->currentWidget() != m_floorPlan) {
        const Project &p = m_document->project();
        const auto ref = p.find(m_selection->current().toStdString());
        if (ref) {
            ids.clear();
            for (int i = 0; i < p.count(ref->kind); ++i)
                ids << QString::fromStdString(p.idOf({ref->kind, i}));
        }
    }
    ids.sort();
    m_selection->setSelected(ids);
}

void MainWindow::openCfdResult(const QString &caseDir)
{
    showView("3d");
    if (caseDir.isEmpty())
        m_view3d->chooseCfdCase();   // the directory dialog, then errors in a message box
    else
        m_view3d->loadCfdCase(caseDir);   // errors in the 3D tab and the status bar
}

} // namespace aif
