// `aif fabric` as a user runs it: the JSON contract of issue 18, exit codes, the BOM file.
#include "json.h"
#include "runprogram.h"

#include <QFile>
#include <cmath>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestCliFabric : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void superpodRow();
    void byRadix();
    void media();
    void scaleUp();
    void project();
    void usageErrors();
    void dci();
    void projectDci();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    Json json(const QStringList &args)
    {
        const ProgramRun r = aif(args);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.exitCode == 0 ? Json::parse(r.out.toStdString(), nullptr, false) : Json();
    }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
};

void TestCliFabric::initTestCase()
{
    QVERIFY(QFileInfo(AIF_BIN_DIR "/aif").isExecutable());
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
}

// H100 SuperPOD RA (RA-11333-001 V11) Table 4, 4 SU: 32 leaf, 16 spine, 1,020 and 1,024 cables.
void TestCliFabric::superpodRow()
{
    const Json j = json({"fabric", "--gpus", "1016", "--gpus-per-system", "8", "--nic-gbps", "400", "--switch",
                         "quantum-qm9700", "--rail-optimized", "--su-systems", "32", "--extra-leaf-ports", "4", "--json"});
    QVERIFY(j.is_object());
    QCOMPARE(j["leaf_switches"].get<long long>(), 32LL);
    QCOMPARE(j["spine_switches"].get<long long>(), 16LL);
    QCOMPARE(j["core_switches"].get<long long>(), 0LL);
    QCOMPARE(j["cables"]["node_leaf"].get<long long>(), 1020LL);
    QCOMPARE(j["cables"]["leaf_spine"].get<long long>(), 1024LL);
    QCOMPARE(j["cables"]["spine_core"].get<long long>(), 0LL);
    for (const char *key : {"transceivers", "switch_power_w", "optics_power_w", "capex_usd", "bisection_tbps", "max_endpoints"})
        QVERIFY2(j.contains(key), key);
    for (const Json &o : j["optics"])
        QVERIFY(o.contains("pj_per_bit"));
}

// B200 RA, 16 SU by radix: 128 leaf, 128 spine, 64 core; k^3/4 maximum for k = 64.
void TestCliFabric::byRadix()
{
    const Json j = json({"fabric", "--gpus", "4096", "--gpus-per-system", "8", "--nic-gbps", "400", "--radix", "64",
                         "--port-gbps", "400", "--tiers", "auto", "--oversubscription", "1:1", "--su-systems", "32",
                         "--full-su", "--json"});
    QVERIFY(j.is_object());
    QCOMPARE(j["leaf_switches"].get<long long>(), 128LL);
    QCOMPARE(j["spine_switches"].get<long long>(), 128LL);
    QCOMPARE(j["core_switches"].get<long long>(), 64LL);
    QCOMPARE(j["max_endpoints"].get<long long>(), 65536LL);
    // 64 x 800G Ethernet as 128 x 400G: two planes of the B300 RA's Table 3, 1 SU.
    const Json e = json({"fabric", "--gpus", "512", "--gpus-per-system", "8", "--nic-gbps", "800", "--planes", "2",
                         "--radix", "128", "--port-gbps", "400", "--su-systems", "64", "--json"});
    QCOMPARE(e["leaf_switches"].get<long long>(), 16LL);
    QCOMPARE(e["spine_switches"].get<long long>(), 8LL);
    QCOMPARE(e["cables"]["node_leaf"].get<long long>(), 512LL);
}

void TestCliFabric::media()
{
    const Json a = json({"fabric", "--media", "--lane-gbps", "100", "--length-m", "2", "--json"});
    QCOMPARE(a["medium"].get<std::string>(), std::string("dac"));
    const Json b = json({"fabric", "--media", "--lane-gbps", "200", "--length-m", "2", "--json"});
    QVERIFY(b["medium"].get<std::string>() != "dac");   // 224G copper reaches 1 m
    const Json c = json({"fabric", "--media", "--lane-gbps", "100", "--length-m", "1500", "--json"});
    QCOMPARE(c["medium"].get<std::string>(), std::string("fr"));
    for (const char *key : {"medium", "reach_m", "power_w", "source", "pj_per_bit", "price_usd"})
        QVERIFY2(c.contains(key), key);
    QCOMPARE(aif({"fabric", "--media", "--lane-gbps", "100", "--length-m", "1e7", "--json"}).exitCode, 1);
}

void TestCliFabric::scaleUp()
{
    const Json j = json({"fabric", "--scale-up", "gb200-nvl72", "--json"});
    QCOMPARE(j["switch_trays"].get<int>(), 9);
    QCOMPARE(j["switch_chips"].get<int>(), 18);
    QCOMPARE(j["bandwidth_tbytes_per_s_per_gpu"].get<double>(), 1.8);
    for (const char *key : {"aggregate_tbytes_per_s", "copper_cables", "optical_transceivers", "power_w"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(aif({"fabric", "--scale-up", "nope", "--json"}).exitCode, 1);
}

void TestCliFabric::project()
{
    const QString bom = m_tmp.filePath("bom.csv");
    const Json j = json({"fabric", AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory", "--json", "--bom", bom});
    QVERIFY(j.is_object());
    QCOMPARE(j["domains"].size(), size_t(1));
    QVERIFY(j["domains"][0]["cable_length_m"].get<double>() > 0);
    QFile f(bom);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.front(), QByteArray("part,kind,count,length_m,unit_power_w,unit_price_usd,source"));
    QVERIFY(lines.size() > 3);

    // --optics plans the same links with co-packaged optics: less optics power, the same
    // cable length; a technology that does not exist is a usage error naming the option.
    const Json cpo = json({"fabric", AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory", "--json",
                           "--optics", "cpo"});
    QVERIFY(cpo.is_object());
    QVERIFY(cpo["optics_power_w"].get<double>() < j["optics_power_w"].get<double>());
    QCOMPARE(cpo["domains"][0]["cable_length_m"].get<double>(), j["domains"][0]["cable_length_m"].get<double>());
    const ProgramRun bad = aif({"fabric", AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory", "--optics", "x"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--optics"));
}

void TestCliFabric::usageErrors()
{
    QCOMPARE(aif({"fabric", "--gpus", "64", "--json"}).exitCode, 1);   // no switch: says which options
    QCOMPARE(aif({"fabric", "--gpus", "x", "--switch", "quantum-qm9700"}).exitCode, 2);
    // Bad numbers are named with their value, not only a usage line.
    const ProgramRun negative = aif({"fabric", "--gpus", "-5", "--switch", "quantum-qm9700"});
    QCOMPARE(negative.exitCode, 2);
    QVERIFY2(negative.err.contains("--gpus") && negative.err.contains("-5"), negative.err.constData());
    const ProgramRun infinite = aif({"fabric", "--media", "--lane-gbps", "inf", "--length-m", "3"});
    QCOMPARE(infinite.exitCode, 2);
    QVERIFY2(infinite.err.contains("--lane-gbps"), infinite.err.constData());
    QCOMPARE(aif({"fabric", "--gpus", "64", "--switch", "quantum-qm9700", "--tiers", "4"}).exitCode, 2);
    QCOMPARE(aif({"fabric", "--gpus", "64", "--switch", "quantum-qm9700", "--bogus"}).exitCode, 2);
    QCOMPARE(aif({"fabric", "--gpus", "64", "--switch", "no-such"}).exitCode, 1);
    QCOMPARE(aif({"fabric", "--gpus", "100000", "--switch", "quantum-qm9700", "--tiers", "2"}).exitCode, 1);
}

// `aif fabric --dci`: the keys of a scale-across link, ZR at 80 km, 8 × 400G for 3.2 Tb/s, the
// ring all-reduce between 2 sites (2(n-1)/n · bytes / bandwidth + 2(n-1) latencies), bad values named.
void TestCliFabric::dci()
{
    const Json j = json({"fabric", "--dci", "--distance-km", "80", "--bandwidth-tbps", "3.2", "--lambda-gbps", "400",
                         "--gradient-gb", "100", "--json"});
    QVERIFY(j.is_object());
    for (const char *key : {"medium", "reach_km", "wavelengths", "transceivers", "fibre_pairs", "amplifiers", "power_w",
                            "capex_usd", "opex_usd_per_year", "latency_ms", "allreduce_seconds", "pj_per_bit", "source"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(QString::fromStdString(j["medium"].get<std::string>()), QStringLiteral("zr"));
    QCOMPARE(j["wavelengths"].get<int>(), 8);
    QCOMPARE(j["transceivers"].get<int>(), 16);
    QVERIFY(j["pj_per_bit"].get<double>() > 0);
    const double latencyS = j["latency_ms"].get<double>() / 1000.0;
    QVERIFY(qAbs(latencyS - 80 * 4.897e-6) < 2e-5);
    QVERIFY(qAbs(j["allreduce_seconds"].get<double>() - (100e9 * 8 / 3.2e12 + 2 * latencyS)) < 1e-9);
    const Json far = json({"fabric", "--dci", "--distance-km", "500", "--bandwidth-tbps", "3.2", "--json"});
    QCOMPARE(QString::fromStdString(far["medium"].get<std::string>()), QStringLiteral("zrplus"));
    QVERIFY(far["amplifiers"].get<int>() > 0);
    const Json leased = json({"fabric", "--dci", "--distance-km", "500", "--bandwidth-tbps", "3.2", "--option", "leased",
                              "--json"});
    QVERIFY(leased["opex_usd_per_year"].get<double>() > 0);
    QVERIFY(aif({"fabric", "--dci", "--distance-km", "2", "--bandwidth-tbps", "3.2"}).out.contains("pJ/bit"));

    const ProgramRun badDistance = aif({"fabric", "--dci", "--distance-km", "-3", "--bandwidth-tbps", "3.2"});
    QCOMPARE(badDistance.exitCode, 2);
    QVERIFY2(badDistance.err.contains("--distance-km") && badDistance.err.contains("-3"), badDistance.err.constData());
    const ProgramRun badOption = aif({"fabric", "--dci", "--distance-km", "5", "--bandwidth-tbps", "1", "--option", "zz"});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY2(badOption.err.contains("--option") && badOption.err.contains("zz"), badOption.err.constData());
    // Huge values are refused with the option named, never counted into overflow.
    const ProgramRun far2 = aif({"fabric", "--dci", "--distance-km", "1e300", "--bandwidth-tbps", "3.2"});
    QCOMPARE(far2.exitCode, 2);
    QVERIFY2(far2.err.contains("--distance-km"), far2.err.constData());
    const ProgramRun wide = aif({"fabric", "--dci", "--distance-km", "80", "--bandwidth-tbps", "1e9"});
    QCOMPARE(wide.exitCode, 2);
    QVERIFY2(wide.err.contains("--bandwidth-tbps"), wide.err.constData());
    const ProgramRun missing = aif({"fabric", "--dci", "--bandwidth-tbps", "1"});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("--distance-km"), missing.err.constData());
    QCOMPARE(aif({"fabric", "--dci", "--distance-km", "500", "--bandwidth-tbps", "1", "--option", "zr"}).exitCode, 1);
}

// A campus whose deployments span halls: `dci` per domain pair beside the existing keys, the
// ratio as an option, bad values refused with exit 2.
void TestCliFabric::projectDci()
{
    const QString campus = AIF_SOURCE_DIR "/projects/reference-100mw-campus.aifactory";
    const Json j = json({"fabric", campus, "--json"});
    QVERIFY(j.is_object());
    QCOMPARE(int(j["domains"].size()), 10);
    QCOMPARE(int(j["dci"]["links"].size()), 20);
    const Json &l = j["dci"]["links"][0];
    for (const char *key : {"domains", "halls", "route_m", "per_gpu_gbps", "bandwidth_gbps", "transceivers",
                            "fibre_pairs", "power_w", "capex_usd", "latency_us"})
        QVERIFY2(l.contains(key), key);
    QVERIFY(l["capacity_gbps"].get<double>() >= l["bandwidth_gbps"].get<double>());
    const Json open = json({"fabric", campus, "--json", "--dci-oversubscription", "1"});
    QVERIFY(std::abs(open["dci"]["links"][0]["per_gpu_gbps"].get<double>() - 7 * l["per_gpu_gbps"].get<double>()) < 1e-9);
    QVERIFY(open["dci"]["power_w"].get<double>() > j["dci"]["power_w"].get<double>());
    const ProgramRun text = aif({"fabric", campus});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("scale-across fabric-H01-1 - fabric-H02-1"));
    QCOMPARE(aif({"fabric", campus, "--dci-oversubscription", "0.5"}).exitCode, 2);
    QCOMPARE(aif({"fabric", campus, "--dci-option", "carrier-pigeon"}).exitCode, 2);
    // One domain, no spanning deployment: an empty list.
    const Json one = json({"fabric", AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory", "--json"});
    QVERIFY(one["dci"]["links"].empty());
}

QTEST_GUILESS_MAIN(TestCliFabric)
#include "tst_clifabric.moc"
