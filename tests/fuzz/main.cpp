// aif-fuzz: the mutation fuzzer for long runs (`make fuzz`); the CTest suite `fuzz` runs the
// same cases, fewer of them (tests/fuzz/tst_fuzz.cpp). docs/testing.md.
#include "fuzzrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

using namespace aif::fuzz;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aif-fuzz"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Mutation fuzzer over the sample projects, the minimal project, the bad files and the catalog files.\n"
        "Replays tests/data/fuzz first, then runs the generated cases. Exit 0: no findings, 1: findings, "
        "3: a hang; a crash prints the case and dies with its signal."));
    cli.addHelpOption();
    cli.addOptions({{"cases", "Generated cases to run (default 1000000).", "N", "1000000"},
                    {"seed", "Seed of the run (default 17).", "S", "17"},
                    {"first", "Number of the first case (default 0; resumes a run).", "N", "0"},
                    {"jobs", "Worker threads (default: the CPU count).", "J",
                     QString::number(QThread::idealThreadCount())},
                    {"case", "Only generate case N: print its mutations, run it (and --save it).", "N"},
                    {"save", "With --case: write the case's input to FILE.", "FILE"},
                    {"save-dir", "Where findings' inputs go (default fuzz-findings).", "DIR", "fuzz-findings"},
                    {"case-timeout", "Seconds before a case counts as a hang (default 30).", "S", "30"},
                    {"source", "Source tree with the seed inputs and the corpus.", "DIR", AIF_SOURCE_DIR},
                    {"no-corpus", "Do not replay tests/data/fuzz first."},
                    {"trap-fp", "Trap the first invalid operation, division by zero or overflow (SIGFPE): run "
                                "under gdb to see where a NaN or infinity is made."}});
    cli.addPositionalArgument("files", "Replay these files only (.json: a catalog file, else a project).", "[FILE...]");
    cli.process(app);

    bool ok = true;
    RunOptions options;
    options.cases = cli.value("cases").toULongLong(&ok);
    bool seedOk = true, jobsOk = true, timeoutOk = true;
    options.seed = cli.value("seed").toULongLong(&seedOk);
    options.first = cli.value("first").toULongLong();
    options.jobs = cli.value("jobs").toInt(&jobsOk);
    options.caseTimeoutSeconds = cli.value("case-timeout").toDouble(&timeoutOk);
    options.saveDir = cli.value("save-dir");
    options.progress = true;
    if (!ok || !seedOk || !jobsOk || !timeoutOk || options.jobs < 1) {
        std::fprintf(stderr, "aif-fuzz: --cases, --seed, --jobs and --case-timeout take positive numbers\n");
        return 2;
    }

    FuzzSetup setup;
    QString error;
    if (!setup.load(cli.value("source"), &error)) {
        std::fprintf(stderr, "aif-fuzz: %s\n", qPrintable(error));
        return 2;
    }
    setup.context.trapFloatingPoint = cli.isSet("trap-fp");
    FuzzRunner runner(setup, options);

    if (cli.isSet("case")) {
        const uint64_t index = cli.value("case").toULongLong();
        QByteArray bytes;
        std::printf("case %llu (seed %llu): %s\n", static_cast<unsigned long long>(index),
                    static_cast<unsigned long long>(options.seed), runner.describe(index, &bytes).c_str());
        if (cli.isSet("save")) {
            QFile f(cli.value("save"));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
                std::fprintf(stderr, "aif-fuzz: %s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
                return 2;
            }
        }
        const QString name = QString::fromStdString(runner.describe(index, nullptr)).section(':', 0, 0);
        const Finding f = fuzzOne(bytes, name.endsWith(".json") ? InputKind::CatalogFile : InputKind::Project,
                                  setup.context);
        std::printf("%s\n", f ? f.detail.c_str() : "no finding");
        return f ? 1 : 0;
    }

    if (!cli.positionalArguments().isEmpty())
        return runner.replay(cli.positionalArguments()) == 0 ? 0 : 1;

    int failures = 0;
    if (!cli.isSet("no-corpus")) {
        const QStringList corpus = FuzzRunner::corpusFiles(setup.corpusDir());
        failures += runner.replay(corpus);
        std::printf("replayed %lld corpus files from %s\n", static_cast<long long>(corpus.size()),
                    qPrintable(setup.corpusDir()));
    }
    const RunReport r = runner.run();
    failures += r.failures;
    std::printf("%llu cases (seed %llu, %d jobs) in %.1f s: %.0f cases/s; slowest %.2f s: %s\n",
                static_cast<unsigned long long>(r.cases), static_cast<unsigned long long>(options.seed), options.jobs,
                r.seconds, double(r.cases) / r.seconds, r.slowestSeconds, r.slowest.c_str());
    for (const auto &[signature, count] : r.knownOpen)
        std::printf("known open (tests/data/fuzz/known-open.txt): %s: %d cases\n", signature.c_str(), count);
    std::printf("%d finding(s)\n", failures);
    return failures == 0 ? 0 : 1;
}
