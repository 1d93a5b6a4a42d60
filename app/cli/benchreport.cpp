// aif bench --report: how long the report of the 10 MW sample takes (issue 20: under 5 s on two
// cores), solve included, without the 3D snapshot (aif bench's 3D part times rendering).
#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "reportbuilder.h"
#include "solvejob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace aif::cli {

void benchReport(const Catalog &catalog, const QString &projectsDir)
{
    const QString file = QDir(projectsDir).filePath("reference-10mw-gb200-liquid.aifactory");
    QTemporaryDir tmp;
    const LoadResult loaded = loadProject(file);
    if (!loaded.ok || !tmp.isValid()) {
        printError(file + ": failed to load");
        return;
    }
    report::ReportOptions options;
    options.fileName = file;
    for (const char *suffix : {"pdf", "html"}) {
        QElapsedTimer t;
        t.start();
        const SolveResult r = runSolve(loaded.project, catalog, {});
        const double solveMs = double(t.nsecsElapsed()) / 1e6;
        const report::ReportDocument doc = report::buildReport(loaded.project, catalog, r, options);
        const double buildMs = double(t.nsecsElapsed()) / 1e6 - solveMs;
        QString error;
        const bool ok
            = report::writeReport(doc, tmp.filePath(QStringLiteral("report.") + suffix), &error);
        const double totalMs = double(t.nsecsElapsed()) / 1e6;
        printOut(
            QStringLiteral("report %1 of %2: solve %3 ms, build %4 ms, write %5 ms, total %6 s%7\n")
                .arg(suffix, QFileInfo(file).fileName())
                .arg(solveMs, 0, 'f', 0)
                .arg(buildMs, 0, 'f', 0)
                .arg(totalMs - solveMs - buildMs, 0, 'f', 0)
                .arg(totalMs / 1e3, 0, 'f', 2)
                .arg(ok ? QString() : " (failed: " + error + ")"));
    }
}

} // namespace aif::cli
