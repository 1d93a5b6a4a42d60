// aif report FILE [--scenario NAME] [--compare NAME|FILE] --out OUT.pdf|OUT.html
//             [--template customer|engineering] [--units si|us] [--no-3d]
// The customer or engineering report of one solve (docs/report.md). main() runs this command
// under a QGuiApplication (offscreen when there is no display): text layout needs fonts.
#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "report/compare.h"
#include "reportbuilder.h"
#include "solvejob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace aif::cli {

namespace {

const char *kReportUsage
    = "usage: aif report FILE [--scenario NAME] [--compare NAME|FILE] --out OUT.pdf|OUT.html "
      "[--template customer|engineering] [--units si|us] [--no-3d]";

// The 3D heat map from `aif render` (this same program) in a child process: VTK stays out of
// this one, and a machine without OpenGL only loses the picture, not the report.
QImage renderSnapshot(const QString &file, const QString &scenario)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString png = dir.filePath("heatmap.png");
    QStringList args {"render", file, "--out", png, "--metric", "inlet", "--size", "1600x1000"};
    if (!scenario.isEmpty())
        args << "--scenario" << scenario;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QImage(png);
}

// --compare NAME|FILE: a scenario of this design, or another design file, beside this one.
bool compareWith(const QString &what, const Project &project, const std::string &scenario,
                 const std::shared_ptr<const SolveResult> &result, const Catalog &catalog,
                 std::shared_ptr<const CompareResult> *out)
{
    std::vector<CompareSide> sides(2);
    sides[0].label = scenario.empty()
        ? QStringLiteral("This design")
        : QStringLiteral("Scenario: %1").arg(QString::fromStdString(scenario));
    sides[0].project = project;
    sides[0].scenario = scenario;
    sides[0].result = result;
    if (project.get<Scenario>(what.toStdString())) {
        sides[1].label = QStringLiteral("Scenario: %1").arg(what);
        sides[1].project = project;
        sides[1].scenario = what.toStdString();
    } else if (QFileInfo::exists(what)) {
        LoadResult other = loadProject(what);
        if (!other.ok) {
            printError(
                QStringLiteral("aif report: --compare %1: the file does not load").arg(what));
            return false;
        }
        sides[1].label = QFileInfo(what).fileName();
        sides[1].project = std::move(other.project);
    } else {
        printError(
            QStringLiteral("aif report: --compare %1: neither a scenario of the design nor a file")
                .arg(what));
        return false;
    }
    solveSides(sides, catalog);
    *out = std::make_shared<const CompareResult>(compareDesigns(sides));
    return true;
}

} // namespace

int cmdReport(Args args)
{
    QString scenario, compare, out, layout = QStringLiteral("engineering"),
                                    unitsName = QStringLiteral("si");
    const bool no3d = args.flag("no-3d");
    args.option("scenario", &scenario);
    args.option("compare", &compare);
    args.option("out", &out);
    args.option("template", &layout);
    args.option("units", &unitsName);
    report::ReportOptions options;
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().size() != 1
        || out.isEmpty() || !report::templateFromKey(layout, &options.layout)
        || (unitsName != "si" && unitsName != "us")
        || !QStringList {"pdf", "html", "htm"}.contains(suffix)) {
        printError(kReportUsage);
        return ExitUsage;
    }
    options.units = unitsName == "us" ? UnitSystem::US : UnitSystem::SI;
    const QString file = args.positional().first();
    std::unique_ptr<Catalog> catalog;
    LoadResult loaded;
    if (!loadSolvable(file, &catalog, &loaded))
        return ExitInvalid;

    // The same solve as `aif solve FILE [--scenario NAME] --json`: the report prints its numbers.
    SolveOptions solveOptions;
    solveOptions.scenario = scenario.toStdString();
    auto result
        = std::make_shared<const SolveResult>(runSolve(loaded.project, *catalog, solveOptions));
    if (!result->ok) {
        for (const Diagnostic &d : result->violations)
            if (d.isError())
                printError(QString::fromStdString(d.format(file.toStdString())));
        return ExitInvalid;
    }
    if (!compare.isEmpty()
        && !compareWith(compare, loaded.project, solveOptions.scenario, result, *catalog,
                        &options.compare))
        return ExitInvalid;

    options.fileName = file;
    options.version = QStringLiteral(AIF_VERSION_STRING);
    if (!no3d)
        options.snapshot = [file, scenario] {
            return renderSnapshot(file, scenario);
        };
    const report::ReportDocument doc
        = report::buildReport(loaded.project, *catalog, *result, options);
    QString error;
    if (!report::writeReport(doc, out, &error)) {
        printError("aif report: " + error);
        return ExitInvalid;
    }
    printOut(QStringLiteral("%1: %2 sections written%3\n")
                 .arg(out)
                 .arg(doc.sections.size())
                 .arg(result->converged ? QString()
                                        : QStringLiteral(" (the coupled twin did not converge)")));
    return result->converged ? ExitOk : ExitNotConverged;
}

} // namespace aif::cli
