#pragma once

// A design-space sweep (issue 22): which project fields take which values, how the cases are
// drawn from them, and which result figures are recorded. Pure data and pure functions; the
// runner (sweeprunner.h) solves the cases, the store (sweepstore.h) keeps them in SQLite.
#include "json.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace aif::sweep {

// One --set /json/pointer=v1,v2,...: the values a field of the project file takes.
struct SweepSet
{
    std::string pointer;      // RFC 6901 pointer into the project file
    std::vector<Json> values; // numbers, strings or bools
    std::vector<std::string> texts; // as typed: a string field keeps "0.10" as written
    // More pointers that take the same value in every case (the studio's "all racks"); empty
    // from the CLI. Checked like `pointer`; listed in inputs and in definition() when present.
    std::vector<std::string> linked;
};

// A figure recorded per case: a named key figure (solvers/report/keyfigures.h) or a raw pointer
// into the solve result (`aif solve --json`).
struct Objective
{
    std::string name;        // column name: "usd_per_mtok", or the raw pointer "/tco/capex_usd"
    std::string figureKey;   // KeyFigure::key ("usdPerMtok"); empty for a raw pointer
    double factor = 1.0;     // column = figure value (SI: W, USD, °C) × factor ("facility_kw": 1e-3)
    std::string pointer;     // raw pointer into the solve JSON when figureKey is empty
};

enum class SweepMode { Grid, Random };

struct SweepSpec
{
    QString file;              // the project file as given
    std::string projectSha256; // of the file's bytes: a resumed sweep must solve the same design
    Json project;              // the file's JSON, each case edits a copy
    std::vector<SweepSet> sets;
    SweepMode mode = SweepMode::Grid;
    int randomCount = 0;       // --random N
    std::uint64_t seed = 1;    // --seed S
    std::vector<Objective> objectives;
};

// "/economics/tariffUsdPerKwh=0.06,0.08" -> set; false with a message naming the argument.
bool parseSet(const QString &text, SweepSet *set, QString *error);
// A named objective or a raw /pointer; false with the known names in the message.
bool resolveObjective(const std::string &name, Objective *objective, QString *error);
QStringList objectiveNames();
const std::vector<std::string> &defaultObjectives();   // usd_per_mtok, tokens_per_joule, capex_usd

// Reads the project file into spec->project and spec->projectSha256, then checks each set
// against it: the pointer must name a number, string or bool field that exists, and each value
// must be of that field's type (a string field takes any text). Errors name the pointer.
bool loadProjectFile(SweepSpec *spec, QString *error);
bool checkSets(SweepSpec *spec, QString *error);

// The cases in case-id order (id = index + 1): each is one value index per set. Grid: the
// Cartesian product, the first set varying slowest. Random: min(N, grid size) distinct
// combinations drawn with mt19937_64(seed), the same on every machine and thread count.
std::vector<std::vector<int>> sweepCases(const SweepSpec &spec);

// {"/pointer": value, ...} of one case, in set order.
Json caseInputs(const SweepSpec &spec, const std::vector<int> &choice);
// The project JSON of one case.
Json caseProject(const SweepSpec &spec, const std::vector<int> &choice);

// What identifies a sweep for --resume: project hash, sets, mode, count, seed, objectives.
Json definition(const SweepSpec &spec);

} // namespace aif::sweep
