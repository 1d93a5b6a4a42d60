#include "cli.h"

#include "atomicfile.h"
#include "catalog.h"
#include "jsonlimits.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "thermal/airfield.h"
#include "thermal/thermalsolver.h"
#include "units.h"
#include "unittext.h"

#include <QDir>
#include "solvejob.h"

#include <QFile>

namespace aif::cli {

bool loadSolvable(const QString &file, std::unique_ptr<Catalog> *catalog, LoadResult *loaded)
{
    *catalog = openCatalog();
    if (!*catalog)
        return false;
    *loaded = loadProject(file);
    bool loadErrors = false;
    for (const Diagnostic &d : loaded->diagnostics) {
        printError(QString::fromStdString(d.format(file.toStdString())));
        loadErrors = loadErrors || d.isError();
    }
    // What `aif validate` refuses is not solved either (a wrongly typed "generator" included).
    return loaded->ok && !loadErrors;
}

// aif solve FILE [--only power,thermal,...] [--scenario NAME] [--json OUT|-]
int cmdSolve(Args args)
{
    QString only, scenario, jsonOut, cell, vtiDir;
    const bool airField = args.flag("air-field");
    const bool recirculation = args.flag("recirculation");
    const bool hasCell = args.option("cell", &cell);
    const bool hasVti = args.option("vti", &vtiDir);
    const bool hasOnly = args.option("only", &only);
    args.option("scenario", &scenario);
    const bool hasJson = args.option("json", &jsonOut);
    QString unitsName = QStringLiteral("si");
    args.option("units", &unitsName);
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().size() != 1) {
        printError("usage: aif solve FILE [--only power,thermal,throughput,tco] [--scenario NAME] [--json OUT|-]"
                   " [--air-field [--cell M] [--vti DIR]] [--recirculation] [--units si|us]");
        return ExitUsage;
    }
    if (unitsName != "si" && unitsName != "us") {
        printError("aif solve: --units must be si or us, not '" + unitsName + "'");
        return ExitUsage;
    }
    // The text report in the chosen units (°F, BTU/h, tons, CFM); the JSON stays SI, each key
    // naming its unit (_kw, _c, _m3s), so scripts never guess.
    const UnitSystem system = unitsName == "us" ? UnitSystem::US : UnitSystem::SI;
    units::setCurrentSystem(system);
    auto temp = [system](double c) { return units::format(c, Quantity::Temperature, system); };
    auto heat = [system](double w) { return units::format(w, Quantity::HeatLoad, system); };
    bool cellOk = true;
    // Without --cell the project's airModel.cellM (0.3 m unless the project sets it).
    const double cellM = hasCell ? cell.toDouble(&cellOk) : 0.0;
    if (hasCell && (!cellOk || cellM < 0.1 || cellM > 1.0)) {
        printError("aif solve: --cell must be a grid size in metres between 0.1 and 1.0");
        return ExitUsage;
    }
    const QString file = args.positional().first();
    std::unique_ptr<Catalog> catalog;
    LoadResult loaded;
    if (!loadSolvable(file, &catalog, &loaded))
        return ExitInvalid;

    SolveOptions options;
    if (hasOnly) {
        for (const QString &s : only.split(',', Qt::SkipEmptyParts))
            options.only.insert(s.trimmed().toStdString());
    }
    options.scenario = scenario.toStdString();
    options.airField = airField || hasVti;
    options.recirculation = recirculation;
    options.cellM = cellM;
    const SolveResult r = runSolve(loaded.project, *catalog, options);

    for (const Diagnostic &d : r.violations) {
        if (d.isError())
            printError(QString::fromStdString(inUnits(d, system).format(file.toStdString())));
    }
    if (hasVti && r.thermal) {
        QDir().mkpath(vtiDir);
        for (const thermal::HallAirField &f : r.thermal->airFields) {
            std::string error;
            // A hall id becomes a file name: only safe characters, so the file stays in DIR
            // whatever the id ("../../x" writes DIR/.._.._x.vti).
            const QString path = QDir(vtiDir).filePath(QString::fromStdString(safeFileName(f.hall)) + ".vti");
            const bool written = thermal::writeVti(*f.field, partialPath(path).toStdString(), &error);
            QString why = QString::fromStdString(error);
            if (!commitPartial(path, written, &why)) {
                printError(path + ": " + why);
                return ExitInvalid;
            }
        }
    }
    if (hasJson) {
        const std::string text = r.json.dump(2) + "\n";
        if (jsonOut == "-") {
            printOut(QString::fromStdString(text));
        } else {
            QString error;
            if (!writeFileAtomically(jsonOut, QByteArray::fromStdString(text), &error)) {
                printError(jsonOut + ": cannot write: " + error);
                return ExitInvalid;
            }
        }
    } else {
        const DesignSummary &s = r.summary;
        printOut(QStringLiteral("%1: %2 halls, %3 racks, %4 systems, %5 GPUs, nameplate IT %6 kW\n")
                     .arg(file)
                     .arg(s.halls)
                     .arg(s.racks)
                     .arg(s.systems)
                     .arg(s.gpus)
                     .arg(s.nameplateItW / 1e3, 0, 'f', 1));
        printOut(QStringLiteral("solvers run: %1\n")
                     .arg(r.solversRun.empty() ? QStringLiteral("none available yet")
                                               : QString::fromStdString([&] {
                                                     std::string j;
                                                     for (const auto &x : r.solversRun)
                                                         j += (j.empty() ? "" : ", ") + x;
                                                     return j;
                                                 }())));
        if (r.power) {
            const power::PowerResult &p = *r.power;
            auto kw = [](double w) { return QString::number(w / 1e3, 'f', 1) + " kW"; };
            printOut(QStringLiteral("power: IT %1, chain losses %2, cooling %3, facility %4, PUE %5 "
                                    "(pPUE power %6, cooling %7)\n")
                         .arg(kw(p.itW), kw(p.chainLossW), kw(p.cooling.totalW), kw(p.facilityW))
                         .arg(p.pue, 0, 'f', 3)
                         .arg(p.ppuePower, 0, 'f', 3)
                         .arg(p.ppueCooling, 0, 'f', 3));
            if (p.networkW > 0) {
                double automatic = 0;
                for (const power::NetworkDraw &d : p.networkDraws)
                    automatic += d.powerW;
                printOut(QStringLiteral("network: %1 of IT (planned fabric: switches %2, optics %3; %4 at automatic "
                                        "positions)\n")
                             .arg(kw(p.networkW), kw(p.fabricSwitchW), kw(p.fabricOpticsW), kw(automatic)));
            }
            QStringList stages;
            for (const auto &[stage, w] : p.lossesByStageW) {
                if (w > 0)
                    stages << QString::fromStdString(stage) + " " + kw(w);
            }
            printOut(QStringLiteral("losses by stage: %1\n").arg(stages.join(", ")));
            printOut(QStringLiteral("redundancy: Tier %1 (indicative): %2; %3 single failures, %4 drop load, %5 overload\n")
                         .arg(p.redundancy.tier)
                         .arg(QString::fromStdString(p.redundancy.tierReason))
                         .arg(p.redundancy.cases.size())
                         .arg(p.redundancy.casesDroppingLoad)
                         .arg(p.redundancy.casesOverloading));
            if (p.hasComparison)
                printOut(QStringLiteral("AC vs 800 VDC for this load: %1 % vs %2 % end to end (%3 points)\n")
                             .arg(p.comparison.ac.efficiency * 100, 0, 'f', 2)
                             .arg(p.comparison.dc800.efficiency * 100, 0, 'f', 2)
                             .arg(p.comparison.dcGainPoints, 0, 'f', 2));
        }
        if (r.thermal) {
            const thermal::ThermalResult &t = *r.thermal;
            printOut(QStringLiteral("thermal (%1): max inlet %2, mean %3, RCI_HI %4 %, RCI_LO %5 %, RTI %6 %, "
                                    "throttled racks %7; heat %8 = liquid %9 + air %10\n")
                         .arg(QString::fromStdString(t.tier), temp(t.maxInletC), temp(t.meanInletC))
                         .arg(t.rciHi, 0, 'f', 1)
                         .arg(t.rciLo, 0, 'f', 1)
                         .arg(t.rti, 0, 'f', 0)
                         .arg(t.throttledRacks)
                         .arg(heat(t.heatInW), heat(t.liquidRemovedW), heat(t.airRemovedW)));
            for (const thermal::HallAirField &f : t.airFields)
                printOut(QStringLiteral("  air field %1: %2 cells at %3 m, %4 + %5 iterations, residual %6, %7 s%8\n")
                             .arg(QString::fromStdString(f.hall))
                             .arg(f.field->nx * f.field->ny * f.field->nz)
                             .arg(f.field->cellM)
                             .arg(f.field->flowIterations)
                             .arg(f.field->thermalIterations)
                             .arg(std::max(f.field->flowResidual, f.field->thermalResidual), 0, 'g', 2)
                             .arg(f.field->seconds, 0, 'f', 2)
                             .arg(f.field->converged ? "" : " (not converged)"));
        }
        printOperatingSummary(r);
        int errors = 0, warnings = 0;
        for (const Diagnostic &d : r.violations)
            (d.isError() ? errors : warnings)++;
        printOut(QStringLiteral("violations: %1 errors, %2 warnings\n").arg(errors).arg(warnings));
        for (const Diagnostic &d : r.violations) {
            if (!d.isError())
                printOut(QStringLiteral("  warning: %1\n").arg(units::convertText(QString::fromStdString(d.message), system)));
        }
    }
    if (!r.ok)
        return ExitInvalid;
    if (!r.converged)
        return ExitNotConverged;
    // A design that fails a check (an error-level finding: all CDUs failed, a stage overloaded)
    // is solved and reported, but the exit says it failed.
    for (const Diagnostic &d : r.violations)
        if (d.isError())
            return ExitInvalid;
    return ExitOk;
}

} // namespace aif::cli
