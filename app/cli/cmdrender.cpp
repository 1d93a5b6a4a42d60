// aif render: the studio's 3D scene drawn offscreen to a PNG (and optionally exported as glTF or
// VTK), for reports, CI and documentation. Same scene code as the 3D tab (views/scene3d).
#include "cli.h"

#include "catalog.h"
#include "common/rackmetrics.h"
#include "projectio.h"
#include "sceneexport.h"
#include "atomicfile.h"
#include "solvejob.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

#include <unistd.h>

namespace aif::cli {

namespace {

const char *kRenderUsage =
    "usage: aif render FILE --out PNG [--metric inlet|outlet|junction|power|utilization|tokens|activity|none]"
    " [--size WxH] [--camera iso|top|front|side] [--scenario NAME]"
    " [--air-field [--cell M] [--slice x|y|z=METRES] [--iso C] [--streamlines]] [--gltf OUT] [--vtk OUT.vtm]";

// VTK renders through GLX here. Without a display, run ourselves again under xvfb-run (Xvfb +
// Mesa llvmpipe) when it is installed, so `aif render` works on a headless server as documented.
bool reexecUnderXvfb(const QStringList &args)
{
    if (qEnvironmentVariableIsSet("AIF_RENDER_UNDER_XVFB"))
        return false;   // already tried: do not loop
    const QString xvfb = QStandardPaths::findExecutable("xvfb-run");
    if (xvfb.isEmpty())
        return false;
    qputenv("AIF_RENDER_UNDER_XVFB", "1");
    std::vector<QByteArray> store = {xvfb.toLocal8Bit(), "-a", "-s", "-screen 0 1280x1024x24",
                                     QCoreApplication::applicationFilePath().toLocal8Bit(), "render"};
    for (const QString &a : args)
        store.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : store)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    return false;   // exec failed
}

bool parseSlice(const QString &text, scene3d::AirFieldDisplay *d)
{
    static const QRegularExpression re(QStringLiteral("^([xyzXYZ])=([-+0-9.eE]+)$"));
    const QRegularExpressionMatch m = re.match(text);
    bool ok = false;
    const double v = m.hasMatch() ? m.captured(2).toDouble(&ok) : 0.0;
    if (!ok)
        return false;
    const QChar axis = m.captured(1).toLower().at(0);
    d->sliceAxis = axis == 'x' ? scene3d::SliceAxis::X : axis == 'y' ? scene3d::SliceAxis::Y : scene3d::SliceAxis::Z;
    d->slicePositionM = v;
    d->slice = true;
    return true;
}

} // namespace

int cmdRender(Args args)
{
    const QStringList original = args.remaining();
    QString out, metric = "inlet", size = "1600x900", camera = "iso", scenario, cell, slice, iso, gltf, vtk;
    const bool airField = args.flag("air-field");
    const bool streamlines = args.flag("streamlines");
    args.option("out", &out);
    args.option("metric", &metric);
    args.option("size", &size);
    args.option("camera", &camera);
    args.option("scenario", &scenario);
    const bool hasCell = args.option("cell", &cell);
    const bool hasSlice = args.option("slice", &slice);
    const bool hasIso = args.option("iso", &iso);
    args.option("gltf", &gltf);
    args.option("vtk", &vtk);
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().size() != 1 || out.isEmpty()) {
        printError(kRenderUsage);
        return ExitUsage;
    }
    static const QRegularExpression sizeRe(QStringLiteral("^(\\d+)x(\\d+)$"));
    const QRegularExpressionMatch sm = sizeRe.match(size);
    scene3d::RenderOptions ro;
    ro.width = sm.hasMatch() ? sm.captured(1).toInt() : 0;
    ro.height = sm.hasMatch() ? sm.captured(2).toInt() : 0;
    if (ro.width < 16 || ro.height < 16 || ro.width > 16384 || ro.height > 16384) {
        printError("aif render: --size must be WIDTHxHEIGHT in pixels, 16..16384 each (got '" + size + "')");
        return ExitUsage;
    }
    static const QHash<QString, scene3d::CameraPreset> cameras = {{"iso", scene3d::CameraPreset::Isometric},
                                                                  {"top", scene3d::CameraPreset::Top},
                                                                  {"front", scene3d::CameraPreset::Front},
                                                                  {"side", scene3d::CameraPreset::Side}};
    if (!cameras.contains(camera)) {
        printError("aif render: --camera must be iso, top, front or side (got '" + camera + "')");
        return ExitUsage;
    }
    ro.camera = cameras.value(camera);
    if (metric != "none" && !isRackMetric(metric.toStdString())) {
        printError("aif render: --metric must be inlet, outlet, junction, power, utilization, tokens, activity or none"
                   " (got '" + metric + "')");
        return ExitUsage;
    }
    scene3d::AirFieldDisplay display;
    bool numOk = true;
    // Without --cell the project's airModel.cellM (0.3 m unless the project sets it), as aif solve.
    const double cellM = hasCell ? cell.toDouble(&numOk) : 0.0;
    if (hasCell && (!numOk || cellM < 0.1 || cellM > 1.0)) {
        printError("aif render: --cell must be a grid size in metres between 0.1 and 1.0");
        return ExitUsage;
    }
    if (hasSlice && !parseSlice(slice, &display)) {
        printError("aif render: --slice must be AXIS=METRES, e.g. z=1.2 (got '" + slice + "')");
        return ExitUsage;
    }
    if (hasIso) {
        display.isosurface = true;
        display.isoTemperatureC = iso.toDouble(&numOk);
        if (!numOk) {
            printError("aif render: --iso must be a temperature in °C (got '" + iso + "')");
            return ExitUsage;
        }
    }
    display.streamlines = streamlines;
    std::string why;
    if (!scene3d::canRender(&why)) {
        reexecUnderXvfb(original);
        printError(QString::fromStdString("aif render: " + why));
        return ExitInvalid;
    }

    const QString file = args.positional().first();
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    const LoadResult loaded = loadProject(file);
    for (const Diagnostic &d : loaded.diagnostics)
        printError(QString::fromStdString(d.format(file.toStdString())));
    if (!loaded.ok)
        return ExitInvalid;
    SolveOptions so;
    so.scenario = scenario.toStdString();
    so.airField = airField || hasSlice || hasIso || streamlines;
    so.cellM = cellM;
    auto result = std::make_shared<SolveResult>(runSolve(loaded.project, *catalog, so));
    if (!result->ok) {
        for (const Diagnostic &d : result->violations) {
            if (d.isError())
                printError(QString::fromStdString(d.format(file.toStdString())));
        }
        return ExitInvalid;
    }
    scene3d::HallScene scene;
    scene.setProject(loaded.project);
    scene.setResult(result);
    scene.setMetric(metric == "none" ? std::string() : metric.toStdString());
    scene.setAirFieldDisplay(display);
    if (metric != "none" && scene.metric().values.empty())
        printError("aif render: warning: no rack has a '" + metric + "' value in this design; racks drawn neutral");
    // Each output written beside its target and renamed over it: never half a file.
    auto write = [&](const QString &target, auto &&writer) {
        const bool ok = writer(partialPath(target).toStdString());
        QString error = QString::fromStdString(why);
        if (!commitPartial(target, ok, &error)) {
            printError("aif render: " + error);
            return false;
        }
        return true;
    };
    if (!write(out, [&](const std::string &path) { return scene3d::renderPng(scene, ro, path, &why); }))
        return ExitInvalid;
    printOut(QStringLiteral("%1: %2 racks, %3 bottlenecks, %4x%5 px\n")
                 .arg(out).arg(scene.model().racks.size()).arg(scene.bottlenecks().size()).arg(ro.width).arg(ro.height));
    if (!gltf.isEmpty() && !write(gltf, [&](const std::string &path) { return scene3d::exportGltf(scene, path, &why); }))
        return ExitInvalid;
    if (!vtk.isEmpty() && !scene3d::exportVtk(scene, vtk.toStdString(), &why)) {
        // A multiblock data set is a .vtm and a folder of pieces: written in place.
        printError(QString::fromStdString("aif render: " + why));
        return ExitInvalid;
    }
    return result->converged ? ExitOk : ExitNotConverged;
}

} // namespace aif::cli
