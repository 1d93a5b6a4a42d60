#pragma once

// `aif sweep` internals shared by the threaded run (cmdsweep.cpp) and the MPI run (sweepmpi.cpp).
#include "sweep/sweepstore.h"

#include <QString>

#include <memory>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::cli {

struct SweepRun
{
    sweep::SweepSpec spec;
    std::vector<std::vector<int>> cases;   // sweepCases(spec)
    QString out;                           // RESULTS.sqlite
    bool resume = false;
    int threads = 1;
};

// Opens --out, creates the sweep or (with --resume) checks it is the same one; *pending: the
// case ids still to run, in order. Prints the reason and returns an exit code other than 0 when
// the sweep cannot start.
int openSweepStore(const SweepRun &run, std::unique_ptr<sweep::SweepStore> *store,
                   std::vector<int> *pending);
// "case 3/9 ok 0.12 s" (or "failed: reason") on stderr.
void printCaseLine(const sweep::CaseResult &result, int done, int total);
// The closing line on stdout and the exit code.
int finishSweep(const SweepRun &run, const sweep::SweepStore &store, bool writeFailed);

// True when this process was started by OpenMPI's mpirun (OMPI_COMM_WORLD_SIZE is set).
bool underMpirun();
#ifdef AIF_HAVE_MPI
int runSweepMpi(const SweepRun &run, const Catalog &catalog);
#endif

} // namespace aif::cli
