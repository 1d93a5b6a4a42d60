// The studio's What-if tab (issue 22): the N−1 scan and the sweep live in the main window; a
// case shown from the scan becomes the scenario the studio solves, and a clicked case selects
// its units for the plan, the 3D view and the inspector.
#include "authoringdriver.h"
#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanwidget.h"
#include "hallscene.h"
#include "mainwindow.h"
#include "scenarios/scenariopanel.h"
#include "selectionmodel.h"
#include "sweep/sweeppanel.h"
#include "view3d/view3dpanel.h"
#include "whatif/n1panel.h"

#include <QAbstractItemModel>
#include <QContextMenuEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace aif;

class TestWhatIfTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanThenShowACase();
    void sweepTabIsThere();
    void sweepAFieldFromTheInspector();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestWhatIfTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_whatiftab");
    QSettings().clear();
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestWhatIfTab::scanThenShowACase()
{
    MainWindow window(m_catalog.get());
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy solved(&window, &MainWindow::solveFinished);
    QVERIFY(window.openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), false));
    QVERIFY(solved.wait(60000));
    QVERIFY(window.showView("whatif"));
    auto *panel = window.findChild<N1Panel *>();
    QVERIFY(panel && panel->isVisible());

    auto *run = panel->findChild<QPushButton *>("n1Run");
    QTest::mouseClick(run, Qt::LeftButton);
    auto *table = panel->findChild<QTableView *>("n1Table");
    QTRY_VERIFY_WITH_TIMEOUT(!panel->running() && table->model()->rowCount() > 0, 60000);

    // A click on a case selects its units in the studio.
    auto *selection = window.findChild<SelectionModel *>();
    QVERIFY(selection);
    // An air unit's case: the unit stands on the plan.
    int row = 0;
    while (row < table->model()->rowCount()
           && !table->model()->index(row, 1).data().toString().contains(QStringLiteral("Air")))
        ++row;
    QVERIFY(row < table->model()->rowCount());
    table->scrollTo(table->model()->index(row, 0));
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(!selection->selected().isEmpty());

    // "Show this case": a scenario with the failure, and the studio solves it.
    auto *scenarios = window.findChild<ScenarioPanel *>();
    QVERIFY(scenarios);
    const QString before = scenarios->activeScenario();
    solved.clear();
    QTest::mouseClick(panel->findChild<QPushButton *>("n1ShowCase"), Qt::LeftButton);
    QTRY_VERIFY(scenarios->activeScenario() != before && !scenarios->activeScenario().isEmpty());
    QVERIFY(solved.wait(60000));
    const QString id = scenarios->activeScenario();
    const Scenario *s = window.document()->project().get<Scenario>(id.toStdString());
    QVERIFY(s && !s->overrides.empty());
    // The plan draws the scenario's failed units as failed, though the design is unchanged.
    auto *plan = window.findChild<FloorPlanWidget *>();
    QVERIFY(plan);
    int drawn = 0;
    for (const Override &o : s->overrides) {
        QVERIFY(window.document()->project().value(*window.document()->project().find(o.entity), o.property)
                != o.value);
        if (FloorPlanItem *item = plan->scene()->item(QString::fromStdString(o.entity))) {
            // Out of service, or degraded (a module or pump of it down).
            QVERIFY(item->isFailed() || !item->degradedTag().isEmpty());
            ++drawn;
        }
    }
    // The 3D view draws the same hall: a unit the scenario takes out is red there too.
    auto *view3d = window.findChild<View3DPanel *>();
    QVERIFY(view3d);
    const bool unitOut = s->overrides.front().property == "failed";
    QVERIFY(!unitOut || view3d->scene()->failedCount() >= 1);
    // Back to the base design: nothing is drawn failed any more.
    scenarios->setActiveScenario(QString());
    for (const Override &o : s->overrides) {
        if (FloorPlanItem *item = plan->scene()->item(QString::fromStdString(o.entity)))
            QVERIFY(!item->isFailed() && item->degradedTag().isEmpty());
    }
    QCOMPARE(view3d->scene()->failedCount(), 0);
    QCOMPARE(drawn, 1);
}

void TestWhatIfTab::sweepTabIsThere()
{
    MainWindow window(m_catalog.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showView("sweep"));
    auto *sweep = window.findChild<SweepPanel *>();
    QVERIFY(sweep && sweep->isVisible());
    auto *tabs = window.findChild<QTabWidget *>("whatIfTabs");
    QVERIFY(tabs);
    QVERIFY(tabs->currentWidget()->isAncestorOf(sweep));
}

// Right-click a field's name in the inspector ▸ "Sweep this field…": the Sweep tab comes to the
// front with the field in its editor.
void TestWhatIfTab::sweepAFieldFromTheInspector()
{
    MainWindow window(m_catalog.get());
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), false));
    window.findChild<SelectionModel *>()->setSelected({QStringLiteral("crah-1")});
    QLabel *label = nullptr;
    QTRY_VERIFY((label = window.findChild<QLabel *>("label_capacityW")) && label->isVisible());
    authoring::whenMenu({QStringLiteral("Sweep this field…")});
    // What a right-click on the label delivers.
    QContextMenuEvent event(QContextMenuEvent::Mouse, label->rect().center(), label->mapToGlobal(label->rect().center()));
    QApplication::sendEvent(label, &event);
    auto *sweep = window.findChild<SweepPanel *>();
    QTRY_VERIFY(sweep->isVisible());
    auto *tabs = window.findChild<QTabWidget *>("whatIfTabs");
    QVERIFY(tabs->currentWidget()->isAncestorOf(sweep));
}

QTEST_MAIN(TestWhatIfTab)
#include "tst_whatiftab.moc"
