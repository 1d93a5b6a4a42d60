// aif cfd calibrate CASE[=PROJECT]... (docs/cfd.md "Calibrate"): fits project.airModel's
// constants to solved CFD cases and, with --write, stores them in each case's project file.
#include "cli.h"

#include "atomicfile.h"
#include "catalog.h"
#include "cfd/cfdcompare.h"
#include "cfd/cfdresult.h"
#include "projectio.h"

#include <QDir>
#include <QFile>

#include <set>

namespace aif::cli {
namespace {

QString projectOfCase(const QString &dir)
{
    QFile f(QDir(dir).filePath("aif-case.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const Json info = Json::parse(f.readAll().toStdString(), nullptr, false);
    return info.is_object() ? QString::fromStdString(info.value("project", "")) : QString();
}

} // namespace

int cmdCfdCalibrate(Args args)
{
    QString jsonOut, params, maxEvals;
    const bool hasJson = args.option("json", &jsonOut);
    const bool write = args.flag("write");
    const bool t0Only = args.flag("t0");
    const bool hasParams = args.option("params", &params);
    const bool hasMax = args.option("max-evals", &maxEvals);
    if (!args.unknownOption().isEmpty() || args.missingValue() || args.positional().isEmpty()) {
        printError("usage: aif cfd calibrate CASE[=PROJECT]... [--json OUT|-] [--write] [--params a,b] [--t0] [--max-evals N]");
        return ExitUsage;
    }
    cfd::CalibrationOptions options;
    options.airField = !t0Only;
    if (t0Only && !hasParams)
        options.parameters = {"openAisleRecirculation", "rowEndRecirculation"};   // what T0 reads
    if (hasParams)
        for (const QString &p : params.split(',', Qt::SkipEmptyParts))
            options.parameters.push_back(p.trimmed().toStdString());
    bool ok = true;
    if (hasMax)
        options.maxEvaluations = maxEvals.toInt(&ok);
    if (!ok || options.maxEvaluations < 1) {
        printError("aif cfd calibrate: --max-evals must be a positive whole number");
        return ExitUsage;
    }
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;

    std::vector<cfd::CalibrationCase> cases;
    std::vector<QString> projectFiles;
    for (const QString &arg : args.positional()) {
        const qsizetype eq = arg.indexOf('=');
        const QString dir = eq < 0 ? arg : arg.left(eq);
        const QString projectFile = eq < 0 ? projectOfCase(dir) : arg.mid(eq + 1);
        cfd::CfdResult result;
        std::string error;
        if (!cfd::readCfdResult(dir.toStdString(), &result, &error)) {
            printError("aif cfd calibrate: " + QString::fromStdString(error));
            return ExitInvalid;
        }
        if (projectFile.isEmpty()) {
            printError("aif cfd calibrate: " + dir + ": the case names no project; give it as " + dir + "=FILE");
            return ExitUsage;
        }
        LoadResult loaded = loadProject(projectFile);
        if (!loaded.ok) {
            for (const Diagnostic &d : loaded.diagnostics)
                printError(QString::fromStdString(d.format(projectFile.toStdString())));
            return ExitInvalid;
        }
        cases.push_back({dir.toStdString(), std::move(loaded.project), result.racks});
        projectFiles.push_back(projectFile);
    }
    Progress progress([](double, const std::string &stage) { printError("  " + QString::fromStdString(stage)); });
    const cfd::CalibrationResult r = cfd::calibrate(cases, *catalog, options, &progress);
    if (!r.error.empty()) {
        printError("aif cfd calibrate: " + QString::fromStdString(r.error));
        return ExitUsage;
    }
    if (write) {
        for (const QString &file : std::set<QString>(projectFiles.begin(), projectFiles.end())) {
            LoadResult loaded = loadProject(file);
            for (size_t i = 0; i < r.parameters.size(); ++i)
                for (const cfd::AirConstant &k : cfd::airConstants())
                    if (r.parameters[i] == k.key)
                        loaded.project.airModel.*(k.member) = r.after[i];
            QString why;
            if (!loaded.ok || !saveProject(loaded.project, file, &why)) {   // atomic, keeps FILE.bak
                printError("aif cfd calibrate: " + file + ": " + (why.isEmpty() ? QStringLiteral("cannot load") : why));
                return ExitInvalid;
            }
        }
    }
    if (hasJson) {
        Json doc = r.toJson();
        doc["written"] = write;
        const QByteArray bytes = QByteArray::fromStdString(doc.dump(1) + "\n");
        QString why;
        if (jsonOut == "-") {
            printOut(QString::fromUtf8(bytes));
            return ExitOk;
        }
        if (!writeFileAtomically(jsonOut, bytes, &why)) {
            printError("aif cfd calibrate: " + jsonOut + ": " + why);
            return ExitInvalid;
        }
    }
    printOut(QStringLiteral("%1 case(s), %2 evaluations (%3): per-rack inlet RMS %4 K -> %5 K\n")
                 .arg(cases.size())
                 .arg(r.evaluations)
                 .arg(options.airField ? "T1 air field" : "T0")
                 .arg(r.rmsBeforeK, 0, 'f', 2)
                 .arg(r.rmsAfterK, 0, 'f', 2));
    for (size_t i = 0; i < r.parameters.size(); ++i)
        printOut(QStringLiteral("  %1 %2 -> %3\n")
                     .arg(QString::fromStdString(r.parameters[i]), -26)
                     .arg(r.before[i], 0, 'g', 4)
                     .arg(r.after[i], 0, 'g', 4));
    for (size_t c = 0; c < cases.size(); ++c)
        printOut(QStringLiteral("  case %1: RMS %2 K -> %3 K\n")
                     .arg(QString::fromStdString(cases[c].name))
                     .arg(r.caseRmsBeforeK[c], 0, 'f', 2)
                     .arg(r.caseRmsAfterK[c], 0, 'f', 2));
    printOut(write ? "written to the projects' airModel\n" : "not written (add --write to store them in the projects)\n");
    return ExitOk;
}

} // namespace aif::cli
