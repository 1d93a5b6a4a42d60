// The catalog: the SQLite database is built once and rebuilt when inputs change, shipped entries
// are sourced, required entries exist with their published values, user entries override.
#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace aif;

namespace {

Json userEntry(const std::string &id, const std::string &name)
{
    return Json{{"id", id}, {"name", name}, {"vendor", "Test"}, {"source", "tst_catalog"}, {"asOf", "2026-01"}};
}

int pragmaUserVersion(const QString &dbPath)
{
    sqlite3 *db = nullptr;
    int v = -1;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

int rowCount(const QString &dbPath)
{
    sqlite3 *db = nullptr;
    int n = -1;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM entries", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rebuildsOnlyWhenInputsChange();
    void everyEntryIsSourced();
    void requiredEntriesExist_data();
    void requiredEntriesExist();
    void publishedValues_data();
    void publishedValues();
    void search();
    void importRejectsIncompleteEntries_data();
    void importRejectsIncompleteEntries();
    void userEntryOverridesShipped();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;   // shipped entries only
};

void TestCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_catalog = Catalog::open(&error, m_dir.filePath("shipped.sqlite"), m_dir.filePath("no-user-entries"));
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY(m_catalog->size() > 0);
}

void TestCatalog::rebuildsOnlyWhenInputsChange()
{
    const QString db = m_dir.filePath("rebuild.sqlite");
    const QString user = m_dir.filePath("rebuild-user");
    QString error;
    {
        auto c = Catalog::open(&error, db, user);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->rebuilt());
        QCOMPARE(c->databasePath(), db);
    }
    QCOMPARE(pragmaUserVersion(db), Catalog::kSchemaVersion);
    const int shippedRows = rowCount(db);
    QCOMPARE(shippedRows, m_catalog->size());
    {
        auto c = Catalog::open(&error, db, user);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!c->rebuilt());
    }
    QVERIFY2(!Catalog::importEntry(userEntry("test-gpu-1", "Test GPU"), "gpus", &error, user).isEmpty(),
             qPrintable(error));
    {
        auto c = Catalog::open(&error, db, user);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->rebuilt());
        QVERIFY(c->contains("gpus", "test-gpu-1"));
        QVERIFY(c->find("gpus", "test-gpu-1")->user);
    }
    QCOMPARE(rowCount(db), shippedRows + 1);
    {
        auto c = Catalog::open(&error, db, user);
        QVERIFY(c && !c->rebuilt());
    }
    // A database from an older schema is rebuilt, not trusted.
    {
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "PRAGMA user_version=0", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        auto c = Catalog::open(&error, db, user);
        QVERIFY(c && c->rebuilt());
    }
    QCOMPARE(pragmaUserVersion(db), Catalog::kSchemaVersion);
}

void TestCatalog::everyEntryIsSourced()
{
    int shipped = 0;
    for (const CatalogEntry *e : m_catalog->entries({})) {
        QVERIFY(!e->user);
        QVERIFY2(!e->source.empty(), e->id.c_str());
        QVERIFY2(!e->asOf.empty(), e->id.c_str());
        QVERIFY2(Catalog::categories().contains(QString::fromStdString(e->category)), e->category.c_str());
        QVERIFY2(checkCatalogEntry(e->data).empty(), e->id.c_str());
        ++shipped;
    }
    QCOMPARE(shipped, m_catalog->size());
}

void TestCatalog::requiredEntriesExist_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("id");
    for (const char *id : {"h100-sxm", "h200-sxm", "b200", "gb200", "mi300x", "ascend-910b"})
        QTest::newRow(id) << "gpus" << id;
    for (const char *id : {"hgx-h100-8gpu", "hgx-h200-8gpu", "hgx-b200-8gpu", "gb200-nvl72", "mi300x-8gpu",
                           "ascend-cloudmatrix-384"})
        QTest::newRow(id) << "systems" << id;
    for (const char *id : {"llama-2-70b", "llama-3.1-8b"})
        QTest::newRow(id) << "models" << id;
}

void TestCatalog::requiredEntriesExist()
{
    QFETCH(QString, category);
    QFETCH(QString, id);
    QVERIFY(m_catalog->contains(category.toStdString(), id.toStdString()));
    const Json *e = m_catalog->entry(category.toStdString(), id.toStdString());
    QVERIFY(e);
    QCOMPARE((*e)["id"].get<std::string>(), id.toStdString());
    // A system's GPU must itself be in the catalog.
    if (category == "systems" && e->contains("gpu"))
        QVERIFY2(m_catalog->contains("gpus", (*e)["gpu"].get<std::string>()), (*e)["gpu"].dump().c_str());
}

void TestCatalog::publishedValues_data()
{
    // Published datasheet values (dense peaks), as collected in calibration/gpus.json.
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("pointer");   // JSON pointer into the entry
    QTest::addColumn<double>("expected");
    QTest::newRow("h100 bf16 TFLOPS") << "gpus" << "h100-sxm" << "/peakTflops/bf16" << 989.0;
    QTest::newRow("h100 HBM TB/s") << "gpus" << "h100-sxm" << "/hbmTBps" << 3.35;
    QTest::newRow("h100 HBM GB") << "gpus" << "h100-sxm" << "/hbmGB" << 80.0;
    QTest::newRow("h100 TDP") << "gpus" << "h100-sxm" << "/tdpW" << 700.0;
    QTest::newRow("h200 HBM TB/s") << "gpus" << "h200-sxm" << "/hbmTBps" << 4.8;
    QTest::newRow("b200 bf16 TFLOPS") << "gpus" << "b200" << "/peakTflops/bf16" << 2250.0;
    QTest::newRow("mi300x HBM TB/s") << "gpus" << "mi300x" << "/hbmTBps" << 5.3;
    QTest::newRow("nvl72 GPUs") << "systems" << "gb200-nvl72" << "/gpuCount" << 72.0;
    QTest::newRow("hgx-h100 GPUs") << "systems" << "hgx-h100-8gpu" << "/gpuCount" << 8.0;
}

void TestCatalog::publishedValues()
{
    QFETCH(QString, category);
    QFETCH(QString, id);
    QFETCH(QString, pointer);
    QFETCH(double, expected);
    const Json *e = m_catalog->entry(category.toStdString(), id.toStdString());
    QVERIFY(e);
    const Json::json_pointer ptr(pointer.toStdString());
    QVERIFY2(e->contains(ptr), qPrintable(pointer));
    QVERIFY(e->at(ptr).is_number());
    QCOMPARE(e->at(ptr).get<double>(), expected);
}

void TestCatalog::search()
{
    const auto hits = m_catalog->search("nvl72");
    QVERIFY(std::ranges::any_of(hits, [](const CatalogEntry *e) { return e->id == "gb200-nvl72"; }));
    // Case-insensitive on names, restricted by category.
    const auto gpus = m_catalog->search("H100", "gpus");
    QVERIFY(std::ranges::any_of(gpus, [](const CatalogEntry *e) { return e->id == "h100-sxm"; }));
    QVERIFY(std::ranges::all_of(gpus, [](const CatalogEntry *e) { return e->category == "gpus"; }));
    QVERIFY(m_catalog->search("no-such-thing-xyzzy").empty());
    // LIKE wildcards in the text are not an injection vector for other entries... nor a crash.
    (void)m_catalog->search("%' OR 1=1 --");
    QCOMPARE(m_catalog->search({}).size(), size_t(m_catalog->size()));
}

void TestCatalog::importRejectsIncompleteEntries_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no source") << QByteArray(R"({"id": "x", "name": "X", "asOf": "2026-01"})") << "gpus"
                               << "source";
    QTest::newRow("empty source") << QByteArray(R"({"id": "x", "name": "X", "source": "", "asOf": "2026"})")
                                  << "gpus" << "source";
    QTest::newRow("no asOf") << QByteArray(R"({"id": "x", "name": "X", "source": "s"})") << "gpus" << "asOf";
    QTest::newRow("no id") << QByteArray(R"({"name": "X", "source": "s", "asOf": "2026"})") << "gpus" << "id";
    QTest::newRow("not an object") << QByteArray(R"([1, 2])") << "gpus" << "object";
    QTest::newRow("bad category") << QByteArray(R"({"id": "x", "name": "X", "source": "s", "asOf": "2026"})")
                                  << "toasters" << "category";
}

void TestCatalog::importRejectsIncompleteEntries()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, category);
    QFETCH(QString, reason);
    const QString user = m_dir.filePath("rejects");
    QString error;
    const QString stored = Catalog::importEntry(Json::parse(entry.toStdString()), category.toStdString(), &error, user);
    QVERIFY(stored.isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(QDir(user).entryList(QDir::Files).isEmpty());
}

void TestCatalog::userEntryOverridesShipped()
{
    const QString user = m_dir.filePath("override-user");
    QString error;
    Json custom = userEntry("h100-sxm", "My tuned H100");
    custom["peakTflops"] = Json{{"bf16", 900}};
    const QString stored = Catalog::importEntry(custom, "gpus", &error, user);
    QVERIFY2(!stored.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(stored));

    auto c = Catalog::open(&error, m_dir.filePath("override.sqlite"), user);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->size(), m_catalog->size());   // replaced, not added
    const CatalogEntry *e = c->find("gpus", "h100-sxm");
    QVERIFY(e);
    QVERIFY(e->user);
    QCOMPARE(e->name, std::string("My tuned H100"));
    QCOMPARE(e->data["peakTflops"]["bf16"].get<double>(), 900.0);
    // The database the browser searches agrees with the in-memory lookup.
    const auto hits = c->search("tuned", "gpus");
    QCOMPARE(hits.size(), size_t(1));
    QVERIFY(hits.front()->user);
    // The same id in another category is a different entry.
    QVERIFY(!c->find("systems", "h100-sxm"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
