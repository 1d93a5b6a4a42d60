// The floor plan's authoring tools: halls drawn, moved by their walls and resized by their
// handles (contents keep their place on the site), containment drawn over an aisle, a supernode
// placed as one unit, the Connect tool joining racks to a CDU's loop and hanging a rear door on a
// rack, a hall's context menu, and a blank design to draw on. Each gesture is one undo step.
#include "catalog.h"
#include "floorplanfixture.h"
#include "document.h"
#include "floorplan/floorplanedits.h"
#include "floorplan/floorplangeometry.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanpalette.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "selectionmodel.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <set>

using namespace aif;

class TestFloorPlanTools : public QObject, protected FloorPlanFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void drawHallOnBlankDesign();
    void tinyHallIsRefused();
    void moveHallByItsWall();
    void resizeWestWallKeepsContents();
    void drawContainment();
    void supernodeAsOneUnit();
    void connectRacksToCdu();
    void mountRearDoor();

private:
    void load(const QString &sample);
    QPoint scenePoint(const QPointF &scene) const { return m_view->mapFromScene(scene); }
    QPoint hallPoint(const std::string &hall, double x, double y) const;
    void shot(const QString &name);
};

void TestFloorPlanTools::initTestCase()
{
    QString error;
    QVERIFY2(openCatalog(&error), qPrintable(error));
}

void TestFloorPlanTools::init()
{
    QVERIFY(showPlan());
}

void TestFloorPlanTools::cleanup()
{
    closePlan();
}

void TestFloorPlanTools::load(const QString &sample)
{
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(sample), &d));
    QTest::qWait(10);
    m_view->fitToView();
}

QPoint TestFloorPlanTools::hallPoint(const std::string &hall, double x, double y) const
{
    const Hall *h = m_doc->project().get<Hall>(hall);
    return h ? scenePoint(planGeometry::hallToScene(*h, x, y)) : QPoint();
}

void TestFloorPlanTools::shot(const QString &name)
{
    QTest::qWait(20);
    QVERIFY(m_widget->grab().save("screenshots/tool-" + name + ".png"));
}

void TestFloorPlanTools::drawHallOnBlankDesign()
{
    // A blank design shows a site to draw on; the Hall tool makes a hall of the dragged size.
    m_doc->reset(Project());
    m_view->fitToView();
    m_view->setTool(FloorPlanTool::CreateHall);
    const QPoint from = scenePoint(QPointF(0, 0)), to = scenePoint(QPointF(30, -20));   // 30 x 20 m, north is up
    QVERIFY(m_view->viewport()->rect().contains(from) && m_view->viewport()->rect().contains(to));
    drag(from, to);
    QCOMPARE(m_doc->project().halls.size(), size_t(1));
    const Hall &h = m_doc->project().halls.front();
    QVERIFY(std::abs(h.widthM - 30) < 0.5 && std::abs(h.depthM - 20) < 0.5);
    QVERIFY(std::abs(h.originXM) < 0.3 && std::abs(h.originYM) < 0.3);
    QCOMPARE(h.name, std::string("Data hall 1"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_selection->selected(), QStringList{QString::fromStdString(h.id)});
    QCOMPARE(m_view->tool(), FloorPlanTool::Select);
    shot("hall-drawn");
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().halls.empty());
}

void TestFloorPlanTools::tinyHallIsRefused()
{
    m_doc->reset(Project());
    m_view->fitToView();
    QSignalSpy refused(m_view, &FloorPlanView::editRefused);
    m_view->setTool(FloorPlanTool::CreateHall);
    drag(scenePoint(QPointF(0, 0)), scenePoint(QPointF(1, -1)));
    QVERIFY(m_doc->project().halls.empty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(refused.count(), 1);
}

void TestFloorPlanTools::moveHallByItsWall()
{
    load("reference-1mw-h100-air");
    const Hall before = m_doc->project().halls.front();
    const Rack a01 = *m_doc->project().get<Rack>("rack-A01");
    // Grab the south wall half-way along (no equipment there) and drag 5 m east.
    const QPoint wall = hallPoint(before.id, before.widthM / 2, 0.0) + QPoint(0, 2);
    const QPoint to = wall + QPoint(int(5 * m_view->pixelsPerMetre()), 0);
    drag(wall, to);
    const Hall &after = m_doc->project().halls.front();
    QVERIFY2(std::abs(after.originXM - before.originXM - 5.0) < 0.2, qPrintable(QString::number(after.originXM)));
    QCOMPARE(after.widthM, before.widthM);
    // Everything inside moved with it: hall coordinates unchanged.
    QCOMPARE(m_doc->project().get<Rack>("rack-A01")->xM, a01.xM);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_selection->selected(), QStringList{QString::fromStdString(before.id)});
    shot("hall-moved");
}

void TestFloorPlanTools::resizeWestWallKeepsContents()
{
    load("reference-1mw-h100-air");
    const Hall before = m_doc->project().halls.front();
    m_selection->setSelected({QString::fromStdString(before.id)});
    const Rack a01 = *m_doc->project().get<Rack>("rack-A01");
    const QPointF siteBefore = planGeometry::hallToScene(before, a01.xM, a01.yM);
    // The west wall's handle (mid-height) dragged 2 m west: the hall grows, the racks stay put.
    const QPoint handle = hallPoint(before.id, 0.0, before.depthM / 2);
    drag(handle, handle - QPoint(int(2 * m_view->pixelsPerMetre()), 0));
    const Hall &after = m_doc->project().halls.front();
    QVERIFY2(std::abs(after.widthM - before.widthM - 2.0) < 0.2, qPrintable(QString::number(after.widthM)));
    QVERIFY(std::abs(after.originXM - (before.originXM - 2.0)) < 0.2);
    const Rack *moved = m_doc->project().get<Rack>("rack-A01");
    const QPointF siteAfter = planGeometry::hallToScene(after, moved->xM, moved->yM);
    QVERIFY(std::abs(siteAfter.x() - siteBefore.x()) < 1e-6 && std::abs(siteAfter.y() - siteBefore.y()) < 1e-6);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    shot("hall-resized");
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().halls.front().widthM, before.widthM);
    QCOMPARE(m_doc->project().get<Rack>("rack-A01")->xM, a01.xM);
}

void TestFloorPlanTools::drawContainment()
{
    load("reference-1mw-h100-air");
    // Over the cold aisle between rows B and C (B faces north, C south): closes both rows.
    const Rack b = *m_doc->project().get<Rack>("rack-B01");
    const Rack c = *m_doc->project().get<Rack>("rack-C10");
    const double y0 = b.yM + b.depthM / 2, y1 = c.yM - c.depthM / 2;
    const size_t before = m_doc->project().containments.size();
    m_view->setTool(FloorPlanTool::Containment);
    drag(hallPoint("hall-1", b.xM - 0.4, y0 + 0.05), hallPoint("hall-1", c.xM + 0.4, y1 - 0.05));
    QCOMPARE(m_doc->project().containments.size(), before + 1);
    const Containment &z = m_doc->project().containments.back();
    QCOMPARE(z.hall, std::string("hall-1"));
    QCOMPARE(z.type, std::string("cold-aisle"));   // the rows' fronts face into it
    QVERIFY(std::find(z.rows.begin(), z.rows.end(), "row-B") != z.rows.end());
    QVERIFY(std::find(z.rows.begin(), z.rows.end(), "row-C") != z.rows.end());
    QVERIFY(std::abs(z.depthM - (y1 - y0)) < 0.3);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    shot("containment");
}

void TestFloorPlanTools::supernodeAsOneUnit()
{
    load("reference-10mw-gb200-liquid");
    const size_t racks = m_doc->project().racks.size();
    const QStringList ids = FloorPlanPalette::place(m_doc.get(), m_catalog.get(), "systems/ascend-cloudmatrix-384", "hall-1", {5.0, 3.0});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(ids.size(), 1 + 16);   // its row, then 16 racks
    QCOMPARE(m_doc->project().racks.size(), racks + 16);
    int compute = 0, network = 0;
    std::set<std::string> names;
    for (const QString &id : ids.mid(1)) {
        const Rack *r = m_doc->project().get<Rack>(id.toStdString());
        QCOMPARE(r->row, ids.first().toStdString());
        compute += r->system == "ascend-cloudmatrix-384-compute";
        network += r->system == "ascend-cloudmatrix-384-network";
        names.insert(r->name);
        // Never on top of what stands there.
        for (const Rack &o : m_doc->project().racks) {
            if (o.id == r->id || o.hall != r->hall)
                continue;
            const QRectF x = planGeometry::footprint(r->xM, r->yM, r->widthM, r->depthM, r->rotationDeg)
                                 .intersected(planGeometry::footprint(o.xM, o.yM, o.widthM, o.depthM, o.rotationDeg));
            QVERIFY2(x.width() <= 0.005 || x.height() <= 0.005, (r->id + " on " + o.id).c_str());
        }
    }
    QCOMPARE(compute, 12);
    QCOMPARE(network, 4);
    QCOMPARE(names.size(), size_t(16));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().racks.size(), racks);
}

void TestFloorPlanTools::connectRacksToCdu()
{
    load("reference-10mw-gb200-liquid");
    // Racks of rows A-B (loop tcs-1) joined to a CDU of loop tcs-2 with the Connect tool.
    const Cdu *cdu = nullptr;
    for (const Cdu &c : m_doc->project().cdus)
        if (c.secondaryLoop == "tcs-2" && !cdu)
            cdu = &c;
    QVERIFY(cdu);
    m_selection->setSelected({"rack-A01", "rack-A02"});
    m_view->setTool(FloorPlanTool::Connect);
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, scenePoint(m_widget->scene()->item(QString::fromStdString(cdu->id))->scenePos()));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().get<Rack>("rack-A01")->coolingLoop, std::string("tcs-2"));
    QCOMPARE(m_doc->project().get<Rack>("rack-A02")->coolingLoop, std::string("tcs-2"));
}

void TestFloorPlanTools::mountRearDoor()
{
    load("reference-1mw-h100-air");
    // A rear door from the palette, then Connect: the rack, the door: it hangs on the rack's back.
    const QString door = FloorPlanPalette::place(m_doc.get(), m_catalog.get(), "cooling/rdhx-75kw", "hall-1", {1.5, 1.0}).value(0);
    QVERIFY(!door.isEmpty());
    m_selection->setSelected({"rack-A01"});
    m_view->setTool(FloorPlanTool::Connect);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, scenePoint(m_widget->scene()->item(door)->scenePos()));
    const AirUnit *u = m_doc->project().get<AirUnit>(door.toStdString());
    const Rack *r = m_doc->project().get<Rack>("rack-A01");
    QCOMPARE(u->rack, std::string("rack-A01"));
    // Row A faces south: its back (and the door) is to the north, blowing north.
    QVERIFY(u->yM > r->yM);
    QCOMPARE(u->xM, r->xM);
    QCOMPARE(u->rotationDeg, 180.0);
}

QTEST_MAIN(TestFloorPlanTools)
#include "tst_floorplantools.moc"
