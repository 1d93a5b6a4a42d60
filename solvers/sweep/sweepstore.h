#pragma once

// The results of a sweep in one SQLite file (the catalog's SQLite, no Qt Sql driver needed):
//   sweep(file, project_sha256, sets, objectives, definition, cases, created)   one row
//   cases(case_id, inputs, status, error, <one REAL column per objective>, violations, seconds)
// A resumed sweep must have the same definition (sweepspec.h definition()). Not thread-safe:
// one thread writes (the runner delivers results to its caller's thread).
#include "sweep/sweeprunner.h"

#include <QString>

#include <memory>
#include <set>
#include <string>
#include <vector>

struct sqlite3;

namespace aif::sweep {

struct SweepMeta
{
    std::string file;
    std::string projectSha256;
    Json sets;                            // [{"pointer": ..., "values": [...]}, ...]
    std::vector<std::string> objectives;  // the objective columns, in order
    Json definition;
    int cases = 0;                        // how many the sweep has in all
    std::string created;                  // ISO 8601 UTC
};

// What begin() found.
enum class BeginResult { Ok, Exists, Different, Error };

class SweepStore
{
public:
    ~SweepStore();
    SweepStore(const SweepStore &) = delete;
    SweepStore &operator=(const SweepStore &) = delete;

    // Opens (creating the file if missing). Null with *error on failure.
    static std::unique_ptr<SweepStore> open(const QString &path, QString *error);

    bool hasSweep() const;   // the sweep row exists
    bool meta(SweepMeta *meta, QString *error) const;
    // Creates the tables and the sweep row of a new sweep (the file must hold none).
    bool create(const SweepSpec &spec, int caseCount, QString *error);
    // Starts a sweep of caseCount cases, or with `resume` continues the one stored if it has the
    // same definition(); *pending: the case ids still to run, in order, *finished: those done.
    // Exists: a sweep is stored and resume is false. Different: resume of another definition.
    BeginResult begin(const SweepSpec &spec, int caseCount, bool resume, std::vector<int> *pending,
                      int *finished, QString *error);
    // Inserts or replaces one case row (a resumed cancelled case is replaced).
    bool write(const CaseResult &result, QString *error);
    // Cases that need no rerun on --resume: ok and failed (a failed case fails the same way).
    std::set<int> finishedIds() const;
    // Every row, by case id; objectives in meta().objectives order.
    std::vector<CaseResult> cases(QString *error = nullptr) const;

private:
    SweepStore() = default;
    sqlite3 *m_db = nullptr;
    std::vector<std::string> m_objectives;   // column names of the open sweep
};

} // namespace aif::sweep
