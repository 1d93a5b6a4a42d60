// CTest suite `fuzz` (issue 17): the crashers found so far (tests/data/fuzz), then a fixed-seed
// run of the mutation fuzzer over every sample, the minimal project, the bad files and the
// catalog files. Zero crashes, hangs, uncaught exceptions and non-finite results; known-open
// findings are listed in tests/data/fuzz/known-open.txt. `make fuzz` runs the same for long.
#include "fuzzrunner.h"

#include <QDir>
#include <QTest>

using namespace aif::fuzz;

namespace {

qulonglong envNumber(const char *name, qulonglong fallback)
{
    bool ok = false;
    const qulonglong v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

} // namespace

class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus();
    void mutations();

private:
    FuzzSetup m_setup;
    RunOptions m_options;
};

void TestFuzz::initTestCase()
{
    QString error;
    QVERIFY2(m_setup.load(QStringLiteral(AIF_SOURCE_DIR), &error), qPrintable(error));
    // 6,000 cases take ~40 s on 2 cores (CI); AIF_FUZZ_CASES changes it (the sanitizer run
    // uses fewer: ASan is ~5x slower).
    m_options.cases = envNumber("AIF_FUZZ_CASES", 6000);
    m_options.seed = envNumber("AIF_FUZZ_SEED", 17);
    m_options.jobs = int(envNumber("AIF_FUZZ_JOBS", 2));
    m_options.caseTimeoutSeconds = double(envNumber("AIF_FUZZ_CASE_TIMEOUT", 30));
    m_options.saveDir = QDir::current().filePath(QStringLiteral("fuzz-findings"));
}

void TestFuzz::corpus()
{
    FuzzRunner runner(m_setup, m_options);
    const QStringList files = FuzzRunner::corpusFiles(m_setup.corpusDir());
    const int failures = runner.replay(files);
    qInfo("replayed %lld corpus files", static_cast<long long>(files.size()));
    QCOMPARE(failures, 0);
}

void TestFuzz::mutations()
{
    FuzzRunner runner(m_setup, m_options);
    const RunReport r = runner.run();
    qInfo("%llu cases (seed %llu, %d jobs) in %.1f s; slowest %.2f s: %s", static_cast<unsigned long long>(r.cases),
          static_cast<unsigned long long>(m_options.seed), m_options.jobs, r.seconds, r.slowestSeconds,
          r.slowest.c_str());
    for (const auto &[signature, count] : r.knownOpen)
        qInfo("known open: %s: %d cases", signature.c_str(), count);
    QCOMPARE(r.cases, m_options.cases);
    QVERIFY2(r.failures == 0, qPrintable(QStringLiteral("%1 findings: inputs saved in %2 (copy each to "
                                                        "tests/data/fuzz/ and fix, see docs/testing.md)")
                                             .arg(r.failures)
                                             .arg(m_options.saveDir)));
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
