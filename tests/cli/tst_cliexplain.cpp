// `aif explain` (issue 19): each figure the issue lists, on an air and a liquid sample, has the
// value `aif solve --json` gives for the same file, a unit, a definition and sourced inputs; an
// unknown pointer exits 1 naming it, a missing one exits 2.
#include "json.h"
#include "runprogram.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestCliExplain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFigure_data();
    void everyFigure();
    void text();
    void list();
    void unknownPointer();
    void usage();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
};

namespace {


// The figures issue 19 lists, with the pointers of both meanings where a figure has two.
QStringList listedFigures(const Json &solve)
{
    QStringList p {"/power/pue",
                   "/twin/coupled/pue",
                   "/annual/annual_pue",
                   "/power/it_kw",
                   "/twin/coupled/it_kw",
                   "/power/facility_kw",
                   "/twin/coupled/facility_kw",
                   "/thermal/max_inlet_c",
                   "/thermal/rci_hi",
                   "/thermal/rci_lo",
                   "/thermal/rti",
                   "/twin/coupled/max_junction_c",
                   "/throughput/tokens_per_s",
                   "/twin/coupled/tokens_per_s",
                   "/throughput/tokens_per_joule",
                   "/throughput/tokens_per_joule_facility",
                   "/twin/coupled/tokens_per_joule_facility",
                   "/tco/usd_per_million_tokens",
                   "/tco/capex_usd",
                   "/annual/annual_energy_mwh",
                   "/annual/water_m3",
                   "/annual/wue_l_per_kwh"};
    const Json &deployments = solve["throughput"]["deployments"];
    for (size_t i = 0; i < deployments.size(); ++i) {
        for (const char *key : {"ttft_ms", "tpot_ms"})
            if (deployments[i].contains(key))
                p << QStringLiteral("/throughput/deployments/%1/%2").arg(i).arg(key);
        if (deployments[i].contains("simulated"))
            p << QStringLiteral("/throughput/deployments/%1/simulated/ttft_p99_ms").arg(i)
              << QStringLiteral("/throughput/deployments/%1/simulated/tpot_p50_ms").arg(i);
    }
    return p;
}

} // namespace

void TestCliExplain::initTestCase()
{
    QVERIFY(QFileInfo(AIF_BIN_DIR "/aif").isExecutable());
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
}

void TestCliExplain::everyFigure_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("air 1 MW") << sampleProject("reference-1mw-h100-air");
    QTest::newRow("liquid 10 MW") << sampleProject("reference-10mw-gb200-liquid");
}

void TestCliExplain::everyFigure()
{
    QFETCH(QString, file);
    const QString out = m_tmp.filePath(QFileInfo(file).baseName() + ".json");
    QCOMPARE(aif({"solve", file, "--json", out}).exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Json solve = Json::parse(f.readAll().toStdString());
    const QStringList pointers = listedFigures(solve);
    QVERIFY(pointers.size() >= 26);

    // Every pointer in one run: an array in the order asked.
    const ProgramRun run = aif(QStringList {"explain", file} + pointers + QStringList {"--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Json all = Json::parse(run.out.toStdString());
    QCOMPARE(int(all.size()), int(pointers.size()));
    for (int i = 0; i < pointers.size(); ++i) {
        const Json &e = all[size_t(i)];
        const QByteArray p = pointers[i].toUtf8();
        QCOMPARE(QString::fromStdString(e["pointer"].get<std::string>()), pointers[i]);
        QCOMPARE(e["value"].get<double>(),
                 solve.at(Json::json_pointer(p.toStdString())).get<double>());
        QVERIFY2(!e["unit"].get<std::string>().empty(), p);
        QVERIFY2(!e["definition"].get<std::string>().empty(), p);
        QVERIFY2(!e["formula"].get<std::string>().empty(), p);
        QVERIFY2(!e["inputs"].empty(), p);
        for (const Json &in : e["inputs"]) {
            for (const char *key : {"name", "value", "unit", "source"})
                QVERIFY2(in.contains(key), p + " " + key);
            QVERIFY2(!in["source"].get<std::string>().empty(), p);
        }
        if (e.contains(
                "recomputed")) // the inputs add up to the value (tst_explain checks which must)
            QVERIFY2(std::abs(e["recomputed"].get<double>() - e["value"].get<double>())
                         <= std::max(0.005 * std::abs(e["value"].get<double>()), 1e-9),
                     p);
    }
}

void TestCliExplain::text()
{
    const ProgramRun one = aif({"explain", sampleProject("reference-1mw-h100-air"), "/power/pue"});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains("PUE (design point)"));
    QVERIFY(one.out.contains("Formula: PUE = facility power / IT power"));
    QVERIFY(one.out.contains("/power/facility_kw"));
    QVERIFY(one.out.contains("The Green Grid WP#49"));
    const ProgramRun json
        = aif({"explain", sampleProject("reference-1mw-h100-air"), "/thermal/rci_hi", "--json"});
    QCOMPARE(json.exitCode, 0);
    const Json j = Json::parse(json.out.toStdString());
    QVERIFY(j.is_object()); // one pointer: the object, not an array
    QVERIFY(j["reference"].get<std::string>().find("Herrlin 2005") != std::string::npos);
    QVERIFY(j["inputs"].dump().find("ASHRAE TC 9.9")
            != std::string::npos); // the class limits, cited
}

void TestCliExplain::list()
{
    const ProgramRun run = aif({"explain", sampleProject("reference-1mw-h100-air"), "--list", "--json"});
    QCOMPARE(run.exitCode, 0);
    const Json list = Json::parse(run.out.toStdString());
    QVERIFY(list.size() > 30);
    QCOMPARE(list[0].get<std::string>(), std::string("/power/pue"));
}

void TestCliExplain::unknownPointer()
{
    const ProgramRun run
        = aif({"explain", sampleProject("reference-1mw-h100-air"), "/power/pue", "/power/bogus_kw"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("/power/bogus_kw: not an explained figure"));
    QVERIFY(run.err.contains("/twin/coupled/pue")); // lists what is explained
    const ProgramRun missing
        = aif({"explain", sampleProject("reference-1mw-h100-air"), "/throughput/deployments/7/ttft_ms"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("/throughput/deployments/7/ttft_ms: not in this solve result"));
    const ProgramRun noFile = aif({"explain", m_tmp.filePath("nothing.aifactory"), "/power/pue"});
    QCOMPARE(noFile.exitCode, 1);
}

void TestCliExplain::usage()
{
    QCOMPARE(aif({"explain"}).exitCode, 2);
    QCOMPARE(aif({"explain", sampleProject("reference-1mw-h100-air")}).exitCode, 2);
    QCOMPARE(aif({"explain", sampleProject("reference-1mw-h100-air"), "/power/pue", "--bogus"}).exitCode,
             2);
    QCOMPARE(
        aif({"explain", sampleProject("reference-1mw-h100-air"), "/power/pue", "--scenario"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cliexplain.moc"
