// Project file format versions: every old version under tests/data/formats/ still loads
// (house style: one file per formatVersion), and unknown versions are refused.
#include "projectio.h"

#include "catalog.h"
#include "formatversions.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// tests/CMakeLists.txt sets AIF_TEST_DATA to the *calling* folder's data/ (tests/model/data), not
// tests/data; name the shared folder from the source root instead.
#define AIF_TESTS_DATA AIF_SOURCE_DIR "/tests/data"

using namespace aif;

namespace {
const QString kFormatsDir = QStringLiteral(AIF_TESTS_DATA "/formats");
}

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyVersionHasAFile();
    void loadsOldVersions_data();
    void loadsOldVersions();
    void refusesUnknownVersions_data();
    void refusesUnknownVersions();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestFormats::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestFormats::everyVersionHasAFile()
{
    for (int v = kOldestFormatVersion; v <= kFormatVersion; ++v) {
        const QStringList files = QDir(kFormatsDir).entryList({QStringLiteral("v%1-*.aifactory").arg(v)});
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no test file for formatVersion %1").arg(v)));
    }
}

void TestFormats::loadsOldVersions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("version");
    static const QRegularExpression name(QStringLiteral("^v(\\d+)-.*\\.aifactory$"));
    for (const QString &f : QDir(kFormatsDir).entryList({"*.aifactory"}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = name.match(f);
        QVERIFY2(m.hasMatch(), qPrintable(f + ": name files vN-description.aifactory"));
        QTest::newRow(qPrintable(f)) << kFormatsDir + "/" + f << m.captured(1).toInt();
    }
}

void TestFormats::loadsOldVersions()
{
    QFETCH(QString, path);
    QFETCH(int, version);
    const LoadResult r = loadProject(path);
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY2(!d.isError(), d.format(path.toStdString()).c_str());
    QVERIFY(r.ok);
    QCOMPARE(r.fileFormatVersion, version);
    QCOMPARE(r.migrated, version != kFormatVersion);
    for (const Diagnostic &d : validateProject(r.project, m_catalog.get()))
        QVERIFY2(!d.isError(), d.format(path.toStdString()).c_str());
    // Something was actually read, not just defaults.
    QVERIFY(!r.project.racks.empty());
    QVERIFY(!r.project.halls.empty());
    // Once loaded, saving writes the current version.
    const Json saved = projectToJson(r.project);
    QCOMPARE(saved["formatVersion"].get<int>(), kFormatVersion);
}

void TestFormats::refusesUnknownVersions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    const QByteArray rest = R"(, "halls": [{"id": "hall-1"}]})";
    QTest::newRow("newer (99)") << QByteArray(R"({"formatVersion": 99)") + rest << "format.newer";
    QTest::newRow("newer (huge)") << QByteArray(R"({"formatVersion": 123456789012)") + rest << "format.newer";
    QTest::newRow("zero") << QByteArray(R"({"formatVersion": 0)") + rest << "format.older";
    QTest::newRow("negative") << QByteArray(R"({"formatVersion": -3)") + rest << "format.older";
    QTest::newRow("missing") << QByteArray(R"({"generator": "x")") + rest << "format.missing";
    QTest::newRow("string") << QByteArray(R"({"formatVersion": "1")") + rest << "format.missing";
    QTest::newRow("fraction") << QByteArray(R"({"formatVersion": 1.5)") + rest << "format.missing";
    QTest::newRow("null") << QByteArray(R"({"formatVersion": null)") + rest << "format.missing";
}

void TestFormats::refusesUnknownVersions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const LoadResult r = parseProject(text);
    QVERIFY(!r.ok);
    QVERIFY(!r.diagnostics.empty());
    const Diagnostic &d = r.diagnostics.front();
    QVERIFY(d.isError());
    QCOMPARE(QString::fromStdString(d.code), code);
    QCOMPARE(d.pointer, std::string("/formatVersion"));
    QVERIFY2(QString::fromStdString(d.message).contains("formatVersion"), d.message.c_str());
    QVERIFY(r.project.halls.empty());   // nothing half-loaded
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
