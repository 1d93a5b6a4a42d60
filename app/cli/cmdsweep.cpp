// aif sweep: a design-space sweep, every case the normal solve job (docs/sweep.md).
#include "cli.h"
#include "sweepcli.h"

#include "catalog.h"

#include <QFileInfo>
#include <QThread>

#include <cmath>
#include <set>

namespace aif::cli {

using namespace aif::sweep;

namespace {

const char *kSweepUsage
    = "usage: aif sweep FILE --set /json/pointer=v1,v2,... [--set ...] [--grid | --random N [--seed S]]"
      " [--objectives usd_per_mtok,tokens_per_joule,capex_usd] --out RESULTS.sqlite [--threads N] [--resume]";

int sweepUsage(const QString &why = {})
{
    if (!why.isEmpty())
        printError("aif sweep: " + why);
    printError(kSweepUsage);
    return ExitUsage;
}

} // namespace

bool underMpirun()
{
    return !qEnvironmentVariableIsEmpty("OMPI_COMM_WORLD_SIZE");
}

int openSweepStore(const SweepRun &run, std::unique_ptr<SweepStore> *store, std::vector<int> *pending)
{
    QString error;
    *store = SweepStore::open(run.out, &error);
    if (!*store) {
        printError("aif sweep: " + error);
        return ExitInvalid;
    }
    int finished = 0;
    switch ((*store)->begin(run.spec, int(run.cases.size()), run.resume, pending, &finished, &error)) {
    case BeginResult::Ok:
        break;
    case BeginResult::Exists:
    case BeginResult::Different:
        printError("aif sweep: " + run.out + ": " + error);
        return ExitUsage;
    case BeginResult::Error:
        printError("aif sweep: " + run.out + ": " + error);
        return ExitInvalid;
    }
    if (finished > 0)
        printError(QStringLiteral("aif sweep: resuming: %1 of %2 cases already done")
                       .arg(finished)
                       .arg(run.cases.size()));
    return ExitOk;
}

void printCaseLine(const CaseResult &r, int done, int total)
{
    QString line = QStringLiteral("case %1/%2 (id %3) %4 %5 s")
                       .arg(done)
                       .arg(total)
                       .arg(r.id)
                       .arg(statusName(r.status))
                       .arg(r.seconds, 0, 'f', 2);
    if (r.status != CaseResult::Status::Ok)
        line += ": " + QString::fromStdString(r.error);
    printError(line);
}

int finishSweep(const SweepRun &run, const SweepStore &store, bool writeFailed)
{
    int ok = 0, failed = 0, cancelled = 0;
    const std::vector<CaseResult> rows = store.cases();
    for (const CaseResult &r : rows) {
        ok += r.status == CaseResult::Status::Ok;
        failed += r.status == CaseResult::Status::Failed;
        cancelled += r.status == CaseResult::Status::Cancelled;
    }
    printOut(QStringLiteral("%1: %2 of %3 cases: %4 ok, %5 failed, %6 cancelled\n")
                 .arg(run.out)
                 .arg(rows.size())
                 .arg(run.cases.size())
                 .arg(ok)
                 .arg(failed)
                 .arg(cancelled));
    // Failed cases are results (recorded with their error); only a sweep that could not write
    // its rows, or did not finish, is a failure of the command.
    return writeFailed || int(rows.size()) < int(run.cases.size()) ? ExitInvalid : ExitOk;
}

// aif sweep FILE --set /ptr=a,b [--set ...] [--grid|--random N] [--seed S] [--objectives ...]
//                --out RESULTS.sqlite [--threads N] [--resume]
int cmdSweep(Args args)
{
    SweepRun run;
    QStringList setTexts;
    QString value;
    while (args.option("set", &value))
        setTexts << value;
    const bool grid = args.flag("grid");
    QString randomText, seedText, objectivesText, threadsText;
    const bool random = args.option("random", &randomText);
    const bool hasSeed = args.option("seed", &seedText);
    const bool hasObjectives = args.option("objectives", &objectivesText);
    const bool hasThreads = args.option("threads", &threadsText);
    args.option("out", &run.out);
    run.resume = args.flag("resume");
    if (!args.unknownOption().isEmpty())
        return sweepUsage("unknown option " + args.unknownOption());
    if (args.missingValue() || args.positional().size() != 1)
        return sweepUsage();
    if (setTexts.isEmpty())
        return sweepUsage("at least one --set /json/pointer=v1,v2,... is needed");
    if (run.out.isEmpty())
        return sweepUsage("--out RESULTS.sqlite is needed");
    if (grid && random)
        return sweepUsage("--grid and --random exclude each other");
    if (hasSeed && !random)
        return sweepUsage("--seed goes with --random N");
    bool ok = true;
    if (random) {
        run.spec.mode = SweepMode::Random;
        run.spec.randomCount = randomText.toInt(&ok);
        if (!ok || run.spec.randomCount < 1)
            return sweepUsage("--random takes a number of cases, 1 or more, not '" + randomText + "'");
    }
    if (hasSeed) {
        run.spec.seed = seedText.toULongLong(&ok);
        if (!ok)
            return sweepUsage("--seed takes a non-negative integer, not '" + seedText + "'");
    }
    // Under mpirun each rank runs one case at a time unless told: ranks are the parallelism.
    run.threads = underMpirun() ? 1 : std::max(1, QThread::idealThreadCount());
    if (hasThreads) {
        run.threads = threadsText.toInt(&ok);
        if (!ok || run.threads < 1 || run.threads > 1024)
            return sweepUsage("--threads takes a number from 1 to 1024, not '" + threadsText + "'");
    }
    QString error;
    for (const QString &text : setTexts) {
        SweepSet set;
        if (!parseSet(text, &set, &error))
            return sweepUsage(error);
        run.spec.sets.push_back(std::move(set));
    }
    QStringList objectiveList;
    if (hasObjectives)
        objectiveList = objectivesText.split(',', Qt::SkipEmptyParts);
    else
        for (const std::string &name : defaultObjectives())
            objectiveList << QString::fromStdString(name);
    std::set<std::string> seenObjectives;
    for (const QString &name : objectiveList) {
        Objective o;
        if (!resolveObjective(name.trimmed().toStdString(), &o, &error))
            return sweepUsage(error);
        if (seenObjectives.insert(o.name).second)
            run.spec.objectives.push_back(o);
    }
    if (run.spec.objectives.empty())
        return sweepUsage("--objectives names no objective");

    run.spec.file = args.positional().first();
    if (!loadProjectFile(&run.spec, &error)) {
        printError("aif sweep: " + error);
        return ExitInvalid;
    }
    if (!checkSets(&run.spec, &error))
        return sweepUsage(error);
    run.cases = sweepCases(run.spec);
    std::unique_ptr<Catalog> catalog = openCatalog();
    if (!catalog)
        return ExitInvalid;

#ifdef AIF_HAVE_MPI
    if (underMpirun())
        return runSweepMpi(run, *catalog);
#else
    // Every rank would write the whole sweep into one file.
    if (underMpirun()) {
        printError("aif sweep: this aif was built without MPI; run it without mpirun (--threads N)");
        return ExitUsage;
    }
#endif
    std::unique_ptr<SweepStore> store;
    std::vector<int> pending;
    if (const int rc = openSweepStore(run, &store, &pending); rc != ExitOk)
        return rc;
    bool writeFailed = false;
    int done = 0;
    RunOptions options;
    options.threads = run.threads;
    runCases(run.spec, *catalog, run.cases, pending, options, [&](CaseResult &&r) {
        printCaseLine(r, ++done, int(pending.size()));
        QString why;
        if (!store->write(r, &why)) {
            printError("aif sweep: " + run.out + ": " + why);
            writeFailed = true;
        }
    });
    return finishSweep(run, *store, writeFailed);
}

} // namespace aif::cli
