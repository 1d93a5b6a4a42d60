// The Network view and the cable overlay over the 10 MW and 100 MW samples (issue 18): every
// count the view shows is the planner's (network::planProjectFabric), the pluggable column of the
// optics comparison is the planner's own optics, the overlay (toggled with a real click) draws one
// route per cable run along the geometry the planner measured, and moving a row moves the routes.
// Screenshots go to $AIF_SCREENSHOT_DIR (default /tmp/aif/shots).
#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "network/cablelegend.h"
#include "network/cableoverlayitem.h"
#include "network/fabricplan.h"
#include "network/fabricplanner.h"
#include "network/lengthhistogramchart.h"
#include "network/networkformat.h"
#include "network/networkview.h"
#include "network/projectfabric.h"
#include "network/topologydiagram.h"
#include "selectionmodel.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <set>

using namespace aif;

class TestNetworkView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewShowsPlannerCounts_data();
    void viewShowsPlannerCounts();
    void cableOverlay_data();
    void cableOverlay();
    void rowMoveChangesRoute();
    void automaticPositionsMatchPlanner();
    void threeTierTreeDraws();

private:
    std::unique_ptr<Document> load(const QString &file);
    // Shows the plan at 1600 x 1000, fitted, and clicks its "Cables" button; the overlay, planned.
    CableOverlayItem *showCables(FloorPlanWidget &plan);
    void saveShot(QWidget *w, const QString &name);

    std::unique_ptr<Catalog> m_catalog;
    QString m_shots;
};

void TestNetworkView::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_shots = qEnvironmentVariable("AIF_SCREENSHOT_DIR", "/tmp/aif/shots");
    QVERIFY(QDir().mkpath(m_shots));
}

std::unique_ptr<Document> TestNetworkView::load(const QString &file)
{
    auto doc = std::make_unique<Document>();
    Diagnostics d;
    if (!doc->load(QStringLiteral(AIF_SOURCE_DIR "/projects/") + file, &d))
        return nullptr;
    return doc;
}

CableOverlayItem *TestNetworkView::showCables(FloorPlanWidget &plan)
{
    plan.resize(1600, 1000);
    plan.show();
    if (!QTest::qWaitForWindowExposed(&plan))
        return nullptr;
    plan.view()->fitToView();
    auto *toggle = plan.viewBar()->findChild<QAction *>("showCables");
    QWidget *button = toggle ? plan.viewBar()->widgetForAction(toggle) : nullptr;
    if (!button || !button->isVisible() || plan.scene()->showCables())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    CableOverlayItem *overlay = plan.scene()->cableOverlay();
    if (!overlay || overlay->scene() != plan.scene()
        || !QTest::qWaitFor([&] { return overlay->plan() != nullptr; }, 10000))
        return nullptr;
    return overlay;
}

void TestNetworkView::saveShot(QWidget *w, const QString &name)
{
    QTest::qWait(100); // charts lay out on the next event-loop turns
    const QString path = m_shots + "/" + name + ".png";
    QVERIFY2(w->grab().save(path), qPrintable(path));
}

void TestNetworkView::viewShowsPlannerCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("shot");
    QTest::newRow("10 MW") << "reference-10mw-gb200-liquid.aifactory"
                           << "network-10mw";
    QTest::newRow("100 MW") << "reference-100mw-campus.aifactory"
                            << "network-100mw";
}

void TestNetworkView::viewShowsPlannerCounts()
{
    QFETCH(QString, file);
    QFETCH(QString, shot);
    std::unique_ptr<Document> doc = load(file);
    QVERIFY(doc);
    QElapsedTimer timer;
    timer.start();
    const network::ProjectFabric f = network::planProjectFabric(doc->project(), *m_catalog);
    qInfo("%s: planProjectFabric %lld ms on the GUI thread", qPrintable(file), timer.elapsed());
    QVERIFY(!f.domains.empty());

    NetworkView view(doc.get(), m_catalog.get());
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(view.plan() != nullptr, 10000);
    const FabricPlan &plan = *view.plan();
    qInfo("%s: planner %.1f ms in the worker", qPrintable(file), plan.planMs);

    // Topology: each domain's layers carry the planner's switch, SU and cable counts.
    QCOMPARE(view.domainBox()->count(), int(f.domains.size()));
    long long cables = 0;
    double scaleOutOpticsW = 0, scaleOutOpticsUsd = 0;
    for (int i = 0; i < int(f.domains.size()); ++i) {
        const network::DomainFabric &d = f.domains[size_t(i)];
        view.domainBox()->setCurrentIndex(i);
        QCOMPARE(view.topology()->domain(), i);
        std::map<QString, long long> layers;
        for (const TopologyDiagram::Layer &l : view.topology()->layers())
            layers[l.key] = l.count;
        QCOMPARE(layers["leaf"], d.tree.leaves);
        QCOMPARE(layers["spine"], d.tree.spines);
        QCOMPARE(layers.count("core") ? layers["core"] : 0LL, d.tree.cores);
        QCOMPARE(layers["su"], (long long)d.tree.scalableUnits);
        std::map<QString, long long> edges;
        for (const TopologyDiagram::Edge &e : view.topology()->edges())
            edges[e.tier] = e.cables;
        QCOMPARE(edges["node_leaf"], d.tree.cablesNodeLeaf);
        QCOMPARE(edges["leaf_spine"], d.tree.cablesLeafSpine);
        QVERIFY(view.topology()->headerText().contains(QString::fromStdString(d.technology)));
        for (const network::CableRun &r : d.runs)
            cables += r.count;
        scaleOutOpticsW += d.opticsPowerW;
        scaleOutOpticsUsd += d.opticsCapexUsd;
    }
    // NVL72 racks: one scale-up line naming the racks of the domain and the NVLink switch trays.
    view.domainBox()->setCurrentIndex(0);
    QCOMPARE(view.topology()->scaleUpLines().size(), 1);
    QVERIFY2(
        view.topology()->scaleUpLines().first().contains(QStringLiteral("× 80: 9 switch trays")),
        qPrintable(view.topology()->scaleUpLines().first()));

    // Histogram: every cable once, in 5 m bins, one stack per medium.
    QCOMPARE(view.histogram()->cableCount(), cables);
    QVERIFY(view.histogram()->message().isEmpty());
    std::set<std::string> media;
    double longest = 0;
    for (const network::DomainFabric &d : f.domains)
        for (const network::CableRun &r : d.runs) {
            media.insert(r.medium.medium);
            longest = std::max(longest, r.lengthM);
        }
    QCOMPARE(view.histogram()->mediumCount(), int(media.size()));
    QCOMPARE(view.histogram()->binCount(), int(longest / 5) + 1);

    // Power and cost: the rows add up to the planner's switch + optics power and capex.
    double powerW = 0, capexUsd = 0;
    for (const fabricFigures::MediumRow &r : plan.media) {
        powerW += r.powerW;
        capexUsd += r.priced ? r.capexUsd : 0;
    }
    QVERIFY(std::abs(powerW - (f.switchPowerW + f.opticsPowerW)) < 1e-6 * f.switchPowerW);
    QVERIFY(std::abs(capexUsd - f.capexUsd) < 1e-6 * f.capexUsd);
    const int total = view.mediaTable()->rowCount() - 1;
    QCOMPARE(total, int(plan.media.size()));
    QCOMPARE(view.mediaTable()->item(total, 4)->text(),
             networkFormat::power(f.switchPowerW + f.opticsPowerW));
    QCOMPARE(view.mediaTable()->item(total, 5)->text(), networkFormat::money(f.capexUsd));

    // Optics: the pluggable column is the planner's plan; CPO modules draw less per bit.
    QCOMPARE(int(plan.optics.size()), 3);
    const fabricFigures::OpticsWhatIf &plug = plan.optics[0], &lpo = plan.optics[1],
                                      &cpo = plan.optics[2];
    QVERIFY(std::abs(plug.opticsPowerW - scaleOutOpticsW) < 1e-6 * scaleOutOpticsW);
    QVERIFY(std::abs(plug.opticsCapexUsd - scaleOutOpticsUsd) < 1e-6 * scaleOutOpticsUsd);
    QCOMPARE(plug.linksChanged, 0LL);
    QCOMPARE(plug.links, cables);
    QVERIFY(cpo.catalogHasParts && cpo.linksOnTechnology > 0);
    QVERIFY(cpo.opticsPowerW < plug.opticsPowerW && cpo.pjPerBit < plug.pjPerBit);
    // Fewer module failures a year with CPO's longer MTBF (catalog, Meta's field data).
    QVERIFY(plug.failuresPerYear > 0 && cpo.failuresPerYear < plug.failuresPerYear);
    // No 200G-lane LPO part in the catalog: the LPO column is the pluggable plan, and says so.
    QVERIFY(!lpo.catalogHasParts);
    QCOMPARE(lpo.opticsPowerW, plug.opticsPowerW);
    QCOMPARE(view.opticsTable()->item(0, 0)->text(), networkFormat::power(plug.opticsPowerW));
    QVERIFY(
        view.opticsTable()->item(0, 2)->text().startsWith(networkFormat::power(cpo.opticsPowerW)));

    // Headline and warnings.
    long long leaves = 0;
    for (const network::DomainFabric &d : f.domains)
        leaves += d.tree.leaves;
    QVERIFY2(view.headlineText().contains(
                 QStringLiteral("<b>%1</b> leaf").arg(networkFormat::count(leaves))),
             qPrintable(view.headlineText()));
    QCOMPARE(view.findingsList()->count(), int(plan.findings.size()));
    QVERIFY(view.findingsList()->count() > 0);
    saveShot(&view, shot);
}

void TestNetworkView::cableOverlay_data()
{
    viewShowsPlannerCounts_data();
}

void TestNetworkView::cableOverlay()
{
    QFETCH(QString, file);
    QFETCH(QString, shot);
    shot.replace("network-", "cables-");
    std::unique_ptr<Document> doc = load(file);
    QVERIFY(doc);
    SelectionModel selection;
    FloorPlanWidget plan(doc.get(), &selection, m_catalog.get());
    CableOverlayItem *overlay = showCables(plan);
    QVERIFY(overlay);
    QVERIFY(plan.scene()->showCables());

    // One route per run, each as long (routed the same way) as the planner's.
    const network::ProjectFabric f = network::planProjectFabric(doc->project(), *m_catalog);
    size_t runs = 0;
    for (const network::DomainFabric &d : f.domains)
        runs += d.runs.size();
    QCOMPARE(overlay->routeCount(), int(runs));
    for (const CableRoute &r : overlay->routes())
        QVERIFY2(std::abs(r.routedLengthM() - r.lengthM) < 1e-9,
                 qPrintable(QString::fromStdString(r.from + " " + r.to)));
    QVERIFY(overlay->boundingRect().intersects(plan.scene()->plansRect()));
    auto *legend = plan.view()->findChild<CableLegend *>();
    QVERIFY(legend && legend->isVisible());
    QVERIFY(legend->lines().size() >= 2);
    saveShot(&plan, shot);

    // A second click takes the overlay and its key away.
    QTest::mouseClick(
        plan.viewBar()->widgetForAction(plan.viewBar()->findChild<QAction *>("showCables")),
        Qt::LeftButton);
    QVERIFY(!plan.scene()->showCables());
    QVERIFY(!plan.view()->findChild<CableLegend *>());
}

// Moving row A (every rack of it, leaf and spine racks included) 1 m east, as one undoable edit,
// shortens the leaf-A to spine-B run by 1 m; undo brings it back.
void TestNetworkView::rowMoveChangesRoute()
{
    std::unique_ptr<Document> doc = load("reference-10mw-gb200-liquid.aifactory");
    QVERIFY(doc);
    SelectionModel selection;
    FloorPlanWidget plan(doc.get(), &selection, m_catalog.get());
    CableOverlayItem *overlay = showCables(plan);
    QVERIFY(overlay);
    auto lengthOf = [&](const std::string &from, const std::string &to) {
        for (const CableRoute &r : overlay->routes())
            if (r.from == from && r.to == to)
                return r.lengthM;
        return -1.0;
    };
    const double before = lengthOf("rack-A-leaf", "rack-B-spine");
    QVERIFY(before > 0);
    doc->beginBatch("Move row A");
    for (const Rack &r : std::vector<Rack>(doc->project().racks))
        if (r.row == "row-A")
            QCOMPARE(doc->editProperty(r.id, "xM", r.xM + 1.0), std::string());
    doc->endBatch();
    QTRY_VERIFY_WITH_TIMEOUT(overlay->plan()->revision == doc->revision(), 10000);
    const double after = lengthOf("rack-A-leaf", "rack-B-spine");
    QVERIFY2(std::abs(after - (before - 1.0)) < 1e-9,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // The planner agrees on the moved project.
    const network::ProjectFabric f = network::planProjectFabric(doc->project(), *m_catalog);
    bool found = false;
    for (const network::CableRun &r : f.domains.front().runs)
        if (r.from == "rack-A-leaf" && r.to == "rack-B-spine") {
            QCOMPARE(r.lengthM, after);
            found = true;
        }
    QVERIFY(found);
    doc->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(overlay->plan()->revision == doc->revision(), 10000);
    QVERIFY(std::abs(lengthOf("rack-A-leaf", "rack-B-spine") - before) < 1e-9);
}

// Without switches in racks the planner picks automatic leaf and spine positions; the overlay
// rebuilds them by the same rules, so every route is as long as the planner measured.
void TestNetworkView::automaticPositionsMatchPlanner()
{
    std::unique_ptr<Document> doc = load("reference-10mw-gb200-liquid.aifactory");
    QVERIFY(doc);
    Project p = doc->project();
    p.switches.clear();
    const FabricPlan plan = makeFabricPlan(p, *m_catalog);
    QVERIFY(!plan.routes.empty());
    int automatic = 0;
    for (const CableRoute &r : plan.routes) {
        QVERIFY2(std::abs(r.routedLengthM() - r.lengthM) < 1e-9,
                 qPrintable(QString::fromStdString(r.from + " " + r.to)));
        automatic += r.toAuto ? 1 : 0;
    }
    QCOMPARE(automatic, int(plan.routes.size())); // every run ends at an automatic leaf or spine
    // No switch in the design: the findings say the planner placed them.
    QVERIFY(std::any_of(plan.findings.begin(), plan.findings.end(),
                        [](const fabricFigures::Finding &f) {
                            return f.text.find("automatic position") != std::string::npos;
                        }));
}

// A three-tier tree (the DGX B200 SuperPOD's 16 SUs: 128 leaves, 128 spines, 64 cores) draws a
// core layer and cuts the 128-switch layers short with a "+N" box; the counts stay the planner's.
void TestNetworkView::threeTierTreeDraws()
{
    network::FatTreeInput in;
    in.switchId = "quantum-qm9700";
    in.gpus = 4096;
    in.gpusPerSystem = 8;
    in.nicGbps = 400;
    in.suSystems = 32;
    auto plan = std::make_shared<FabricPlan>();
    network::DomainFabric d;
    d.domainId = "fabric-b200";
    d.technology = "InfiniBand NDR";
    d.gpus = in.gpus;
    d.tree = network::planFatTree(in, *m_catalog);
    QVERIFY2(d.tree.error.empty(), d.tree.error.c_str());
    QCOMPARE(d.tree.tiers, 3);
    plan->fabric.domains.push_back(d);
    fabricFigures::DomainSummary summary;
    summary.name = "DGX B200 SuperPOD, 16 SU";
    plan->domains.push_back(summary);
    TopologyDiagram diagram;
    diagram.resize(900, 640);
    diagram.setDomain(plan, 0);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diagram));
    std::map<QString, long long> layers;
    for (const TopologyDiagram::Layer &l : diagram.layers())
        layers[l.key] = l.count;
    QCOMPARE(layers["core"], 64LL);
    QCOMPARE(layers["spine"], 128LL);
    QCOMPARE(layers["leaf"], 128LL);
    QCOMPARE(int(diagram.edges().size()), 3);
    QCOMPARE(diagram.edges().front().cables, d.tree.cablesSpineCore);
    saveShot(&diagram, "network-topology-3tier");
}

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
