// `mpirun -np N aif sweep ...`: rank r runs the pending cases r, r+N, r+2N, ...; rank 0 gathers
// every result over MPI and alone writes the SQLite file, so the rows equal a threaded run's.
#include "cli.h"
#include "sweepcli.h"

#include "catalog.h"

#include <mpi.h>

#include <chrono>
#include <string>
#include <thread>

namespace aif::cli {

using namespace aif::sweep;

namespace {

constexpr int kResultTag = 22;

// OpenMPI's blocking calls spin a core while they wait; a rank that waits for others sleeps
// between tests instead, so it leaves the core to the ranks still solving on the same node.
void napWhileWaiting()
{
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

void sendText(const std::string &text, int to)
{
    MPI_Send(text.data(), int(text.size()), MPI_CHAR, to, kResultTag, MPI_COMM_WORLD);
}

// Receives one result message (blocking once one is known to be waiting).
std::string receiveText(const MPI_Status &probed)
{
    int size = 0;
    MPI_Get_count(&probed, MPI_CHAR, &size);
    std::string text(size_t(size), '\0');
    MPI_Recv(text.data(), size, MPI_CHAR, probed.MPI_SOURCE, kResultTag, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
    return text;
}

void broadcastText(std::string *text)
{
    int size = int(text->size());
    MPI_Bcast(&size, 1, MPI_INT, 0, MPI_COMM_WORLD);
    text->resize(size_t(size));
    MPI_Bcast(text->data(), size, MPI_CHAR, 0, MPI_COMM_WORLD);
}

} // namespace

int runSweepMpi(const SweepRun &run, const Catalog &catalog)
{
    // Only worker threads solve; MPI is called from this thread alone.
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    // Rank 0 opens the store and decides what is pending; -1 cases tells the others to stop.
    std::unique_ptr<SweepStore> store;
    std::vector<int> pending;
    int rc = ExitOk;
    if (rank == 0)
        rc = openSweepStore(run, &store, &pending);
    MPI_Bcast(&rc, 1, MPI_INT, 0, MPI_COMM_WORLD);
    if (rc != ExitOk) {
        MPI_Finalize();
        return rc;
    }
    int count = int(pending.size());
    MPI_Bcast(&count, 1, MPI_INT, 0, MPI_COMM_WORLD);
    pending.resize(size_t(count));
    MPI_Bcast(pending.data(), count, MPI_INT, 0, MPI_COMM_WORLD);
    // Every rank read FILE itself (a shared or copied folder on a cluster): a rank whose copy
    // differs reports its cases failed rather than solving another design.
    std::string defined = definition(run.spec).dump();
    std::string rootDefined = defined;
    broadcastText(&rootDefined);
    const bool sameSweep = rootDefined == defined;

    std::vector<int> mine;
    for (int i = rank; i < count; i += size)
        mine.push_back(pending[size_t(i)]);
    const int remote = count - int((count + size - 1) / size);   // rank 0 has ceil(count / size)

    bool writeFailed = false;
    int done = 0;
    auto store0 = [&](CaseResult &&r) {
        printCaseLine(r, ++done, count);
        QString why;
        if (!store->write(r, &why)) {
            printError("aif sweep: " + run.out + ": " + why);
            writeFailed = true;
        }
    };
    int received = 0;
    auto drain = [&] {
        while (received < remote) {
            int waiting = 0;
            MPI_Status status;
            MPI_Iprobe(MPI_ANY_SOURCE, kResultTag, MPI_COMM_WORLD, &waiting, &status);
            if (!waiting)
                return;
            ++received;
            CaseResult r;
            try {
                r = CaseResult::fromJson(Json::parse(receiveText(status)));
            } catch (const Json::exception &e) {
                printError(QStringLiteral("aif sweep: rank %1 sent a bad result: %2")
                               .arg(status.MPI_SOURCE)
                               .arg(e.what()));
                writeFailed = true;
                continue;
            }
            store0(std::move(r));
        }
    };

    RunOptions options;
    options.threads = run.threads;
    if (rank == 0)
        options.poll = drain;
    auto deliver = [&](CaseResult &&r) {
        if (rank == 0)
            store0(std::move(r));
        else
            sendText(r.toJson().dump(), 0);
    };
    if (sameSweep) {
        runCases(run.spec, catalog, run.cases, mine, options, deliver);
    } else {
        printError(QStringLiteral("aif sweep: rank %1: %2 differs from rank 0's (project file or options)")
                       .arg(rank)
                       .arg(run.spec.file));
        for (int id : mine) {
            CaseResult r;
            r.id = id;
            r.inputs = caseInputs(run.spec, run.cases[size_t(id - 1)]);
            r.status = CaseResult::Status::Failed;
            r.error = "rank " + std::to_string(rank) + ": the project file differs from rank 0's";
            r.objectives.assign(run.spec.objectives.size(), std::nan(""));
            deliver(std::move(r));
        }
    }
    if (rank == 0) {
        for (drain(); received < remote; drain())
            napWhileWaiting();
    }
    MPI_Request barrier;
    MPI_Ibarrier(MPI_COMM_WORLD, &barrier);
    for (int arrived = 0; MPI_Test(&barrier, &arrived, MPI_STATUS_IGNORE), !arrived;)
        napWhileWaiting();
    MPI_Finalize();
    return rank == 0 ? finishSweep(run, *store, writeFailed) : ExitOk;
}

} // namespace aif::cli
