// Failure what-if (issue 22): a unit tripped from the floor plan (right-click, "Trip (what-if)"),
// from the 3D view (right-click on the unit) and a heat-rejection bank's unit from the cooling
// schematic; a CDU pump, a rack's switch and a link group; each trip is one undo step, and the
// failed unit is drawn as failed (degraded when it keeps running), the scenario's in 3D too.
#include "catalog.h"
#include "cooling/coolingschematic.h"
#include "document.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "hallscene.h"
#include "network/linkfailurestable.h"
#include "schematic/schematicnode.h"
#include "selectionmodel.h"
#include "view3d/view3dpanel.h"
#include "view3d/vtkopenglwidget.h"

#include "../common/runprogram.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace aif;

namespace {

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
        if (QAction *found = a->menu() ? findAction(a->menu(), text) : nullptr)
            return found;
    }
    return nullptr;
}

// Chooses `text` in the next popup menu the way a user does (highlight, Return); records
// whether the entry was there.
void chooseInNextPopup(const QString &text, bool *found)
{
    QTimer::singleShot(50, [text, found] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *a = menu ? findAction(menu, text) : nullptr;
        *found = a != nullptr;
        if (!menu)
            return;
        if (a) {
            menu->setActiveAction(a);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            menu->close();
        }
    });
}

// Pixels of the failed red (strong red, weak green and blue) in a rectangle of an image.
int redPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 150 && c.green() < 110 && c.blue() < 110;
        }
    }
    return n;
}

// With AIF_FAILED_SHOTS=DIR the views are saved there to be looked at (not in CI).
QString shotPath(const char *name)
{
    const QString dir = qEnvironmentVariable("AIF_FAILED_SHOTS");
    return dir.isEmpty() ? QString() : dir + QLatin1Char('/') + QLatin1String(name);
}

bool isFailed(const Document &doc, const std::string &id)
{
    const Project &p = doc.project();
    const auto ref = p.find(id);
    return ref && p.value(*ref, "failed") == Json(true);
}

} // namespace

class TestFailedUnits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void floorPlanTripAndUndo();
    void floorPlanRestore();
    void view3dTripByRightClick();
    void coolingBankTripOneUnit();
    void cduPumpTripIsDrawnDegraded();
    void rackShowsItsSwitchDown();
    void linkTableTripsAndRestores();
    void view3dDrawsTheScenarioFailures();

private:
    std::unique_ptr<FloorPlanWidget> openPlan() const;   // the plan of the design, fitted
    // Right-clicks the item of `id` and chooses `text` in its context menu; false when absent.
    bool rightClickChoose(FloorPlanView *view, const QString &id, const QString &text);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionModel> m_selection;
};

void TestFailedUnits::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestFailedUnits::init()
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(sampleProject("reference-1mw-h100-air"), &d));
    m_selection = std::make_unique<SelectionModel>();
}

void TestFailedUnits::cleanup()
{
    m_selection.reset();
    m_doc.reset();
}

std::unique_ptr<FloorPlanWidget> TestFailedUnits::openPlan() const
{
    auto widget = std::make_unique<FloorPlanWidget>(m_doc.get(), m_selection.get(), m_catalog.get());
    widget->resize(1000, 800);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget.get()))
        return nullptr;
    widget->view()->fitToView();
    return widget;
}

bool TestFailedUnits::rightClickChoose(FloorPlanView *view, const QString &id, const QString &text)
{
    // The press selects the unit; the context menu event opens the menu over the selection.
    const QPoint at = view->mapFromScene(static_cast<FloorPlanScene *>(view->scene())->item(id)->scenePos());
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, at);
    bool found = false;
    chooseInNextPopup(text, &found);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return found;
}

void TestFailedUnits::floorPlanTripAndUndo()
{
    const std::unique_ptr<FloorPlanWidget> widget = openPlan();
    QVERIFY(widget);
    FloorPlanView *view = widget->view();
    FloorPlanItem *item = widget->scene()->item("crah-1");
    QVERIFY(item);
    QVERIFY(!item->isFailed());
    const QRect itemRect = view->mapFromScene(item->sceneBoundingRect()).boundingRect().intersected(
        view->viewport()->rect());
    QVERIFY(itemRect.width() > 10 && itemRect.height() > 5);
    const int redBefore = redPixels(view->viewport()->grab().toImage(), itemRect);

    QVERIFY(rightClickChoose(view, "crah-1", QStringLiteral("Trip (what-if)")));
    QCOMPARE(m_selection->selected(), QStringList{"crah-1"});

    const int steps = m_doc->undoStack()->count();
    QVERIFY(isFailed(*m_doc, "crah-1"));
    QVERIFY(!isFailed(*m_doc, "crah-2"));
    QVERIFY(item->isFailed());
    QVERIFY(item->toolTip().contains(QStringLiteral("FAILED")));
    QTest::qWait(20);
    const int redAfter = redPixels(view->viewport()->grab().toImage(), itemRect);
    QVERIFY2(redAfter > redBefore + itemRect.width(), qPrintable(QStringLiteral("%1 -> %2").arg(redBefore).arg(redAfter)));
    if (const QString path = shotPath("failed_plan.png"); !path.isEmpty())
        QVERIFY(widget->grab().save(path));

    m_doc->undoStack()->undo();   // the trip was one step
    QCOMPARE(m_doc->undoStack()->index(), steps - 1);
    QVERIFY(!isFailed(*m_doc, "crah-1"));
    QVERIFY(!item->isFailed());
}

void TestFailedUnits::floorPlanRestore()
{
    // A failed unit's menu offers "Restore".
    QVERIFY(m_doc->editProperty("crah-2", "failed", Json(true)).empty());
    const std::unique_ptr<FloorPlanWidget> widget = openPlan();
    QVERIFY(widget);
    QVERIFY(widget->scene()->item("crah-2")->isFailed());   // drawn failed from the start
    QVERIFY(widget->scene()->item("crah-2")->toolTip().contains(QStringLiteral("FAILED")));
    QVERIFY(rightClickChoose(widget->view(), "crah-2", QStringLiteral("Restore")));
    QVERIFY(!isFailed(*m_doc, "crah-2"));
    QVERIFY(!widget->scene()->item("crah-2")->isFailed());
    // A CDU or an in-hall power node trips the same way (pdu-A1 stands in the hall).
    QVERIFY(rightClickChoose(widget->view(), "pdu-A1", QStringLiteral("Trip (what-if)")));
    QVERIFY(isFailed(*m_doc, "pdu-A1"));
    QVERIFY(widget->scene()->item("pdu-A1")->isFailed());
}

void TestFailedUnits::view3dTripByRightClick()
{
    View3DPanel panel(m_doc.get(), m_selection.get());
    panel.resize(1100, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(panel.scene()->model().box("crah-1") != nullptr);
    VtkOpenGLWidget *gl = panel.view();
    // Where the unit is on screen: the scene's own picking (pure camera math) over a grid.
    const QSize px = gl->size() * gl->devicePixelRatio();
    QPoint at(-1, -1);
    for (int y = 2; y < gl->height() && at.x() < 0; y += 3) {
        for (int x = 2; x < gl->width(); x += 3) {
            const QPoint d = gl->toVtkDisplay(QPointF(x, y));
            const auto hit = panel.scene()->pick(d.x() + 0.5, d.y() + 0.5, px.width(), px.height());
            if (hit && hit->id == "crah-1") {
                at = QPoint(x, y);
                break;
            }
        }
    }
    QVERIFY2(at.x() >= 0, "crah-1 not visible in the 3D view");
    bool found = false;
    chooseInNextPopup(QStringLiteral("Trip (what-if)"), &found);
    QTest::mousePress(gl, Qt::RightButton, {}, at);
    QTest::mouseRelease(gl, Qt::RightButton, {}, at);
    QVERIFY(found);
    QVERIFY(isFailed(*m_doc, "crah-1"));
    QCOMPARE(m_selection->selected(), QStringList{"crah-1"});
    // The scene follows the edit: dark red with the red outline, and the hover label says so.
    QTRY_COMPARE(panel.scene()->failedCount(), 1);
    QVERIFY(panel.scene()->model().box("crah-1")->failed);
    QVERIFY(QString::fromStdString(panel.scene()->describe("crah-1")).contains("FAILED"));
    if (const QString path = shotPath("failed_3d.png"); !path.isEmpty()) {
        QString error;
        QVERIFY2(panel.exportPng(path, 1600, 1000, &error), qPrintable(error));
    }

    std::unique_ptr<QMenu> menu(panel.createUnitMenu("crah-1", nullptr));
    QVERIFY(menu && findAction(menu.get(), QStringLiteral("Restore")));
    QVERIFY(!panel.createUnitMenu("rack-A01", nullptr));   // racks have no trip

    m_doc->undoStack()->undo();   // one step
    QVERIFY(!isFailed(*m_doc, "crah-1"));
    QTRY_COMPARE(panel.scene()->failedCount(), 0);
}

void TestFailedUnits::coolingBankTripOneUnit()
{
    CoolingSchematic schematic(m_doc.get(), m_selection.get(), m_catalog.get());
    schematic.resize(1200, 800);
    schematic.show();
    QVERIFY(QTest::qWaitForWindowExposed(&schematic));
    const auto centre = [&] { return schematic.mapFromScene(schematic.nodeFor("chiller-1")->sceneBox().center()); };
    QVERIFY(schematic.nodeFor("chiller-1"));
    std::unique_ptr<QMenu> menu(schematic.createContextMenu(centre(), nullptr));
    QVERIFY(findAction(menu.get(), QStringLiteral("Restore all")));
    QVERIFY(!findAction(menu.get(), QStringLiteral("Restore all"))->isEnabled());   // none out yet
    const int steps = m_doc->undoStack()->count();
    findAction(menu.get(), QStringLiteral("Trip one unit (what-if)"))->trigger();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().get<HeatRejection>("chiller-1")->failedUnits, 1);
    QTRY_VERIFY(schematic.nodeFor("chiller-1") && schematic.nodeFor("chiller-1")->isFailed());
    QVERIFY(schematic.nodeFor("chiller-1")->lines().join('\n').contains(QStringLiteral("1 of 3 failed")));

    menu.reset(schematic.createContextMenu(centre(), nullptr));
    findAction(menu.get(), QStringLiteral("Trip one unit (what-if)"))->trigger();
    QCOMPARE(m_doc->project().get<HeatRejection>("chiller-1")->failedUnits, 2);
    menu.reset(schematic.createContextMenu(centre(), nullptr));
    findAction(menu.get(), QStringLiteral("Restore all"))->trigger();
    QCOMPARE(m_doc->project().get<HeatRejection>("chiller-1")->failedUnits, 0);
    QTRY_VERIFY(!schematic.nodeFor("chiller-1")->isFailed());
    m_doc->undoStack()->undo();   // "Restore all" was one step
    QCOMPARE(m_doc->project().get<HeatRejection>("chiller-1")->failedUnits, 2);
}

// A CDU's pump (N+1 as shipped) tripped from the plan: one undo step; the CDU stays in service
// and is drawn degraded ("1/2 PUMPS", amber), not failed.
void TestFailedUnits::cduPumpTripIsDrawnDegraded()
{
    Diagnostics d;
    QVERIFY(m_doc->load(sampleProject("reference-10mw-gb200-liquid"), &d));
    const std::unique_ptr<FloorPlanWidget> widget = openPlan();
    QVERIFY(widget);
    FloorPlanItem *item = widget->scene()->item("cdu-1");
    QVERIFY(item);
    widget->view()->fitInView(item->sceneBoundingRect().adjusted(-3, -3, 3, 3), Qt::KeepAspectRatio);
    QVERIFY(item->degradedTag().isEmpty());
    QVERIFY(rightClickChoose(widget->view(), "cdu-1", QStringLiteral("Trip one pump (what-if)")));
    const Cdu *cdu = m_doc->project().get<Cdu>("cdu-1");
    QCOMPARE(cdu->failedPumps, 1);
    QVERIFY(cdu->inService());
    QVERIFY(!item->isFailed());
    QCOMPARE(item->degradedTag(), QStringLiteral("1/2 PUMPS"));
    QVERIFY2(item->toolTip().contains(QStringLiteral("standby")), qPrintable(item->toolTip()));
    m_selection->setSelected({});   // the selection outline would cover the amber one
    if (const QString path = shotPath("degraded_cdu.png"); !path.isEmpty())
        QVERIFY(widget->grab().save(path));
    // The second pump takes the CDU out: drawn failed.
    QVERIFY(rightClickChoose(widget->view(), "cdu-1", QStringLiteral("Trip one pump (what-if)")));
    QVERIFY(item->isFailed());
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().get<Cdu>("cdu-1")->failedPumps, 0);
    QVERIFY(!item->isFailed() && item->degradedTag().isEmpty());
}

// Switches sit in racks and are not drawn on the plan: a failed one marks its rack.
void TestFailedUnits::rackShowsItsSwitchDown()
{
    const std::unique_ptr<FloorPlanWidget> widget = openPlan();
    QVERIFY(widget);
    const Switch &sw = m_doc->project().switches.front();
    QVERIFY(!sw.rack.empty());
    const QString rack = QString::fromStdString(sw.rack);
    FloorPlanItem *item = widget->scene()->item(rack);
    QVERIFY(item);
    QVERIFY(item->degradedTag().isEmpty());
    QVERIFY(rightClickChoose(widget->view(), rack, QString::fromStdString(sw.name.empty() ? sw.id : sw.name)));
    QVERIFY(isFailed(*m_doc, sw.id));
    QCOMPARE(item->degradedTag(), QStringLiteral("SWITCH DOWN"));
    QVERIFY(item->toolTip().contains(QString::fromStdString(sw.name.empty() ? sw.id : sw.name)));
    m_selection->setSelected({});
    if (const QString path = shotPath("switch_down.png"); !path.isEmpty())
        QVERIFY(widget->grab().save(path));
    m_doc->undoStack()->undo();
    QVERIFY(item->degradedTag().isEmpty());
}

// The Network tab's table of the design's links: right-click trips one link of a group, or the
// group, or restores it; one undo step each; groups with links down come first.
void TestFailedUnits::linkTableTripsAndRestores()
{
    LinkFailuresTable links;
    links.setDocument(m_doc.get());
    links.resize(700, 500);
    links.show();
    QVERIFY(QTest::qWaitForWindowExposed(&links));
    QTableWidget *table = links.table();
    QCOMPARE(table->rowCount(), int(m_doc->project().links.size()));
    const QString last = QString::fromStdString(m_doc->project().links.back().id);
    links.filter()->setText(last);
    QCOMPARE(table->rowCount(), 1);
    const QRect cell = table->visualItemRect(table->item(0, 0));
    bool found = false;
    chooseInNextPopup(QStringLiteral("Trip one link (what-if)"), &found);
    QContextMenuEvent event(QContextMenuEvent::Mouse, cell.center(), table->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(table->viewport(), &event);
    QTRY_VERIFY(found);
    QTRY_COMPARE(m_doc->project().get<Link>(last.toStdString())->failedLinks, 1);
    QVERIFY(table->item(0, 5)->text().startsWith(QStringLiteral("1 of ")));
    links.filter()->clear();
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), last);   // down first
    QVERIFY(links.tripAll(last));
    QCOMPARE(m_doc->project().get<Link>(last.toStdString())->failedLinks, m_doc->project().get<Link>(last.toStdString())->count);
    QVERIFY(links.restore(last));
    QCOMPARE(m_doc->project().get<Link>(last.toStdString())->failedLinks, 0);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().get<Link>(last.toStdString())->failedLinks, 1);
}

// With a scenario active the 3D view draws the hall the solve sees: its failed units in red.
void TestFailedUnits::view3dDrawsTheScenarioFailures()
{
    Scenario s;
    s.id = "scn-test-crah";
    s.name = "CRAH-3 failed";
    s.overrides.push_back({"crah-3", "failed", true});
    Project p = m_doc->project();
    p.scenarios.push_back(s);
    p.rebuildIndex();
    m_doc->reset(p);
    View3DPanel panel(m_doc.get(), m_selection.get());
    panel.resize(900, 600);
    QCOMPARE(panel.scene()->failedCount(), 0);
    panel.setScenario(QString::fromStdString(s.id));
    QCOMPARE(panel.scene()->failedCount(), 1);
    panel.setScenario(QString());
    QCOMPARE(panel.scene()->failedCount(), 0);
}

QTEST_MAIN(TestFailedUnits)
#include "tst_failedunits.moc"
