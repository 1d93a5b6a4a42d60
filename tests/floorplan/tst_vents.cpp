// Floor tiles and return grilles (issue 16's air path) in the studio, driven by real mouse and
// key events: the Floor tile tool places one tile on the 0.6 m floor grid or lays a run along a
// drag (one undo step, unique names), the Return grille tool puts a grille over the ceiling;
// vents select, move, duplicate and delete like other plan items; the outline lists them and
// the air model; the 3D scene draws the raised floor, tiles and grilles. Screenshots of the
// validation hall go to screenshots/ (looked at: see docs/floorplan.md).
#include "catalog.h"
#include "floorplanfixture.h"
#include "common/newentity.h"
#include "document.h"
#include "floorplan/floorplangeometry.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanvents.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "outline/projectoutline.h"
#include "scene3d/hallscene.h"
#include "selectionmodel.h"

#include <QDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <set>

using namespace aif;

class TestVents : public QObject, protected FloorPlanFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void gridAndRun();
    void clickPlacesOneTile();
    void dragLaysARun();
    void placeReturnGrille();
    void moveDeleteDuplicate();
    void newEntityDefaults();
    void validationHallOnThePlan();
    void validationHallIn3d();

private:
    void blankRaisedHall();
    QPoint hallPoint(double x, double y) const;
    int ventItems() const;
};

void TestVents::initTestCase()
{
    QString error;
    QVERIFY2(openCatalog(&error), qPrintable(error));
}

void TestVents::init()
{
    QVERIFY(showPlan());
}

void TestVents::cleanup()
{
    closePlan();
}

void TestVents::blankRaisedHall()
{
    Project p;
    Hall h;
    h.id = "hall-1";
    h.name = "Raised";
    h.widthM = 9.6;
    h.depthM = 7.2;
    h.floor = "raised";
    h.raisedFloorM = 0.6;
    p.halls.push_back(h);
    m_doc->reset(p);
    m_view->fitToView();
}

QPoint TestVents::hallPoint(double x, double y) const
{
    const Hall *h = m_doc->project().get<Hall>("hall-1");
    return h ? m_view->mapFromScene(planGeometry::hallToScene(*h, x, y)) : QPoint();
}

int TestVents::ventItems() const
{
    int n = 0;
    for (const FloorPlanItem *item : m_view->floorPlanScene()->entityItems())
        n += item->kind() == EntityKind::Vent && item->isVent();
    return n;
}

void TestVents::gridAndRun()
{
    // Tiles are set out from the hall's south-west corner: centres at 0.3 + 0.6 k.
    const QPointF c = floorPlanVents::tileCentre({2.75, 1.95});
    QCOMPARE(c, QPointF(2.7, 2.1));
    const std::vector<QPointF> run = floorPlanVents::tileRun({1.0, 3.1}, {4.1, 3.4});
    QCOMPARE(int(run.size()), 6);   // 0.9 … 3.9
    QCOMPARE(run.front(), QPointF(0.9, 3.3));
    QCOMPARE(run.back(), QPointF(3.9, 3.3));
    const std::vector<QPointF> back = floorPlanVents::tileRun({4.1, 1.0}, {4.2, 0.4});
    QCOMPARE(int(back.size()), 2);   // along y, southwards: 0.9 then 0.3
    QCOMPARE(back.back(), QPointF(3.9, 0.3));
}

void TestVents::clickPlacesOneTile()
{
    blankRaisedHall();
    m_view->setTool(FloorPlanTool::FloorTile);
    const QPoint at = hallPoint(2.75, 1.95);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_doc->project().vents.size(), size_t(1));
    const Vent &v = m_doc->project().vents.front();
    QCOMPARE(v.type, std::string("perforated-tile"));
    QCOMPARE(v.xM, 2.7);
    QCOMPARE(v.yM, 2.1);
    QCOMPARE(v.widthM, 0.6);
    QCOMPARE(v.openArea, 0.25);
    QCOMPARE(v.hall, std::string("hall-1"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_selection->selected(), QStringList{QString::fromStdString(v.id)});
    QCOMPARE(ventItems(), 1);
    const FloorPlanItem *item = m_view->floorPlanScene()->item(QString::fromStdString(v.id));
    QVERIFY(item);
    QCOMPARE(item->itemShape(), FloorPlanItem::Shape::PerforatedTile);
    QCOMPARE(item->openArea(), 0.25);
    // The same spot again: no second tile on top of the first.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_doc->project().vents.size(), size_t(1));
    QCOMPARE(m_view->tool(), FloorPlanTool::FloorTile);   // tiles go run after run
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(m_view->tool(), FloorPlanTool::Select);
}

void TestVents::dragLaysARun()
{
    blankRaisedHall();
    m_view->setTool(FloorPlanTool::FloorTile);
    drag(hallPoint(1.0, 3.1), hallPoint(4.1, 3.4));
    const std::vector<Vent> &vents = m_doc->project().vents;
    QCOMPARE(vents.size(), size_t(6));
    std::set<std::string> names;
    for (size_t i = 0; i < vents.size(); ++i) {
        QVERIFY(std::abs(vents[i].xM - (0.9 + 0.6 * double(i))) < 1e-9);
        QCOMPARE(vents[i].yM, 3.3);
        names.insert(vents[i].name);
    }
    QCOMPARE(names.size(), size_t(6));
    QCOMPARE(m_doc->undoStack()->count(), 1);   // the whole run is one step
    QCOMPARE(ventItems(), 6);
    QCOMPARE(m_selection->selected().size(), 6);
    QVERIFY(m_widget->grab().save("screenshots/vents-run.png"));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().vents.empty());
    QCOMPARE(ventItems(), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->project().vents.size(), size_t(6));
    QCOMPARE(ventItems(), 6);
    // A second run crossing the first skips the tiles already there.
    drag(hallPoint(2.0, 2.0), hallPoint(2.2, 4.5));
    QCOMPARE(m_doc->project().vents.size(), size_t(6 + 4));   // y 2.1 … 4.5 less the one at 3.3
}

void TestVents::placeReturnGrille()
{
    blankRaisedHall();
    m_view->setTool(FloorPlanTool::FloorTile);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, hallPoint(3.0, 3.0));
    m_view->setTool(FloorPlanTool::ReturnGrille);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, hallPoint(3.0, 3.0));   // over the tile: other level
    QCOMPARE(m_doc->project().vents.size(), size_t(2));
    const Vent &g = m_doc->project().vents.back();
    QCOMPARE(g.type, std::string("ceiling-grille"));
    QCOMPARE(g.openArea, 0.5);
    QVERIFY(!g.isSupply());
    const FloorPlanItem *item = m_view->floorPlanScene()->item(QString::fromStdString(g.id));
    QVERIFY(item && item->isOverhead());
    // A click there picks the grille (overhead, above the tile).
    m_view->setTool(FloorPlanTool::Select);
    m_selection->clear();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, hallPoint(3.0, 3.0));
    QCOMPARE(m_selection->selected(), QStringList{QString::fromStdString(g.id)});
}

void TestVents::moveDeleteDuplicate()
{
    blankRaisedHall();
    m_view->setTool(FloorPlanTool::FloorTile);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, hallPoint(2.1, 2.1));
    QTest::keyClick(m_view, Qt::Key_Escape);
    const std::string id = m_doc->project().vents.front().id;
    m_selection->clear();
    // Move: drag the tile 1.2 m east (two tiles).
    drag(hallPoint(2.1, 2.1), hallPoint(3.3, 2.1));
    const Vent *v = m_doc->project().get<Vent>(id);
    QVERIFY(v);
    QVERIFY2(std::abs(v->xM - 3.3) < 1e-6 && std::abs(v->yM - 2.1) < 1e-6, qPrintable(QString("%1 %2").arg(v->xM).arg(v->yM)));
    const QPointF itemPos = m_view->floorPlanScene()->item(QString::fromStdString(id))->pos();
    QVERIFY(std::abs(itemPos.x() - 3.3) < 1e-6);
    m_doc->undoStack()->undo();
    QVERIFY(std::abs(m_doc->project().get<Vent>(id)->xM - 2.1) < 1e-6);
    m_doc->undoStack()->redo();
    QVERIFY(std::abs(m_doc->project().get<Vent>(id)->xM - 3.3) < 1e-6);
    // Duplicate (Ctrl+D): a second tile with its own name.
    m_selection->setSelected({QString::fromStdString(id)});
    QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_doc->project().vents.size(), size_t(2));
    QVERIFY(m_doc->project().vents[0].name != m_doc->project().vents[1].name);
    QCOMPARE(ventItems(), 2);
    // Delete (Delete key) and undo.
    m_selection->setSelected({QString::fromStdString(id)});
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_doc->project().get<Vent>(id));
    QCOMPARE(ventItems(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().get<Vent>(id));
    QCOMPARE(ventItems(), 2);
}

void TestVents::newEntityDefaults()
{
    blankRaisedHall();
    QString why;
    const QString grate = newEntity::create(m_doc.get(), m_catalog.get(), EntityKind::Vent, {}, &why, "grate-tile");
    QVERIFY2(!grate.isEmpty(), qPrintable(why));
    const Vent *g = m_doc->project().get<Vent>(grate.toStdString());
    QCOMPARE(g->openArea, 0.56);
    QCOMPARE(g->widthM, 0.6);
    QCOMPARE(g->xM, 0.3);   // the first free grid tile
    const QString tile = newEntity::create(m_doc.get(), m_catalog.get(), EntityKind::Vent, {}, &why, "perforated-tile");
    QCOMPARE(m_doc->project().get<Vent>(tile.toStdString())->xM, 0.9);   // next to the grate
    QCOMPARE(m_doc->project().get<Vent>(tile.toStdString())->openArea, 0.25);
    const QString grille = newEntity::create(m_doc.get(), m_catalog.get(), EntityKind::Vent, {}, &why, "ceiling-grille");
    QCOMPARE(m_doc->project().get<Vent>(grille.toStdString())->openArea, 0.5);
    QCOMPARE(m_doc->project().get<Vent>(grille.toStdString())->xM, 0.3);   // the ceiling has its own grid
    QVERIFY(newEntity::create(m_doc.get(), m_catalog.get(), EntityKind::AirModel, {}, &why).isEmpty());
    QCOMPARE(newEntity::subtypes(EntityKind::Vent).size(), size_t(4));
}

void TestVents::validationHallOnThePlan()
{
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_TEST_DATA "/airpath/raised-floor-16.aifactory"), &d));
    QTest::qWait(10);
    m_view->fitToView();
    QCOMPARE(ventItems(), int(m_doc->project().vents.size()));
    int tiles = 0, grilles = 0;
    for (const FloorPlanItem *item : m_view->floorPlanScene()->entityItems()) {
        tiles += item->itemShape() == FloorPlanItem::Shape::PerforatedTile;
        grilles += item->itemShape() == FloorPlanItem::Shape::CeilingGrille;
        if (item->kind() == EntityKind::AirUnit)
            QCOMPARE(item->discharge(), FloorPlanItem::Discharge::Underfloor);
    }
    QVERIFY(tiles > 0 && grilles > 0);
    QCOMPARE(tiles + grilles, int(m_doc->project().vents.size()));
    QVERIFY(m_widget->grab().save("screenshots/vents-raised-floor-16-plan.png"));
    // The outline: "Tiles and grilles (24)" and the Air model singleton.
    ProjectOutline outline(m_doc.get(), m_selection.get());
    QStringList tops;
    for (int i = 0; i < outline.topLevelItemCount(); ++i)
        tops << outline.topLevelItem(i)->text(0);
    QVERIFY2(tops.contains(QStringLiteral("Tiles and grilles (%1)").arg(m_doc->project().vents.size())), qPrintable(tops.join(", ")));
    QVERIFY(tops.contains(QStringLiteral("Air model")));
}

void TestVents::validationHallIn3d()
{
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_TEST_DATA "/airpath/raised-floor-16.aifactory"), &d));
    scene3d::HallScene scene;
    scene.setProject(m_doc->project());
    const scene3d::SceneModel &m = scene.model();
    QCOMPARE(m.vents.size(), m_doc->project().vents.size());
    QCOMPARE(m.halls.front().raisedFloorM, 0.6);
    QCOMPARE(m.halls.front().ceilingPlenumM, 0.9);
    QVERIFY(m.boundsMin[2] <= -0.6 + 1e-9);            // the plenum below the room floor
    QVERIFY(m.boundsMax[2] >= 3.6 + 0.9 - 1e-9);       // the ceiling plenum above it
    for (const scene3d::SceneVent &v : m.vents)
        QCOMPARE(v.centre[2], v.supply ? 0.0 : 3.6);   // tiles on the floor, grilles in the ceiling
    int parts = 0;
    for (const auto &[name, actor] : scene.namedActors())
        parts += name == "air path" || name == "ceilings" || name == "tile holes";
    QCOMPARE(parts, 3);
}

QTEST_MAIN(TestVents)
#include "tst_vents.moc"
