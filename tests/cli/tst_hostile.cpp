// Hostile and extreme input, one regression test per finding of the robustness review (issue
// 17): the CLI never crashes or aborts on them; it exits 1 with a message naming the file and
// the field, writes nothing outside the folder the user named and nothing half-written.
#include "runprogram.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Json = nlohmann::json;

namespace {

const QString kSample = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");

Json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Json();
    const QByteArray b = f.readAll();
    return Json::parse(b.constBegin(), b.constEnd(), nullptr, false);
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// "[[[[…1…]]]]" nested `depth` deep.
QByteArray nested(int depth, const QByteArray &leaf = "1")
{
    return QByteArray(depth, '[') + leaf + QByteArray(depth, ']');
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badUserCatalogEntryIsSkipped();
    void wronglyTypedImportIsRefused();
    void deepNestingIsRefused();
    void integerOutOfRangeIsRefused();
    void loadErrorsFailTheSolve();
    void hallIdCannotEscapeTheVtiFolder();
    void importIdCannotEscapeTheUserCatalog();
    void cliWritesAtomicallyAndRespectsReadOnly();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QString project(const QString &name, const std::function<void(Json &)> &edit);

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
    // This suite writes into its user catalog: a folder of its own, never the shared one.
    m_env.insert("AIF_USER_CATALOG_DIR", m_tmp.filePath("user-catalog"));
    m_env.insert("AIF_CATALOG_DB", m_tmp.filePath("catalog.sqlite"));
    QDir().mkpath(m_tmp.filePath("user-catalog"));
}

QString TestHostile::project(const QString &name, const std::function<void(Json &)> &edit)
{
    Json p = readJson(kSample);
    edit(p);
    const QString path = m_tmp.filePath(name + ".aifactory");
    writeText(path, QByteArray::fromStdString(p.dump(1)));
    return path;
}

void TestHostile::badUserCatalogEntryIsSkipped()
{
    // A user file with a wrongly typed vendor, a string gpuCount and a string thermal constant
    // used to abort every command with nlohmann's type_error. Now each entry is skipped with a
    // warning naming the file and the field, and everything else works.
    const QString file = m_tmp.filePath("user-catalog/systems-bad.json");
    QVERIFY(writeText(file, R"({"category": "systems", "entries": [
        {"id": "bad-vendor", "name": "x", "vendor": 5, "source": "t", "asOf": "2026-01"},
        {"id": "hgx-h100-8gpu", "name": "string count", "gpuCount": "8", "source": "t", "asOf": "2026-01"},
        {"id": "bad-thermal", "name": "x", "airflowM3sAtMax": "lots", "source": "t", "asOf": "2026-01"}]})"));
    const ProgramRun v = aif({"validate", kSample});
    QVERIFY2(v.exitCode == 0, v.err.constData());
    QVERIFY2(v.err.contains("systems-bad.json") && v.err.contains("/entries/0") && v.err.contains("vendor"),
             v.err.constData());
    QVERIFY(v.err.contains("/entries/1") && v.err.contains("gpuCount"));
    QVERIFY(v.err.contains("/entries/2") && v.err.contains("airflowM3sAtMax"));
    const ProgramRun s = aif({"solve", kSample});
    QVERIFY2(s.exitCode == 0, s.err.constData());
    QVERIFY(s.out.contains("tokens/s"));
    // A file that is not JSON at all, or nested past the limit, is skipped the same way.
    QVERIFY(writeText(m_tmp.filePath("user-catalog/gpus-garbage.json"), "{\"category\": \"gpus\", \"entries\": [{"));
    QVERIFY(writeText(m_tmp.filePath("user-catalog/gpus-deep.json"),
                      "{\"category\": \"gpus\", \"entries\": [{\"id\": \"d\", \"x\": " + nested(200000) + "}]}"));
    const ProgramRun c = aif({"catalog", "gpus"});
    QVERIFY2(c.exitCode == 0, c.err.constData());
    QVERIFY(c.err.contains("gpus-garbage.json") && c.err.contains("gpus-deep.json"));
    QFile::remove(file);
    QFile::remove(m_tmp.filePath("user-catalog/gpus-garbage.json"));
    QFile::remove(m_tmp.filePath("user-catalog/gpus-deep.json"));
}

void TestHostile::wronglyTypedImportIsRefused()
{
    // `aif catalog import` of {"vendor": 5} used to succeed and brick every later command.
    const QString entry = m_tmp.filePath("vendor5.json");
    QVERIFY(writeText(entry, R"({"id": "tst-vendor5", "name": "x", "vendor": 5, "source": "t", "asOf": "2026-01"})"));
    const ProgramRun imp = aif({"catalog", "import", entry, "--category", "gpus"});
    QCOMPARE(imp.exitCode, 1);
    QVERIFY2(imp.err.contains("vendor"), imp.err.constData());
    QVERIFY(QDir(m_tmp.filePath("user-catalog")).entryList({"*tst-vendor5*"}).isEmpty());
    QCOMPARE(aif({"catalog", "gpus"}).exitCode, 0);
}

void TestHostile::deepNestingIsRefused()
{
    // 10^5 levels in a scenario override value crashed the loader (stack overflow).
    const QString deep = m_tmp.filePath("deep.aifactory");
    QByteArray text = readJson(kSample).dump().c_str();
    const QByteArray marker = "\"value\":true";
    QVERIFY(text.contains(marker));
    text.replace(marker, "\"value\":" + nested(100000));
    QVERIFY(writeText(deep, text));
    for (const char *command : {"validate", "solve"}) {
        const ProgramRun r = aif({command, deep});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("deep.aifactory") && r.err.contains("nest"), r.err.constData());
    }
    // A deep catalog entry ended in bad_alloc.
    const QString entry = m_tmp.filePath("deep-entry.json");
    QVERIFY(writeText(entry, "{\"id\": \"deep\", \"name\": \"x\", \"source\": \"t\", \"asOf\": \"2026-01\", \"x\": "
                                 + nested(100000) + "}"));
    const ProgramRun imp = aif({"catalog", "import", entry, "--category", "gpus"});
    QCOMPARE(imp.exitCode, 1);
    QVERIFY2(imp.err.contains("nest"), imp.err.constData());
}

void TestHostile::integerOutOfRangeIsRefused()
{
    // systemCount -9223372036854775808 passed validation (llabs overflow) and became 0.
    const QString p = m_tmp.filePath("int-min.aifactory");
    QByteArray text = readJson(kSample).dump().c_str();
    text.replace("\"systemCount\":3", "\"systemCount\":-9223372036854775808");
    QVERIFY(writeText(p, text));
    const ProgramRun r = aif({"validate", p});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("/racks/0/systemCount"), r.err.constData());
    QCOMPARE(aif({"solve", p}).exitCode, 1);
}

void TestHostile::loadErrorsFailTheSolve()
{
    // "generator": 42 failed `aif validate` but `aif solve` exited 0.
    const QString p = project("generator42", [](Json &j) { j["generator"] = 42; });
    QCOMPARE(aif({"validate", p}).exitCode, 1);
    const ProgramRun s = aif({"solve", p});
    QCOMPARE(s.exitCode, 1);
    QVERIFY2(s.err.contains("/generator"), s.err.constData());
}

void TestHostile::hallIdCannotEscapeTheVtiFolder()
{
    // A hall id "../../x" passed validation and --vti DIR wrote outside DIR.
    const QString p = project("traversal", [](Json &j) {
        const std::string old = j["halls"][0]["id"];
        j["halls"][0]["id"] = "../../escaped";
        for (const char *kind : {"rows", "racks", "airUnits", "containments", "cdus"})
            for (Json &e : j[kind])
                if (e.value("hall", "") == old)
                    e["hall"] = "../../escaped";
    });
    const QString out = m_tmp.filePath("a/b/vti");
    const ProgramRun r = aif({"solve", p, "--air-field", "--vti", out});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    QVERIFY(!QFile::exists(m_tmp.filePath("a/escaped.vti")));
    QVERIFY(!QFile::exists(m_tmp.filePath("escaped.vti")));
    const QStringList written = QDir(out).entryList({"*.vti"});
    QCOMPARE(written.size(), 1);
    QVERIFY2(!written.first().contains('/'), qPrintable(written.first()));
    QVERIFY(QDir(out).entryList({"*.partial"}).isEmpty());
}

void TestHostile::importIdCannotEscapeTheUserCatalog()
{
    const QString entry = m_tmp.filePath("traversal-entry.json");
    QVERIFY(writeText(entry, R"({"id": "../../../evil", "name": "x", "source": "t", "asOf": "2026-01"})"));
    aif({"catalog", "import", entry, "--category", "gpus"});
    QVERIFY(!QFile::exists(m_tmp.filePath("evil.json")));
    QVERIFY(!QFile::exists(m_tmp.filePath("gpus-../../../evil.json")));
    QDirIterator it(m_tmp.path(), {"*evil*"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(f.startsWith(m_tmp.filePath("user-catalog/")), qPrintable(f));
        QFile::remove(f);
    }
}

void TestHostile::cliWritesAtomicallyAndRespectsReadOnly()
{
    const QString out = m_tmp.filePath("results.json");
    QVERIFY(writeText(out, "previous"));
    QFile::setPermissions(out, QFile::ReadOwner);
    const ProgramRun r = aif({"solve", kSample, "--json", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("read-only"), r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous"));
    f.close();
    QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(aif({"solve", kSample, "--json", out}).exitCode, 0);
    QVERIFY(readJson(out).is_object());
    // Nothing temporary is left beside it.
    QCOMPARE(QDir(m_tmp.path()).entryList({"results.json*"}), QStringList{"results.json"});
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
