#include "cli.h"

#include "catalog.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "thermal/airfield.h"
#include "thermal/thermalsolver.h"
#include "solvejob.h"
#include "validation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace aif::cli {

namespace {

// Median of `runs` timings of f(), in milliseconds.
template<class F>
double medianMs(int runs, F &&f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QString projectsDir()
{
    for (const QString &candidate : {QStringLiteral("projects"), QStringLiteral(AIF_SOURCE_DIR "/projects")}) {
        if (QFileInfo(candidate + "/reference-1mw-h100-air.aifactory").exists())
            return candidate;
    }
    return {};
}

} // namespace

// aif bench: speed figures printed as numbers (no pass/fail; docs/benchmarks.md).
int cmdBench(Args args)
{
    // --scale: only the generated 1k/10k/50k-rack designs (--racks N,N to pick sizes, --save DIR
    // to keep their files for profiling or the studio's open benchmark).
    const bool scaleOnly = args.flag("scale");
    const bool reportOnly = args.flag("report");   // the report of the 10 MW sample (docs/report.md)
    const bool sweepOnly = args.flag("sweep");     // sweep cases/s (docs/sweep.md)
    QString racksText = QStringLiteral("1000,10000,50000"), saveDir;
    args.option("racks", &racksText);
    args.option("save", &saveDir);
    QList<int> sizes;
    for (const QString &part : racksText.split(',', Qt::SkipEmptyParts))
        sizes.push_back(part.toInt());
    if (!args.positional().isEmpty() || !args.unknownOption().isEmpty() || args.missingValue()
        || sizes.contains(0)) {
        printError("usage: aif bench [--scale] [--racks N,N...] [--save DIR] [--report] [--sweep]");
        return ExitUsage;
    }
    QElapsedTimer open;
    open.start();
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    printOut(QStringLiteral("catalog: %1 entries, open %2 ms%3\n")
                 .arg(catalog->size())
                 .arg(double(open.nsecsElapsed()) / 1e6, 0, 'f', 1)
                 .arg(catalog->rebuilt() ? " (database rebuilt)" : ""));
    if (scaleOnly) {
        benchScale(*catalog, sizes, saveDir);
        return ExitOk;
    }
    const QString dir = projectsDir();
    if (dir.isEmpty()) {
        printError("aif bench: cannot find the projects/ folder (run from the source tree)");
        return ExitInvalid;
    }
    if (sweepOnly) {
        benchSweep(*catalog, dir);
        return ExitOk;
    }
    if (reportOnly) {
#ifdef AIF_HAVE_REPORT
        benchReport(*catalog, dir);
        return ExitOk;
#else
        printError("aif bench --report: this build has no report generator");
        return ExitUsage;
#endif
    }
    printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                 .arg("project", -36).arg("racks", 6).arg("load ms", 9).arg("validate ms", 12)
                 .arg("save ms", 9).arg("power ms", 9).arg("N-1 ms", 9).arg("T0 ms", 9).arg("solve ms", 9));
    for (const QFileInfo &fi : QDir(dir).entryInfoList({"*.aifactory"}, QDir::Files, QDir::Name)) {
        LoadResult r;
        const double loadMs = medianMs(5, [&] { r = loadProject(fi.filePath()); });
        if (!r.ok) {
            printError(fi.filePath() + ": failed to load");
            return ExitInvalid;
        }
        const double validateMs = medianMs(5, [&] { (void)validateProject(r.project, catalog.get()); });
        const double saveMs = medianMs(5, [&] { (void)serializeProject(r.project); });
        // Power alone (IT load, chain, cooling power, PUE), then with the N-1 failure analysis,
        // which re-solves the chain once per power node.
        power::PowerOptions plain;
        plain.failureAnalysis = false;
        plain.comparison = false;
        const double powerMs = medianMs(11, [&] { (void)power::solvePower(r.project, *catalog, plain); });
        const double n1Ms = medianMs(3, [&] { (void)power::solvePower(r.project, *catalog, {}); });
        // Thermal T0 (liquid side, two-zone air, junctions) on heat loads from a power solve.
        thermal::ThermalOptions t0;
        t0.power = std::make_shared<power::PowerResult>(power::solvePower(r.project, *catalog, plain));
        const double t0Ms = medianMs(11, [&] { (void)thermal::solveThermal(r.project, *catalog, t0); });
        const double solveMs = medianMs(3, [&] { (void)runSolve(r.project, *catalog, {}); });
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                     .arg(fi.fileName(), -36)
                     .arg(r.project.racks.size(), 6)
                     .arg(loadMs, 9, 'f', 2)
                     .arg(validateMs, 12, 'f', 2)
                     .arg(saveMs, 9, 'f', 2)
                     .arg(powerMs, 9, 'f', 2)
                     .arg(n1Ms, 9, 'f', 1)
                     .arg(t0Ms, 9, 'f', 2)
                     .arg(solveMs, 9, 'f', 1));
    }
    // Thermal tier T1: the 3D air field of the first hall of each project at the project's grid
    // (airModel.cellM, 0.3 m by default), and the issue-16 validation halls (raised floor,
    // plenum, tiles, ceiling returns). "solve" is the whole thermal solve with the field (median
    // of 3), the figure issue 16 asks for: < 1 s for the 16-rack hall, < 10 s for the 1 MW hall.
    printOut(QStringLiteral("\nT1 air field (first hall, the project's airModel.cellM):\n"));
    QFileInfoList t1Files = QDir(dir).entryInfoList({"*.aifactory"}, QDir::Files, QDir::Name);
    const QString airpath = QStringLiteral(AIF_SOURCE_DIR "/tests/data/airpath");
    t1Files += QDir(airpath).entryInfoList({"*.aifactory"}, QDir::Files, QDir::Name);
    power::PowerOptions plain;
    plain.failureAnalysis = false;
    plain.comparison = false;
    for (const QFileInfo &fi : t1Files) {
        LoadResult r = loadProject(fi.filePath());
        if (!r.ok || r.project.halls.empty())
            continue;
        Project oneHall = r.project;
        oneHall.halls.resize(1);   // the campus halls are identical; one shows the per-hall cost
        thermal::ThermalOptions t1;
        t1.airField = true;
        t1.power = std::make_shared<power::PowerResult>(power::solvePower(oneHall, *catalog, plain));
        thermal::ThermalResult t;
        const double solveMs = medianMs(3, [&] { t = thermal::solveThermal(oneHall, *catalog, t1); });
        for (const thermal::HallAirField &f : t.airFields)
            printOut(QStringLiteral("%1  %2 cells at %3 m  %4 flow + %5 thermal iterations  residual %6  field %7 s  "
                                    "solve %8 s  %9\n")
                         .arg(fi.fileName(), -36)
                         .arg(f.field->nx * f.field->ny * f.field->nz, 7)
                         .arg(f.field->cellM, 0, 'f', 2)
                         .arg(f.field->flowIterations)
                         .arg(f.field->thermalIterations)
                         .arg(std::max(f.field->flowResidual, f.field->thermalResidual), 0, 'g', 2)
                         .arg(f.field->seconds, 0, 'f', 3)
                         .arg(solveMs / 1e3, 0, 'f', 3)
                         .arg(f.field->converged ? "converged" : "NOT converged"));
    }
    benchCfd(*catalog);
    benchScale(*catalog, sizes, saveDir);
    benchThroughput(*catalog);
    benchSweep(*catalog, dir);
#ifdef AIF_HAVE_SCENE3D
    benchRender(*catalog);
#endif
    return ExitOk;
}

} // namespace aif::cli
