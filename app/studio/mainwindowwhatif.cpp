// The What-if tab (issue 22, docs/whatif.md and docs/sweep.md): the N−1 failure scan and the
// design-space sweep side by side. Both make scenarios; the studio solves the one chosen.
#include "mainwindow.h"

#include "document.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanwidget.h"
#include "floorplan/whatifmarks.h"
#include "inspector/inspector.h"
#include "scenarios/scenariopanel.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "sweep/sweeppanel.h"
#include "view3d/view3dpanel.h"
#include "whatif/n1panel.h"

#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>

namespace aif {

void MainWindow::createWhatIfTab()
{
    m_whatIf = new QTabWidget(m_views);
    m_whatIf->setObjectName("whatIfTabs");
    m_whatIf->setDocumentMode(true);
    // Like the other panels they scroll rather than force the window past a 1280 x 720 screen.
    m_n1Panel = new N1Panel(m_document, m_catalog, m_whatIf);
    m_whatIf->addTab(scrollable(m_n1Panel, m_whatIf), tr("N−1 scan"));
    m_sweepPanel = new SweepPanel(m_document, m_catalog, m_whatIf);
    m_whatIf->addTab(scrollable(m_sweepPanel, m_whatIf), tr("Sweep"));
    m_views->addTab(m_whatIf, tr("What-if"));

    // A clicked case selects its units, so the plan, 3D view and inspector show them.
    connect(m_n1Panel, &N1Panel::caseChosen, m_selection,
            [this](const QStringList &ids) { m_selection->setSelected(ids); });
    // "Show this case" / "Open this case": that scenario becomes the one solved and shown.
    auto show = [this](const QString &id) {
        m_scenarios->setActiveScenario(id);
        statusBar()->showMessage(tr("Showing scenario %1").arg(id), 8000);
    };
    connect(m_n1Panel, &N1Panel::scenarioShown, this, show);
    connect(m_sweepPanel, &SweepPanel::scenarioOpened, this, show);
    connect(m_sweepPanel, &SweepPanel::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // The inspector's "Sweep this field…": the sweep editor points at it, and comes to the front.
    connect(m_inspector, &Inspector::sweepFieldRequested, this, [this](const QString &id, const QString &key) {
        if (m_sweepPanel->sweepField(id, key))
            showView("sweep");
        else
            statusBar()->showMessage(tr("%1 cannot be swept (not a number, choice or flag)").arg(key), 8000);
    });
    // The units the solved scenario fails are drawn failed on the plan, like tripped ones.
    connect(m_scenarios, &ScenarioPanel::activeScenarioChanged, this, &MainWindow::showScenarioFailures);
    connect(m_document, &Document::changed, this, &MainWindow::showScenarioFailures);
}

void MainWindow::showScenarioFailures()
{
    // The plan and the 3D view draw what the solve sees: the design with the active scenario
    // applied, so a failure the scenario makes is drawn failed (or degraded) everywhere.
    const QString scenario = m_scenarios->activeScenario();
    const Project &p = m_document->project();
    if (!scenario.isEmpty() && p.get<Scenario>(scenario.toStdString())) {
        Project applied = p;
        Diagnostics invalid;   // an override that no longer applies: the Scenarios panel says so
        if (applyScenario(applied, scenario.toStdString(), &invalid))
            m_floorPlan->scene()->setScenarioMarks(whatIfMarks(applied));
        else
            m_floorPlan->scene()->clearScenarioMarks();
    } else {
        m_floorPlan->scene()->clearScenarioMarks();
    }
    m_view3d->setScenario(scenario);
}

} // namespace aif
