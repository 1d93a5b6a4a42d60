#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "solvejob.h"

#include <QFile>

namespace aif::cli {

// aif solve FILE [--only power,thermal,...] [--scenario NAME] [--json OUT|-]
int cmdSolve(Args args)
{
    QString only, scenario, jsonOut;
    const bool hasOnly = args.option("only", &only);
    args.option("scenario", &scenario);
    const bool hasJson = args.option("json", &jsonOut);
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().size() != 1) {
        printError("usage: aif solve FILE [--only power,thermal,throughput,tco] [--scenario NAME] [--json OUT|-]");
        return ExitUsage;
    }
    const QString file = args.positional().first();
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    LoadResult loaded = loadProject(file);
    for (const Diagnostic &d : loaded.diagnostics)
        printError(QString::fromStdString(d.format(file.toStdString())));
    if (!loaded.ok)
        return ExitInvalid;

    SolveOptions options;
    if (hasOnly) {
        for (const QString &s : only.split(',', Qt::SkipEmptyParts))
            options.only.insert(s.trimmed().toStdString());
    }
    options.scenario = scenario.toStdString();
    const SolveResult r = runSolve(loaded.project, *catalog, options);

    for (const Diagnostic &d : r.violations) {
        if (d.isError())
            printError(QString::fromStdString(d.format(file.toStdString())));
    }
    if (hasJson) {
        const std::string text = r.json.dump(2) + "\n";
        if (jsonOut == "-") {
            printOut(QString::fromStdString(text));
        } else {
            QFile f(jsonOut);
            if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), qint64(text.size())) != qint64(text.size())) {
                printError(jsonOut + ": cannot write: " + f.errorString());
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
    }
    if (!r.ok)
        return ExitInvalid;
    if (!r.converged)
        return ExitNotConverged;
    return ExitOk;
}

} // namespace aif::cli
