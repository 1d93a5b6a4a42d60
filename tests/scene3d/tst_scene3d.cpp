// The 3D scene without a window: geometry from the project, glyph counts and positions, colour
// mapping, bottlenecks, picking by camera math, air-field layers and geometry export.
#include "catalog.h"
#include "hallscene.h"
#include "plangeometry.h"
#include "projectio.h"
#include "sceneexport.h"
#include "solvejob.h"
#include "power/powersolver.h"
#include "thermal/thermalsolver.h"

#include "json.h"
#include "units.h"

#include <QTemporaryDir>
#include <QtTest>

#include <vtkActor.h>
#include <vtkPropCollection.h>
#include <vtkCamera.h>
#include <vtkDataArray.h>
#include <vtkFieldData.h>
#include <vtkInformation.h>
#include <vtkLookupTable.h>
#include <vtkMatrix4x4.h>
#include <vtkMultiBlockDataSet.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>

#include <cmath>
#include <set>

using namespace aif;
using namespace aif::scene3d;

namespace {

// Actors in a renderer. vtkRenderer::GetActors() asks billboard text for its texture, which
// needs a render window; the view props need none.
int actorCount(vtkRenderer *r)
{
    int n = 0;
    vtkCollectionSimpleIterator it;
    vtkPropCollection *props = r->GetViewProps();
    props->InitTraversal(it);
    while (vtkProp *p = props->GetNextProp(it))
        n += vtkActor::SafeDownCast(p) ? 1 : 0;
    return n;
}

} // namespace

class TestScene3d : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void geometryMatchesProject_data();
    void geometryMatchesProject();
    void colourFollowsMetric();
    void bottlenecksAreOutlined();
    void pickReturnsRackUnderPixel();
    void selectionOutlines();
    void airFieldLayersWhenSolved();
    void exportsGeometry();
    void degradedUnitsAreMarked();

private:
    Project load(const QString &name);
    std::unique_ptr<Catalog> m_catalog;
};

void TestScene3d::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestScene3d::load(const QString &name)
{
    const LoadResult r = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name));
    if (!r.ok)
        qFatal("cannot load %s", qPrintable(name));
    return r.project;
}

void TestScene3d::geometryMatchesProject_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("1mw") << "reference-1mw-h100-air";
    QTest::newRow("10mw") << "reference-10mw-gb200-liquid";
    QTest::newRow("campus") << "reference-100mw-campus";
}

void TestScene3d::geometryMatchesProject()
{
    QFETCH(QString, name);
    const Project p = load(name);
    HallScene scene;
    scene.setProject(p);
    const SceneModel &m = scene.model();
    // One glyph point per rack, at the centre of its plan footprint in site coordinates.
    QCOMPARE(int(m.racks.size()), int(p.racks.size()));
    QCOMPARE(int(scene.rackPoints()->GetNumberOfPoints()), int(p.racks.size()));
    QCOMPARE(int(m.halls.size()), int(p.halls.size()));
    QCOMPARE(scene.labelCount(), int(p.halls.size()));   // one name label over each hall
    for (size_t i = 0; i < p.racks.size(); i += 7) {
        const Rack &r = p.racks[i];
        const Hall *h = p.get<Hall>(r.hall);
        const plan::Footprint f = plan::footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg);
        double pt[3];
        scene.rackPoints()->GetPoint(vtkIdType(i), pt);
        QCOMPARE(pt[0], h->originXM + (f.x0 + f.x1) / 2);
        QCOMPARE(pt[1], h->originYM + (f.y0 + f.y1) / 2);
        QCOMPARE(pt[2], std::min(r.heightM, 0.95 * h->heightM) / 2);   // stands on the floor
        double s[3];
        scene.rackPoints()->GetPointData()->GetArray("scale")->GetTuple(vtkIdType(i), s);
        QCOMPARE(s[0], f.x1 - f.x0);
        QCOMPARE(s[1], f.y1 - f.y0);
    }
    // Air units and CDUs in halls are drawn; floor power cabinets and busways in halls too.
    int inHalls = 0;
    for (const AirUnit &a : p.airUnits)
        inHalls += p.get<Hall>(a.hall) ? 1 : 0;
    for (const Cdu &c : p.cdus)
        inHalls += p.get<Hall>(c.hall) ? 1 : 0;
    for (const PowerNode &n : p.powerNodes)
        inHalls += p.get<Hall>(n.hall) && n.type != "powershelf" ? 1 : 0;
    QCOMPARE(int(m.equipment.size()), inHalls);
    QCOMPARE(int(m.panels.size()), 3 * int(p.containments.size()));   // two end doors and a roof each
    // Everything lies inside the bounds.
    for (const SceneBox &b : m.racks) {
        for (int k = 0; k < 3; ++k) {
            QVERIFY(b.centre[k] - b.size[k] / 2 >= m.boundsMin[k] - 1e-9);
            QVERIFY(b.centre[k] + b.size[k] / 2 <= m.boundsMax[k] + 1e-9);
        }
    }
}

void TestScene3d::colourFollowsMetric()
{
    const Project p = load("reference-1mw-h100-air");
    SolveOptions o;
    auto result = std::make_shared<SolveResult>(runSolve(p, *m_catalog, o));
    QVERIFY(result->ok);
    HallScene scene;
    scene.setProject(p);
    scene.setResult(result);
    scene.setMetric("inlet");
    const RackMetric &m = scene.metric();
    QVERIFY(!m.values.empty());
    QVERIFY(scene.scalarBar()->GetVisibility());
    QVERIFY(QString(scene.scalarBar()->GetTitle()).startsWith("Inlet temperature"));
    double range[2];
    scene.rackLookupTable()->GetTableRange(range);
    QCOMPARE(range[0], m.min);   // °C is the display unit in SI
    QCOMPARE(range[1], m.max);
    // For every metric whose values differ: the lowest rack takes the bottom of the ramp, the
    // highest the top (a uniform metric is centred on a widened range instead).
    int checked = 0;
    for (const std::string &key : rackMetricKeys()) {
        scene.setMetric(key);
        const RackMetric &mk = scene.metric();
        std::string low, high;
        for (const auto &[id, v] : mk.values) {
            if (low.empty() || v < mk.values.at(low))
                low = id;
            if (high.empty() || v > mk.values.at(high))
                high = id;
        }
        if (low.empty() || mk.values.at(high) - mk.values.at(low) < 1e-6)
            continue;
        ++checked;
        double lo[3], hi[3];
        vtkLookupTable *lut = scene.rackLookupTable();
        lut->GetTableValue(0, lo);
        lut->GetTableValue(lut->GetNumberOfTableValues() - 1, hi);
        const auto c0 = scene.rackColour(low), c1 = scene.rackColour(high);
        for (int k = 0; k < 3; ++k) {
            QVERIFY2(std::abs(c0[k] - lo[k]) < 0.01, key.c_str());
            QVERIFY2(std::abs(c1[k] - hi[k]) < 0.01, key.c_str());
        }
    }
    QVERIFY(checked >= 2);
    // Power shows in kW on the bar, and values in the array are in display units.
    scene.setMetric("power");
    QVERIFY(QString(scene.scalarBar()->GetTitle()).contains("kW"));
    const int i = scene.model().rackIndex(p.racks[0].id);
    QCOMPARE(scene.rackPoints()->GetPointData()->GetArray("metric")->GetComponent(i, 0),
             scene.metric().values.at(p.racks[0].id) / 1000.0);
    // A result that arrives before its design (the studio solves while the view is still
    // rebuilding) colours the racks once the design is set.
    HallScene early;
    early.setResult(result);
    early.setMetric("power");
    QVERIFY(early.metric().values.empty());
    early.setProject(p);
    QCOMPARE(int(early.metric().values.size()), int(p.racks.size()));
    // After deleting the first rack (a stale result), every other rack keeps its own value.
    Project fewer = p;
    fewer.racks.erase(fewer.racks.begin());
    fewer.rebuildIndex();
    early.setProject(fewer);
    QCOMPARE(int(early.metric().values.size()), int(fewer.racks.size()));
    for (const Rack &rack : fewer.racks)
        QCOMPARE(early.metric().values.at(rack.id), result->power->racks[size_t(p.find(rack.id)->index)].inputW);
    // No metric: neutral racks and no bar.
    scene.setMetric("");
    QVERIFY(!scene.scalarBar()->GetVisibility());
    double nan[4];
    scene.rackLookupTable()->GetNanColor(nan);
    const auto n = scene.rackColour(p.racks[0].id);
    QVERIFY(std::abs(n[0] - nan[0]) < 0.01);   // through 8-bit colour
}

void TestScene3d::bottlenecksAreOutlined()
{
    // 57 °C facility water throttles the GPUs (as in tst_twin): those racks are outlined and
    // their hover text says why.
    Project p = load("reference-10mw-gb200-liquid");
    for (LiquidLoop &l : p.liquidLoops) {
        if (l.type == "facility") {
            l.supplyTempC = 57;
            l.waterClass = "W+";
        }
    }
    HallScene scene;
    scene.setProject(p);
    auto result = std::make_shared<SolveResult>(runSolve(p, *m_catalog, SolveOptions()));
    scene.setResult(result);
    const auto expected = rackBottlenecks(p, *result);
    QVERIFY(!expected.empty());
    QCOMPARE(scene.bottleneckCount(), int(expected.size()));
    {
        const std::string id = expected.begin()->first;
        const std::string text = scene.describe(id);
        QVERIFY(text.find(expected.begin()->second.front()) != std::string::npos);
    }
}

void TestScene3d::pickReturnsRackUnderPixel()
{
    const Project p = load("reference-1mw-h100-air");
    HallScene scene;
    scene.setProject(p);
    scene.setCamera(CameraPreset::Top, double(800) / 600);
    const int w = 800, h = 600;
    vtkRenderer *r = scene.renderer();
    r->GetActiveCamera()->SetClippingRange(0.1, 1000);
    // Project each rack's top centre to the display and pick there: the same rack comes back.
    for (size_t i = 0; i < p.racks.size(); i += 5) {
        const SceneBox &b = scene.model().racks[i];
        vtkMatrix4x4 *m = r->GetActiveCamera()->GetCompositeProjectionTransformMatrix(double(w) / h, -1, 1);
        double world[4] = {b.centre[0], b.centre[1], b.centre[2] + b.size[2] / 2, 1}, ndc[4];
        m->MultiplyPoint(world, ndc);
        const double x = (ndc[0] / ndc[3] + 1) / 2 * w, y = (ndc[1] / ndc[3] + 1) / 2 * h;
        const std::optional<RayHit> hit = scene.pick(x, y, w, h);
        QVERIFY2(hit, b.id.c_str());
        QCOMPARE(hit->id, b.id);
        QVERIFY(hit->rack);
    }
    // Equipment is pickable while shown and not while hidden.
    const SceneBox *unit = nullptr;
    for (const SceneBox &e : scene.model().equipment)
        unit = !unit && e.kind == BoxKind::AirUnit ? &e : unit;
    QVERIFY(unit);
    double top[4] = {unit->centre[0], unit->centre[1], unit->centre[2] + unit->size[2] / 2, 1}, q[4];
    r->GetActiveCamera()->GetCompositeProjectionTransformMatrix(double(w) / h, -1, 1)->MultiplyPoint(top, q);
    const double ux = (q[0] / q[3] + 1) / 2 * w, uy = (q[1] / q[3] + 1) / 2 * h;
    QCOMPARE(scene.pick(ux, uy, w, h)->id, unit->id);
    scene.setShowEquipment(false);
    const std::optional<RayHit> hidden = scene.pick(ux, uy, w, h);
    QVERIFY(!hidden || hidden->id != unit->id);
    scene.setShowEquipment(true);
    // A corner of the view looks past the hall: nothing.
    QVERIFY(!scene.pick(1, h - 2, w, h) || scene.pick(1, h - 2, w, h)->id.empty());
}

void TestScene3d::selectionOutlines()
{
    const Project p = load("reference-1mw-h100-air");
    HallScene scene;
    scene.setProject(p);
    scene.setSelection({p.racks[0].id, p.racks[3].id, "no-such-id"});
    QCOMPARE(scene.selectedCount(), 2);
    scene.setSelection({});
    QCOMPARE(scene.selectedCount(), 0);
}

void TestScene3d::airFieldLayersWhenSolved()
{
    const Project p = load("reference-1mw-h100-air");
    HallScene scene;
    scene.setProject(p);
    SolveOptions plain;
    scene.setResult(std::make_shared<SolveResult>(runSolve(p, *m_catalog, plain)));
    QVERIFY(!scene.hasAirField());   // T0 only: no field, no layers
    SolveOptions t1;
    t1.airField = true;
    t1.cellM = 0.5;
    scene.setResult(std::make_shared<SolveResult>(runSolve(p, *m_catalog, t1)));
    QVERIFY(scene.hasAirField());
    AirFieldDisplay d;
    d.slice = true;
    d.sliceAxis = SliceAxis::Z;
    d.slicePositionM = 1.0;
    d.isosurface = true;
    d.isoTemperatureC = 0.5 * (scene.airLayers().front()->minTemperatureC() + scene.airLayers().front()->maxTemperatureC());
    scene.setAirFieldDisplay(d);
    const AirFieldLayer &layer = *scene.airLayers().front();
    QVERIFY(layer.sliceOutput()->GetNumberOfPoints() > 0);
    QVERIFY(layer.isosurfaceOutput()->GetNumberOfPoints() > 0);
    QVERIFY(scene.airScalarBar()->GetVisibility());
    // Exported slice colours are the temperatures' colours, not one flat colour.
    {
        vtkSmartPointer<vtkMultiBlockDataSet> blocks = sceneGeometry(scene);
        std::set<std::array<int, 3>> colours;
        for (unsigned i = 0; i < blocks->GetNumberOfBlocks(); ++i) {
            auto *pd = vtkPolyData::SafeDownCast(blocks->GetBlock(i));
            if (std::string(blocks->GetMetaData(i)->Get(vtkMultiBlockDataSet::NAME())) != "air field" || !pd)
                continue;
            vtkDataArray *c = pd->GetPointData()->GetArray("colour");
            for (vtkIdType k = 0; c && k < c->GetNumberOfTuples(); k += 7)
                colours.insert({int(c->GetComponent(k, 0)), int(c->GetComponent(k, 1)), int(c->GetComponent(k, 2))});
        }
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    }
    // In US units the bar reads °F over the same colours; the field keeps colouring in °C.
    double barC[2], fieldC[2], barF[2];
    vtkLookupTable::SafeDownCast(scene.airScalarBar()->GetLookupTable())->GetTableRange(barC);
    units::setCurrentSystem(UnitSystem::US);
    scene.refreshUnits();
    vtkLookupTable::SafeDownCast(scene.airScalarBar()->GetLookupTable())->GetTableRange(barF);
    units::setCurrentSystem(UnitSystem::SI);
    scene.refreshUnits();
    QVERIFY(std::abs(barF[0] - (barC[0] * 1.8 + 32)) < 1e-9 && std::abs(barF[1] - (barC[1] * 1.8 + 32)) < 1e-9);
    vtkPolyData *slice = scene.airLayers().front()->sliceOutput();
    slice->GetPointData()->GetArray("temperature_c")->GetRange(fieldC);
    QVERIFY(fieldC[0] >= barC[0] - 1e-6 && fieldC[1] <= barC[1] + 1e-6);   // the field sits in the °C range
    const int withField = actorCount(scene.renderer());
    QCOMPARE(withField, int(scene.actors().size()) + 3);   // slice, isosurface, streamlines
    scene.setShowAirField(false);
    QVERIFY(scene.airLayers().empty());
    QVERIFY(!scene.airScalarBar()->GetVisibility());
    // A later solve without a field takes the old field's actors out of the renderer.
    scene.setShowAirField(true);
    QCOMPARE(actorCount(scene.renderer()), withField);
    scene.setResult(std::make_shared<SolveResult>(runSolve(p, *m_catalog, plain)));
    QCOMPARE(actorCount(scene.renderer()), int(scene.actors().size()));
}

void TestScene3d::exportsGeometry()
{
    const Project p = load("reference-10mw-gb200-liquid");
    HallScene scene;
    scene.setProject(p);
    scene.setResult(std::make_shared<SolveResult>(runSolve(p, *m_catalog, SolveOptions())));
    scene.setMetric("power");
    vtkSmartPointer<vtkMultiBlockDataSet> blocks = sceneGeometry(scene);
    vtkPolyData *racks = nullptr;
    for (unsigned i = 0; i < blocks->GetNumberOfBlocks(); ++i) {
        if (std::string(blocks->GetMetaData(i)->Get(vtkMultiBlockDataSet::NAME())) == "racks")
            racks = vtkPolyData::SafeDownCast(blocks->GetBlock(i));
    }
    QVERIFY(racks);
    // The exported boxes are the drawn boxes: racks stand on the floor, as tall as the tallest.
    double bb[6];
    racks->GetBounds(bb);
    double tallest = 0;
    for (const SceneBox &b : scene.model().racks)
        tallest = std::max(tallest, b.size[2]);
    QVERIFY(std::abs(bb[4]) < 1e-9 && std::abs(bb[5] - tallest) < 1e-9);
    QVERIFY(std::abs(bb[0] - scene.model().boundsMin[0]) < 50 && bb[1] - bb[0] > 1.0);
    QCOMPARE(int(racks->GetNumberOfCells()), 6 * int(p.racks.size()));   // six faces a box
    QVERIFY(racks->GetPointData()->GetArray("colour"));
    // Each block carries the opacity it is drawn with (glTF export takes it from there).
    QCOMPARE(racks->GetFieldData()->GetArray("opacity")->GetTuple1(0), 1.0);
    for (unsigned i = 0; i < blocks->GetNumberOfBlocks(); ++i) {
        if (std::string(blocks->GetMetaData(i)->Get(vtkMultiBlockDataSet::NAME())) == "containment")
            QVERIFY(vtkPolyData::SafeDownCast(blocks->GetBlock(i))->GetFieldData()->GetArray("opacity")->GetTuple1(0) < 1.0);
    }
    QVERIFY(racks->GetPointData()->GetArray("metric"));
    QTemporaryDir dir;
    std::string error;
    const std::string vtm = QDir(dir.path()).filePath("scene.vtm").toStdString();
    QVERIFY2(exportVtk(scene, vtm, &error), error.c_str());
    QVERIFY(QFileInfo(QString::fromStdString(vtm)).size() > 0);
    const std::string gltf = QDir(dir.path()).filePath("scene.gltf").toStdString();
    QVERIFY2(exportGltf(scene, gltf, &error), error.c_str());
    QFile f(QString::fromStdString(gltf));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("\"asset\""));
    QVERIFY(text.contains("\"meshes\""));
    // glTF is +Y up: heights (0 .. the hall's 4.5 m ceiling) come out on y, plan y on -z.
    const Json doc = Json::parse(text.toStdString());
    double yMin = 1e9, yMax = -1e9, zMin = 1e9;
    for (const Json &a : doc["accessors"]) {
        if (a.contains("min") && a["min"].size() == 3) {
            yMin = std::min(yMin, a["min"][1].get<double>());
            yMax = std::max(yMax, a["max"][1].get<double>());
            zMin = std::min(zMin, a["min"][2].get<double>());
        }
    }
    QVERIFY2(yMin > -0.5 && yMax < p.halls[0].heightM + 0.5, qPrintable(QString("%1 %2").arg(yMin).arg(yMax)));
    QVERIFY(zMin < -p.halls[0].depthM + 1.0);
}

// What-if (issue 22): a CDU with a pump down or a stage with a module down keeps running and is
// drawn degraded (yellow, "DEGRADED" in its hover text); every pump down is the CDU failed; a
// rack whose switch is down says so when hovered.
void TestScene3d::degradedUnitsAreMarked()
{
    Project p = load("reference-10mw-gb200-liquid");
    p.cdus.front().failedPumps = 1;
    HallScene scene;
    scene.setProject(p);
    const SceneBox *cdu = scene.model().box(p.cdus.front().id);
    QVERIFY(cdu);
    QVERIFY(!cdu->failed);
    QVERIFY(!cdu->degraded.empty());
    QVERIFY(QString::fromStdString(scene.describe(cdu->id)).contains(QStringLiteral("DEGRADED")));
    QCOMPARE(scene.failedCount(), 0);
    p.cdus.front().failedPumps = p.cdus.front().pumps;
    scene.setProject(p);
    QVERIFY(scene.model().box(p.cdus.front().id)->failed);
    QCOMPARE(scene.failedCount(), 1);
    // A rack's own switch down shows in the rack's hover text (switches are not drawn).
    Project q = load("reference-1mw-h100-air");
    Switch &sw = q.switches.front();
    QVERIFY(!sw.rack.empty());
    sw.failed = true;
    scene.setProject(q);
    QVERIFY(QString::fromStdString(scene.describe(sw.rack)).contains(QStringLiteral("failed (what-if)")));
}

QTEST_GUILESS_MAIN(TestScene3d)
#include "tst_scene3d.moc"
