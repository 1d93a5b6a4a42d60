// The 3D scene drawn offscreen (Xvfb + Mesa llvmpipe in `make test`): drawn colours match the
// metric, the scene's picking agrees with the renderer's own projection, and the sample projects
// look like their baseline images (tests/scene3d/baseline) within a tolerance. Rewrite the
// baselines after an intended change with AIF_UPDATE_BASELINES=1, then look at them.
#include "catalog.h"
#include "projectio.h"
#include "sceneexport.h"
#include "solvejob.h"

#include <QDir>
#include <QImage>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

#include <cmath>

using namespace aif;
using namespace aif::scene3d;

namespace {

QImage toQImage(vtkImageData *image)
{
    int dims[3];
    image->GetDimensions(dims);
    QImage out(dims[0], dims[1], QImage::Format_RGB888);
    const auto *src = static_cast<const unsigned char *>(image->GetScalarPointer());
    const int nc = image->GetNumberOfScalarComponents();
    for (int y = 0; y < dims[1]; ++y) {
        uchar *row = out.scanLine(dims[1] - 1 - y);   // VTK rows start at the bottom
        for (int x = 0; x < dims[0]; ++x)
            for (int c = 0; c < 3; ++c)
                row[3 * x + c] = src[(y * dims[0] + x) * nc + c];
    }
    return out;
}

} // namespace

class TestScene3dRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drawnColourIsTheMetricColour();
    void pickAgreesWithRenderer();
    void samplesMatchBaselines_data();
    void samplesMatchBaselines();

private:
    Project load(const QString &name);
    std::unique_ptr<Catalog> m_catalog;
};

void TestScene3dRender::initTestCase()
{
    std::string why;
    if (!canRender(&why))
        QSKIP(why.c_str());
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestScene3dRender::load(const QString &name)
{
    const LoadResult r = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name));
    if (!r.ok)
        qFatal("cannot load %s", qPrintable(name));
    return r.project;
}

void TestScene3dRender::drawnColourIsTheMetricColour()
{
    // From straight above, a rack's lit top face shows its lookup-table colour (headlight along
    // the face normal, diffuse 1, no ambient or specular).
    const Project p = load("reference-1mw-h100-air");
    HallScene scene;
    scene.setProject(p);
    scene.setResult(std::make_shared<SolveResult>(runSolve(p, *m_catalog, SolveOptions())));
    scene.setMetric("power");
    scene.setShowEquipment(false);   // no busways or pipes over the racks
    RenderOptions o;
    o.width = 800;
    o.height = 600;
    o.camera = CameraPreset::Top;
    std::string error;
    vtkSmartPointer<vtkImageData> image = renderImage(scene, o, &error);
    QVERIFY2(image, error.c_str());
    vtkMatrix4x4 *m = scene.renderer()->GetActiveCamera()->GetCompositeProjectionTransformMatrix(800.0 / 600.0, -1, 1);
    int checked = 0;
    for (size_t i = 0; i < scene.model().racks.size(); i += 3) {
        const SceneBox &b = scene.model().racks[i];
        double world[4] = {b.centre[0], b.centre[1], b.centre[2] + b.size[2] / 2, 1.0}, ndc[4];
        m->MultiplyPoint(world, ndc);
        const int x = int((ndc[0] / ndc[3] + 1) / 2 * 800), y = int((ndc[1] / ndc[3] + 1) / 2 * 600);   // its pixel
        const auto *px = static_cast<const unsigned char *>(image->GetScalarPointer(x, y, 0));
        const auto want = scene.rackColour(b.id);
        for (int k = 0; k < 3; ++k)
            QVERIFY2(std::abs(px[k] - want[k] * 255.0) < 20.0,
                     qPrintable(QString("%1 at (%2, %3): drawn %4 %5 %6, want %7 %8 %9")
                                    .arg(QString::fromStdString(b.id)).arg(x).arg(y)
                                    .arg(px[0]).arg(px[1]).arg(px[2])
                                    .arg(want[0] * 255).arg(want[1] * 255).arg(want[2] * 255)));
        ++checked;
    }
    QVERIFY(checked > 5);
}

void TestScene3dRender::pickAgreesWithRenderer()
{
    const Project p = load("reference-10mw-gb200-liquid");
    HallScene scene;
    scene.setProject(p);
    DisplayConnection display;   // outlives the window
    QVERIFY(display.id());
    vtkNew<vtkRenderWindow> window;
    window->SetDisplayId(display.id());
    window->SetOffScreenRendering(true);
    window->SetSize(900, 600);
    window->AddRenderer(scene.renderer());
    scene.setCamera(CameraPreset::Isometric, 900.0 / 600.0);
    window->Render();
    vtkRenderer *r = scene.renderer();
    int checked = 0;
    for (size_t i = 0; i < scene.model().racks.size(); i += 9) {
        const SceneBox &b = scene.model().racks[i];
        // A point on the rack's top face towards its front (busways hang over the middle),
        // projected by VTK itself.
        const Vec3 f = frontDirection(b.front);
        r->SetWorldPoint(b.centre[0] + 0.3 * f[0] * b.size[0], b.centre[1] + 0.3 * f[1] * b.size[1],
                         b.centre[2] + b.size[2] / 2, 1.0);
        r->WorldToDisplay();
        double d[3];
        r->GetDisplayPoint(d);
        const std::optional<RayHit> hit = scene.pick(d[0], d[1], 900, 600);
        QVERIFY(hit);
        // The same pixel unprojected by VTK itself gives the same line of sight (from the
        // camera through the pixel): the same item is hit.
        double z[4];
        r->SetDisplayPoint(d[0], d[1], 0.5);
        r->DisplayToWorld();
        r->GetWorldPoint(z);
        Vec3 origin;
        r->GetActiveCamera()->GetPosition(origin.data());
        const Vec3 dir{z[0] / z[3] - origin[0], z[1] / z[3] - origin[1], z[2] / z[3] - origin[2]};
        const std::optional<RayHit> byVtk = pickRay(scene.model(), origin, dir);
        QVERIFY(byVtk);
        QCOMPARE(hit->id, byVtk->id);
        // From an oblique view a busway or a taller neighbour may hide the face: then what was
        // hit lies in front of the rack on that ray.
        if (hit->id != b.id) {
            SceneModel alone = scene.model();
            alone.racks = {b};
            alone.equipment.clear();
            const std::optional<RayHit> own = pickRay(alone, origin, dir);
            QVERIFY(own);
            QVERIFY(byVtk->distance <= own->distance);
            continue;
        }
        ++checked;
    }
    QVERIFY(checked > 5);
    window->RemoveRenderer(r);
}

void TestScene3dRender::samplesMatchBaselines_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("camera");
    QTest::newRow("1mw-inlet-iso") << "reference-1mw-h100-air" << "inlet" << int(CameraPreset::Isometric);
    QTest::newRow("10mw-junction-iso") << "reference-10mw-gb200-liquid" << "junction" << int(CameraPreset::Isometric);
    QTest::newRow("campus-power-top") << "reference-100mw-campus" << "power" << int(CameraPreset::Top);
}

void TestScene3dRender::samplesMatchBaselines()
{
    QFETCH(QString, project);
    QFETCH(QString, metric);
    QFETCH(int, camera);
    const Project p = load(project);
    HallScene scene;
    scene.setProject(p);
    scene.setResult(std::make_shared<SolveResult>(runSolve(p, *m_catalog, SolveOptions())));
    scene.setMetric(metric.toStdString());
    RenderOptions o;
    o.width = 640;
    o.height = 400;
    o.camera = CameraPreset(camera);
    std::string error;
    vtkSmartPointer<vtkImageData> image = renderImage(scene, o, &error);
    QVERIFY2(image, error.c_str());
    const QImage actual = toQImage(image);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QString baselinePath = QStringLiteral(AIF_SOURCE_DIR "/tests/scene3d/baseline/%1.png").arg(name);
    if (qEnvironmentVariableIsSet("AIF_UPDATE_BASELINES")) {
        QDir().mkpath(QFileInfo(baselinePath).path());
        QVERIFY(actual.save(baselinePath));
    }
    const QImage baseline = QImage(baselinePath).convertToFormat(QImage::Format_RGB888);
    QVERIFY2(!baseline.isNull(), qPrintable("missing baseline " + baselinePath));
    QCOMPARE(baseline.size(), actual.size());
    // Tolerance: driver and font differences move a few pixels, not the picture. Mean absolute
    // difference below 3 of 255 per channel and fewer than 2 % of pixels off by more than 48.
    double sum = 0;
    qint64 off = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const uchar *a = actual.constScanLine(y), *b = baseline.constScanLine(y);
        for (int x = 0; x < actual.width(); ++x) {
            int worst = 0;
            for (int c = 0; c < 3; ++c) {
                const int diff = std::abs(int(a[3 * x + c]) - int(b[3 * x + c]));
                sum += diff;
                worst = std::max(worst, diff);
            }
            off += worst > 48 ? 1 : 0;
        }
    }
    const double pixels = double(actual.width()) * actual.height();
    const double mean = sum / (3 * pixels), offShare = off / pixels;
    if (mean >= 3.0 || offShare >= 0.02)
        actual.save(QDir::current().filePath(name + "-actual.png"));   // to look at what changed
    qInfo("%s: mean difference %.2f / 255, %.2f %% of pixels off", qPrintable(name), mean, 100 * offShare);
    QVERIFY2(mean < 3.0, qPrintable(QString("mean difference %1").arg(mean)));
    QVERIFY2(offShare < 0.02, qPrintable(QString("%1 % of pixels differ").arg(100 * offShare)));
}

QTEST_GUILESS_MAIN(TestScene3dRender)
#include "tst_scene3drender.moc"
