// aif export FILE [--scenario NAME] (--csv TABLE | --json) --out PATH [--units si|us]: the tables
// of one solve as CSV, or its full result JSON (docs/cli.md "aif export").
#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "report/csvexport.h"
#include "solvejob.h"

#include <algorithm>
#include <optional>

namespace aif::cli {

namespace {

const char *kExportUsage = "usage: aif export FILE [--scenario NAME] (--csv racks|power|deployments|bom|rack-results|all"
                           " | --json) --out PATH [--units si|us]";

// The same solve job and options as `aif solve FILE [--scenario NAME]`, so every number is the
// one its --json document holds; nothing when the design cannot be solved (the reasons printed).
std::optional<SolveResult> solveAsAifSolve(const QString &file, const QString &scenario,
                                           std::unique_ptr<Catalog> *catalog, LoadResult *loaded)
{
    if (!loadSolvable(file, catalog, loaded))
        return std::nullopt;
    SolveResult result = runSolve(loaded->project, **catalog, SolveOptions {.scenario = scenario.toStdString()});
    if (result.ok)
        return result;
    const std::string name = file.toStdString();
    std::for_each(result.violations.begin(), result.violations.end(), [&](const Diagnostic &d) {
        if (d.isError())
            printError(QString::fromStdString(d.format(name)));
    });
    return std::nullopt;
}

} // namespace

int cmdExport(Args args)
{
    QString scenario, csv, out, unitsName = QStringLiteral("si");
    const bool json = args.flag("json");
    const bool hasCsv = args.option("csv", &csv);
    args.option("scenario", &scenario);
    args.option("out", &out);
    args.option("units", &unitsName);
    const QStringList positional = args.positional();
    if (!args.unknownOption().isEmpty() || args.missingValue() || positional.size() != 1 || out.isEmpty()
        || hasCsv == json) {
        printError(kExportUsage);
        return ExitUsage;
    }
    if (unitsName != "si" && unitsName != "us") {
        printError("aif export: --units must be si or us, not '" + unitsName + "'");
        return ExitUsage;
    }
    csvexport::Table table {};
    const bool all = csv == "all";
    if (hasCsv && !all && !csvexport::tableFromName(csv.toStdString(), &table)) {
        printError("aif export: --csv must be racks, power, deployments, bom, rack-results or all, not '" + csv + "'");
        return ExitUsage;
    }
    const UnitSystem system = unitsName == "us" ? UnitSystem::US : UnitSystem::SI;

    std::unique_ptr<Catalog> catalog;
    LoadResult loaded;
    const std::optional<SolveResult> r = solveAsAifSolve(positional.first(), scenario, &catalog, &loaded);
    if (!r)
        return ExitInvalid;
    QString error;
    bool written = false;
    if (json)
        written = csvexport::writeResultJson(out, *r, &error);
    else if (all)
        written = csvexport::writeAllCsv(out, loaded.project, *catalog, *r, system, &error);
    else
        written = csvexport::writeCsv(out, table, loaded.project, *catalog, *r, system, &error);
    if (!written) {
        printError("aif export: " + out + ": cannot write: " + error);
        return ExitInvalid;
    }
    printOut(QStringLiteral("%1: %2\n").arg(out, json ? QStringLiteral("solve result JSON")
                                                      : all ? QStringLiteral("%1 tables").arg(csvexport::allTables().size())
                                                            : csv + " table"));
    return ExitOk;
}

} // namespace aif::cli
