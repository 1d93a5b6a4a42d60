// 3D view benchmark for `aif bench`: frames per second while orbiting the 100 MW campus and a
// 10x campus (~10k racks, ~13k items) offscreen, as the studio's 3D tab draws them (glyph
// instancing). Printed as numbers; no pass/fail (docs/scene3d.md).
#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "sceneexport.h"
#include "solvejob.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <vtkCamera.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

namespace aif::cli {

namespace {

// The campus repeated `copies` times side by side (halls, racks, air units, CDUs, containment):
// only the geometry matters for drawing speed.
Project replicate(const Project &p, int copies)
{
    Project out = p;
    double span = 0;
    for (const Hall &h : p.halls)
        span = std::max(span, h.originXM + h.widthM);
    for (int c = 1; c < copies; ++c) {
        const std::string tag = "-x" + std::to_string(c);
        for (Hall h : p.halls) {
            h.id += tag;
            h.originXM += c * (span + 20.0);
            out.halls.push_back(h);
        }
        for (Rack r : p.racks) {
            r.id += tag;
            r.hall += tag;
            r.coolingLoop.clear();
            out.racks.push_back(r);
        }
        for (AirUnit a : p.airUnits) {
            a.id += tag;
            a.hall += tag;
            out.airUnits.push_back(a);
        }
        for (Cdu cdu : p.cdus) {
            cdu.id += tag;
            cdu.hall += tag;
            out.cdus.push_back(cdu);
        }
        for (Containment k : p.containments) {
            k.id += tag;
            k.hall += tag;
            out.containments.push_back(k);
        }
    }
    out.rebuildIndex();
    return out;
}

// Frames per second over a 360° orbit of `frames` frames at 1280x720.
double orbitFps(scene3d::HallScene &scene, int frames)
{
    scene3d::DisplayConnection display;   // outlives the window
    vtkNew<vtkRenderWindow> window;
    window->SetDisplayId(display.id());
    window->SetOffScreenRendering(true);
    window->SetMultiSamples(0);
    window->SetSize(1280, 720);
    window->AddRenderer(scene.renderer());
    scene.setCamera(scene3d::CameraPreset::Isometric, 1280.0 / 720.0);
    window->Render();   // first frame builds the GPU buffers: not counted
    window->WaitForCompletion();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < frames; ++i) {
        scene.renderer()->GetActiveCamera()->Azimuth(360.0 / frames);
        window->Render();
    }
    window->WaitForCompletion();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    window->RemoveRenderer(scene.renderer());
    scene.renderer()->ReleaseGraphicsResources(window);
    return frames / seconds;
}

} // namespace

void benchRender(const Catalog &catalog)
{
    printOut(QStringLiteral("\n3D view (offscreen 1280x720, orbit):\n"));
    std::string why;
    if (!scene3d::canRender(&why)) {
        printOut(QStringLiteral("  skipped: %1\n").arg(QString::fromStdString(why)));
        return;
    }
    QString path = QStringLiteral("projects/reference-100mw-campus.aifactory");
    if (!QFileInfo::exists(path))
        path = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-100mw-campus.aifactory");
    const LoadResult loaded = loadProject(path);
    if (!loaded.ok) {
        printOut(QStringLiteral("  skipped: cannot load %1\n").arg(path));
        return;
    }
    auto result = std::make_shared<SolveResult>(runSolve(loaded.project, catalog, {}));
    for (int copies : {1, 10}) {
        const Project p = copies == 1 ? loaded.project : replicate(loaded.project, copies);
        QElapsedTimer build;
        build.start();
        scene3d::HallScene scene;
        scene.setProject(p);
        if (copies == 1) {
            scene.setResult(result);
            scene.setMetric("power");
        }
        const double buildMs = double(build.nsecsElapsed()) / 1e6;
        const size_t items = scene.model().racks.size() + scene.model().equipment.size() + scene.model().panels.size();
        const double fps = orbitFps(scene, 60);
        printOut(QStringLiteral("  %1  %2 racks, %3 items  scene %4 ms  %5 frames/s\n")
                     .arg(copies == 1 ? "campus     " : "campus x10 ")
                     .arg(scene.model().racks.size(), 6)
                     .arg(items, 6)
                     .arg(buildMs, 0, 'f', 0)
                     .arg(fps, 0, 'f', 1));
    }
}

} // namespace aif::cli
