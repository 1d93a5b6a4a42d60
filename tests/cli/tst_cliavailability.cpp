// `aif availability` (issue 22, docs/availability.md): the JSON contract on the 1 MW sample, the
// same section in `aif solve --json`, a higher spares target never gives fewer spares, the
// TCO failure line equals the availability's lost dollars, and a bad target is a usage error.
#include "json.h"
#include "runprogram.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace aif;

class TestCliAvailability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonContract();
    void sparesTarget();
    void textAndUsage();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    Json m_default;
};

namespace {

QString sample()
{
    return QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
}

} // namespace

void TestCliAvailability::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
    const ProgramRun r = aif({"availability", sample(), "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_default = Json::parse(r.out.toStdString());
}

void TestCliAvailability::jsonContract()
{
    const Json &j = m_default;
    QVERIFY(j["gpus"].get<int>() > 0);
    QVERIFY(j["failures_per_day"].get<double>() > 0.0);
    QVERIFY(j["share_gpus_down"].get<double>() > 0.0 && j["share_gpus_down"].get<double>() < 0.05);
    QVERIFY(j["classes"].size() >= 5);
    for (const Json &c : j["classes"])
        for (const char *key :
             {"id", "class", "units", "mtbf_hours", "mttr_hours", "failures_per_day", "gpus_down",
              "spares", "spares_confidence", "source", "assumption"})
            QVERIFY2(c.contains(key), key);
    QVERIFY(j["inference"].size() >= 1);
    QVERIFY(j["lost_tokens_per_year"].get<double>() > 0.0);
    QVERIFY(j["lost_usd_per_year"].get<double>() > 0.0);
    // The same section in aif solve --json, and the TCO's failure line prices the same losses.
    const QString out = m_tmp.filePath("solve.json");
    const ProgramRun s = aif({"solve", sample(), "--json", out});
    QVERIFY2(s.exitCode == 0, s.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Json solve = Json::parse(f.readAll().toStdString());
    QVERIFY(solve.contains("availability"));
    QCOMPARE(solve["availability"]["failures_per_day"].get<double>(),
             j["failures_per_day"].get<double>());
    QVERIFY(std::abs(solve["tco"]["failures"]["lost_usd_per_year"].get<double>()
                     - j["lost_usd_per_year"].get<double>())
            <= 1.0);
}

void TestCliAvailability::sparesTarget()
{
    const ProgramRun r = aif({"availability", sample(), "--json", "--spares-target", "0.9999"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = Json::parse(r.out.toStdString());
    QCOMPARE(j["classes"].size(), m_default["classes"].size());
    bool more = false;
    for (size_t i = 0; i < j["classes"].size(); ++i) {
        const int hi = j["classes"][i]["spares"].get<int>(),
                  lo = m_default["classes"][i]["spares"].get<int>();
        QVERIFY(hi >= lo);
        more = more || hi > lo;
    }
    QVERIFY(more);
}

void TestCliAvailability::textAndUsage()
{
    const ProgramRun r = aif({"availability", sample()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("failures/day"));
    QVERIFY(r.out.contains("lost per year"));
    QCOMPARE(aif({"availability", sample(), "--spares-target", "2"}).exitCode, 2);
    QCOMPARE(aif({"availability"}).exitCode, 2);
    QCOMPARE(aif({"availability", sample(), "--bogus"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliAvailability)
#include "tst_cliavailability.moc"
