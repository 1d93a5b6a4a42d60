// aif bench: sweep throughput (issue 22 "Benchmarks"): cases per second of the 1 MW and 10 MW
// samples on 2 threads, and `mpirun -np 1` against `-np 2` on this machine when mpirun exists.
#include "cli.h"
#include "sweepcli.h"

#include "catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

namespace aif::cli {

using namespace aif::sweep;

namespace {

// 12 tariffs × 4 discount rates: fields every sample has, which change the cost figures, not
// the design; 48 cases, so mpirun's start-up (~0.5 s) does not hide the ranks' speed-up.
const char *kBenchSets[] = {"/economics/tariffUsdPerKwh=0.04,0.05,0.06,0.07,0.08,0.09,0.10,0.11,0.12,0.13,0.14,0.15",
                            "/economics/discountRate=0.05,0.07,0.09,0.11"};

bool benchSpec(const QString &file, SweepSpec *spec)
{
    QString error;
    spec->file = file;
    spec->objectives.clear();
    for (const std::string &name : defaultObjectives()) {
        Objective o;
        resolveObjective(name, &o, &error);
        spec->objectives.push_back(o);
    }
    spec->sets.clear();
    for (const char *text : kBenchSets) {
        SweepSet set;
        if (!parseSet(QString::fromLatin1(text), &set, &error))
            return false;
        spec->sets.push_back(set);
    }
    return loadProjectFile(spec, &error) && checkSets(spec, &error);
}

// Wall seconds of `mpirun -np ranks aif sweep ...` (process start and catalog open included).
double mpirunSeconds(const QString &mpirun, int ranks, const QString &file, const QString &out)
{
    QStringList args;
    if (::geteuid() == 0)
        args << "--allow-run-as-root";
    args << "--oversubscribe" << "-np" << QString::number(ranks)
         << QCoreApplication::applicationFilePath() << "sweep" << file;
    for (const char *text : kBenchSets)
        args << "--set" << QString::fromLatin1(text);
    args << "--threads" << "1" << "--out" << out;
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(mpirun, args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return -1.0;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

void benchSweep(const Catalog &catalog, const QString &projectsDir)
{
    printOut(QStringLiteral("\nsweep (12 tariffs x 4 discount rates, full solve and SQLite row per case; "
                           "mpirun: wall time with start-up, 1 thread per rank):\n"));
    QTemporaryDir tmp;
    const QString mpirun = QStandardPaths::findExecutable("mpirun");
    for (const char *name : {"reference-1mw-h100-air", "reference-10mw-gb200-liquid"}) {
        const QString file = QStringLiteral("%1/%2.aifactory").arg(projectsDir, name);
        SweepRun run;
        if (!benchSpec(file, &run.spec)) {
            printError(file + ": cannot set up the sweep benchmark");
            continue;
        }
        run.cases = sweepCases(run.spec);
        run.out = tmp.filePath(QStringLiteral("%1.sqlite").arg(name));
        std::unique_ptr<SweepStore> store;
        std::vector<int> pending;
        if (openSweepStore(run, &store, &pending) != ExitOk)
            continue;
        RunOptions options;
        options.threads = 2;
        QString why;
        QElapsedTimer timer;
        timer.start();
        const int n = runCases(run.spec, catalog, run.cases, pending, options,
                               [&](CaseResult &&r) { store->write(r, &why); });
        const double s = double(timer.nsecsElapsed()) / 1e9;
        QString line = QStringLiteral("%1  %2 cases  2 threads %3 cases/s")
                           .arg(QString::fromLatin1(name), -36)
                           .arg(n)
                           .arg(n / s, 0, 'f', 2);
        if (!mpirun.isEmpty()) {
            for (int ranks : {1, 2}) {
                const double t = mpirunSeconds(mpirun, ranks, file,
                                               tmp.filePath(QStringLiteral("%1-np%2.sqlite").arg(name).arg(ranks)));
                line += t > 0 ? QStringLiteral("  mpirun -np %1 %2 cases/s").arg(ranks).arg(n / t, 0, 'f', 2)
                              : QStringLiteral("  mpirun -np %1 failed").arg(ranks);
            }
        }
        printOut(line + "\n");
    }
}

} // namespace aif::cli
