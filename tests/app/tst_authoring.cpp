// A new user builds a design in the studio from an empty window with mouse and keyboard only:
// welcome page → New wizard → a second hall drawn on the plan → a row placed in it → a loop and a
// CDU added and the racks connected to it → a UPS, a PDU and the racks' feeds → a deployment on
// the racks → solve (tokens/s > 0, no errors); then the whole sequence undone step by step and
// redone, saved, reopened and compared. Screenshots of each wizard page and creation tool.
#include "authoringdriver.h"

#include "catalog.h"
#include "document.h"
#include "floorplan/floorplangeometry.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "mainwindow.h"
#include "outline/projectoutline.h"
#include "projectio.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "validation.h"
#include "help/helpbrowser.h"
#include "inspector/inspector.h"
#include "welcome/welcomepage.h"
#include "wizard/newprojectwizard.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWizard>

using namespace aif;
using namespace authoring;

class TestAuthoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromEmptyWindowToSolvedDesign();
    void sampleOpensAsUntitledCopy();
    void shortcuts();
    void cleanupTestCase();

private:
    void shot(QWidget *w, const QString &name);
    void runWizard();
    void drawSecondHall();
    void placeRow();
    void addLoopAndCdu();
    void addUpsAndFeed();
    void addDeployment();
    void solveAndCheck();
    QPoint planPoint(const std::string &hallId, double x, double y) const;
    QWidget *toolButton(const QString &actionName) const;
    QTreeWidgetItem *outlineGroup(EntityKind kind) const;
    void selectOnPlan(const QStringList &ids);
    QStringList hall2Racks() const;

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    Document *m_doc = nullptr;
    FloorPlanView *m_plan = nullptr;
    std::string m_hall2;
    QString m_loop, m_cdu, m_pdu;
};

void TestAuthoring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_authoring");
    QSettings().clear();
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QDir().mkpath("screenshots");
}

void TestAuthoring::cleanupTestCase()
{
    m_window.reset();
}

void TestAuthoring::shot(QWidget *w, const QString &name)
{
    QTest::qWait(30);
    QVERIFY(w->grab().save("screenshots/authoring-" + name + ".png"));
}

QPoint TestAuthoring::planPoint(const std::string &hallId, double x, double y) const
{
    const Hall *h = m_doc->project().get<Hall>(hallId);
    return h ? m_plan->mapFromScene(planGeometry::hallToScene(*h, x, y)) : QPoint();
}

QWidget *TestAuthoring::toolButton(const QString &actionName) const
{
    QToolBar *bar = m_window->floorPlan()->toolBar();
    for (QAction *a : bar->actions())
        if (a->objectName() == actionName || a->text() == actionName)
            return bar->widgetForAction(a);
    return nullptr;
}

QTreeWidgetItem *TestAuthoring::outlineGroup(EntityKind kind) const
{
    auto *outline = m_window->findChild<QTreeWidget *>("projectOutline");
    const QString plural = QString::fromUtf8(kindNames(kind).plural);
    for (int i = 0; i < outline->topLevelItemCount(); ++i)
        if (outline->topLevelItem(i)->text(0).startsWith(plural + " ("))
            return outline->topLevelItem(i);
    return nullptr;
}

QStringList TestAuthoring::hall2Racks() const
{
    QStringList ids;
    for (const Rack &r : m_doc->project().racks)
        if (r.hall == m_hall2)
            ids << QString::fromStdString(r.id);
    return ids;
}

void TestAuthoring::selectOnPlan(const QStringList &ids)
{
    // A rubber band around the racks, from the floor south-west of them to north-east of them.
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (const QString &id : ids) {
        const Rack *r = m_doc->project().get<Rack>(id.toStdString());
        const QRectF f = planGeometry::footprint(r->xM, r->yM, r->widthM, r->depthM, r->rotationDeg);
        x0 = std::min(x0, f.left());
        y0 = std::min(y0, f.top());
        x1 = std::max(x1, f.right());
        y1 = std::max(y1, f.bottom());
    }
    drag(m_plan->viewport(), planPoint(m_hall2, x0 - 0.3, y0 - 0.3), planPoint(m_hall2, x1 + 0.3, y1 + 0.3));
    QStringList sel = m_window->selection()->selected();
    sel.sort();
    QStringList want = ids;
    want.sort();
    QCOMPARE(sel, want);
}

void TestAuthoring::runWizard()
{
    bool done = false;
    whenModal([&](QWidget *w) {
        auto *wizard = qobject_cast<QWizard *>(w);
        QVERIFY(wizard);
        // Site: name, climate (typed into the combo), electricity price, grid carbon.
        type(wizard->findChild<QLineEdit *>("siteName"), "Nordic test factory");
        auto *climate = wizard->findChild<QComboBox *>("climate");
        choose(climate, "stockholm-se");
        type(wizard->findChild<QDoubleSpinBox *>("tariff"), "0.06");
        type(wizard->findChild<QDoubleSpinBox *>("carbon"), "40");
        shot(wizard, "wizard-1-site");
        click(wizard->button(QWizard::NextButton));
        // Load and racks: 1.5 MW of GB200 NVL72 in one hall (the second is drawn by hand).
        type(wizard->findChild<QDoubleSpinBox *>("itMw"), "1.5");
        auto *system = wizard->findChild<QComboBox *>("system");
        choose(system, "gb200-nvl72");
        shot(wizard, "wizard-2-load");
        click(wizard->button(QWizard::NextButton));
        // Cooling and power: air is not offered for a liquid-cooled system.
        QVERIFY(!wizard->findChild<QRadioButton *>("cooling_air")->isEnabled());
        click(wizard->findChild<QRadioButton *>("cooling_hybrid"));
        click(wizard->findChild<QRadioButton *>("power_hvdc800"));
        QVERIFY(wizard->findChild<QRadioButton *>("power_hvdc800")->isChecked());
        shot(wizard, "wizard-3-architecture");
        click(wizard->button(QWizard::NextButton));
        auto *summary = wizard->findChild<QLabel *>("wizardSummary");
        QTRY_VERIFY(summary->text().contains("GPUs"));
        shot(wizard, "wizard-4-summary");
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        click(wizard->button(QWizard::FinishButton));
        done = true;
    });
    click(m_window->welcomePage()->findChild<QPushButton *>("newDesign"));
    QTRY_VERIFY(done);
    QVERIFY(!m_window->welcomeShown());
    const Project &p = m_doc->project();
    QCOMPARE(p.halls.size(), size_t(1));
    QCOMPARE(p.site().climate, std::string("stockholm-se"));
    QCOMPARE(p.economics.tariffUsdPerKwh, 0.06);
    QCOMPARE(p.site().gridCarbonGPerKwh, 40.0);
    QVERIFY(!p.racks.empty() && !p.cdus.empty() && !p.deployments.empty());
    QCOMPARE(m_doc->undoStack()->count(), 0);   // a new design starts its own history
    for (const Diagnostic &d : validateProject(p, m_catalog.get()))
        QVERIFY2(!d.isError(), d.message.c_str());
}

void TestAuthoring::drawSecondHall()
{
    m_window->showView("floorplan");
    m_plan = m_window->floorPlan()->view();
    QTest::qWait(50);   // the tab's first layout
    m_plan->fitToView();
    // Zoom out so there is free site east of hall 1, then drag a 20 x 14 m hall there.
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(m_plan, Qt::Key_Minus);
    const Hall h1 = m_doc->project().halls.front();
    // Scroll to the free ground east of hall 1 (as the scroll bars would).
    m_plan->centerOn(planGeometry::hallToScene(h1, h1.widthM + 10.0, 7.0));
    click(toolButton("toolHall"));
    QCOMPARE(m_plan->tool(), FloorPlanTool::CreateHall);
    const QPoint from = planPoint(h1.id, h1.widthM + 10.0, 0.0), to = planPoint(h1.id, h1.widthM + 30.0, 14.0);
    QVERIFY2(m_plan->viewport()->rect().contains(from) && m_plan->viewport()->rect().contains(to),
             qPrintable(QStringLiteral("%1,%2 %3,%4 in %5x%6 at %7 px/m").arg(from.x()).arg(from.y()).arg(to.x()).arg(to.y())
                            .arg(m_plan->viewport()->width()).arg(m_plan->viewport()->height()).arg(m_plan->pixelsPerMetre())));
    QTest::mousePress(m_plan->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(m_plan->viewport(), from + (to - from) * i / 6);
    shot(m_window.get(), "tool-hall");
    QTest::mouseRelease(m_plan->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(m_doc->project().halls.size(), size_t(2));
    m_hall2 = m_doc->project().halls.back().id;
    const Hall &h2 = m_doc->project().halls.back();
    QVERIFY2(std::abs(h2.widthM - 20.0) < 0.5 && std::abs(h2.depthM - 14.0) < 0.5,
             qPrintable(QStringLiteral("%1 x %2").arg(h2.widthM).arg(h2.depthM)));
    QCOMPARE(m_window->selection()->selected(), QStringList{QString::fromStdString(m_hall2)});
    m_plan->fitToView();
}

void TestAuthoring::placeRow()
{
    // Row options: two GB200 NVL72 racks, then click the first rack's place in hall 2.
    whenModal([](QWidget *dialog) {
        auto *system = dialog->findChild<QComboBox *>("system");
        choose(system, "gb200-nvl72");
        type(dialog->findChild<QSpinBox *>("count"), "2");
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    click(toolButton("Row options…"));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    click(toolButton("toolRow"));
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(m_plan->viewport(), Qt::LeftButton, {}, planPoint(m_hall2, 5.0, 5.0));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const QStringList racks = hall2Racks();
    QCOMPARE(racks.size(), 2);
    for (const QString &id : racks)
        QCOMPARE(m_doc->project().get<Rack>(id.toStdString())->system, std::string("gb200-nvl72"));
    shot(m_window.get(), "tool-row");
}

void TestAuthoring::addLoopAndCdu()
{
    // Outline ▸ Liquid loops ▸ Add ▸ TCS loop; then Add CDU (with the new loop selected, the
    // CDU serves it) in hall 2.
    auto *outline = m_window->findChild<QTreeWidget *>("projectOutline");
    m_window->selection()->setSelected({QString::fromStdString(m_hall2)});
    QTreeWidgetItem *loops = outlineGroup(EntityKind::LiquidLoop);
    QVERIFY(loops);
    whenMenu({"Add liquid loop", "Technology cooling loop (TCS)"});
    rightClick(outline->viewport(), outline->visualItemRect(loops).center());
    QTRY_VERIFY(!m_window->selection()->selected().isEmpty());
    m_loop = m_window->selection()->current();
    QCOMPARE(m_doc->project().get<LiquidLoop>(m_loop.toStdString())->type, std::string("tcs"));
    QTreeWidgetItem *cdus = outlineGroup(EntityKind::Cdu);   // rebuilt with the loop in it
    whenMenu({"Add cdu"});
    rightClick(outline->viewport(), outline->visualItemRect(cdus).center());
    QTRY_VERIFY(m_window->selection()->current().startsWith("cdu"));
    m_cdu = m_window->selection()->current();
    const Cdu *cdu = m_doc->project().get<Cdu>(m_cdu.toStdString());
    QCOMPARE(cdu->secondaryLoop, m_loop.toStdString());
    QCOMPARE(cdu->hall, m_hall2);   // the selected loop's hall, at a free place
    // The racks' air-side heat (15 % of an NVL72's) needs a room unit in hall 2 as well: Add
    // air-cooling unit with the CDU (in hall 2) selected puts a CRAH on chilled water there.
    QTreeWidgetItem *air = outlineGroup(EntityKind::AirUnit);
    whenMenu({"Add air-cooling unit"});
    rightClick(outline->viewport(), outline->visualItemRect(air).center());
    QTRY_VERIFY(m_window->selection()->current().startsWith("air"));
    const AirUnit *crah = m_doc->project().get<AirUnit>(m_window->selection()->current().toStdString());
    QCOMPARE(crah->hall, m_hall2);
    QVERIFY(!crah->chilledWaterLoop.empty());
    // Connect: select the racks (rubber band), the Connect tool, click the CDU.
    click(toolButton("toolSelect"));
    selectOnPlan(hall2Racks());
    click(toolButton("toolConnect"));
    QTest::mouseClick(m_plan->viewport(), Qt::LeftButton, {}, m_plan->mapFromScene(
                                                                  m_window->floorPlan()->scene()->item(m_cdu)->scenePos()));
    for (const QString &id : hall2Racks())
        QCOMPARE(m_doc->project().get<Rack>(id.toStdString())->coolingLoop, m_loop.toStdString());
    shot(m_window.get(), "tool-connect-cooling");
    click(toolButton("toolSelect"));
}

void TestAuthoring::addUpsAndFeed()
{
    // A UPS fed from path A's first transformer and a PDU below it (outline Add with the upstream
    // selected), then the racks' feed A from the PDU (plan context menu).
    auto *outline = m_window->findChild<QTreeWidget *>("projectOutline");
    std::string transformer;
    for (const PowerNode &n : m_doc->project().powerNodes)
        if (n.type == "transformer" && n.side == "A" && transformer.empty())
            transformer = n.id;
    m_window->selection()->setSelected({QString::fromStdString(transformer)});
    QTreeWidgetItem *power = outlineGroup(EntityKind::PowerNode);
    whenMenu({"Add power equipment", "UPS"});
    rightClick(outline->viewport(), outline->visualItemRect(power).center());
    QTRY_VERIFY(m_doc->project().get<PowerNode>(m_window->selection()->current().toStdString()));
    const PowerNode *ups = m_doc->project().get<PowerNode>(m_window->selection()->current().toStdString());
    QCOMPARE(ups->type, std::string("ups"));
    QCOMPARE(ups->upstream, transformer);
    const std::string upsId = ups->id;
    // Two 300 kW modules for the two NVL72 racks (132 kW each at nameplate): typed in the inspector.
    QTest::qWait(50);   // the inspector rebuilds its form for the new selection
    auto *modules = m_window->findChild<QSpinBox *>("edit_modules");
    QVERIFY(modules && modules->isVisible());
    type(modules, "2", Qt::Key_Return);
    QTRY_COMPARE(m_doc->project().get<PowerNode>(upsId)->modules, 2);
    power = outlineGroup(EntityKind::PowerNode);   // the outline was rebuilt with the UPS in it
    whenMenu({"Add power equipment", "PDU"});
    rightClick(outline->viewport(), outline->visualItemRect(power).center());
    QTRY_VERIFY(m_window->selection()->current().toStdString() != upsId);
    m_pdu = m_window->selection()->current();
    QCOMPARE(m_doc->project().get<PowerNode>(m_pdu.toStdString())->upstream, upsId);
    const QString pduName = QString::fromStdString(m_doc->project().get<PowerNode>(m_pdu.toStdString())->name);
    // The racks: select them on the plan, right-click one, Connect to power feed A ▸ the PDU.
    selectOnPlan(hall2Racks());
    const Rack *first = m_doc->project().get<Rack>(hall2Racks().first().toStdString());
    whenMenu({"Connect to power feed A", pduName + " (pdu)"});
    rightClick(m_plan->viewport(), planPoint(m_hall2, first->xM, first->yM));
    QTRY_COMPARE(m_doc->project().get<Rack>(first->id)->powerFeedA, m_pdu.toStdString());
    for (const QString &id : hall2Racks())
        QCOMPARE(m_doc->project().get<Rack>(id.toStdString())->powerFeedA, m_pdu.toStdString());
}

void TestAuthoring::addDeployment()
{
    selectOnPlan(hall2Racks());
    const Rack *first = m_doc->project().get<Rack>(hall2Racks().first().toStdString());
    const size_t before = m_doc->project().deployments.size();
    whenMenu({"New deployment on these racks"});
    rightClick(m_plan->viewport(), planPoint(m_hall2, first->xM, first->yM));
    QTRY_COMPARE(m_doc->project().deployments.size(), before + 1);
    const Deployment &d = m_doc->project().deployments.back();
    QCOMPARE(d.racks.size(), size_t(2));
    shot(m_window.get(), "tool-deployment");
}

void TestAuthoring::solveAndCheck()
{
    QSignalSpy solved(m_window.get(), &MainWindow::solveFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(solved.wait(120000));
    const auto r = m_window->lastSolve();
    QVERIFY(r);
    for (const Diagnostic &d : validateProject(m_doc->project(), m_catalog.get()))
        QVERIFY2(!d.isError(), (d.pointer + ": " + d.message).c_str());
    for (const Diagnostic &d : r->violations)
        QVERIFY2(!d.isError(), d.message.c_str());
    QVERIFY(r->json["throughput"]["tokens_per_s"].get<double>() > 0);
    // The new deployment on hall 2 produces tokens too.
    bool found = false;
    for (const Json &d : r->json["throughput"]["deployments"])
        if (d["id"] == m_doc->project().deployments.back().id) {
            found = true;
            QVERIFY(d["tokens_per_s"].get<double>() > 0);
        }
    QVERIFY(found);
    shot(m_window.get(), "solved");
}

void TestAuthoring::fromEmptyWindowToSolvedDesign()
{
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));   // keyboard focus and shortcuts, as on a desktop
    m_doc = m_window->document();
    m_window->newProject();
    m_window->showWelcome();
    shot(m_window.get(), "welcome");
    // Each step checks what it did; a failed step stops the walk (the next would act on garbage).
    runWizard();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray afterWizard = serializeProject(m_doc->project());
    for (void (TestAuthoring::*step)() : {&TestAuthoring::drawSecondHall, &TestAuthoring::placeRow, &TestAuthoring::addLoopAndCdu,
                                          &TestAuthoring::addUpsAndFeed, &TestAuthoring::addDeployment,
                                          &TestAuthoring::solveAndCheck}) {
        (this->*step)();
        QVERIFY(!QTest::currentTestFailed());
    }
    const QByteArray finished = serializeProject(m_doc->project());

    // Undo everything step by step (Ctrl+Z), back to the wizard's design; redo it all (Ctrl+Y).
    // (A click on the plan first: with a text field focused, Ctrl+Z undoes typing in it.)
    const int steps = m_doc->undoStack()->count();
    QVERIFY2(steps >= 8, qPrintable(QString::number(steps)));
    m_window->activateWindow();   // back from the dialogs and menus (Xvfb has no window manager to do it)
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::mouseClick(m_plan->viewport(), Qt::LeftButton, {}, planPoint(m_hall2, 0.5, 0.5));
    QTRY_VERIFY(m_plan->hasFocus());
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(m_plan, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->index(), 0);
    QCOMPARE(serializeProject(m_doc->project()), afterWizard);
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(m_plan, i % 2 ? Qt::Key_Y : Qt::Key_Z, i % 2 ? Qt::ControlModifier : Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(serializeProject(m_doc->project()), finished);

    // Save (Ctrl+S asks for a file: an untitled design), reopen, identical.
    const QString path = m_dir.filePath("built-by-hand.aifactory");
    whenModal([&](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        QVERIFY(dialog);
        dialog->selectFile(path);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_doc->filePath(), path);
    QVERIFY(!m_doc->isModified());
    QVERIFY(m_window->openFile(path, false));
    QCOMPARE(serializeProject(m_doc->project()), finished);
}

void TestAuthoring::sampleOpensAsUntitledCopy()
{
    // A shipped sample from the welcome gallery opens untitled: Save asks for a file of the
    // user's own and the shipped file is never written.
    const QString shipped = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
    QFile f(shipped);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_doc = m_window->document();
    m_window->showWelcome();
    auto *card = m_window->welcomePage()->findChild<QWidget *>("sample-reference-1mw-h100-air.aifactory");
    QVERIFY(card);
    click(card);
    QTRY_VERIFY(!m_window->welcomeShown());
    QCOMPARE(m_doc->project().racks.size(), size_t(44));
    QVERIFY(m_doc->filePath().isEmpty());
    QVERIFY(m_window->windowTitle().contains("Untitled (from reference-1mw-h100-air)"));
    // An edit, then Ctrl+S: a Save As dialog (cancelled here), never the shipped file.
    QVERIFY(m_doc->editProperty("rack-A01", "name", Json("Edited")).empty());
    bool asked = false;
    whenModal([&](QWidget *w) {
        asked = qobject_cast<QFileDialog *>(w) != nullptr;
        QTest::keyClick(w, Qt::Key_Escape);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(asked);
    QVERIFY(m_doc->isModified());
    QVERIFY(f.seek(0));
    QCOMPARE(f.readAll(), original);
    m_doc->undoStack()->setClean();   // no "save changes?" prompt when the window goes
}

void TestAuthoring::shortcuts()
{
    // The keys CAD and office users expect, on the floor plan of the 1 MW sample.
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_doc = m_window->document();
    QVERIFY(m_window->openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), false));
    m_window->showView("floorplan");
    m_plan = m_window->floorPlan()->view();
    QTest::qWait(50);
    m_plan->fitToView();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::mouseClick(m_plan->viewport(), Qt::LeftButton, {}, m_plan->mapFromScene(m_window->floorPlan()->scene()->item("rack-A01")->scenePos()));
    QTRY_VERIFY(m_plan->hasFocus());
    QCOMPARE(m_window->selection()->selected(), QStringList{"rack-A01"});
    // Ctrl+A: everything on the plan.
    QTest::keyClick(m_plan, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->selection()->selected().size(), m_window->floorPlan()->scene()->entityItems().size());
    // Ctrl+D duplicates, Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo.
    m_window->selection()->setSelected({"rack-A01"});
    QTest::keyClick(m_plan, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->project().racks.size(), size_t(45));
    QTest::keyClick(m_plan, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->project().racks.size(), size_t(44));
    QTest::keyClick(m_plan, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_doc->project().racks.size(), size_t(45));
    QTest::keyClick(m_plan, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_plan, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_doc->project().racks.size(), size_t(45));
    // Ctrl+C / Ctrl+V: a copy beside it (never on top), one step.
    m_window->selection()->setSelected({"rack-B01"});
    QTest::keyClick(m_plan, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(m_plan, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_doc->project().racks.size(), size_t(46));
    // F2 renames the selection.
    m_window->selection()->setSelected({"rack-B02"});
    whenModal([](QWidget *w) {
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w->focusWidget(), "Spare B02");
        QTest::keyClick(w->focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(m_plan, Qt::Key_F2);
    QTRY_COMPARE(m_doc->project().get<Rack>("rack-B02")->name, std::string("Spare B02"));
    // Delete removes it (one step).
    const int steps = m_doc->undoStack()->count();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_plan->setFocus();
    QTest::keyClick(m_plan, Qt::Key_Delete);
    QVERIFY(!m_doc->project().find("rack-B02"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    // F1: the guide's page for the floor plan.
    QTest::keyClick(m_plan, Qt::Key_F1);
    auto *help = m_window->findChild<HelpBrowser *>("helpBrowser");
    QTRY_VERIFY(help && help->isVisible());
    QCOMPARE(help->currentPage(), QStringLiteral("floorplan"));
    help->close();
    // F1 in a dock: that dock's page (the catalog browser); the glossary is a page of the guide.
    QVERIFY(m_window->showView("catalog"));
    auto *catalogDock = m_window->findChild<QDockWidget *>("catalogDock");
    QVERIFY(catalogDock);
    catalogDock->widget()->setFocus();
    QTRY_VERIFY(QApplication::focusWidget() && catalogDock->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTRY_COMPARE(help->currentPage(), QStringLiteral("catalog"));
    QVERIFY(QFile::exists(":/docs/glossary.md"));
    help->close();
    // Ctrl+N: the new-design wizard (cancelled; nothing changes). Ctrl+Shift+S: Save As.
    bool wizard = false, saveAs = false;
    m_doc->undoStack()->setClean();
    whenModal([&](QWidget *w) {
        wizard = qobject_cast<NewProjectWizard *>(w) != nullptr;
        QTest::keyClick(w, Qt::Key_Escape);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(wizard);
    QCOMPARE(m_doc->project().racks.size(), size_t(45));
    whenModal([&](QWidget *w) {
        saveAs = qobject_cast<QFileDialog *>(w) != nullptr;
        QTest::keyClick(w, Qt::Key_Escape);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(saveAs);
}

QTEST_MAIN(TestAuthoring)
#include "tst_authoring.moc"
