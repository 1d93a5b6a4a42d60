// `aif whatif` (issue 22, docs/whatif.md): the JSON contract, --kinds filters, the text table is
// ordered by severity, findings exit 0, and a bad --kinds or a missing --n-1 is a usage error;
// --time-to-limit and --ride-through print their figures, with assumed defaults named.
#include "json.h"
#include "runprogram.h"

#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestCliWhatif : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonContract();
    void kindsFilter();
    void textTable();
    void usageErrors();
    void timeToLimit();
    void rideThrough();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
};

namespace {

QString sample()
{
    return QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
}

} // namespace

void TestCliWhatif::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
}

void TestCliWhatif::jsonContract()
{
    const ProgramRun r = aif({"whatif", sample(), "--n-1", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = Json::parse(r.out.toStdString());
    QVERIFY(j["base"]["max_inlet_c"].is_number());
    QVERIFY(j["base"]["tokens_per_s"].get<double>() > 0.0);
    // Default kinds: cooling and power (the sample's 10 CRAHs, its chiller bank, 22 power nodes
    // and one module of each 5+1 UPS).
    QCOMPARE(j["cases"].size(), size_t(35));
    for (const Json &c : j["cases"]) {
        for (const char *key : {"unit", "kind", "name", "max_inlet_c", "ashrae_allowable_violations",
                                "ashrae_recommended_violations", "throttled_gpus", "lost_tokens_per_s",
                                "lost_power_capacity_w", "breaks_ashrae"})
            QVERIFY2(c.contains(key), key);
        // 2N power: losing a utility feed takes the redundancy of every rack it fed.
        if (c["unit"] == "utility-A")
            QVERIFY(c["lost_power_capacity_w"].get<double>() > 0.0);
        // Cooling cases say their time to limit (null: the remaining units hold); others do not.
        const std::string kind = c["kind"];
        QCOMPARE(c.contains("time_to_limit_min"), kind == "airUnit" || kind == "heatRejection");
        if (c.contains("time_to_limit_min"))
            QVERIFY(c["time_to_limit_min"].is_null());   // N+1: every single cooling loss holds
    }
}

void TestCliWhatif::kindsFilter()
{
    const ProgramRun r = aif({"whatif", sample(), "--n-1", "--kinds", "network", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = Json::parse(r.out.toStdString());
    // 24 switches and 288 link groups.
    QCOMPARE(j["cases"].size(), size_t(24 + 288));
    for (const Json &c : j["cases"])
        QVERIFY(c["kind"] == "switch" || c["kind"] == "link");
    const ProgramRun cooling = aif({"whatif", sample(), "--n-1", "--kinds", "cooling", "--json", "--threads", "1"});
    QCOMPARE(Json::parse(cooling.out.toStdString())["cases"].size(), size_t(11));
}

void TestCliWhatif::textTable()
{
    const ProgramRun r = aif({"whatif", sample(), "--n-1", "--kinds", "power,cooling"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains("breaks ASHRAE"));
    QVERIFY(out.contains("time to limit"));
    QVERIFY(out.contains("holds"));
    // Nothing breaks allowable in the sample; power losses (lost capacity) come before the CRAHs.
    QVERIFY(out.indexOf("utility-A") < out.indexOf("crah-1"));
}

void TestCliWhatif::usageErrors()
{
    const ProgramRun bad = aif({"whatif", sample(), "--n-1", "--kinds", "cooling,plumbing"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("plumbing"));
    QCOMPARE(aif({"whatif", sample()}).exitCode, 2);
    QCOMPARE(aif({"whatif", sample(), "--n-1", "--bogus"}).exitCode, 2);
    QCOMPARE(aif({"whatif", sample(), "--n-1", "--ride-through"}).exitCode, 2);
    QCOMPARE(aif({"whatif", sample(), "--n-1", "--unit", "crah-1"}).exitCode, 2);
}

void TestCliWhatif::timeToLimit()
{
    const ProgramRun r = aif({"whatif", sample(), "--time-to-limit", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = Json::parse(r.out.toStdString());
    QCOMPARE(j["cases"].size(), size_t(11));
    for (const Json &c : j["cases"])
        QVERIFY(c["holds"].get<bool>() && c["time_to_limit_min"].is_null());
    const ProgramRun one = aif({"whatif", sample(), "--time-to-limit", "--unit", "crah-1"});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    QVERIFY(one.out.contains("crah-1") && one.out.contains("holds") && !one.out.contains("crah-2"));
    const ProgramRun missing = aif({"whatif", sample(), "--time-to-limit", "--unit", "pdu-A1"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("pdu-A1"));
}

void TestCliWhatif::rideThrough()
{
    const ProgramRun r = aif({"whatif", sample(), "--ride-through", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = Json::parse(r.out.toStdString());
    QCOMPARE(j["ups"].size(), size_t(2));
    for (const Json &u : j["ups"]) {
        QVERIFY(u["autonomy_assumed"].get<bool>());
        QVERIFY(u["runtime_s"].get<double>() > 0.0);
        QVERIFY(u["margin_s"].is_null() && !u["covered"].get<bool>());   // the sample has no generator
    }
    const ProgramRun text = aif({"whatif", sample(), "--ride-through"});
    QVERIFY(text.out.contains("assumed") && text.out.contains("no generator"));
}

QTEST_GUILESS_MAIN(TestCliWhatif)
#include "tst_cliwhatif.moc"
