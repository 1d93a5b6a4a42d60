#pragma once

#include "json.h"
#include "project.h"
#include "report/keyfigures.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace aif {

class Catalog;
class Progress;
struct SolveResult;

// One side of a comparison: a project (the open one, or another file), optionally one of its
// scenarios, and its solve (filled by solveSides(), or by a caller that already solved it).
struct CompareSide
{
    QString label; // "Base design", "Scenario: UPS A failed", "campus.aifactory"
    Project project;
    std::string scenario; // id; empty = the project as it is
    std::shared_ptr<const SolveResult> result = nullptr;
};

// What the figures are divided by (docs/cli.md, "aif compare"). Intensive figures (PUE,
// temperatures, tokens per joule, $/Mtok, hours, shares) are never divided.
enum class Normalisation { Total, PerMwIt, PerGpu, PerMtok };

QString normalisationKey(Normalisation n); // "total", "mw", "gpu", "mtok"
bool normalisationFromKey(const QString &key, Normalisation *n);
QString normalisationLabel(Normalisation n); // "per MW of IT"

// One figure of one side in every normalisation; NaN where it does not apply or is missing.
struct CompareValue
{
    KeyFigure figure; // the total, as the dashboard shows it
    double perMwIt = 0.0; // SI value ÷ IT MW
    double perGpu = 0.0; // ÷ GPUs installed
    double perMtok = 0.0; // ÷ million tokens (per year for annual flows, per second for power)

    double value(Normalisation n) const; // SI (or per-unit) value in that normalisation
    QString text(Normalisation n) const; // in the unit normalisedUnit() names, "—" when NaN
};

// How a figure normalises: whether it is intensive, and the display unit and scale per basis.
struct FigureNorm
{
    bool intensive = true;
    QString unit[4]; // indexed by Normalisation
    double scale[4] = {1.0, 1.0, 1.0, 1.0}; // display = value(n) × scale[n]
    QString why; // for figures not divided by one basis: why not (shown instead of a value)
};
FigureNorm figureNorm(const KeyFigure &figure);

// The figure as shown in one normalisation: its value, unit, scale and digits set so that
// text(), differenceText() and comparison() work on it as on a total (missing with the reason
// where the figure is not divided by that basis).
KeyFigure normalisedFigure(const CompareValue &value, Normalisation n);

// The role of a side, decided from the model: a scenario that takes equipment out of service
// (an override sets `failed` true on a unit that is in service in the base design) is a failure
// case; any other scenario is a what-if; no scenario is a design.
enum class SideKind { Design, WhatIf, Failure };
SideKind sideKind(const Project &project, const std::string &scenario);
QString sideKindKey(SideKind kind); // "design", "what-if", "failure"

struct SideVerdict
{
    SideKind kind = SideKind::Design;
    int base = -1; // a scenario's base design among the sides (same project, no scenario), or -1
    int reference = 0; // the side the figures are compared with (the base of a failure, else 0)
    Normalisation basis = Normalisation::Total; // per MW of IT when the sizes differ
    std::vector<int> figures; // per figure: +1 better than the reference, −1 worse, 0 neither
    int better = 0;
    int worse = 0;
    QString text; // "degraded case of Base design: −4.1 % tokens/s, inlet +2.3 K"
};

struct CompareResult
{
    std::vector<QString> labels;
    std::vector<SideKind> kinds;
    std::vector<bool> solved; // false: the side's solve failed (its figures are all missing)
    std::vector<std::vector<CompareValue>> values; // [side][figure], keyFigures() order
    std::vector<double> itMw, gpus, mtokPerYear, mtokPerS; // the bases per side
    // [side]: inputs that differ from the side its verdict compares with (empty for that one)
    std::vector<QStringList> differences;
    std::vector<SideVerdict> verdicts; // [side]; side 0 is the reference
    bool sizesDiffer = false; // IT power or GPUs differ by more than 10 %: compare per MW of IT

    int figureCount() const { return values.empty() ? 0 : int(values.front().size()); }
};

// Solves every side that has no result yet, as the studio solves (scenario applied).
void solveSides(std::vector<CompareSide> &sides, const Catalog &catalog,
                Progress *progress = nullptr);

// The comparison of N ≥ 1 solved sides; side 0 is the reference. Pure function of its input.
CompareResult compareDesigns(const std::vector<CompareSide> &sides);

// The input differences of `side` against `reference`: entity counts by kind, systems and
// models, cooling, power chain, site and climate, tariff, and each scenario override as
// "entity.property: base → value".
QStringList inputDifferences(const CompareSide &reference, const CompareSide &side);

// The comparison as JSON (stable keys, docs/cli.md "aif compare --json").
Json compareJson(const CompareResult &result, Normalisation shown = Normalisation::Total);

} // namespace aif
