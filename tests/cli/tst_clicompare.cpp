// `aif compare` (issue 20): several files and scenarios side by side, normalised, with input
// differences and failure-aware verdicts; the JSON keys docs/cli.md documents.
#include "json.h"
#include "runprogram.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenariosText();
    void threeSidesJson();
    void namedScenario();
    void usage();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
};

namespace {


} // namespace

void TestCliCompare::initTestCase()
{
    QVERIFY(QFileInfo(AIF_BIN_DIR "/aif").isExecutable());
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
}

void TestCliCompare::scenariosText()
{
    const ProgramRun r = aif({"compare", sampleProject("reference-1mw-h100-air"), "--scenarios"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains("[failure]"));
    QVERIFY(out.contains("[what-if]"));
    QVERIFY(out.contains("ups-A.failed: false → true"));
    QVERIFY(out.contains("economics.tariffUsdPerKwh: 0.08 → 0.12"));
    // Each failure scenario is a degraded case of the base design, never "better on".
    for (const QString &line : out.split('\n')) {
        if (line.contains("degraded case of"))
            QVERIFY2(!line.contains("better"), qPrintable(line));
    }
    QCOMPARE(out.count("degraded case of reference-1mw-h100-air.aifactory"), 2);
}

void TestCliCompare::threeSidesJson()
{
    const ProgramRun r = aif({"compare", sampleProject("reference-1mw-h100-air"),
                              sampleProject("reference-10mw-gb200-liquid"),
                              sampleProject("reference-10mw-gb200-liquid") + "#scn-cdu-failed", "--json",
                              "--normalise", "mw"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = Json::parse(r.out.toStdString());
    QCOMPARE(j["normalisation"].get<std::string>(), std::string("mw"));
    QVERIFY(j["sizes_differ"].get<bool>());
    QCOMPARE(j["sides"].size(), size_t(3));
    const Json &failed = j["sides"][2];
    QCOMPARE(failed["kind"].get<std::string>(), std::string("failure"));
    QCOMPARE(failed["verdict"]["base"].get<int>(), 1);
    QCOMPARE(failed["verdict"]["better"].get<int>(), 0);
    QVERIFY(failed["differences"].dump().find("cdu-1.failed: false → true") != std::string::npos);
    const Json &big = j["sides"][1];
    QCOMPARE(big["verdict"]["basis"].get<std::string>(), std::string("mw"));
    QVERIFY(big["verdict"]["text"].get<std::string>().find("per MW of IT") != std::string::npos);
    // The figures the JSON gives equal `aif solve --json` for the same file.
    const ProgramRun solve = aif({"solve", sampleProject("reference-10mw-gb200-liquid"), "--json", "-"});
    QCOMPARE(solve.exitCode, 0);
    const Json s = Json::parse(solve.out.toStdString());
    const double it = s["twin"]["coupled"]["it_kw"].get<double>() / 1e3;
    QCOMPARE(big["bases"]["it_mw"].get<double>(), it);
    QCOMPARE(big["values"]["facility"]["total"].get<double>(),
             s["twin"]["coupled"]["facility_kw"].get<double>() / 1e3);
    const double perMw = big["values"]["facility"]["mw"].get<double>(); // kW per MW IT
    QVERIFY(std::abs(perMw - s["twin"]["coupled"]["facility_kw"].get<double>() / it) < 1e-6);
    for (const Json &f : j["figures"]) {
        for (const char *key : {"key", "label", "better", "intensive", "units"})
            QVERIFY2(f.contains(key), key);
    }
}

void TestCliCompare::namedScenario()
{
    const ProgramRun r = aif({"compare", sampleProject("reference-10mw-gb200-liquid"), "--scenario",
                              "Utility A lost", "--scenario", "scn-tariff-010", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = Json::parse(r.out.toStdString());
    QCOMPARE(j["sides"].size(), size_t(3));
    QCOMPARE(j["sides"][1]["kind"].get<std::string>(), std::string("failure"));
    QCOMPARE(j["sides"][2]["kind"].get<std::string>(), std::string("what-if"));
    const ProgramRun missing
        = aif({"compare", sampleProject("reference-10mw-gb200-liquid"), "--scenario", "nope"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no scenario 'nope'"));
}

void TestCliCompare::usage()
{
    QCOMPARE(aif({"compare", sampleProject("reference-1mw-h100-air")}).exitCode, 2);
    QCOMPARE(aif({"compare", sampleProject("reference-1mw-h100-air"), sampleProject("reference-1mw-h100-air"),
                  "--normalise", "rack"})
                 .exitCode,
             2);
    QCOMPARE(aif({"compare", sampleProject("reference-1mw-h100-air"), "--bogus", "x"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
