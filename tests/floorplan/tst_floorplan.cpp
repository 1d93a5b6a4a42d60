// The floor-plan editor: scene built from the document, selection shared with SelectionModel,
// mouse and keyboard edits each one undo step (drag with snapping, rotate, delete, copy/paste,
// duplicate, nudge), and the row / aisle-pair / connect tools.
#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanclipboard.h"
#include "floorplan/floorplanedits.h"
#include "floorplan/floorplangeometry.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanlayouttools.h"
#include "floorplan/floorplanpalette.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "floorplan/floorplancontextmenu.h"
#include "floorplan/rowtooldialog.h"
#include "selectionmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace aif;

class TestFloorPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sceneCounts();
    void propertyEditMovesItem();
    void clickSelects();
    void rubberBandSelects();
    void dragMovesWithSnapping();
    void rotateKey();
    void deleteKey();
    void copyPaste();
    void duplicateAndNudge();
    void rowTool();
    void rowToolNeverOverlaps();
    void rowToolAlongY();
    void aislePairTool();
    void connectTool();
    void paletteDrop();
    void paletteDragEvent();
    void paletteSwitch();
    void escapeCancelsDrag();
    void contextMenuActions();
    void rowToolDialog();

private:
    QPoint viewPoint(double hallX, double hallY) const;   // hall-1 coordinates to viewport pixels
    QPoint itemPoint(const QString &id) const;
    const Rack *rack(const std::string &id) const { return m_doc->project().get<Rack>(id); }

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<FloorPlanWidget> m_widget;
    FloorPlanView *m_view = nullptr;
    FloorPlanScene *m_scene = nullptr;
};

void TestFloorPlan::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestFloorPlan::init()
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    QVERIFY(m_doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), &d));
    m_selection = std::make_unique<SelectionModel>();
    m_widget = std::make_unique<FloorPlanWidget>(m_doc.get(), m_selection.get(), m_catalog.get());
    m_view = m_widget->view();
    m_scene = m_widget->scene();
    m_widget->resize(1000, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_view->fitToView();
}

void TestFloorPlan::cleanup()
{
    m_widget.reset();
    m_selection.reset();
    m_doc.reset();
}

QPoint TestFloorPlan::viewPoint(double hallX, double hallY) const
{
    const Hall &h = m_doc->project().halls.front();
    return m_view->mapFromScene(planGeometry::hallToScene(h, hallX, hallY));
}

QPoint TestFloorPlan::itemPoint(const QString &id) const
{
    const FloorPlanItem *item = m_scene->item(id);
    return item ? m_view->mapFromScene(item->scenePos()) : QPoint();
}

void TestFloorPlan::sceneCounts()
{
    // 1 MW sample: 44 racks, 10 air units, 2 containments, 16 in-hall PDUs (the utility feeds,
    // transformers and UPSs stand outside the hall and are not drawn).
    const auto &items = m_scene->entityItems();
    int racks = 0, air = 0, zones = 0, power = 0;
    for (const FloorPlanItem *i : items) {
        racks += i->kind() == EntityKind::Rack;
        air += i->kind() == EntityKind::AirUnit;
        zones += i->kind() == EntityKind::Containment;
        power += i->kind() == EntityKind::PowerNode;
    }
    QCOMPARE(racks, 44);
    QCOMPARE(air, 10);
    QCOMPARE(zones, 2);
    QCOMPARE(power, 16);
    QCOMPARE(items.size(), 72);
    QCOMPARE(m_scene->hallItemCount(), 1);
    QVERIFY(m_view->pixelsPerMetre() > 20);   // fit shows the 17 m hall large
}

void TestFloorPlan::propertyEditMovesItem()
{
    const QPointF before = m_scene->item("rack-A01")->pos();
    QVERIFY(m_doc->editProperty("rack-A01", "xM", 6.0).empty());
    QCOMPARE(m_scene->item("rack-A01")->pos(), QPointF(6.0, before.y()));
    QVERIFY(m_doc->editProperty("rack-A01", "rotationDeg", 90.0).empty());
    QCOMPARE(m_scene->item("rack-A01")->localRect().width(), 1.2);   // 90° swaps width and depth
}

void TestFloorPlan::clickSelects()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, itemPoint("rack-A01"));
    QCOMPARE(m_selection->selected(), QStringList{"rack-A01"});
    QVERIFY(m_scene->item("rack-A01")->isHighlighted());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, itemPoint("rack-A02"));
    QCOMPARE(m_selection->selected(), (QStringList{"rack-A01", "rack-A02"}));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, itemPoint("rack-A01"));
    QCOMPARE(m_selection->selected(), QStringList{"rack-A02"});
    QVERIFY(!m_scene->item("rack-A01")->isHighlighted());
    // The other way: the outline or inspector selects, the plan highlights.
    m_selection->setSelected({"rack-B03"});
    QVERIFY(m_scene->item("rack-B03")->isHighlighted());
    QVERIFY(!m_scene->item("rack-A02")->isHighlighted());
    // A click on empty floor clears.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(1.5, 15.5));
    QVERIFY(m_selection->selected().isEmpty());
}

void TestFloorPlan::rubberBandSelects()
{
    // Row A: A01 at x 4.6, 0.8 m pitch, y 3.6, 1.2 m deep. A band from the cold aisle south-west
    // of A01 to just past A03's north-east corner catches exactly A01..A03.
    const Rack *a3 = rack("rack-A03");
    QVERIFY(a3);
    const QPoint from = viewPoint(4.1, 2.8), to = viewPoint(a3->xM + 0.5, 4.3);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view->viewport(), (from + to) / 2);
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    QStringList sel = m_selection->selected();
    sel.sort();
    QCOMPARE(sel, (QStringList{"rack-A01", "rack-A02", "rack-A03"}));
}

void TestFloorPlan::dragMovesWithSnapping()
{
    const Rack before = *rack("rack-A01");
    const int steps = m_doc->undoStack()->count();
    const double ppm = m_view->pixelsPerMetre();
    const QPoint from = itemPoint("rack-A01");
    // 2.03 m east and 0.2 m north: the grid rounds x to 0.1 m, the row pulls y back onto row A.
    const QPoint to = from + QPoint(int(std::lround(2.03 * ppm)), -int(std::lround(0.2 * ppm)));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(m_view->viewport(), from + (to - from) * i / 5);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);

    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const Rack *after = rack("rack-A01");
    QCOMPARE(after->yM, before.yM);
    QVERIFY2(std::abs(after->xM - (before.xM + 2.0)) < 0.1 + 1e-9, qPrintable(QString::number(after->xM)));
    QCOMPARE(std::round(after->xM * 10) / 10, after->xM);   // on the 0.1 m grid
    QCOMPARE(m_doc->undoStack()->text(steps), QStringLiteral("Move rack-A01"));
    m_doc->undoStack()->undo();
    QCOMPARE(rack("rack-A01")->xM, before.xM);
    QCOMPARE(m_scene->item("rack-A01")->pos().x(), before.xM);
}

void TestFloorPlan::rotateKey()
{
    m_selection->setSelected({"rack-A01", "rack-A02"});
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_view, Qt::Key_R);
    QCOMPARE(rack("rack-A01")->rotationDeg, 90.0);
    QCOMPARE(rack("rack-A02")->rotationDeg, 90.0);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(rack("rack-A01")->rotationDeg, 0.0);
    QCOMPARE(rack("rack-A02")->rotationDeg, 0.0);
}

void TestFloorPlan::deleteKey()
{
    m_selection->setSelected({"rack-A01"});
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!rack("rack-A01"));
    QVERIFY(!m_scene->item("rack-A01"));
    QVERIFY(m_selection->selected().isEmpty());
    m_doc->undoStack()->undo();
    QVERIFY(rack("rack-A01"));
    QVERIFY(m_scene->item("rack-A01"));
}

void TestFloorPlan::copyPaste()
{
    m_selection->setSelected({"rack-A01", "rack-A02"});
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const QStringList pasted = m_selection->selected();
    QCOMPARE(pasted.size(), 2);
    QVERIFY(!pasted.contains("rack-A01") && !pasted.contains("rack-A02"));
    const Rack *a1 = rack("rack-A01"), *p1 = rack(pasted[0].toStdString());
    QVERIFY(p1);
    // A rack pitch east is taken (A02, A03): the copies go on along the row to free floor.
    QVERIFY(p1->xM > rack("rack-A-net")->xM);
    QCOMPARE(p1->yM, a1->yM);
    QCOMPARE(p1->name, std::string("A11"));
    QCOMPARE(p1->powerFeedA, a1->powerFeedA);   // resolves in this project: kept
    QCOMPARE(p1->system, a1->system);
    QVERIFY(m_scene->item(pasted[1]));
    m_doc->undoStack()->undo();
    QVERIFY(!rack(pasted[0].toStdString()));

    // Into another project (no PDUs, other hall id): references that do not resolve are cleared.
    Project other;
    other.halls.push_back(Hall{{"hall-X", "X"}});
    other.rebuildIndex();
    Document target;
    target.reset(other);
    const Json copied = FloorPlanClipboard::toJson(m_doc->project(), {"rack-A01"});
    const QStringList ids = FloorPlanClipboard::paste(&target, copied, {}, "hall-X", "Paste");
    QCOMPARE(ids.size(), 1);
    const Rack *r = target.project().get<Rack>(ids[0].toStdString());
    QCOMPARE(r->hall, std::string("hall-X"));
    QVERIFY(r->powerFeedA.empty() && r->row.empty());
    QCOMPARE(r->xM, a1->xM);
}

void TestFloorPlan::duplicateAndNudge()
{
    m_selection->setSelected({"rack-D01"});
    const Rack d1 = *rack("rack-D01");
    QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
    const QStringList dup = m_selection->selected();
    QCOMPARE(dup.size(), 1);
    // The next slot (D02's) is taken: the copy goes on along the row to the first free slot,
    // past the row's network rack, under a fresh name.
    const Rack &copy = *rack(dup[0].toStdString());
    QCOMPARE(copy.yM, d1.yM);
    QVERIFY(copy.xM > rack("rack-D-net")->xM);
    QVERIFY(std::abs(std::fmod(copy.xM - d1.xM + 1e-6, d1.widthM)) < 1e-3);
    QCOMPARE(copy.name, std::string("D11"));
    for (const Rack &other : m_doc->project().racks) {
        if (other.id == copy.id || other.hall != copy.hall)
            continue;
        const QRectF x = planGeometry::footprint(copy.xM, copy.yM, copy.widthM, copy.depthM, copy.rotationDeg)
                             .intersected(planGeometry::footprint(other.xM, other.yM, other.widthM, other.depthM, other.rotationDeg));
        QVERIFY2(x.width() <= 0.005 || x.height() <= 0.005, other.id.c_str());
    }
    const Rack d1copy = copy;
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_view, Qt::Key_Up);
    QTest::keyClick(m_view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QCOMPARE(rack(dup[0].toStdString())->yM, d1.yM + 0.1);
    QCOMPARE(rack(dup[0].toStdString())->xM, std::round((d1copy.xM - 0.6) * 1e6) / 1e6);
}

void TestFloorPlan::rowTool()
{
    RowOptions &o = m_view->rowOptions();
    o.count = 5;
    o.rackWidthM = 0.6;
    m_view->setTool(FloorPlanTool::CreateRow);
    const int steps = m_doc->undoStack()->count();
    const size_t racks = m_doc->project().racks.size(), rows = m_doc->project().rows.size();
    // West of row D, clear of it and of the CRAHs on the west wall.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(1.5, 12.0));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().rows.size(), rows + 1);
    QCOMPARE(m_doc->project().racks.size(), racks + 5);
    QCOMPARE(m_view->tool(), FloorPlanTool::Select);
    const QStringList ids = m_selection->selected();
    QCOMPARE(ids.size(), 6);   // the row, then its racks
    const Rack *first = rack(ids[1].toStdString());
    // Named after the hall's next row letters (rows A-D exist): Row E, racks E01..E05.
    QCOMPARE(first->name, std::string("E01"));
    QCOMPARE(m_doc->project().get<Row>(ids[0].toStdString())->name, std::string("Row E"));
    QVERIFY(std::abs(first->xM - 1.5) <= 0.05 + 1e-9 && std::abs(first->yM - 12.0) <= 0.05 + 1e-9);
    for (int i = 1; i < 5; ++i) {
        const Rack *r = rack(ids[i + 1].toStdString());
        QCOMPARE(r->xM, std::round((first->xM + 0.6 * i) * 1e6) / 1e6);
        QCOMPARE(r->yM, first->yM);
        QCOMPARE(r->rotationDeg, 0.0);
        QCOMPARE(r->row, ids[0].toStdString());
    }
    QCOMPARE(rack(ids[5].toStdString())->name, std::string("E05"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().racks.size(), racks);
}

void TestFloorPlan::rowToolNeverOverlaps()
{
    // A click on row B would put the new racks on top of it: the row moves back to free floor,
    // and a second row clicked at the same spot gets fresh names.
    RowOptions o;
    o.count = 4;
    o.rackWidthM = 0.8;
    const Rack b01 = *rack("rack-B01");
    const QStringList first = FloorPlanLayoutTools::createRow(m_doc.get(), "hall-1", {b01.xM, b01.yM}, o);
    const QStringList second = FloorPlanLayoutTools::createRow(m_doc.get(), "hall-1", {b01.xM, b01.yM}, o);
    QCOMPARE(first.size(), 5);
    QCOMPARE(second.size(), 5);
    std::set<std::string> names;
    for (const Rack &r : m_doc->project().racks)
        QVERIFY2(names.insert(r.name).second, r.name.c_str());
    for (const QString &id : first + second) {
        const Rack *r = rack(id.toStdString());
        if (!r)
            continue;
        const QRectF mine = planGeometry::footprint(r->xM, r->yM, r->widthM, r->depthM, r->rotationDeg);
        for (const Rack &other : m_doc->project().racks) {
            if (other.id == r->id)
                continue;
            const QRectF o2 = planGeometry::footprint(other.xM, other.yM, other.widthM, other.depthM, other.rotationDeg);
            const QRectF x = mine.intersected(o2);
            QVERIFY2(x.width() <= 0.005 || x.height() <= 0.005, qPrintable(QString::fromStdString(r->id + " on " + other.id)));
        }
    }
}

void TestFloorPlan::rowToolAlongY()
{
    RowOptions o;
    o.count = 3;
    o.rotationDeg = 90;   // fronts face east: the row runs north
    o.rackWidthM = 0.8;
    const QStringList ids = FloorPlanLayoutTools::createRow(m_doc.get(), "hall-1", {1.5, 8.0}, o);
    QCOMPARE(ids.size(), 4);
    QCOMPARE(rack(ids[3].toStdString())->yM, 8.0 + 2 * 0.8);
    QCOMPARE(rack(ids[3].toStdString())->xM, 1.5);
    QCOMPARE(rack(ids[3].toStdString())->rotationDeg, 90.0);
}

void TestFloorPlan::aislePairTool()
{
    RowOptions o;
    o.count = 4;
    o.hotAisleWidthM = 1.2;
    const int steps = m_doc->undoStack()->count();
    const QStringList ids = FloorPlanLayoutTools::createAislePair(m_doc.get(), "hall-1", {2.0, 10.0}, o);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(ids.size(), 1 + 4 + 1 + 4 + 1);
    const Rack *south = rack(ids[1].toStdString()), *north = rack(ids[6].toStdString());
    QCOMPARE(south->rotationDeg, 0.0);      // faces south, back to the hot aisle
    QCOMPARE(north->rotationDeg, 180.0);    // faces north
    QCOMPARE(north->yM, 10.0 + 1.2 + 1.2);  // one depth plus the aisle
    QVERIFY(south->row != north->row);
    const Containment *zone = m_doc->project().get<Containment>(ids.last().toStdString());
    QVERIFY(zone);
    QCOMPARE(zone->type, std::string("hot-aisle"));
    QCOMPARE(zone->yM, 10.0 + 0.6 + 0.6);
    QCOMPARE(zone->depthM, 1.2);
    QCOMPARE(zone->widthM, 4 * 0.6);
    QCOMPARE(zone->rows.size(), size_t(2));
    QVERIFY(m_scene->item(ids.last()));
}

void TestFloorPlan::connectTool()
{
    m_selection->setSelected({"rack-A01"});
    m_view->setTool(FloorPlanTool::Connect);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, itemPoint("rack-A02"));
    QCOMPARE(m_selection->selected(), (QStringList{"rack-A01", "rack-A02"}));
    const PowerNode &pdu = *m_doc->project().get<PowerNode>("pdu-A4");
    QVERIFY(m_scene->item("pdu-A4"));
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, itemPoint("pdu-A4"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(rack("rack-A01")->powerFeedB, pdu.id);
    QCOMPARE(rack("rack-A02")->powerFeedB, pdu.id);
}

void TestFloorPlan::paletteDrop()
{
    FloorPlanPalette palette(m_catalog.get());
    QVERIFY(palette.count() > 10);
    EntityKind kind;
    Json e;
    QVERIFY(FloorPlanPalette::entityFor(m_catalog.get(), "cooling/crah-150kw", &kind, &e));
    QCOMPARE(kind, EntityKind::AirUnit);
    QCOMPARE(e["capacityW"].get<double>(), 150000.0);
    QCOMPARE(e["widthM"].get<double>(), 2.55);
    QVERIFY(FloorPlanPalette::entityFor(m_catalog.get(), "power/pdu-300kva", &kind, &e));
    QCOMPARE(kind, EntityKind::PowerNode);
    QCOMPARE(e["lossC2"].get<double>(), 0.014667);
    QVERIFY(FloorPlanPalette::entityFor(m_catalog.get(), "systems/gb200-nvl72", &kind, &e));
    QCOMPARE(e["depthM"].get<double>(), 1.068);
    QVERIFY(!FloorPlanPalette::entityFor(m_catalog.get(), "cooling/chiller-air-1mw", &kind, &e));
    const QString id = FloorPlanPalette::place(m_doc.get(), m_catalog.get(), "cooling/cdu-250kw", "hall-1", {3.0, 14.0}).value(0);
    QVERIFY(m_doc->project().get<Cdu>(id.toStdString()));
    QVERIFY(m_scene->item(id));
    QCOMPARE(m_doc->undoStack()->text(m_doc->undoStack()->count() - 1).left(6), QStringLiteral("Place "));
}

void TestFloorPlan::paletteDragEvent()
{
    // A real drop event with the palette's mime data, as a drag from the palette delivers it.
    const int steps = m_doc->undoStack()->count();
    const size_t cdus = m_doc->project().cdus.size();
    QMimeData mime;
    mime.setData(FloorPlanPalette::mimeType(), "cooling/cdu-250kw");
    const QPointF at = viewPoint(3.0, 14.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &drop);
    QCOMPARE(m_doc->project().cdus.size(), cdus + 1);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const QStringList selected = m_selection->selected();
    QCOMPARE(selected.size(), 1);
    QVERIFY(m_doc->project().get<Cdu>(selected.first().toStdString()));
    // Outside every hall nothing is placed.
    QDropEvent outside(viewPoint(-50.0, -50.0), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &outside);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
}

void TestFloorPlan::paletteSwitch()
{
    // Issue 18: switches are placed like any equipment. Dropped on a rack (a real drop event),
    // a leaf switch is mounted in it; on free floor it comes with a network rack of its own;
    // each is one undo step.
    FloorPlanPalette palette(m_catalog.get());
    QVERIFY(!palette.findItems(QStringLiteral("Switch: NVIDIA Quantum-2 QM9700"), Qt::MatchStartsWith).isEmpty());
    const int steps = m_doc->undoStack()->count();
    const size_t racks = m_doc->project().racks.size(), switches = m_doc->project().switches.size();
    QMimeData mime;
    mime.setData(FloorPlanPalette::mimeType(), "network/quantum-qm9700");
    const Rack *a01 = rack("rack-A01");
    QDragEnterEvent enter(viewPoint(a01->xM, a01->yM), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent onRack(viewPoint(a01->xM, a01->yM), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &onRack);
    QCOMPARE(m_doc->project().switches.size(), switches + 1);
    QCOMPARE(m_doc->project().racks.size(), racks);
    const Switch &mounted = m_doc->project().switches.back();
    QCOMPARE(mounted.rack, std::string("rack-A01"));
    QCOMPARE(mounted.model, std::string("quantum-qm9700"));
    QCOMPARE(mounted.ports, 64);
    QCOMPARE(mounted.powerW, 747.0);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    // Free floor: a network rack and the switch in it, one step; undo takes both away.
    const QStringList ids = FloorPlanPalette::place(m_doc.get(), m_catalog.get(), "network/spectrum-x-sn5610", "hall-1",
                                                    {3.0, 14.0});
    QCOMPARE(ids.size(), 2);
    const Rack *net = m_doc->project().get<Rack>(ids[0].toStdString());
    QVERIFY(net && net->system.empty());
    QCOMPARE(m_doc->project().get<Switch>(ids[1].toStdString())->rack, net->id);
    QVERIFY(m_scene->item(ids[0]));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().racks.size(), racks);
    QCOMPARE(m_doc->project().switches.size(), switches + 1);
    // Not a switch: nothing.
    QVERIFY(FloorPlanPalette::place(m_doc.get(), m_catalog.get(), "network/scaleup-gb200-nvl72", "hall-1", {3.0, 14.0})
                .isEmpty());
}

void TestFloorPlan::escapeCancelsDrag()
{
    const Rack before = *rack("rack-A01");
    const int steps = m_doc->undoStack()->count();
    const double ppm = m_view->pixelsPerMetre();
    const QPoint from = itemPoint("rack-A01");
    const QPoint to = from + QPoint(int(std::lround(3.0 * ppm)), 0);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(m_view->viewport(), from + (to - from) * i / 5);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(m_doc->undoStack()->count(), steps);   // nothing was edited
    QCOMPARE(rack("rack-A01")->xM, before.xM);
    QCOMPARE(m_scene->item("rack-A01")->pos().x(), before.xM);
    // Escape also leaves a creation tool for Select.
    m_view->setTool(FloorPlanTool::CreateRow);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(m_view->tool(), FloorPlanTool::Select);
}

void TestFloorPlan::contextMenuActions()
{
    m_selection->setSelected({"rack-A01", "rack-A02", "rack-A03"});
    FloorPlanContextMenu menu(m_view);
    QHash<QString, QAction *> actions;
    for (QAction *a : menu.actions()) {
        actions.insert(a->text(), a);
        if (a->menu())
            for (QAction *sub : a->menu()->actions())
                actions.insert(a->text() + "/" + sub->text(), sub);
    }
    for (const char *name : {"Rotate 90°", "Duplicate", "Delete", "Align/Left", "Distribute/Horizontally"})
        QVERIFY2(actions.contains(QString::fromUtf8(name)), name);
    QVERIFY(actions.value("Align")->isEnabled());
    QVERIFY(actions.value("Distribute")->isEnabled());   // three selected
    const int steps = m_doc->undoStack()->count();
    actions.value(QString::fromUtf8("Rotate 90°"))->trigger();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(rack("rack-A02")->rotationDeg, 90.0);
    actions.value("Delete")->trigger();
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QVERIFY(!rack("rack-A01"));
    m_doc->undoStack()->undo();
    QVERIFY(rack("rack-A01"));
}

void TestFloorPlan::rowToolDialog()
{
    RowOptions start = m_view->rowOptions();
    RowToolDialog dialog(m_catalog.get(), start);
    dialog.findChild<QSpinBox *>("count")->setValue(7);
    dialog.findChild<QDoubleSpinBox *>("pitch")->setValue(0.8);
    QComboBox *rotation = dialog.findChild<QComboBox *>("rotation");
    rotation->setCurrentIndex(rotation->findData(90));
    QComboBox *system = dialog.findChild<QComboBox *>("system");
    system->setCurrentIndex(system->findData(QStringLiteral("gb200-nvl72")));
    dialog.findChild<QLineEdit *>("prefix")->setText("NVL-");
    const RowOptions o = dialog.options();
    QCOMPARE(o.count, 7);
    QCOMPARE(o.pitchM, 0.8);
    QCOMPARE(o.rotationDeg, 90.0);
    QCOMPARE(o.system, QStringLiteral("gb200-nvl72"));
    QCOMPARE(o.systemCount, 1);             // a rack-scale system: one per rack
    QCOMPARE(o.rackDepthM, 1.068);          // its own footprint from the catalog
    QCOMPARE(o.namePrefix, QStringLiteral("NVL-"));
    // The row tool uses them: 7 racks along y (rotated), 0.8 m apart, holding the system.
    m_view->rowOptions() = o;
    m_view->setTool(FloorPlanTool::CreateRow);
    const size_t racks = m_doc->project().racks.size();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(2.0, 8.0));
    QCOMPARE(m_doc->project().racks.size(), racks + 7);
    const QStringList ids = m_selection->selected();
    const Rack *a = rack(ids[1].toStdString());
    const Rack *b = rack(ids[2].toStdString());
    QCOMPARE(a->system, std::string("gb200-nvl72"));
    QCOMPARE(a->name, std::string("NVL-01"));
    QVERIFY(std::abs(std::abs(b->yM - a->yM) - 0.8) < 1e-6);
    QCOMPARE(a->xM, b->xM);
}

QTEST_MAIN(TestFloorPlan)
#include "tst_floorplan.moc"
