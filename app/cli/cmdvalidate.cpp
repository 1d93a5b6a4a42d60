#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "validation.h"

namespace aif::cli {

// aif validate FILE... : exit 0 when every file is valid, 1 when any has an error.
int cmdValidate(Args args)
{
    const bool quiet = args.flag("quiet");
    if (!args.unknownOption().isEmpty()) {
        printError("aif validate: unknown option " + args.unknownOption());
        return ExitUsage;
    }
    const QStringList files = args.positional();
    if (files.isEmpty()) {
        printError("usage: aif validate FILE...");
        return ExitUsage;
    }
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;
    bool allValid = true;
    for (const QString &file : files) {
        LoadResult r = loadProject(file);
        Diagnostics d = r.diagnostics;
        if (r.ok) {
            Diagnostics v = validateProject(r.project, catalog.get());
            d.insert(d.end(), v.begin(), v.end());
        }
        int errors = 0, warnings = 0;
        for (const Diagnostic &x : d) {
            (x.isError() ? errors : warnings)++;
            if (x.isError() || !quiet)
                printError(QString::fromStdString(x.format(file.toStdString())));
        }
        if (errors > 0 || !r.ok) {
            allValid = false;
            continue;
        }
        if (!quiet)
            printOut(QStringLiteral("%1: valid (%2 racks, %3 warnings)\n")
                         .arg(file)
                         .arg(r.project.racks.size())
                         .arg(warnings));
    }
    return allValid ? ExitOk : ExitInvalid;
}

} // namespace aif::cli
