// The editable power single-line diagram and cooling-plant schematic, driven with real mouse
// and keyboard events: add from the tool bar, draw a connection, re-parent by dragging a box,
// refuse nonsense (no undo step, a reason), delete lines and boxes; each edit exactly one undo
// step that undo and redo restore. Screenshots of both diagrams land in the working directory.
#include "catalog.h"
#include "cooling/coolingpanel.h"
#include "cooling/coolingschematic.h"
#include "document.h"
#include "power/powerpanel.h"
#include "power/powersolver.h"
#include "power/singlelinediagram.h"
#include "schematic/schematicedge.h"
#include "selectionmodel.h"
#include "thermal/thermalsolver.h"
#include "units.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace aif;

namespace {
const QString k1MW = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
const QString k10MW
    = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");

QAction *findAction(QMenu *menu, const QString &key)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == key || (!a->menu() && a->data().toString() == key))
            return a;
        if (QAction *found = a->menu() ? findAction(a->menu(), key) : nullptr)
            return found;
    }
    return nullptr;
}
} // namespace

// checkOneStep's failures end the test, not only the helper.
#define CHECK_ONE_STEP(...)                                                                        \
    do {                                                                                           \
        checkOneStep(__VA_ARGS__);                                                                 \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestSchematics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void powerShowsChain();
    void powerAddFromToolBar();
    void powerDrawFeed();
    void powerReparentByDrag();
    void powerRefusesNonsense();
    void powerDeleteEdgeAndNode();
    void powerContextMenu();
    void coolingShowsPlant();
    void coolingAddHeatRejection();
    void coolingConnectByDrawing();
    void coolingDeleteEdges();
    void coolingDeleteNodeAndSelectRacks();
    void screenshots();

private:
    SchematicView *open(const QString &path, bool cooling);
    Json snapshot(const QStringList &ids) const;
    // The edit since `count` was one undo step; undo gives `before` back, redo `after`.
    void checkOneStep(int count, const Json &before, const QStringList &ids);
    void show(const QStringList &ids); // fits the boxes of these ids in the viewport
    QPoint centre(const QString &id) const
    {
        return m_view->mapFromScene(m_view->nodeFor(id)->sceneBox().center());
    }
    QPoint port(const QString &id, SchematicNode::Port p) const
    {
        return m_view->mapFromScene(m_view->nodeFor(id)->portPos(p));
    }
    void drag(QPoint from, QPoint to);
    bool shotOfAddMenu(QPixmap *shot, const QString &submenu);
    void settle() { QTest::qWait(5); }
    QMenu *addMenu() const
    {
        return m_panel->findChild<QToolButton *>("schematicAddButton")->menu();
    }

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<QWidget> m_panel;
    SchematicView *m_view = nullptr;
};

void TestSchematics::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestSchematics::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_doc.reset();
}

SchematicView *TestSchematics::open(const QString &path, bool cooling)
{
    m_doc = std::make_unique<Document>();
    Diagnostics d;
    if (!m_doc->load(path, &d))
        return nullptr;
    m_selection = std::make_unique<SelectionModel>();
    if (cooling) {
        auto *panel = new CoolingPanel(m_doc.get(), m_selection.get(), m_catalog.get());
        m_view = panel->schematic();
        m_panel.reset(panel);
    } else {
        auto *panel = new PowerPanel(m_doc.get(), m_selection.get(), m_catalog.get());
        m_view = panel->diagram();
        m_panel.reset(panel);
    }
    m_panel->resize(1500, 900);
    m_panel->show();
    if (!QTest::qWaitForWindowExposed(m_panel.get()))
        return nullptr;
    settle();
    return m_view;
}

Json TestSchematics::snapshot(const QStringList &ids) const
{
    Json j = Json::object();
    const Project &p = m_doc->project();
    for (const QString &id : ids) {
        const auto ref = p.find(id.toStdString());
        j[id.toStdString()] = ref ? p.toJson(*ref) : Json();
    }
    return j;
}

void TestSchematics::checkOneStep(int count, const Json &before, const QStringList &ids)
{
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    const Json after = snapshot(ids);
    QVERIFY(after != before);
    m_doc->undoStack()->undo();
    QVERIFY2(snapshot(ids) == before, snapshot(ids).dump().c_str());
    m_doc->undoStack()->redo();
    QVERIFY2(snapshot(ids) == after, snapshot(ids).dump().c_str());
    settle();
}

void TestSchematics::show(const QStringList &ids)
{
    QRectF r;
    for (const QString &id : ids)
        r = r.united(m_view->nodeFor(id)->sceneBox());
    const QRectF vp = m_view->viewport()->rect();
    const double s
        = std::min({1.0, (vp.width() - 80) / r.width(), (vp.height() - 80) / r.height()});
    m_view->setTransform(QTransform::fromScale(s, s));
    m_view->centerOn(r.center());
}

void TestSchematics::drag(QPoint from, QPoint to)
{
    QWidget *vp = m_view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(vp, from + (to - from) * i / 4);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
}

void TestSchematics::powerShowsChain()
{
    QVERIFY(open(k1MW, false));
    auto *diagram = static_cast<SingleLineDiagram *>(m_view);
    QCOMPARE(diagram->boxCount(), 22); // 2 utility feeds, 2 transformers, 2 UPSs, 16 PDUs
    QCOMPARE(diagram->edges().size(), 20);
    // Selection both ways: the shared model highlights a box, a click selects.
    m_selection->setSelected({"tx-A"});
    QVERIFY(diagram->nodeFor("tx-A")->isHighlighted()
            && !diagram->nodeFor("tx-B")->isHighlighted());
    show({"pdu-A1", "ups-A"});
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre("pdu-A1"));
    QCOMPARE(m_selection->selected(), QStringList {"pdu-A1"});
    // 10 MW: each busway's 8 in-rack power shelves are one box under it.
    QVERIFY(open(k10MW, false));
    QCOMPARE(static_cast<SingleLineDiagram *>(m_view)->boxCount(), 214 - 160 + 20);
    QCOMPARE(m_view->nodeFor("bw-A-A")->ids().size(), 1);
    QVERIFY(
        m_view->nodeFor(QString::fromStdString(m_doc->project().powerNodes.back().id))->ids().size()
        == 8);
}

void TestSchematics::powerAddFromToolBar()
{
    QVERIFY(open(k1MW, false));
    m_selection->setSelected({"ups-A"});
    const int count = m_doc->undoStack()->count();
    QAction *pdu = findAction(addMenu(), "power/pdu-300kva");
    QVERIFY(pdu);
    pdu->trigger();
    const QString id = m_selection->current();
    const PowerNode *n = m_doc->project().get<PowerNode>(id.toStdString());
    QVERIFY(n && id != "ups-A");
    QCOMPARE(n->type, std::string("pdu"));
    QCOMPARE(n->upstream, std::string("ups-A"));
    QCOMPARE(n->side, std::string("A"));
    QCOMPARE(n->model, std::string("pdu-300kva"));
    QCOMPARE(n->ratedW, 300e3);
    QCOMPARE(n->outputVoltageV, 208.0);
    QCOMPARE(n->lossC2, 0.014667);
    CHECK_ONE_STEP(count, Json {{id.toStdString(), nullptr}}, {id});
    QCOMPARE(static_cast<SingleLineDiagram *>(m_view)->boxCount(), 23);
    QVERIFY(m_view->nodeFor(id));

    // Types the floor plan does not place come from the catalog too; a modular UPS is rated per
    // module.
    m_selection->setSelected({id});
    findAction(addMenu(), "power/rectifier-800vdc-1mw")->trigger();
    const PowerNode *rect = m_doc->project().get<PowerNode>(m_selection->current().toStdString());
    QVERIFY(rect && rect->type == "rectifier");
    QCOMPARE(rect->upstream, id.toStdString());
    QCOMPARE(rect->outputVoltageV, 800.0);
    QCOMPARE(rect->lossC0, 0.004);
    findAction(addMenu(), "power/ups-1200kw-dc")->trigger();
    const PowerNode *ups = m_doc->project().get<PowerNode>(m_selection->current().toStdString());
    QCOMPARE(ups->ratedW, 300e3);
    QCOMPARE(ups->modules, 4);
    // A source has no upstream, whatever is selected.
    findAction(addMenu(), "generator")->trigger();
    const PowerNode *gen = m_doc->project().get<PowerNode>(m_selection->current().toStdString());
    QVERIFY(gen && gen->type == "generator" && gen->upstream.empty());
    settle();
    QCOMPARE(static_cast<SingleLineDiagram *>(m_view)->boxCount(), 26);
}

void TestSchematics::powerDrawFeed()
{
    QVERIFY(open(k1MW, false));
    show({"pdu-A8", "ups-B"});
    const QStringList ids {"pdu-A8"};
    const Json before = snapshot(ids);
    const int count = m_doc->undoStack()->count();
    drag(port("ups-B", SchematicNode::OutPort), centre("pdu-A8"));
    const PowerNode *n = m_doc->project().get<PowerNode>("pdu-A8");
    QCOMPARE(n->upstream, std::string("ups-B"));
    QCOMPARE(n->side, std::string("B")); // the path follows the new feeder
    CHECK_ONE_STEP(count, before, ids);
    QVERIFY(m_view->edgeOf("pdu-A8", "upstream")->from() == m_view->nodeFor("ups-B"));
}

void TestSchematics::powerReparentByDrag()
{
    QVERIFY(open(k1MW, false));
    show({"pdu-B1", "ups-A"});
    const QStringList ids {"pdu-B1"};
    const Json before = snapshot(ids);
    const int count = m_doc->undoStack()->count();
    drag(centre("pdu-B1"), centre("ups-A"));
    QCOMPARE(m_doc->project().get<PowerNode>("pdu-B1")->upstream, std::string("ups-A"));
    CHECK_ONE_STEP(count, before, ids);
    // Dropped on empty space it goes back where it was, and nothing changes.
    const int after = m_doc->undoStack()->count();
    const QPointF home = m_view->nodeFor("pdu-B2")->pos();
    drag(centre("pdu-B2"), centre("pdu-B2") + QPoint(0, 200));
    QCOMPARE(m_doc->undoStack()->count(), after);
    QCOMPARE(m_view->nodeFor("pdu-B2")->pos(), home);
}

void TestSchematics::powerRefusesNonsense()
{
    QVERIFY(open(k1MW, false));
    QSignalSpy refused(static_cast<PowerPanel *>(m_panel.get()), &PowerPanel::editRefused);
    const QStringList ids {"ups-A", "utility-B", "pdu-A1", "tx-A"};
    const Json before = snapshot(ids);
    const int count = m_doc->undoStack()->count();
    show({"pdu-A1", "ups-A"});
    drag(port("pdu-A1", SchematicNode::OutPort), centre("ups-A")); // ups-A already feeds pdu-A1
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.last().first().toString().contains("loop"),
             qPrintable(refused.last().first().toString()));
    show({"tx-A", "utility-A"});
    drag(centre("tx-A"), centre("pdu-A1") + QPoint(0, 4000)); // nowhere: nothing
    drag(port("tx-A", SchematicNode::InPort), centre("tx-A")); // to itself
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.last().first().toString().contains("itself"));
    show({"ups-A", "utility-A"});
    drag(centre("utility-A"), centre("ups-A")); // a source under a UPS
    QCOMPARE(refused.count(), 3);
    QVERIFY(refused.last().first().toString().contains("source"));
    QVERIFY(
        m_panel->grab().save(QStringLiteral("schematic-power-refused.png"))); // the reason, in red
    QCOMPARE(m_doc->undoStack()->count(), count);
    QVERIFY(snapshot(ids) == before);
}

void TestSchematics::powerDeleteEdgeAndNode()
{
    QVERIFY(open(k1MW, false));
    show({"pdu-A2", "ups-A"});
    int count = m_doc->undoStack()->count();
    Json before = snapshot({"pdu-A2"});
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      m_view->mapFromScene(m_view->edgeOf("pdu-A2", "upstream")->pickPoint()));
    QVERIFY(m_view->selectedEdge());
    // The studio's Edit ▸ Delete (a window shortcut) must not take the key from the diagram.
    QAction windowDelete(QStringLiteral("Delete"), m_panel.get());
    windowDelete.setShortcut(QKeySequence::Delete);
    m_panel->addAction(&windowDelete);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_view->setFocus();
    QSignalSpy hijacked(&windowDelete, &QAction::triggered);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(hijacked.count(), 0);
    QCOMPARE(m_doc->project().get<PowerNode>("pdu-A2")->upstream, std::string());
    CHECK_ONE_STEP(count, before, {"pdu-A2"});

    // A box: the node goes, the racks it fed lose that feed; undo restores both.
    settle();
    show({"pdu-A3", "ups-A"});
    QStringList ids {"pdu-A3"};
    for (const Rack &r : m_doc->project().racks) {
        if (r.powerFeedA == "pdu-A3")
            ids << QString::fromStdString(r.id);
    }
    QVERIFY(ids.size() > 1);
    count = m_doc->undoStack()->count();
    before = snapshot(ids);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre("pdu-A3"));
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_doc->project().find("pdu-A3"));
    CHECK_ONE_STEP(count, before, ids);
    QVERIFY(!m_view->nodeFor("pdu-A3"));
}

void TestSchematics::powerContextMenu()
{
    QVERIFY(open(k1MW, false));
    show({"pdu-A4", "ups-A"});
    int count = m_doc->undoStack()->count();
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(centre("pdu-A4"), nullptr));
    QCOMPARE(m_selection->selected(), QStringList {"pdu-A4"});
    findAction(menu.get(), "Failed (what-if)")->trigger();
    QVERIFY(m_doc->project().get<PowerNode>("pdu-A4")->failed);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    settle();
    QVERIFY(m_view->nodeFor("pdu-A4")->isFailed());
    // A UPS module (what-if): one more module out per click, one undo step, shown on the box.
    count = m_doc->undoStack()->count();
    menu.reset(m_view->createContextMenu(centre("ups-A"), nullptr));
    findAction(menu.get(), "Trip one module (what-if)")->trigger();
    QCOMPARE(m_doc->project().get<PowerNode>("ups-A")->failedModules, 1);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    settle();
    menu.reset(m_view->createContextMenu(centre("ups-A"), nullptr));
    findAction(menu.get(), "Restore modules")->trigger();
    QCOMPARE(m_doc->project().get<PowerNode>("ups-A")->failedModules, 0);
    settle();
    menu.reset(m_view->createContextMenu(centre("pdu-A4"), nullptr));
    findAction(menu.get(), "Duplicate")->trigger();
    const PowerNode *copy = m_doc->project().get<PowerNode>(m_selection->current().toStdString());
    QVERIFY(copy && copy->id != "pdu-A4" && copy->upstream == "ups-A" && copy->name != "PDU A4");
    settle();
    menu.reset(m_view->createContextMenu(centre("pdu-A4"), nullptr));
    findAction(menu.get(), "Disconnect from upstream")->trigger();
    QVERIFY(m_doc->project().get<PowerNode>("pdu-A4")->upstream.empty());
    settle();
    count = m_doc->undoStack()->count();
    menu.reset(m_view->createContextMenu(centre("ups-A"), nullptr));
    findAction(menu.get(), "power/pdu-300kva")->trigger(); // Add downstream ▸ PDU ▸ 300 kVA
    QCOMPARE(m_doc->project().get<PowerNode>(m_selection->current().toStdString())->upstream,
             std::string("ups-A"));
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
}

void TestSchematics::coolingShowsPlant()
{
    QVERIFY(open(k10MW, true));
    // 7 loops, 3 heat-rejection banks, 15 CDUs, 8 CRAHs, 5 rack groups.
    QCOMPARE(m_view->nodeCount(), 38);
    QCOMPARE(m_view->edges().size(), 3 + 15 + 15 + 8 + 5);
    QCOMPARE(m_view->nodeFor("fanwall-1")->ids().size(), 1); // 8 units: one box each
    QCOMPARE(m_view->nodeFor("rack-A01")->ids().size(), 16);
    // The 1 MW hall's 10 CRAHs share one box.
    QVERIFY(open(k1MW, true));
    QCOMPARE(m_view->nodeCount(), 3); // chiller bank, chilled-water loop, the CRAHs
    QCOMPARE(m_view->nodeFor("crah-1")->ids().size(), 10);
}

void TestSchematics::coolingAddHeatRejection()
{
    QVERIFY(open(k10MW, true));
    m_selection->setSelected({"facility-1"});
    int count = m_doc->undoStack()->count();
    findAction(addMenu(), "cooling/dry-cooler-1mw")->trigger();
    const QString id = m_selection->current();
    const HeatRejection *h = m_doc->project().get<HeatRejection>(id.toStdString());
    QVERIFY(h);
    QCOMPARE(h->loop, std::string("facility-1"));
    QCOMPARE(h->capacityW, 1e6);
    QCOMPARE(h->approachK, 8.0);
    QCOMPARE(h->fanPowerW, 15000.0);
    CHECK_ONE_STEP(count, Json {{id.toStdString(), nullptr}}, {id});
    QVERIFY(m_view->nodeFor(id));
    m_selection->setSelected({"chw-1"});
    findAction(addMenu(), "cooling/chiller-air-1mw")->trigger();
    h = m_doc->project().get<HeatRejection>(m_selection->current().toStdString());
    QVERIFY(h && h->loop == "chw-1" && h->copRated == 2.96 && h->approachK == 0
            && h->fanPowerW == 0);

    // No loop to attach to: a facility loop comes with the bank, in the same undo step.
    m_doc->reset(Project());
    settle();
    count = m_doc->undoStack()->count();
    findAction(addMenu(), "heat-reuse")->trigger();
    QCOMPARE(m_doc->project().heatRejection.size(), size_t(1));
    QCOMPARE(m_doc->project().liquidLoops.size(), size_t(1));
    QCOMPARE(m_doc->project().heatRejection.front().type, std::string("heat-reuse"));
    QCOMPARE(m_doc->project().heatRejection.front().loop, m_doc->project().liquidLoops.front().id);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().liquidLoops.empty() && m_doc->project().heatRejection.empty());
}

void TestSchematics::coolingConnectByDrawing()
{
    QVERIFY(open(k10MW, true));
    QSignalSpy refused(static_cast<CoolingPanel *>(m_panel.get()), &CoolingPanel::editRefused);
    show({"chw-1", "cdu-15"});
    const int count = m_doc->undoStack()->count();
    const Json before = snapshot({"cdu-15"});
    drag(port("chw-1", SchematicNode::OutPort), centre("cdu-15"));
    QCOMPARE(m_doc->project().get<Cdu>("cdu-15")->primaryLoop, std::string("chw-1"));
    CHECK_ONE_STEP(count, before, {"cdu-15"});
    // Heat rejection does not go on a CDU: refused, no undo step.
    show({"dc-1", "cdu-1"});
    drag(port("dc-1", SchematicNode::OutPort), centre("cdu-1"));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    // A CRAH dropped on the facility loop is refused (air units take chilled water).
    show({"facility-1", "fanwall-1"});
    drag(centre("fanwall-1"), centre("facility-1"));
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.last().first().toString().contains("chilled water"));
}

void TestSchematics::coolingDeleteEdges()
{
    QVERIFY(open(k10MW, true));
    QSignalSpy refused(static_cast<CoolingPanel *>(m_panel.get()), &CoolingPanel::editRefused);
    int count = m_doc->undoStack()->count();
    for (const auto &[owner, key] : {std::pair {"dc-1", "loop"}, {"cdu-2", "primaryLoop"}}) {
        show({owner});
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(m_view->edgeOf(owner, key)->pickPoint()));
        QVERIFY(m_view->selectedEdge());
        QTest::keyClick(m_view, Qt::Key_Delete);
    }
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.first().first().toString().contains("needs a loop"));
    QVERIFY(refused.last().first().toString().contains("A CDU needs a primary loop"));
    QCOMPARE(m_doc->undoStack()->count(), count);
    // The optional one: an air unit's chilled-water loop.
    show({"fanwall-3"});
    const Json before = snapshot({"fanwall-3"});
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {},
        m_view->mapFromScene(m_view->edgeOf("fanwall-3", "chilledWaterLoop")->pickPoint()));
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(m_doc->project().get<AirUnit>("fanwall-3")->chilledWaterLoop, std::string());
    CHECK_ONE_STEP(count, before, {"fanwall-3"});
}

void TestSchematics::coolingDeleteNodeAndSelectRacks()
{
    QVERIFY(open(k10MW, true));
    show({"chiller-trim-1"});
    const int count = m_doc->undoStack()->count();
    const Json before = snapshot({"chiller-trim-1"});
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre("chiller-trim-1"));
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_doc->project().find("chiller-trim-1"));
    CHECK_ONE_STEP(count, before, {"chiller-trim-1"});
    // A rack group selects its racks; deleting racks is for the floor plan.
    QSignalSpy refused(static_cast<CoolingPanel *>(m_panel.get()), &CoolingPanel::editRefused);
    show({"rack-A01"});
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre("rack-A01"));
    QCOMPARE(m_selection->selected().size(), 16);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
}

void TestSchematics::screenshots()
{
    for (const auto &[path, name] : {std::pair {k1MW, "1mw"}, {k10MW, "10mw"}}) {
        QVERIFY(open(path, false));
        // A what-if failure on each sample, so the failed drawing is in the pictures.
        m_doc->editProperty(m_doc->project().find("pdu-A3") ? "pdu-A3" : "rect-A2", "failed",
                            Json(true));
        m_doc->editProperty(m_doc->project().find("cdu-2") ? "cdu-2" : "crah-2", "failed",
                            Json(true));
        auto power
            = std::make_shared<power::PowerResult>(power::solvePower(m_doc->project(), *m_catalog));
        static_cast<PowerPanel *>(m_panel.get())->setResult(power);
        settle();
        QVERIFY(m_panel->grab().save(QStringLiteral("schematic-power-%1.png").arg(name)));
        const Project failed = m_doc->project();
        QVERIFY(open(path, true));
        m_doc->reset(failed);
        thermal::ThermalOptions options;
        options.power = power;
        auto thermal = std::make_shared<thermal::ThermalResult>(
            thermal::solveThermal(m_doc->project(), *m_catalog, options));
        static_cast<CoolingPanel *>(m_panel.get())->setResult(thermal);
        settle();
        QVERIFY(m_panel->grab().save(QStringLiteral("schematic-cooling-%1.png").arg(name)));
        // Loop figures follow the user's units.
        const QString loop = QString::fromStdString(m_doc->project().liquidLoops.back().id);
        QVERIFY(m_view->nodeFor(loop)->lines().join(' ').contains(QStringLiteral("°C")));
        units::setCurrentSystem(UnitSystem::US);
        m_view->rebuild();
        const QString us = m_view->nodeFor(loop)->lines().join(' ');
        units::setCurrentSystem(UnitSystem::SI);
        QVERIFY2(us.contains(QStringLiteral("°F")) && us.contains(QStringLiteral("BTU/h")),
                 qPrintable(us));
    }
    // The Add menus open (power: with the transformer's catalog entries), drawn over the panel.
    QPixmap shot = m_panel->grab();
    QVERIFY(shotOfAddMenu(&shot, {}));
    QVERIFY(shot.save(QStringLiteral("schematic-cooling-add-menu.png")));
    QVERIFY(open(k1MW, false));
    shot = m_panel->grab();
    QVERIFY(shotOfAddMenu(&shot, QStringLiteral("Transformer")));
    QVERIFY(shot.save(QStringLiteral("schematic-power-add-menu.png")));
}

bool TestSchematics::shotOfAddMenu(QPixmap *shot, const QString &submenu)
{
    QMenu *menu = addMenu();
    auto *button = m_panel->findChild<QToolButton *>("schematicAddButton");
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    if (!QTest::qWaitForWindowExposed(menu))
        return false;
    QPainter painter(shot);
    painter.drawPixmap(m_panel->mapFromGlobal(menu->pos()), menu->grab());
    QMenu *sub = submenu.isEmpty() ? nullptr : findAction(menu, submenu)->menu();
    if (sub) {
        const QRect item = menu->actionGeometry(sub->menuAction());
        sub->popup(menu->mapToGlobal(item.topRight()));
        if (!QTest::qWaitForWindowExposed(sub))
            return false;
        painter.drawPixmap(m_panel->mapFromGlobal(sub->pos()), sub->grab());
        sub->hide();
    }
    menu->hide();
    return true;
}

QTEST_MAIN(TestSchematics)
#include "tst_schematics.moc"
