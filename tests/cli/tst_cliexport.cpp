// `aif export` (issue 20 "Exports"): the CSV tables of the 10 MW sample have their documented
// columns, one row per rack / power node / deployment, the numbers of `aif solve --json`, RFC 4180
// quoting and US-unit headers; --json is the solve document byte for byte.
#include "json.h"
#include "runprogram.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

namespace {

QString sample()
{
    return QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in
// CRLF. Fails the test (empty result) on a bare LF, which the writer never emits.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field, field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row << field, field.clear();
            rows << row, row.clear();
            ++i;
        } else if (c == '\n') {
            return {};
        } else {
            field += c;
        }
    }
    return rows;
}

int column(const QStringList &header, const QString &name)
{
    return int(header.indexOf(name));
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columns_data();
    void columns();
    void valuesEqualSolveJson();
    void quoting();
    void usUnits();
    void allAndJson();
    void usage();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QList<QStringList> exportTable(const QString &table, const QString &file = sample(), const QString &units = "si");
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    Json m_project;
    Json m_solve;
};

void TestCliExport::initTestCase()
{
    QVERIFY(QFileInfo(AIF_BIN_DIR "/aif").isExecutable());
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
    m_project = Json::parse(readAll(sample()).toStdString());
    const ProgramRun s = aif({"solve", sample(), "--json", "-"});
    QCOMPARE(s.exitCode, 0);
    m_solve = Json::parse(s.out.toStdString());
}

QList<QStringList> TestCliExport::exportTable(const QString &table, const QString &file, const QString &units)
{
    const QString out = m_tmp.filePath(table + "-" + units + ".csv");
    const ProgramRun r = aif({"export", file, "--csv", table, "--units", units, "--out", out});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return r.exitCode == 0 ? parseCsv(readAll(out)) : QList<QStringList>();
}

void TestCliExport::columns_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("required");   // columns docs/cli.md promises
    QTest::addColumn<int>("rows");               // -1: any
    QTest::newRow("racks") << "racks"
                           << QStringList {"id", "hall", "row", "x_m", "y_m", "system", "gpu_model", "gpus",
                                           "design_power_kw", "cooling_type", "feed_a", "feed_b", "it_kw"}
                           << int(m_project["racks"].size());
    QTest::newRow("power") << "power"
                           << QStringList {"id", "kind", "model", "parent", "rating_kw", "load_kw", "losses_kw",
                                           "utilization"}
                           << int(m_project["powerNodes"].size());
    QTest::newRow("deployments") << "deployments"
                                 << QStringList {"id", "model", "gpus", "tp", "pp", "ep", "tokens_per_s",
                                                 "ttft_p99_ms", "tpot_ms", "tokens_per_joule", "usd_per_mtok"}
                                 << int(m_project["deployments"].size());
    QTest::newRow("rack-results") << "rack-results"
                                  << QStringList {"id", "inlet_c", "outlet_c", "gpu_junction_c", "it_kw",
                                                  "heat_to_air_kw", "heat_to_liquid_kw", "ashrae_allowable_margin_k"}
                                  << int(m_project["racks"].size());
    QTest::newRow("bom") << "bom"
                         << QStringList {"category", "part", "kind", "count", "length_m", "unit_power_w",
                                         "unit_price_usd", "total_price_usd", "source"}
                         << -1;
}

void TestCliExport::columns()
{
    QFETCH(QString, table);
    QFETCH(QStringList, required);
    QFETCH(int, rows);
    const QList<QStringList> csv = exportTable(table);
    QVERIFY(!csv.isEmpty());
    for (const QString &c : required)
        QVERIFY2(csv.first().contains(c), qPrintable(table + " lacks " + c));
    for (const QStringList &row : csv)
        QCOMPARE(row.size(), csv.first().size());
    if (rows >= 0)
        QCOMPARE(csv.size() - 1, rows);
    else
        QVERIFY(csv.size() > 10);
}

void TestCliExport::valuesEqualSolveJson()
{
    // Rack inlets, the power chain's loads and a deployment's tokens/s are the solve's numbers,
    // text for text (the CSV writes the JSON's own shortest round-trip form).
    const QList<QStringList> results = exportTable("rack-results");
    const int inlet = column(results.first(), "inlet_c");
    const Json &racks = m_solve["thermal"]["racks"];
    QCOMPARE(results.size() - 1, int(racks.size()));
    for (size_t i = 0; i < racks.size(); ++i) {
        QCOMPARE(results[int(i) + 1].first(), QString::fromStdString(racks[i]["id"].get<std::string>()));
        QCOMPARE(results[int(i) + 1][inlet].toDouble(), racks[i]["inlet_c"].get<double>());
    }
    const QList<QStringList> power = exportTable("power");
    const int load = column(power.first(), "load_kw");
    const Json &feeds = m_solve["power"]["feeds"];
    for (const QStringList &row : power.mid(1)) {
        const auto it = std::find_if(feeds.begin(), feeds.end(), [&](const Json &f) { return f["id"] == row[0].toStdString(); });
        QVERIFY2(it != feeds.end(), qPrintable(row[0]));
        QCOMPARE(row[load], QString::fromStdString((*it)["load_kw"].dump()));
    }
    const QList<QStringList> deployments = exportTable("deployments");
    const int tps = column(deployments.first(), "tokens_per_s");
    QCOMPARE(deployments[1][tps].toDouble(), m_solve["throughput"]["deployments"][0]["tokens_per_s"].get<double>());
}

void TestCliExport::quoting()
{
    // A rack named with a comma, quotes and a line break survives the round trip.
    Json project = m_project;
    const std::string name = "A01, \"north\" end\nrow A";
    project["racks"][2]["name"] = name;
    const QString file = m_tmp.filePath("comma.aifactory");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(project.dump(2)));
    f.close();
    const QList<QStringList> racks = exportTable("racks", file);
    QVERIFY(!racks.isEmpty());
    QCOMPARE(racks[3][column(racks.first(), "name")], QString::fromStdString(name));
    QCOMPARE(racks[3].size(), racks.first().size());
    QVERIFY(readAll(m_tmp.filePath("racks-si.csv")).contains("\"A01, \"\"north\"\" end\nrow A\""));
}

void TestCliExport::usUnits()
{
    const QList<QStringList> us = exportTable("rack-results", sample(), "us");
    QVERIFY(!us.isEmpty());
    const QStringList &h = us.first();
    QVERIFY(h.contains("inlet_f") && h.contains("heat_to_air_btu_per_h") && h.contains("airflow_cfm"));
    QVERIFY(!h.contains("inlet_c"));
    const double c = m_solve["thermal"]["racks"][0]["inlet_c"].get<double>();
    QVERIFY(qAbs(us[1][column(h, "inlet_f")].toDouble() - (c * 1.8 + 32.0)) < 1e-9);
}

void TestCliExport::allAndJson()
{
    const QString folder = m_tmp.filePath("all");
    QCOMPARE(aif({"export", sample(), "--csv", "all", "--out", folder}).exitCode, 0);
    for (const char *name : {"racks", "power", "deployments", "bom", "rack-results"})
        QVERIFY2(QFileInfo(folder + "/" + name + ".csv").size() > 0, name);
    // The full result: exactly what `aif solve --json` writes, for a scenario too.
    const QString json = m_tmp.filePath("result.json"), solved = m_tmp.filePath("solved.json");
    QCOMPARE(aif({"export", sample(), "--scenario", "scn-cdu-failed", "--json", "--out", json}).exitCode, 0);
    aif({"solve", sample(), "--scenario", "scn-cdu-failed", "--json", solved});
    QCOMPARE(readAll(json), readAll(solved));
}

void TestCliExport::usage()
{
    QCOMPARE(aif({"export", sample(), "--csv", "racks"}).exitCode, 2);                       // no --out
    QCOMPARE(aif({"export", sample(), "--csv", "nope", "--out", "x.csv"}).exitCode, 2);
    QCOMPARE(aif({"export", sample(), "--csv", "racks", "--json", "--out", "x"}).exitCode, 2);
    QCOMPARE(aif({"export", sample(), "--csv", "racks", "--units", "metric", "--out", "x"}).exitCode, 2);
    QCOMPARE(aif({"export", m_tmp.filePath("missing.aifactory"), "--json", "--out", "x"}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
