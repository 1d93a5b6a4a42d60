// aif compare FILE[#SCENARIO] FILE[#SCENARIO] [...] [--json] [--normalise total|mw|gpu|mtok]
// aif compare FILE (--scenarios | --scenario NAME...) : designs and scenarios side by side, with
// the input differences and failure-aware verdicts of solvers/report/compare.h (docs/cli.md).
#include "cli.h"

#include "catalog.h"
#include "projectio.h"
#include "report/compare.h"
#include "solvejob.h"

#include <QFileInfo>

#include <cmath>

namespace aif::cli {

namespace {

const char *kCompareUsage
    = "usage: aif compare FILE[#SCENARIO] FILE[#SCENARIO] [...] [--json] "
      "[--normalise total|mw|gpu|mtok] [--units si|us]\n"
      "       aif compare FILE --scenarios | --scenario NAME [--scenario NAME...] [...]";

// A scenario named by id or by its name.
const Scenario *findScenario(const Project &p, const QString &name)
{
    for (const Scenario &s : p.scenarios) {
        if (QString::fromStdString(s.id) == name || QString::fromStdString(s.name) == name)
            return &s;
    }
    return nullptr;
}

QString scenarioLabel(const QString &file, const Scenario *s)
{
    const QString base = QFileInfo(file).fileName();
    return s ? QStringLiteral("%1 # %2").arg(base, QString::fromStdString(s->name.empty() ? s->id : s->name))
             : base;
}

bool addSide(std::vector<CompareSide> &sides, const QString &file, const Project &project,
             const QString &scenario)
{
    const Scenario *s = nullptr;
    if (!scenario.isEmpty()) {
        s = findScenario(project, scenario);
        if (!s) {
            QStringList known;
            for (const Scenario &x : project.scenarios)
                known << QString::fromStdString(x.id);
            printError(QStringLiteral("aif compare: %1 has no scenario '%2' (it has: %3)")
                           .arg(file, scenario, known.isEmpty() ? "none" : known.join(", ")));
            return false;
        }
    }
    sides.push_back({scenarioLabel(file, s), project, s ? s->id : std::string(), nullptr});
    return true;
}

QString pad(const QString &text, int width, bool right)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

void printText(const CompareResult &r, Normalisation n)
{
    QString out;
    out += QStringLiteral("Sides (%1):\n").arg(normalisationLabel(n));
    for (size_t i = 0; i < r.labels.size(); ++i)
        out += QStringLiteral("  %1  %2 [%3]%4\n")
                   .arg(QChar('A' + int(i)))
                   .arg(r.labels[i], sideKindKey(r.kinds[i]),
                        r.solved[i] ? QString() : QStringLiteral(" (not solved)"));
    out += '\n';
    const int labelWidth = 42, width = 14;
    out += pad(QStringLiteral("Figure"), labelWidth, false);
    for (size_t i = 0; i < r.labels.size(); ++i)
        out += pad(QString(QChar('A' + int(i))), width, true);
    out += "\n";
    for (int f = 0; f < r.figureCount(); ++f) {
        const CompareValue &first = r.values[0][size_t(f)];
        const FigureNorm norm = figureNorm(first.figure);
        const QString unit = norm.unit[int(n)];
        const bool divided = n == Normalisation::Total || norm.intensive || !unit.isEmpty();
        QString label = first.figure.label;
        if (divided && !unit.isEmpty())
            label += QStringLiteral(" (%1)").arg(unit);
        out += pad(label.left(labelWidth - 1), labelWidth, false);
        for (size_t i = 0; i < r.labels.size(); ++i) {
            QString text = divided ? r.values[i][size_t(f)].text(n) : QStringLiteral("n/a");
            const int v = r.verdicts[i].figures[size_t(f)];
            if (i > 0 && v != 0 && r.verdicts[i].basis == n)
                text += v > 0 ? QStringLiteral(" +") : QStringLiteral(" -");
            out += pad(text, width, true);
        }
        out += '\n';
    }
    out += QStringLiteral("(+ better, - worse than the side each verdict compares with; a "
                          "failure case is never better)\n");
    for (size_t i = 1; i < r.labels.size(); ++i) {
        out += QStringLiteral("\n%1 vs %2 — input differences:\n")
                   .arg(QChar('A' + int(i)), QChar('A' + r.verdicts[i].reference));
        if (r.differences[i].isEmpty())
            out += QStringLiteral("  none\n");
        for (const QString &d : r.differences[i])
            out += QStringLiteral("  %1\n").arg(d);
    }
    out += QStringLiteral("\nVerdicts:\n");
    for (size_t i = 0; i < r.labels.size(); ++i)
        out += QStringLiteral("  %1  %2\n").arg(QChar('A' + int(i))).arg(r.verdicts[i].text);
    printOut(out);
}

} // namespace

int cmdCompare(Args args)
{
    const bool json = args.flag("json");
    const bool allScenarios = args.flag("scenarios");
    QString normName = QStringLiteral("total"), unitsName = QStringLiteral("si"), scenario;
    args.option("normalise", &normName) || args.option("normalize", &normName);
    args.option("units", &unitsName);
    QStringList scenarios;
    while (args.option("scenario", &scenario))
        scenarios << scenario;
    const QStringList files = args.positional();
    Normalisation norm = Normalisation::Total;
    const bool single = allScenarios || !scenarios.isEmpty();
    if (!args.unknownOption().isEmpty() || args.missingValue() || files.isEmpty()
        || (single && files.size() != 1) || (!single && files.size() < 2)) {
        printError(kCompareUsage);
        return ExitUsage;
    }
    if (!normalisationFromKey(normName, &norm)) {
        printError("aif compare: --normalise must be total, mw, gpu or mtok, not '" + normName + "'");
        return ExitUsage;
    }
    if (unitsName != "si" && unitsName != "us") {
        printError("aif compare: --units must be si or us, not '" + unitsName + "'");
        return ExitUsage;
    }
    // The JSON stays SI (like aif solve --json); the text follows --units.
    units::setCurrentSystem(unitsName == "us" && !json ? UnitSystem::US : UnitSystem::SI);

    std::unique_ptr<Catalog> catalog;
    std::vector<CompareSide> sides;
    for (const QString &arg : files) {
        const qsizetype hash = arg.lastIndexOf('#');
        const QString file = hash > 0 ? arg.left(hash) : arg;
        LoadResult loaded;
        if (!loadSolvable(file, &catalog, &loaded))
            return ExitInvalid;
        QStringList names = hash > 0 ? QStringList {arg.mid(hash + 1)} : QStringList {QString()};
        if (single) {
            names = QStringList {QString()} + scenarios;
            if (allScenarios) {
                for (const Scenario &s : loaded.project.scenarios)
                    names << QString::fromStdString(s.id);
            }
        }
        for (const QString &name : names) {
            if (!addSide(sides, file, loaded.project, name))
                return ExitInvalid;
        }
    }
    if (sides.size() < 2) {
        printError("aif compare: nothing to compare (the project has no scenarios)");
        return ExitInvalid;
    }
    solveSides(sides, *catalog);
    bool solved = true;
    for (const CompareSide &s : sides) {
        if (s.result->ok)
            continue;
        solved = false;
        for (const Diagnostic &d : s.result->violations)
            if (d.isError())
                printError(s.label + ": " + QString::fromStdString(d.message));
    }
    const CompareResult result = compareDesigns(sides);
    if (json)
        printOut(QString::fromStdString(compareJson(result, norm).dump(2) + "\n"));
    else
        printText(result, norm);
    return solved ? ExitOk : ExitInvalid;
}

} // namespace aif::cli
