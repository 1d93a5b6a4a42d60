// Loading and validating bad project files: each file under tests/data/bad/ has exactly one
// fault; the first error must carry the expected JSON pointer and code, and name the field.
#include "projectio.h"

#include "catalog.h"
#include "validation.h"

#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// tests/CMakeLists.txt sets AIF_TEST_DATA to the *calling* folder's data/ (tests/model/data), not
// tests/data; name the shared folder from the source root instead.
#define AIF_TESTS_DATA AIF_SOURCE_DIR "/tests/data"

using namespace aif;

namespace {

const QString kBadDir = QStringLiteral(AIF_TESTS_DATA "/bad");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Load diagnostics, then (when the load succeeded) validation diagnostics, as `aif validate` does.
Diagnostics check(const LoadResult &r, const Catalog *catalog)
{
    Diagnostics d = r.diagnostics;
    if (r.ok) {
        const Diagnostics v = validateProject(r.project, catalog);
        d.insert(d.end(), v.begin(), v.end());
    }
    return d;
}

const Diagnostic *firstError(const Diagnostics &d)
{
    for (const Diagnostic &x : d) {
        if (x.isError())
            return &x;
    }
    return nullptr;
}

QString dump(const Diagnostics &d)
{
    QString s;
    for (const Diagnostic &x : d)
        s += QString::fromStdString(x.code + " " + x.format("F")) + "\n";
    return s;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badFiles_data();
    void badFiles();
    void everyBadFileHasARow();
    void hostileNesting();
    void loadingNeverWrites();
    void validProjectHasNoErrors();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestValidation::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestValidation::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");   // the message must contain this (field or reason)
    QTest::addColumn<bool>("loads");         // parse succeeds; the fault is found by validation

    QTest::newRow("truncated JSON") << "truncated" << "" << "json.syntax" << "byte" << false;
    QTest::newRow("not JSON") << "not-json" << "" << "json.syntax" << "JSON" << false;
    QTest::newRow("0-byte file") << "empty" << "" << "json.syntax" << "JSON" << false;
    QTest::newRow("binary garbage") << "binary-garbage" << "" << "json.syntax" << "JSON" << false;
    QTest::newRow("top-level array") << "top-level-array" << "" << "type" << "object" << false;
    QTest::newRow("1e999") << "huge-number" << "" << "json.syntax" << "overflow" << false;
    QTest::newRow("wrong type") << "wrong-type" << "/racks/0/xM" << "type" << "xM" << false;
    QTest::newRow("negative airflow") << "negative-airflow" << "/airUnits/0/airflowM3s" << "range"
                                      << "airflowM3s" << true;
    QTest::newRow("capacity 0") << "capacity-zero" << "/powerNodes/0/ratedW" << "range" << "ratedW" << true;
    QTest::newRow("PDU without upstream") << "pdu-no-upstream" << "/powerNodes/0/upstream"
                                          << "power.upstream" << "upstream" << true;
    QTest::newRow("unknown system") << "unknown-system" << "/racks/0/system" << "catalog.missing"
                                    << "hgx-z999-8gpu" << true;
    QTest::newRow("missing reference") << "missing-ref" << "/racks/0/hall" << "ref.missing" << "hall-nowhere"
                                       << true;
    QTest::newRow("reference to wrong kind") << "wrong-kind-ref" << "/racks/0/powerFeedA" << "ref.kind"
                                             << "powerFeedA" << true;
    QTest::newRow("duplicate id") << "duplicate-id" << "/racks/1/id" << "id.duplicate" << "rack-1" << false;
    QTest::newRow("power chain cycle") << "power-cycle" << "/powerNodes/0/upstream" << "power.cycle"
                                       << "ups-1" << true;
    QTest::newRow("scenario override of a missing entity")
        << "scenario-missing-entity" << "/scenarios/0/overrides/0" << "scenario.override" << "rack-404" << true;
    QTest::newRow("MTP acceptance above 1") << "mtp-acceptance-range" << "/deployments/0/mtpAcceptance" << "range"
                                            << "mtpAcceptance" << true;
}

void TestValidation::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QFETCH(bool, loads);
    const QString path = kBadDir + "/" + file + ".aifactory";
    QVERIFY2(QFile::exists(path), qPrintable(path));

    const LoadResult r = loadProject(path);
    QCOMPARE(r.ok, loads);
    const Diagnostics d = check(r, m_catalog.get());
    const Diagnostic *e = firstError(d);
    QVERIFY2(e, qPrintable("no error reported\n" + dump(d)));
    QCOMPARE(QString::fromStdString(e->pointer), pointer);
    QCOMPARE(QString::fromStdString(e->code), code);
    QVERIFY2(QString::fromStdString(e->message).contains(mentions), e->message.c_str());
    // "Exactly one fault": every other error is the same fault (a cycle is reported on each of
    // its nodes), never a second problem elsewhere in the file.
    for (const Diagnostic &x : d)
        QVERIFY2(!x.isError() || x.code == e->code, qPrintable(dump(d)));
    // The CLI line: "FILE: /json/pointer: message".
    const std::string line = e->format("x.aifactory");
    QVERIFY(QString::fromStdString(line).startsWith("x.aifactory: /"));
}

void TestValidation::everyBadFileHasARow()
{
    // A file added to tests/data/bad/ without a row in badFiles_data() would silently go untested.
    QStringList covered{"truncated", "not-json", "empty", "binary-garbage", "top-level-array", "huge-number",
                        "wrong-type", "negative-airflow", "capacity-zero", "pdu-no-upstream", "unknown-system",
                        "missing-ref", "wrong-kind-ref", "duplicate-id", "power-cycle",
                        "scenario-missing-entity", "mtp-acceptance-range"};
    for (const QFileInfo &fi : QDir(kBadDir).entryInfoList({"*.aifactory"}, QDir::Files))
        QVERIFY2(covered.contains(fi.completeBaseName()), qPrintable(fi.fileName()));
}

void TestValidation::hostileNesting()
{
    // 100000 nested arrays as a value (generated: 200 kB of brackets is no file to check in).
    // Every JSON read has a depth limit (64): the file is refused at the parse, with the place
    // and the reason, before any recursion can run out of stack.
    constexpr int depth = 100000;
    QByteArray deep = R"({"formatVersion": 1, "halls": [{"id": "hall-1", "name": )";
    deep += QByteArray(depth, '[') + QByteArray(depth, ']') + "}]}";
    const LoadResult r = parseProject(deep);
    QVERIFY(!r.ok);
    const Diagnostic *e = firstError(r.diagnostics);
    QVERIFY(e);
    QVERIFY2(QString::fromStdString(e->message).contains("nest"), e->message.c_str());

    // The same depth unbalanced (truncated), and in an unknown section: refused the same way.
    QVERIFY(!parseProject(QByteArray(depth, '[')).ok);
    QByteArray unknown = R"({"formatVersion": 1, "junk": )" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    QVERIFY(!parseProject(unknown).ok);
    // Up to the limit is fine (an unknown section is a warning, not an error).
    QByteArray shallow = R"({"formatVersion": 1, "junk": )" + QByteArray(60, '[') + QByteArray(60, ']') + "}";
    const LoadResult u = parseProject(shallow);
    QVERIFY(u.ok);
    QVERIFY(!hasErrors(u.diagnostics));
}

void TestValidation::loadingNeverWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QFileInfo &fi : QDir(kBadDir).entryInfoList({"*.aifactory"}, QDir::Files)) {
        const QString copy = dir.filePath(fi.fileName());
        QVERIFY(QFile::copy(fi.filePath(), copy));
        const QByteArray before = readAll(copy);
        const QDateTime mtime = QFileInfo(copy).lastModified();
        const LoadResult r = loadProject(copy);
        (void)check(r, m_catalog.get());
        QCOMPARE(readAll(copy), before);
        QCOMPARE(QFileInfo(copy).lastModified(), mtime);
    }
    // No backup, lock or temporary file appeared next to them either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QDir(kBadDir).entryList({"*.aifactory"}, QDir::Files));
}

void TestValidation::validProjectHasNoErrors()
{
    // The base every bad file was made from, without its fault.
    const QByteArray ok = R"({"formatVersion": 1, "halls": [{"id": "hall-1", "name": "Hall 1"}],
        "racks": [{"id": "rack-1", "hall": "hall-1", "xM": 2.0, "yM": 3.0}]})";
    const LoadResult r = parseProject(ok);
    QVERIFY(r.ok);
    const Diagnostics d = check(r, m_catalog.get());
    QVERIFY2(!hasErrors(d), qPrintable(dump(d)));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
