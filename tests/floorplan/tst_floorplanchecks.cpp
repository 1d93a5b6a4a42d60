// Floor-plan pure functions and rendering: snapping, the overlay colour ramp, the layout
// checks (deliberate faults and the shipped samples), overlays on the scene, screenshots of
// the samples at fit-to-view, and the campus frame-time benchmark (printed, not asserted).
#include "catalog.h"
#include "document.h"
#include "floorplan/floorplangeometry.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanlegend.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "floorplan/resultoverlay.h"
#include "layoutchecks.h"
#include "solvejob.h"
#include "throughput/throughputsolver.h"
#include "selectionmodel.h"

#include <QElapsedTimer>
#include <QTest>

using namespace aif;

class TestFloorPlanChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapping();
    void overlayColorRamp();
    void findsDeliberateFaults();
    void samples_data();
    void samples();
    void overlays();
    void throughputOverlays();
    void screenshots_data();
    void screenshots();
    void campusBenchmark();

private:
    static QString sample(const char *name) { return QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name); }
    std::unique_ptr<Catalog> m_catalog;
};

void TestFloorPlanChecks::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestFloorPlanChecks::snapping()
{
    using namespace planGeometry;
    QCOMPARE(snapToGrid(4.63, 0.1), 4.6);
    QCOMPARE(snapToGrid(-0.06, 0.1), -0.1);
    QCOMPARE(snapToGrid(1.234, 0), 1.234);
    SnapOptions o;
    const std::vector<QPointF> mates{{4.6, 3.6}, {5.4, 3.6}};
    // Within 0.3 m of the row line: pulled onto it; x stays on the grid.
    QCOMPARE(snapPosition({7.04, 3.82}, o, mates, true), QPointF(7.0, 3.6));
    // Farther away: only the grid.
    QCOMPARE(snapPosition({7.04, 4.02}, o, mates, true), QPointF(7.0, 4.0));
    // Rows along y align x.
    QCOMPARE(snapPosition({4.75, 9.93}, o, mates, false), QPointF(4.6, 9.9));
    o.grid = o.rows = false;
    QCOMPARE(snapPosition({7.04, 3.82}, o, mates, true), QPointF(7.04, 3.82));
    // Footprints and fronts: 90° swaps width and depth and faces +x.
    QCOMPARE(footprint(1, 1, 0.6, 1.2, 90), QRectF(0.4, 0.7, 1.2, 0.6));
    QCOMPARE(frontDirection(0), QPointF(0, -1));
    QCOMPARE(frontDirection(270), QPointF(-1, 0));
    Hall h;
    h.originXM = 100;
    h.originYM = 50;
    QCOMPARE(hallToScene(h, 2, 3), QPointF(102, -53));
    QCOMPARE(sceneToHall(h, QPointF(102, -53)), QPointF(2, 3));
}

void TestFloorPlanChecks::overlayColorRamp()
{
    QCOMPARE(overlayColor(0.0), QColor(0x44, 0x01, 0x54));
    QCOMPARE(overlayColor(1.0), QColor(0xfd, 0xe7, 0x25));
    QCOMPARE(overlayColor(-3.0), overlayColor(0.0));   // clamped
    QCOMPARE(overlayColor(7.0), overlayColor(1.0));
    QCOMPARE(overlayColor(std::nan("")), overlayColor(0.0));
    // Relative luminance (ITU-R BT.709 weights on linearised sRGB) rises along the ramp.
    auto lin = [](double c) { c /= 255; return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    double last = -1;
    for (int i = 0; i <= 100; ++i) {
        const QColor c = overlayColor(i / 100.0);
        const double y = 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue());
        QVERIFY2(y >= last - 1e-4, qPrintable(QStringLiteral("t=%1").arg(i / 100.0)));
        last = y;
    }
}

void TestFloorPlanChecks::findsDeliberateFaults()
{
    Project p;
    Hall hall;
    hall.id = "hall-1";
    hall.widthM = 10;
    hall.depthM = 10;
    hall.minAisleWidthM = 1.2;
    p.halls.push_back(hall);
    auto addRack = [&](const char *id, double x, double y, double rot, const char *system, const char *feed) {
        Rack r;
        r.id = id;
        r.hall = "hall-1";
        r.xM = x;
        r.yM = y;
        r.rotationDeg = rot;
        r.system = system;
        r.systemCount = *system ? 1 : 0;
        r.powerFeedA = feed;
        p.racks.push_back(r);
    };
    PowerNode pdu;
    pdu.id = "pdu-1";
    pdu.hall = "hall-1";
    p.powerNodes.push_back(pdu);
    addRack("ok-1", 3.0, 5.0, 0, "hgx-h100-8gpu", "pdu-1");
    addRack("ok-2", 3.6, 5.0, 0, "", "");                 // touching ok-1: no overlap; empty: no feed needed
    addRack("clash-1", 6.0, 5.0, 0, "", "");
    addRack("clash-2", 6.3, 5.2, 0, "", "");              // overlaps clash-1
    addRack("outside", 9.9, 2.0, 0, "", "");              // sticks out of the east wall
    addRack("facing-wall", 2.0, 1.1, 0, "", "");          // front 0.5 m from the south wall
    addRack("unpowered", 3.0, 8.0, 180, "hgx-h100-8gpu", "");
    addRack("uncooled", 4.0, 8.0, 180, "gb200-nvl72", "pdu-1");
    p.rebuildIndex();

    const Diagnostics d = checkLayout(p, m_catalog.get());
    QMultiMap<QString, QString> found;
    for (const Diagnostic &x : d) {
        found.insert(QString::fromStdString(x.code), QString::fromStdString(x.entity));
        QVERIFY(!x.isError());
        QVERIFY(!x.pointer.empty() && !x.message.empty());
    }
    qInfo().noquote() << "synthetic:" << found;
    QCOMPARE(found.values("layout.overlap").size(), 2);
    QVERIFY(found.contains("layout.overlap", "clash-1") && found.contains("layout.overlap", "clash-2"));
    QCOMPARE(found.values("layout.outside"), QStringList{"outside"});
    QVERIFY(found.contains("layout.aisle", "facing-wall"));
    QVERIFY(!found.contains("layout.aisle", "ok-1"));
    QCOMPARE(found.values("layout.unpowered"), QStringList{"unpowered"});
    QCOMPARE(found.values("layout.uncooled"), QStringList{"uncooled"});
    QVERIFY(!found.values().contains("ok-1") && !found.values().contains("ok-2"));
}

void TestFloorPlanChecks::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("1mw") << sample("reference-1mw-h100-air");
    QTest::newRow("10mw") << sample("reference-10mw-gb200-liquid");
    QTest::newRow("100mw") << sample("reference-100mw-campus");
}

void TestFloorPlanChecks::samples()
{
    QFETCH(QString, file);
    Document doc;
    Diagnostics loadDiags;
    QVERIFY(doc.load(file, &loadDiags));
    QElapsedTimer t;
    t.start();
    const Diagnostics d = checkLayout(doc.project(), m_catalog.get());
    qInfo().noquote() << QFileInfo(file).fileName() << ":" << d.size() << "layout findings in" << t.elapsed() << "ms";
    QMap<QString, int> byCode;
    for (const Diagnostic &x : d) {
        ++byCode[QString::fromStdString(x.code)];
        if (byCode[QString::fromStdString(x.code)] <= 3)
            qInfo().noquote() << "  " << QString::fromStdString(x.code) << QString::fromStdString(x.message);
    }
    qInfo() << "  by code:" << byCode;
    // The samples are designed layouts: nothing overlaps or stands outside its hall, and every
    // equipped rack is powered and (when liquid-cooled) on a loop.
    QCOMPARE(byCode.value("layout.overlap"), 0);
    QCOMPARE(byCode.value("layout.outside"), 0);
    QCOMPARE(byCode.value("layout.unpowered"), 0);
    QCOMPARE(byCode.value("layout.uncooled"), 0);
}

void TestFloorPlanChecks::overlays()
{
    Document doc;
    Diagnostics ld;
    QVERIFY(doc.load(sample("reference-1mw-h100-air"), &ld));
    FloorPlanScene scene(&doc, m_catalog.get());
    QHash<QString, double> values{{"rack-A01", 10e3}, {"rack-A02", 30e3}};
    scene.setOverlay("Rack power", Quantity::Power, values, 10e3, 30e3);
    QVERIFY(scene.legend().isActive());
    QVERIFY(!scene.legend().isStale());
    scene.setBadges({{"rack-A02", {"over budget"}}});
    QCOMPARE(scene.item("rack-A02")->toolTip(), QStringLiteral("A02: over budget"));
    QVERIFY(doc.editProperty("rack-A05", "xM", 8.0).empty());
    QVERIFY(scene.legend().isStale());   // results predate the edit
    scene.setOverlay("Rack power", Quantity::Power, values, 10e3, 30e3);
    QVERIFY(!scene.legend().isStale());
    scene.clearOverlay();
    QVERIFY(!scene.legend().isActive());
}

void TestFloorPlanChecks::throughputOverlays()
{
    // Tokens/s and GPU activity per rack from a real solve: the deployment racks are coloured,
    // the rest are not, and the rack values add up to the solve's total.
    Document doc;
    Diagnostics ld;
    QVERIFY(doc.load(sample("reference-1mw-h100-air"), &ld));
    SolveOptions o;
    o.only = {"throughput"};
    const SolveResult r = runSolve(doc.project(), *m_catalog, o);
    QVERIFY(r.throughput && r.throughput->tokensPerS > 0.0);
    FloorPlanScene scene(&doc, m_catalog.get());
    QVERIFY(applyResultOverlay(&scene, doc.project(), r, "tokens"));
    QVERIFY(scene.legend().isActive());
    int coloured = 0;
    for (const Rack &rack : doc.project().racks) {
        const bool inPool = r.throughput->rackTokensPerS.count(rack.id) > 0;
        QCOMPARE(scene.item(QString::fromStdString(rack.id))->overlay().isValid(), inPool);
        coloured += inPool ? 1 : 0;
    }
    QVERIFY(coloured > 0);
    QVERIFY(applyResultOverlay(&scene, doc.project(), r, "activity"));
    // Without a throughput result there is nothing to colour.
    SolveOptions power;
    power.only = {"power"};
    QVERIFY(!applyResultOverlay(&scene, doc.project(), runSolve(doc.project(), *m_catalog, power), "tokens"));
}

void TestFloorPlanChecks::screenshots_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("png");
    QTest::addColumn<bool>("overlay");
    QTest::newRow("1mw") << sample("reference-1mw-h100-air") << "floorplan-1mw.png" << false;
    QTest::newRow("10mw") << sample("reference-10mw-gb200-liquid") << "floorplan-10mw.png" << false;
    QTest::newRow("1mw-overlay") << sample("reference-1mw-h100-air") << "floorplan-1mw-overlay.png" << true;
    QTest::newRow("campus") << sample("reference-100mw-campus") << "floorplan-100mw.png" << false;
}

void TestFloorPlanChecks::screenshots()
{
    QFETCH(QString, file);
    QFETCH(QString, png);
    QFETCH(bool, overlay);
    Document doc;
    Diagnostics ld;
    QVERIFY(doc.load(file, &ld));
    SelectionModel selection;
    FloorPlanWidget widget(&doc, &selection, m_catalog.get());
    widget.resize(1200, 900);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.scene()->setShowConnections(overlay);
    if (overlay) {
        QHash<QString, double> v;
        int i = 0;
        for (const Rack &r : doc.project().racks)
            v.insert(QString::fromStdString(r.id), 10e3 + 500.0 * (i++ % 40));
        widget.scene()->setOverlay("Rack power", Quantity::Power, v, 10e3, 30e3);
        widget.scene()->setBadges({{"rack-A03", {"over budget"}}, {"rack-C05", {"inlet > ASHRAE"}}});
        selection.setSelected({"rack-B04"});
    }
    widget.view()->fitToView();
    QTest::qWait(50);
    const QImage image = widget.view()->grab().toImage();
    QVERIFY(image.save(png));
    qInfo().noquote() << "wrote" << QFileInfo(png).absoluteFilePath();
}

void TestFloorPlanChecks::campusBenchmark()
{
    Document doc;
    Diagnostics ld;
    QVERIFY(doc.load(sample("reference-100mw-campus"), &ld));
    SelectionModel selection;
    QElapsedTimer t;
    t.start();
    FloorPlanWidget widget(&doc, &selection, m_catalog.get());
    const qint64 buildMs = t.elapsed();
    widget.resize(1280, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    qInfo() << "campus scene:" << widget.scene()->entityItems().size() << "items, built (with layout checks) in"
            << buildMs << "ms";
    widget.view()->benchmarkFrameMs(3);   // warm caches
    qInfo() << "campus frame time (BSP index):" << widget.view()->benchmarkFrameMs(30) << "ms/frame";
    widget.scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    qInfo() << "campus frame time (no index):" << widget.view()->benchmarkFrameMs(30) << "ms/frame";
    widget.scene()->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    t.restart();
    QVERIFY(doc.editProperty("rack-H01-A-leaf", "xM", 5.6).empty());
    qInfo() << "campus single property edit -> scene update:" << t.elapsed() << "ms";
    t.restart();
    widget.scene()->recheck();
    qInfo() << "campus layout check:" << t.elapsed() << "ms";
}

QTEST_MAIN(TestFloorPlanChecks)
#include "tst_floorplanchecks.moc"
