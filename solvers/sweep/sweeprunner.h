#pragma once

// Solves the cases of a sweep: each is the normal solve job (solvejob.h runSolve) on the project
// with the case's values written at their pointers and parsed back through the loader, so a bad
// value is the same error `aif validate` gives. Cases run on worker threads; results reach the
// caller on its own thread, so a store (SQLite) or an MPI loop needs no locking.
#include "common/progress.h"
#include "sweep/sweepspec.h"

#include <functional>
#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::sweep {

struct CaseResult
{
    enum class Status { Ok, Failed, Cancelled };

    int id = 0;                      // 1-based, in sweepCases() order
    Json inputs;                     // {"/pointer": value, ...}
    Status status = Status::Ok;
    std::string error;               // why it failed (load or validation errors, joined)
    std::vector<double> objectives;  // spec order; NaN where the solve has no such figure
    int violations = 0;              // every diagnostic of the solve, warnings included
    double seconds = 0.0;            // wall time of the case (the only field that varies by run)

    Json toJson() const;             // for MPI transport; NaN travels as null
    static CaseResult fromJson(const Json &json);
};

const char *statusName(CaseResult::Status status);   // "ok", "failed", "cancelled"

// One case. `cancel`, when given, is polled while the solve runs: a cancelled solve is Cancelled.
CaseResult runCase(const SweepSpec &spec, const Catalog &catalog, int id,
                   const std::vector<int> &choice, const Progress *cancel = nullptr);

struct RunOptions
{
    int threads = 1;
    // Called on the calling thread about every 10 ms while cases run (the MPI gather loop).
    std::function<void()> poll;
};

// Runs cases[ids[i] - 1] for every id, on options.threads workers. onResult is called on the
// calling thread in completion order. progress: report(done / total, "case 3/9 ok") per case,
// and its cancel() stops the sweep: cases not started are not run (and not reported), cases in
// flight come back Cancelled. Returns the number of results delivered.
int runCases(const SweepSpec &spec, const Catalog &catalog,
             const std::vector<std::vector<int>> &cases, const std::vector<int> &ids,
             const RunOptions &options, const std::function<void(CaseResult &&)> &onResult,
             Progress *progress = nullptr);

} // namespace aif::sweep
