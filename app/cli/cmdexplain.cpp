// aif explain FILE POINTER... [--json] [--scenario NAME], aif explain FILE --list [--json]:
// a figure of `aif solve --json` with its definition, formula and inputs (docs/explain.md).
#include "cli.h"

#include "catalog.h"
#include "explain/explain.h"
#include "projectio.h"
#include "solvejob.h"

namespace aif::cli {

namespace {

const char *kExplainUsage = "usage: aif explain FILE POINTER... [--json] [--scenario NAME] | aif "
                            "explain FILE --list [--json]";

} // namespace

int cmdExplain(Args args)
{
    QString scenario;
    const bool json = args.flag("json");
    const bool list = args.flag("list");
    args.option("scenario", &scenario);
    const QStringList positional = args.positional();
    if (!args.unknownOption().isEmpty() || args.missingValue() || positional.isEmpty()
        || (list ? positional.size() != 1 : positional.size() < 2)) {
        printError(kExplainUsage);
        return ExitUsage;
    }
    const QString file = positional.first();
    std::unique_ptr<Catalog> catalog;
    LoadResult loaded;
    if (!loadSolvable(file, &catalog, &loaded))
        return ExitInvalid;

    // The same solve job and options as `aif solve FILE [--scenario NAME]`, so every value is
    // the one its --json document holds.
    SolveOptions options;
    options.scenario = scenario.toStdString();
    const SolveResult r = runSolve(loaded.project, *catalog, options);
    if (!r.ok) {
        for (const Diagnostic &d : r.violations)
            if (d.isError())
                printError(QString::fromStdString(d.format(file.toStdString())));
        return ExitInvalid;
    }

    if (list) {
        const std::vector<std::string> pointers = explain::explainedPointers(r.json);
        if (json) {
            printOut(QString::fromStdString(Json(pointers).dump(2) + "\n"));
        } else {
            for (const std::string &p : pointers)
                printOut(QString::fromStdString(p + "\n"));
        }
        return ExitOk;
    }
    // Every pointer is checked before anything is printed: an unknown one exits 1 naming it.
    std::vector<explain::Explanation> explanations;
    bool failed = false;
    for (const QString &pointer : positional.mid(1)) {
        explanations.push_back(
            explain::explain(r.json, loaded.project, *catalog, pointer.toStdString()));
        if (!explanations.back().ok) {
            printError("aif explain: " + QString::fromStdString(explanations.back().error));
            failed = true;
        }
    }
    if (failed)
        return ExitInvalid;
    if (json) {
        Json out = Json::array();
        for (const explain::Explanation &e : explanations)
            out.push_back(explain::explanationJson(e));
        // One pointer: the object itself; several: an array in the order asked.
        printOut(QString::fromStdString((out.size() == 1 ? out[0] : out).dump(2) + "\n"));
    } else {
        for (size_t i = 0; i < explanations.size(); ++i)
            printOut(QString::fromStdString((i ? "\n" : "")
                                            + explain::explanationText(explanations[i])));
    }
    return ExitOk;
}

} // namespace aif::cli
