// aif cfd export | import (docs/cfd.md): an OpenFOAM case of a hall, and its result read back
// and compared rack by rack with the fast air model. run and calibrate: cmdcfdrun.cpp,
// cmdcfdcalibrate.cpp.
#include "cli.h"

#include "atomicfile.h"
#include "catalog.h"
#include "cfd/cfdcase.h"
#include "cfd/cfdcompare.h"
#include "cfd/cfdresult.h"
#include "jsonlimits.h"
#include "projectio.h"
#include "solvejob.h"
#include "thermal/airfield.h"
#include "thermal/thermalsolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace aif::cli {
namespace {

const char *kCfdUsage =
    "usage: aif cfd export FILE [--hall ID] [--cell M] [--np N] [--iterations N] --out DIR\n"
    "       aif cfd run DIR [--np N] [--print]\n"
    "       aif cfd import DIR [--project FILE] [--json OUT|-] [--vti FILE] [--no-t1]\n"
    "       aif cfd calibrate CASE[=PROJECT]... [--json OUT|-] [--write] [--params a,b] [--t0] [--max-evals N]\n";

QString fmt(double v, int decimals = 2)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("—");
}

int cfdExport(Args args)
{
    QString hall, cell, np, iterations, outDir;
    args.option("hall", &hall);
    const bool hasCell = args.option("cell", &cell);
    const bool hasNp = args.option("np", &np);
    const bool hasIterations = args.option("iterations", &iterations);
    const bool hasOut = args.option("out", &outDir);
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().size() != 1 || !hasOut) {
        printError("usage: aif cfd export FILE [--hall ID] [--cell M] [--np N] [--iterations N] --out DIR");
        return ExitUsage;
    }
    cfd::CfdCaseOptions options;
    bool ok = true;
    options.hallId = hall.toStdString();
    options.cellM = hasCell ? cell.toDouble(&ok) : options.cellM;
    if (!ok || options.cellM < 0.05 || options.cellM > 2.0) {
        printError("aif cfd export: --cell must be a cell size in metres between 0.05 and 2");
        return ExitUsage;
    }
    options.processors = hasNp ? np.toInt(&ok) : 1;
    if (!ok || options.processors < 1 || options.processors > 4096) {
        printError("aif cfd export: --np must be a number of cores from 1 to 4096");
        return ExitUsage;
    }
    options.iterations = hasIterations ? iterations.toInt(&ok) : options.iterations;
    if (!ok || options.iterations < 1) {
        printError("aif cfd export: --iterations must be a positive whole number");
        return ExitUsage;
    }
    const QString file = args.positional().first();
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    const LoadResult loaded = loadProject(file);
    for (const Diagnostic &d : loaded.diagnostics)
        if (d.isError())
            printError(QString::fromStdString(d.format(file.toStdString())));
    if (!loaded.ok)
        return ExitInvalid;

    // The flows and heats of the fast model's T0 solve, so both see the same racks and units.
    SolveOptions solve;
    solve.only = {"power", "thermal"};
    const SolveResult solved = runSolve(loaded.project, *catalog, solve);
    if (!solved.thermal) {
        for (const Diagnostic &d : solved.violations)
            if (d.isError())
                printError(QString::fromStdString(d.format(file.toStdString())));
        printError("aif cfd export: " + file + ": the thermal solve did not run");
        return ExitInvalid;
    }
    cfd::CfdHall hallModel;
    cfd::CfdCase c;
    std::string error;
    if (!cfd::buildCfdHall(loaded.project, *solved.thermal, options.hallId, &hallModel, &error)
        || !cfd::buildCase(hallModel, options, &c, &error)) {
        printError("aif cfd export: " + file + ": " + QString::fromStdString(error));
        return ExitInvalid;
    }
    for (auto &[path, text] : c.files) {
        if (path == "aif-case.json") {   // remember the project, for import and calibrate
            Json info = cfd::caseInfo(c);
            info["project"] = QFileInfo(file).absoluteFilePath().toStdString();
            text = info.dump(1);
        }
    }
    const QDir dir(outDir);
    for (const auto &[path, text] : c.files) {
        const QString target = dir.filePath(QString::fromStdString(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QString why;
        if (!writeFileAtomically(target, QByteArray::fromStdString(text), &why)) {
            printError("aif cfd export: " + target + ": " + why);
            return ExitInvalid;
        }
    }
    int counts[5] = {};
    for (size_t p = 0; p < c.hall.patches.size(); ++p)
        counts[int(c.hall.patches[p].kind)] += c.grid.patchFaces[p].empty() ? 0 : 1;
    double in = 0, out = 0;
    cfd::massBalance(c.hall, &in, &out);
    printOut(QStringLiteral("%1: hall %2, %3 cells in %4 blocks (cell %5 m); %6 racks, %7 tiles, %8 unit supplies, %9 returns\n")
                 .arg(outDir, QString::fromStdString(c.hall.hallId))
                 .arg(c.grid.cells)
                 .arg(c.grid.blocks.size())
                 .arg(options.cellM)
                 .arg(counts[int(cfd::PatchKind::RackIntake)])
                 .arg(counts[int(cfd::PatchKind::SupplyTile)])
                 .arg(counts[int(cfd::PatchKind::UnitSupply)])
                 .arg(counts[int(cfd::PatchKind::PressureOutlet)]));
    printOut(QStringLiteral("mass flow in %1 kg/s, out %2 kg/s; run: aif cfd run %3 --np %4\n")
                 .arg(fmt(in, 3), fmt(out, 3), outDir)
                 .arg(options.processors));
    for (const std::string &n : c.hall.notes)
        printOut("note: " + QString::fromStdString(n) + "\n");
    return ExitOk;
}

int cfdImport(Args args)
{
    QString projectFile, jsonOut, vtiOut;
    const bool hasProject = args.option("project", &projectFile);
    const bool hasJson = args.option("json", &jsonOut);
    const bool hasVti = args.option("vti", &vtiOut);
    const bool noT1 = args.flag("no-t1");
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().size() != 1) {
        printError("usage: aif cfd import DIR [--project FILE] [--json OUT|-] [--vti FILE] [--no-t1]");
        return ExitUsage;
    }
    const QString dir = args.positional().first();
    cfd::CfdResult result;
    std::string error;
    if (!cfd::readCfdResult(dir.toStdString(), &result, &error)) {
        printError("aif cfd import: " + QString::fromStdString(error));
        return ExitInvalid;
    }
    if (!hasProject) {
        QFile f(QDir(dir).filePath("aif-case.json"));
        f.open(QIODevice::ReadOnly);
        projectFile = QString::fromStdString(Json::parse(f.readAll().toStdString(), nullptr, false).value("project", ""));
        if (projectFile.isEmpty()) {
            printError("aif cfd import: no --project and the case does not name one");
            return ExitUsage;
        }
    }
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    const LoadResult loaded = loadProject(projectFile);
    if (!loaded.ok) {
        for (const Diagnostic &d : loaded.diagnostics)
            printError(QString::fromStdString(d.format(projectFile.toStdString())));
        return ExitInvalid;
    }
    const cfd::Comparison cmp = cfd::compare(loaded.project, *catalog, result.racks, !noT1);

    const QString vti = hasVti ? vtiOut : QDir(dir).filePath(QString::fromStdString(safeFileName(result.hall)) + "-cfd.vti");
    const thermal::AirFieldResult field = cfd::toAirField(result, result.cellM);
    const bool written = thermal::writeVti(field, partialPath(vti).toStdString(), &error);
    QString why = QString::fromStdString(error);
    if (!commitPartial(vti, written, &why)) {
        printError("aif cfd import: " + vti + ": " + why);
        return ExitInvalid;
    }

    Json doc = cmp.toJson();
    doc["case"] = dir.toStdString();
    doc["time"] = result.time;
    doc["averaged"] = result.averaged;
    doc["cellsAtTemperatureLimit"] = result.cellsAtLimit;
    if (result.cellsAtLimit > 0)
        printError(QStringLiteral("aif cfd import: warning: %1 cells at the 0/100 °C temperature guard: the run diverged "
                                  "there; do not trust this field (finer --cell, more iterations)")
                       .arg(result.cellsAtLimit));
    doc["hall"] = result.hall;
    doc["vti"] = vti.toStdString();
    QFile runInfo(QDir(dir).filePath("aif-run.json"));
    if (runInfo.open(QIODevice::ReadOnly)) {
        const Json run = Json::parse(runInfo.readAll().toStdString(), nullptr, false);
        if (run.is_object() && run.value("seconds", 0.0) > 0) {
            doc["cfdSeconds"] = run["seconds"];
            doc["speedUpT0"] = run["seconds"].get<double>() / std::max(1e-6, cmp.t0Seconds);
            if (cmp.t1Solved)
                doc["speedUpT1"] = run["seconds"].get<double>() / std::max(1e-6, cmp.t1Seconds);
        }
    }
    if (hasJson) {
        const QByteArray bytes = QByteArray::fromStdString(doc.dump(1) + "\n");
        if (jsonOut == "-")
            printOut(QString::fromUtf8(bytes));
        else if (!writeFileAtomically(jsonOut, bytes, &why)) {
            printError("aif cfd import: " + jsonOut + ": " + why);
            return ExitInvalid;
        }
        if (jsonOut == "-")
            return ExitOk;
    }
    printOut(QStringLiteral("%1: hall %2, time %3%4, %5 cells; field -> %6\n")
                 .arg(dir, QString::fromStdString(result.hall), QString::fromStdString(result.time),
                      result.averaged ? QStringLiteral(" (TMean: averaged over the second half)") : QString())
                 .arg(result.grid.cells)
                 .arg(vti));
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg("rack", -14).arg("CFD °C", 8).arg("T0 °C", 8).arg("T1 °C", 8).arg("T0-CFD", 8).arg("T1-CFD", 8));
    for (const cfd::InletRow &r : cmp.rows)
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(QString::fromStdString(r.id), -14)
                     .arg(fmt(r.cfdC), 8)
                     .arg(fmt(r.t0C), 8)
                     .arg(fmt(r.t1C), 8)
                     .arg(fmt(r.t0C - r.cfdC), 8)
                     .arg(fmt(r.t1C - r.cfdC), 8));
    auto line = [&](const char *name, const cfd::ModelError &e, double seconds) {
        printOut(QStringLiteral("%1: RMS %2 K, max |error| %3 K, max-inlet error %4 K, hottest rack %5, "
                                "hottest quarter %6 %, solve %7 s\n")
                     .arg(name, fmt(e.rmsK), fmt(e.maxAbsK), fmt(e.maxInletK), e.hottestAgree ? "agrees" : "differs",
                          fmt(100 * e.topQuarterOverlap, 0), fmt(seconds, 3)));
    };
    line("T0", cmp.t0, cmp.t0Seconds);
    if (cmp.t1Solved)
        line("T1", cmp.t1, cmp.t1Seconds);
    if (doc.contains("cfdSeconds"))
        printOut(QStringLiteral("CFD run %1 s: T0 %2x faster%3\n")
                     .arg(fmt(doc["cfdSeconds"].get<double>(), 0), fmt(doc["speedUpT0"].get<double>(), 0),
                          cmp.t1Solved ? ", T1 " + fmt(doc["speedUpT1"].get<double>(), 0) + "x faster" : QString()));
    return ExitOk;
}

} // namespace

int cmdCfd(Args args)
{
    QStringList rest = args.remaining();
    if (rest.isEmpty() || rest.first() == "--help") {
        printOut(kCfdUsage);
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString sub = rest.takeFirst();
    if (sub == "export")
        return cfdExport(Args(rest));
    if (sub == "import")
        return cfdImport(Args(rest));
    if (sub == "run")
        return cmdCfdRun(Args(rest));
    if (sub == "calibrate")
        return cmdCfdCalibrate(Args(rest));
    printError("aif cfd: unknown sub-command '" + sub + "'");
    printOut(kCfdUsage);
    return ExitUsage;
}

} // namespace aif::cli
