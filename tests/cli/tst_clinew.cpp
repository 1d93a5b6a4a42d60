// `aif new`: templates listed and built, a design from the wizard's questions, usage errors
// (exit 2, naming the option) and requests that cannot be built (exit 1, saying why).
#include "json.h"
#include "runprogram.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestCliNew : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void everyTemplateValidates();
    void fromQuestions();
    void usageErrors_data();
    void usageErrors();
    void cannotBuild_data();
    void cannotBuild();
    void buildsWithinRange_data();
    void buildsWithinRange();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
};

void TestCliNew::initTestCase()
{
    QVERIFY(QFileInfo(AIF_BIN_DIR "/aif").isExecutable());
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
}

void TestCliNew::list()
{
    const ProgramRun text = aif({"new", "--list"});
    QCOMPARE(text.exitCode, 0);
    const ProgramRun json = aif({"new", "--list", "--json"});
    QCOMPARE(json.exitCode, 0);
    const Json list = Json::parse(json.out.toStdString());
    QVERIFY(list.size() >= 5);
    QStringList ids;
    for (const Json &t : list) {
        ids << QString::fromStdString(t["id"].get<std::string>());
        QVERIFY(!t["description"].get<std::string>().empty());
        QVERIFY(text.out.contains(QByteArray::fromStdString(t["id"].get<std::string>())));
    }
    for (const char *required : {"first-ai-factory", "air-1mw-h100", "liquid-10mw-gb200", "campus-100mw", "cloudmatrix-384"})
        QVERIFY2(ids.contains(QLatin1String(required)), required);
}

void TestCliNew::everyTemplateValidates()
{
    const Json list = Json::parse(aif({"new", "--list", "--json"}).out.toStdString());
    for (const Json &t : list) {
        const QString id = QString::fromStdString(t["id"].get<std::string>());
        const QString out = m_tmp.filePath(id + ".aifactory");
        const ProgramRun made = aif({"new", "--template", id, "--out", out, "--json"});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(Json::parse(made.out.toStdString())["summary"]["racks"].get<int>() > 0);
        const ProgramRun valid = aif({"validate", out});
        QVERIFY2(valid.exitCode == 0, valid.err.constData());
        QVERIFY2(valid.out.contains("0 warnings") || !valid.err.contains("error"), valid.err.constData());
    }
}

void TestCliNew::fromQuestions()
{
    const QString out = m_tmp.filePath("asked.aifactory");
    const ProgramRun r = aif({"new", "--it-mw", "2", "--system", "gb200-nvl72", "--cooling", "liquid", "--power",
                              "hvdc800", "--redundancy", "n+1", "--climate", "stockholm-se", "--halls", "2", "--out", out,
                              "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(Json::parse(r.out.toStdString())["summary"]["halls"].get<int>(), 2);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Json doc = Json::parse(f.readAll().toStdString());
    QCOMPARE(doc["sites"][0]["climate"].get<std::string>(), std::string("stockholm-se"));
    QCOMPARE(doc["halls"].size(), size_t(2));
    const ProgramRun solved = aif({"solve", out, "--json", "-"});
    QVERIFY2(solved.exitCode == 0, solved.err.constData());
    QVERIFY(Json::parse(solved.out.toStdString())["throughput"]["tokens_per_s"].get<double>() > 0);
}

void TestCliNew::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("names");
    const QString out = QStringLiteral("/tmp/never-written.aifactory");
    QTest::newRow("no out") << QStringList{"new", "--template", "air-1mw-h100"} << "--out";
    QTest::newRow("unknown template") << QStringList{"new", "--template", "nope", "--out", out} << "--template";
    QTest::newRow("missing system") << QStringList{"new", "--it-mw", "1", "--cooling", "air", "--power", "ac", "--out", out} << "--system";
    QTest::newRow("bad number") << QStringList{"new", "--it-mw", "lots", "--system", "hgx-h100-8gpu", "--cooling", "air", "--power", "ac", "--out", out} << "--it-mw";
    QTest::newRow("bad cooling") << QStringList{"new", "--it-mw", "1", "--system", "hgx-h100-8gpu", "--cooling", "ice", "--power", "ac", "--out", out} << "--cooling";
    QTest::newRow("bad power") << QStringList{"new", "--it-mw", "1", "--system", "hgx-h100-8gpu", "--cooling", "air", "--power", "dc", "--out", out} << "--power";
    QTest::newRow("bad redundancy") << QStringList{"new", "--template", "air-1mw-h100", "--redundancy", "3n", "--out", out} << "--redundancy";
    QTest::newRow("fractional halls") << QStringList{"new", "--template", "air-1mw-h100", "--halls", "1.5", "--out", out} << "--halls";
    QTest::newRow("unknown option") << QStringList{"new", "--template", "air-1mw-h100", "--colour", "red", "--out", out} << "--colour";
    // A value missing at the end or before the next option: the message names the option.
    QTest::newRow("out last") << QStringList{"new", "--template", "air-1mw-h100", "--out"} << "--out is missing";
    QTest::newRow("cooling last") << QStringList{"new", "--it-mw", "1", "--system", "gb200-nvl72", "--power", "hvdc800", "--out", out, "--cooling"} << "--cooling is missing";
    QTest::newRow("it-mw last") << QStringList{"new", "--it-mw"} << "--it-mw is missing";
    QTest::newRow("halls before an option") << QStringList{"new", "--template", "air-1mw-h100", "--halls", "--out", out} << "--halls is missing";
    QTest::newRow("cooling before an option") << QStringList{"new", "--it-mw", "1", "--system", "gb200-nvl72", "--cooling", "--power", "hvdc800", "--out", out} << "--cooling is missing";
}

void TestCliNew::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, names);
    const ProgramRun r = aif(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(names.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists("/tmp/never-written.aifactory"));
}

void TestCliNew::cannotBuild_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString out = QStringLiteral("/tmp/never-written.aifactory");
    QTest::newRow("0 MW") << QStringList{"new", "--it-mw", "0", "--system", "hgx-h100-8gpu", "--cooling", "air", "--power", "ac", "--out", out} << "it-mw";
    QTest::newRow("unknown system") << QStringList{"new", "--it-mw", "1", "--system", "hgx-z9", "--cooling", "air", "--power", "ac", "--out", out} << "system";
    QTest::newRow("air-cooled NVL72") << QStringList{"new", "--it-mw", "1", "--system", "gb200-nvl72", "--cooling", "air", "--power", "ac", "--out", out} << "liquid-cooled";
    QTest::newRow("unknown climate") << QStringList{"new", "--template", "air-1mw-h100", "--climate", "atlantis", "--out", out} << "climate";
    // Numbers as typed, never wrapped through an int; a minimum or a hall count stated.
    QTest::newRow("1e308 MW") << QStringList{"new", "--it-mw", "1e308", "--system", "gb200-nvl72", "--cooling", "liquid", "--power", "hvdc800", "--out", out} << "it-mw: 1e+308 MW";
    QTest::newRow("3e9 halls") << QStringList{"new", "--template", "air-1mw-h100", "--halls", "3e9", "--out", out} << "halls: 3e+09 halls";
    QTest::newRow("less than one rack") << QStringList{"new", "--it-mw", "1e-9", "--system", "gb200-nvl72", "--cooling", "liquid", "--power", "hvdc800", "--out", out} << "(0.132 MW)";
    QTest::newRow("supernode part") << QStringList{"new", "--it-mw", "1", "--system", "ascend-cloudmatrix-384-compute", "--cooling", "liquid", "--power", "hvdc800", "--out", out} << "choose 'ascend-cloudmatrix-384'";
    QTest::newRow("200 MW in one hall") << QStringList{"new", "--it-mw", "200", "--system", "hgx-h100-8gpu", "--cooling", "air", "--power", "ac", "--halls", "1", "--out", out} << "halls: 200 MW needs at least 7 halls";
}

void TestCliNew::cannotBuild()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const ProgramRun r = aif(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists("/tmp/never-written.aifactory"));
}

void TestCliNew::buildsWithinRange_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("halls");
    // Accepted by the range check, once "internal … out of range": a tariff near the field's
    // top (its +50 % scenario), 100 and 300 MW with no hall count (halls from the load).
    QTest::newRow("tariff 8") << QStringList{"--template", "air-1mw-h100", "--tariff", "8"} << 1;
    QTest::newRow("100 MW H100 air") << QStringList{"--it-mw", "100", "--system", "hgx-h100-8gpu", "--cooling", "air", "--power", "ac"} << 4;
    QTest::newRow("300 MW NVL72") << QStringList{"--it-mw", "300", "--system", "gb200-nvl72", "--cooling", "liquid", "--power", "hvdc800"} << 10;
}

void TestCliNew::buildsWithinRange()
{
    QFETCH(QStringList, args);
    QFETCH(int, halls);
    const QString out = m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-') + ".aifactory");
    const ProgramRun made = aif(QStringList{"new"} + args + QStringList{"--out", out, "--json"});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QCOMPARE(Json::parse(made.out.toStdString())["summary"]["halls"].get<int>(), halls);
    const ProgramRun valid = aif({"validate", out});
    QVERIFY2(valid.exitCode == 0, valid.err.constData());
    // It solves with no error-level finding (aif solve exits 1 on one).
    const ProgramRun solved = aif({"solve", out});
    QVERIFY2(solved.exitCode == 0, (solved.out + solved.err).constData());
    QVERIFY2(solved.out.contains("violations: 0 errors"), solved.out.constData());
}

QTEST_GUILESS_MAIN(TestCliNew)
#include "tst_clinew.moc"
