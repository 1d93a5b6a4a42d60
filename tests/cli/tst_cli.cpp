// The `aif` command line as a script would use it: exit codes (0 ok, 1 invalid, 2 usage,
// 3 not converged), "FILE: /json/pointer: message" on stderr, JSON on stdout.
#include "json.h"
#include "runprogram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// tests/CMakeLists.txt sets AIF_TEST_DATA to the *calling* folder's data/ (tests/model/data), not
// tests/data; name the shared folder from the source root instead.
#define AIF_TESTS_DATA AIF_SOURCE_DIR "/tests/data"

using namespace aif;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QStringList sampleProjects()
{
    QStringList files;
    for (const QFileInfo &fi :
         QDir(QStringLiteral(AIF_SOURCE_DIR "/projects")).entryInfoList({"*.aifactory"}, QDir::Files, QDir::Name))
        files << fi.filePath();
    return files;
}

const QString kMinimal = QStringLiteral(AIF_TESTS_DATA "/formats/v1-minimal.aifactory");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void version();
    void usageErrors_data();
    void usageErrors();
    void validateSamples_data();
    void validateSamples();
    void validateMinimal();
    void validateCorrupt_data();
    void validateCorrupt();
    void validateMissingFile();
    void catalogJson();
    void catalogImport();
    void solveJson();
    void throughputJson();
    void throughputErrors();

private:
    Run aif(const QStringList &args);

    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    QString m_userDir;
    QStringList m_imported;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(AIF_BIN_DIR "/aif").isExecutable(), AIF_BIN_DIR "/aif is missing: build target aif");
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
    m_userDir = m_env.value("AIF_USER_CATALOG_DIR");
}

void TestCli::cleanupTestCase()
{
    for (const QString &f : m_imported)
        QFile::remove(f);   // the next run starts from the shipped catalog again
}

Run TestCli::aif(const QStringList &args)
{
    const ProgramRun p = runProgram(AIF_BIN_DIR "/aif", args, m_env);
    return {p.exitCode, p.out, p.err};
}

void TestCli::version()
{
    const Run r = aif({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("aif "), r.out.constData());
    QVERIFY(r.out.contains("formatVersion"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no arguments") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("validate without files") << QStringList{"validate"};
    QTest::newRow("validate bad option") << QStringList{"validate", "--bogus", kMinimal};
    QTest::newRow("catalog bogus") << QStringList{"catalog", "bogus"};
    QTest::newRow("catalog bad option") << QStringList{"catalog", "gpus", "--frob"};
    QTest::newRow("catalog import without file") << QStringList{"catalog", "import"};
    QTest::newRow("solve bad option") << QStringList{"solve", kMinimal, "--frobnicate"};
    QTest::newRow("solve without file") << QStringList{"solve"};
    QTest::newRow("solve two files") << QStringList{"solve", kMinimal, kMinimal};
    QTest::newRow("solve --json without value") << QStringList{"solve", kMinimal, "--json"};
    QTest::newRow("solve bad units") << QStringList{"solve", kMinimal, "--units", "imperial"};
    QTest::newRow("validate bad units") << QStringList{"validate", kMinimal, "--units", "imperial"};
    QTest::newRow("throughput without gpu") << QStringList{"throughput", "--model", "llama-3.1-8b"};
    QTest::newRow("throughput bad precision")
        << QStringList{"throughput", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--precision", "int3"};
    QTest::newRow("throughput bad mode") << QStringList{"throughput", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--mode", "fast"};
    QTest::newRow("throughput negative isl") << QStringList{"throughput", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--isl", "-5"};
    QTest::newRow("throughput bad pd") << QStringList{"throughput", "--gpu", "h100-sxm", "--model", "llama-3.1-8b", "--pd", "9:9"};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = aif(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.isEmpty() || args.isEmpty(), "a usage error says why on stderr");
}

void TestCli::validateSamples_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : sampleProjects())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestCli::validateSamples()
{
    if (sampleProjects().isEmpty())
        QSKIP("no sample projects in projects/ yet");
    QFETCH(QString, path);
    const Run r = aif({"validate", path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("valid"));
}

void TestCli::validateMinimal()
{
    const Run r = aif({"validate", kMinimal});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith(kMinimal.toUtf8() + ": valid"));
}

void TestCli::validateCorrupt_data()
{
    QTest::addColumn<QString>("source");    // file to copy
    QTest::addColumn<int>("truncateTo");    // bytes kept; -1 = whole file
    QTest::addColumn<QString>("pointer");   // expected pointer of the first error line
    QTest::newRow("range") << QString(AIF_TESTS_DATA "/bad/negative-airflow.aifactory") << -1
                           << "/airUnits/0/airflowM3s";
    QTest::newRow("catalog") << QString(AIF_TESTS_DATA "/bad/unknown-system.aifactory") << -1 << "/racks/0/system";
    QTest::newRow("truncated minimal") << kMinimal << 300 << "/";
    const QStringList samples = sampleProjects();
    if (!samples.isEmpty())
        QTest::newRow("truncated sample") << samples.first() << 200 << "/";
}

void TestCli::validateCorrupt()
{
    QFETCH(QString, source);
    QFETCH(int, truncateTo);
    QFETCH(QString, pointer);
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    if (truncateTo >= 0)
        bytes.truncate(truncateTo);
    const QString copy = m_tmp.filePath("corrupt.aifactory");
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();

    const Run r = aif({"validate", copy});
    QCOMPARE(r.exitCode, 1);
    static const QRegularExpression line(QStringLiteral("^(.+): (/[^:]*): (.+)$"));
    bool found = false;
    for (const QByteArray &l : r.err.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(l));
        if (!m.hasMatch() || m.captured(3).startsWith("warning:"))
            continue;
        QCOMPARE(m.captured(1), copy);
        QCOMPARE(m.captured(2), pointer);
        found = true;
        break;
    }
    QVERIFY2(found, r.err.constData());
    QVERIFY(!r.out.contains(": valid"));
}

void TestCli::validateMissingFile()
{
    const QString path = m_tmp.filePath("does-not-exist.aifactory");
    const Run r = aif({"validate", path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(path.toUtf8() + ": /: "), r.err.constData());
    // One bad file among good ones still fails the run.
    QCOMPARE(aif({"validate", kMinimal, path}).exitCode, 1);
}

void TestCli::catalogJson()
{
    const Run r = aif({"catalog", "gpus", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json doc = Json::parse(r.out.constBegin(), r.out.constEnd(), nullptr, false);
    QVERIFY2(doc.is_array(), r.out.left(200).constData());
    bool h100 = false;
    for (const Json &e : doc) {
        QCOMPARE(e.value("category", std::string()), std::string("gpus"));
        h100 = h100 || e.value("id", std::string()) == "h100-sxm";
    }
    QVERIFY(h100);
    // Plain listing works too and covers every category.
    const Run all = aif({"catalog"});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("gb200-nvl72"));
}

void TestCli::catalogImport()
{
    const QString file = m_tmp.filePath("entry.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id": "tst-cli-gpu", "name": "CLI test GPU", "vendor": "Test", "source": "tst_cli",
               "asOf": "2026-01", "tdpW": 500})");
    f.close();
    m_imported << QDir(m_userDir).filePath("gpus-tst-cli-gpu.json");

    const Run imp = aif({"catalog", "import", file, "--category", "gpus"});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const Run r = aif({"catalog", "gpus", "--json"});
    QCOMPARE(r.exitCode, 0);
    const Json doc = Json::parse(r.out.constBegin(), r.out.constEnd(), nullptr, false);
    QVERIFY(doc.is_array());
    const auto it = std::ranges::find_if(doc, [](const Json &e) { return e.value("id", "") == "tst-cli-gpu"; });
    QVERIFY(it != doc.end());
    QCOMPARE(it->value("origin", std::string()), std::string("user"));
    QCOMPARE(it->value("tdpW", 0), 500);

    // An entry without a source is refused and nothing is stored.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"id": "tst-cli-nosource", "name": "No source", "asOf": "2026-01"})");
    f.close();
    const Run bad = aif({"catalog", "import", file, "--category", "gpus"});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("source"));
    QVERIFY(!QFile::exists(QDir(m_userDir).filePath("gpus-tst-cli-nosource.json")));
    // Without a category there is nothing to file it under.
    QCOMPARE(aif({"catalog", "import", file}).exitCode, 2);
    QCOMPARE(aif({"catalog", "import", m_tmp.filePath("missing.json"), "--category", "gpus"}).exitCode, 1);
}

void TestCli::solveJson()
{
    const QString project = sampleProjects().isEmpty() ? kMinimal : sampleProjects().first();
    const Run r = aif({"solve", project, "--json", "-"});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 3, r.err.constData());
    const Json doc = Json::parse(r.out.constBegin(), r.out.constEnd(), nullptr, false);
    QVERIFY2(doc.is_object(), r.out.left(300).constData());
    QVERIFY(doc.contains("summary") && doc["summary"].is_object());
    QVERIFY(doc.contains("violations") && doc["violations"].is_array());
    QVERIFY(doc.contains("solvers_run") && doc["solvers_run"].is_array());

    // The minimal project's inventory: 1 rack with 4 HGX H100 systems of 8 GPUs.
    const Run m = aif({"solve", kMinimal, "--json", "-"});
    const Json min = Json::parse(m.out.constBegin(), m.out.constEnd(), nullptr, false);
    QVERIFY(min.is_object());
    QCOMPARE(min["summary"].value("racks", -1), 1);
    QCOMPARE(min["summary"].value("gpus", -1), 32);

    // Written to a file instead of stdout; a scenario that does not exist is invalid input.
    // The minimal project has no cooling for its heat: an error-level finding, so the results
    // are written and the exit says the check failed.
    const QString out = m_tmp.filePath("result.json");
    QCOMPARE(aif({"solve", kMinimal, "--json", out}).exitCode, 1);
    QVERIFY(QFile::exists(out));
    QFile::remove(out);
    QCOMPARE(aif({"solve", kMinimal, "--scenario", "scn-1", "--json", out}).exitCode, 1);
    QVERIFY(QFile::exists(out));
    QCOMPARE(aif({"solve", kMinimal, "--scenario", "nope"}).exitCode, 1);
    QCOMPARE(aif({"solve", AIF_TESTS_DATA "/bad/truncated.aifactory"}).exitCode, 1);

    // --units us: the report's temperatures in °F and heat in BTU/h; --units si the default.
    const Run us = aif({"solve", project, "--units", "us"});
    const Run si = aif({"solve", project});
    QVERIFY2(us.out.contains("°F") && us.out.contains("BTU/h") && !us.out.contains("°C"), us.out.constData());
    QVERIFY2(si.out.contains("°C") && !si.out.contains("°F"), si.out.constData());
}

void TestCli::throughputJson()
{
    // The architecture sketch's contract: one object with these keys.
    const Run r = aif({"throughput", "--gpu", "h100-sxm", "--gpus", "8", "--model", "llama-3.1-70b", "--precision", "fp8",
                       "--tp", "4", "--isl", "1024", "--osl", "256", "--mode", "server", "--ttft-ms", "2000", "--tpot-ms",
                       "100", "--simulate", "--requests", "500", "--json"});
    QCOMPARE(r.exitCode, 0);
    const Json j = Json::parse(r.out.constBegin(), r.out.constEnd(), nullptr, false);
    QVERIFY2(j.is_object(), r.out.left(300).constData());
    for (const char *key : {"tokens_per_s", "tokens_per_s_per_gpu", "ttft_ms", "tpot_ms", "batch", "bound", "power_w",
                            "tokens_per_joule"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(j["placement"]["tp"].get<int>(), 4);
    QVERIFY(j["tpot_ms"].get<double>() <= 100.0);
    QVERIFY(j.contains("simulated") && j["simulated"]["tpot_p99_ms"].get<double>() > 0.0);
    // Disaggregated, and the calibration report (exit 0 while every point is within its bound
    // or documented; the table itself is checked by tst_throughputcalibration).
    const Run pd = aif({"throughput", "--gpu", "h100-sxm", "--gpus", "16", "--model", "llama-3.1-70b", "--tp", "8",
                        "--pd", "8:8", "--json"});
    QCOMPARE(pd.exitCode, 0);
    QVERIFY(pd.out.contains("kv_transfer_ms"));
    const Run cal = aif({"throughput", "--calibration"});
    QVERIFY(cal.out.contains("mlperf40-8xh100-offline"));
}

void TestCli::throughputErrors()
{
    // Unknown ids name the catalog and list what exists; a model that cannot fit says why.
    const Run gpu = aif({"throughput", "--gpu", "h900", "--model", "llama-3.1-8b"});
    QCOMPARE(gpu.exitCode, 1);
    QVERIFY2(gpu.err.contains("unknown GPU 'h900'") && gpu.err.contains("h100-sxm"), gpu.err.constData());
    const Run model = aif({"throughput", "--gpu", "h100-sxm", "--model", "llama-9"});
    QCOMPARE(model.exitCode, 1);
    QVERIFY(model.err.contains("unknown model 'llama-9'"));
    const Run fit = aif({"throughput", "--gpu", "h100-sxm", "--gpus", "1", "--model", "llama-3.1-405b", "--tp", "1"});
    QCOMPARE(fit.exitCode, 1);
    QVERIFY2(fit.err.contains("weights need"), fit.err.constData());
    // --memory-fraction: the engine's own memory setting; more of it, more KV; out of range refused.
    auto kvGb = [&](const char *fraction) {
        QStringList a{"throughput", "--gpu", "h200-sxm", "--gpus", "1", "--model", "llama-3.1-70b", "--engine", "vllm", "--json"};
        if (fraction)
            a << "--memory-fraction" << fraction;
        const Run r = aif(a);
        const Json j = Json::parse(r.out.constBegin(), r.out.constEnd(), nullptr, false);
        return j.is_object() ? j["memory_per_gpu_gb"]["kv_cache"].get<double>() : -1.0;
    };
    const double standard = kvGb(nullptr);
    QVERIFY(standard > 0.0);
    QVERIFY(kvGb("0.95") > standard);
    QVERIFY(kvGb("0.7") < standard);
    const Run bad = aif({"throughput", "--gpu", "h200-sxm", "--model", "llama-3.1-70b", "--memory-fraction", "1.5"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--memory-fraction"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
