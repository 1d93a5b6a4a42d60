#include "cli.h"

#include "catalog.h"
#include "designissues.h"
#include "json.h"
#include "projectio.h"
#include "unittext.h"

namespace aif::cli {

namespace {

// One finding as `aif validate --json` writes it: the keys of `aif solve --json`'s violations
// plus where it comes from (validation or layout).
Json issueJson(const Diagnostic &d)
{
    return Json{{"severity", d.isError() ? "error" : "warning"},
                {"kind", issueKindName(issueKind(d))},
                {"entity", d.entity},
                {"code", d.code},
                {"pointer", d.pointer.empty() ? std::string("/") : d.pointer},
                {"message", d.message}};
}

} // namespace

// aif validate FILE... [--quiet] [--json] [--units si|us]: exit 0 when every file is valid, 1 when any has an
// error. Layout findings (docs/floorplan.md) are warnings with the studio's Issues panel text.
int cmdValidate(Args args)
{
    const bool quiet = args.flag("quiet");
    const bool json = args.flag("json");
    // Messages are written in SI; --units us shows their temperatures, lengths and flows in
    // US customary units (the JSON stays SI, as every JSON the CLI writes).
    QString unitsName = QStringLiteral("si");
    args.option("units", &unitsName);
    if (unitsName != "si" && unitsName != "us") {
        printError("aif validate: --units must be si or us, not '" + unitsName + "'");
        return ExitUsage;
    }
    const UnitSystem system = unitsName == "us" ? UnitSystem::US : UnitSystem::SI;
    if (!args.unknownOption().isEmpty()) {
        printError("aif validate: unknown option " + args.unknownOption());
        return ExitUsage;
    }
    const QStringList files = args.positional();
    if (files.isEmpty()) {
        printError("usage: aif validate FILE... [--quiet] [--json] [--units si|us]");
        return ExitUsage;
    }
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    bool allValid = true;
    Json reports = Json::array();
    for (const QString &file : files) {
        LoadResult r = loadProject(file);
        Diagnostics d = r.diagnostics;
        if (r.ok) {
            Diagnostics v = designIssues(r.project, catalog.get());
            d.insert(d.end(), v.begin(), v.end());
        }
        int errors = 0, warnings = 0;
        Json list = Json::array();
        for (const Diagnostic &x : d) {
            (x.isError() ? errors : warnings)++;
            if (json)
                list.push_back(issueJson(x));
            else if (x.isError() || !quiet)
                printError(QString::fromStdString(inUnits(x, system).format(file.toStdString())));
        }
        const bool valid = errors == 0 && r.ok;
        allValid = allValid && valid;
        if (json)
            reports.push_back(Json{{"file", file.toStdString()},
                                   {"valid", valid},
                                   {"racks", r.ok ? r.project.racks.size() : 0},
                                   {"errors", errors},
                                   {"warnings", warnings},
                                   {"issues", std::move(list)}});
        else if (valid && !quiet)
            printOut(QStringLiteral("%1: valid (%2 racks, %3 warnings)\n")
                         .arg(file)
                         .arg(r.project.racks.size())
                         .arg(warnings));
    }
    if (json)
        printOut(QString::fromStdString(Json{{"files", std::move(reports)}}.dump(2)) + "\n");
    return allValid ? ExitOk : ExitInvalid;
}

} // namespace aif::cli
