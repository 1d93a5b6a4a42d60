#include "catalog.h"

#include "catalogschema.h"
#include "jsonlimits.h"

#include <QObject>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sqlite3.h>

namespace aif {

namespace {

struct Source
{
    QString path;
    QByteArray bytes;
    bool user;
};

std::vector<Source> readSources(const QString &userDir)
{
    std::vector<Source> s;
    QDirIterator shipped(":/catalog", {"*.json"}, QDir::Files);
    QStringList names;
    while (shipped.hasNext())
        names << shipped.next();
    names.sort();
    for (const QString &n : names) {
        QFile f(n);
        if (f.open(QIODevice::ReadOnly))
            s.push_back({n, f.readAll(), false});
    }
    QStringList userFiles = QDir(userDir).entryList({"*.json"}, QDir::Files, QDir::Name);
    for (const QString &n : userFiles) {
        QFile f(QDir(userDir).filePath(n));
        if (f.open(QIODevice::ReadOnly))
            s.push_back({f.fileName(), f.readAll(), true});
    }
    return s;
}

// Reads one catalog file. A problem in a shipped file is fatal (a build problem); in a user file
// it skips the file or the entry with a warning, so one bad import never bricks the program.
bool parseSource(const Source &src, std::vector<CatalogEntry> *out, QString *error, QStringList *warnings)
{
    auto problem = [&](const QString &message) {
        if (!src.user) {
            *error = message;
            return false;
        }
        *warnings << message + QObject::tr(" (skipped)");
        return true;
    };
    std::string why;
    const Json doc = parseJsonLimited(src.bytes, kMaxCatalogBytes, &why);
    if (doc.is_discarded())
        return problem(src.path + ": " + QString::fromStdString(why));
    if (!doc.is_object() || !doc.contains("category") || !doc["category"].is_string() || !doc.contains("entries")
        || !doc["entries"].is_array())
        return problem(src.path + ": expected {\"category\": ..., \"entries\": [...]}");
    const std::string category = doc["category"].get<std::string>();
    if (!Catalog::categories().contains(QString::fromStdString(category)))
        return problem(src.path + ": /category: unknown catalog category '" + QString::fromStdString(category) + "'");
    for (size_t i = 0; i < doc["entries"].size(); ++i) {
        const Json &e = doc["entries"][i];
        std::string bad = checkCatalogEntry(e);
        if (bad.empty())
            bad = checkCatalogRules(category, e);
        if (bad.empty() && src.user)
            bad = CatalogSchema::shipped().check(category, e);
        if (!bad.empty()) {
            if (!problem(src.path + ": /entries/" + QString::number(i) + QString::fromStdString(bad.front() == '/' ? "" : ": ")
                         + QString::fromStdString(bad)))
                return false;
            continue;
        }
        CatalogEntry c;
        c.category = category;
        c.id = e["id"].get<std::string>();
        c.name = e["name"].get<std::string>();
        c.vendor = e.contains("vendor") && e["vendor"].is_string() ? e["vendor"].get<std::string>() : std::string();
        c.type = e.contains("type") && e["type"].is_string() ? e["type"].get<std::string>() : std::string();
        c.source = e["source"].get<std::string>();
        c.asOf = e["asOf"].get<std::string>();
        c.user = src.user;
        c.data = e;
        out->push_back(std::move(c));
    }
    return true;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        *error = QStringLiteral("catalog database: %1").arg(QString::fromUtf8(msg ? msg : "error"));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

std::string storedHash(sqlite3 *db)
{
    std::string h;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='content_hash'", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        h = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return h;
}

int userVersion(sqlite3 *db)
{
    int v = 0;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

} // namespace

std::string checkCatalogEntry(const Json &e)
{
    if (!e.is_object())
        return "an entry must be an object";
    for (const char *key : {"id", "name", "source", "asOf"}) {
        if (!e.contains(key) || !e[key].is_string() || e[key].get<std::string>().empty())
            return std::string("'") + key + "' (non-empty string) is required";
    }
    return {};
}

Catalog::~Catalog()
{
    if (m_db)
        sqlite3_close(m_db);
}

QString Catalog::defaultUserDir()
{
    const QString env = qEnvironmentVariable("AIF_USER_CATALOG_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/ai-factory-studio/catalog");
}

QStringList Catalog::categories()
{
    return {"gpus", "systems", "models", "engines", "cooling", "power", "optics", "network", "racks", "costs", "climate"};
}

std::unique_ptr<Catalog> Catalog::open(QString *error, QString dbPath, QString userDir)
{
    if (userDir.isEmpty())
        userDir = defaultUserDir();
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("AIF_CATALOG_DB");
    if (dbPath.isEmpty())
        dbPath = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                 + QStringLiteral("/ai-factory-studio/catalog.sqlite");
    QDir().mkpath(QFileInfo(dbPath).absolutePath());

    std::unique_ptr<Catalog> c(new Catalog);
    c->m_dbPath = dbPath;
    std::vector<CatalogEntry> all;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Source &s : readSources(userDir)) {
        hash.addData(s.path.toUtf8());
        hash.addData(s.bytes);
        if (!parseSource(s, &all, error, &c->m_warnings))
            return nullptr;
    }
    if (all.empty()) {
        *error = QStringLiteral("catalog: no shipped catalog entries were found (build problem)");
        return nullptr;
    }
    // User entries come last and replace shipped ones with the same category and id.
    for (CatalogEntry &e : all)
        c->m_entries[{e.category, e.id}] = e;

    if (sqlite3_open(dbPath.toUtf8().constData(), &c->m_db) != SQLITE_OK) {
        *error = QStringLiteral("catalog database %1: %2").arg(dbPath, QString::fromUtf8(sqlite3_errmsg(c->m_db)));
        return nullptr;
    }
    const std::string h = hash.result().toHex().toStdString();
    const bool fresh = userVersion(c->m_db) == kSchemaVersion && storedHash(c->m_db) == h;
    if (!fresh && !c->build(all, h, error))
        return nullptr;
    return c;
}

bool Catalog::build(const std::vector<CatalogEntry> &, const std::string &hash, QString *error)
{
    m_rebuilt = true;
    if (!exec(m_db, "BEGIN; DROP TABLE IF EXISTS entries; DROP TABLE IF EXISTS meta;"
                    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
                    "CREATE TABLE entries(category TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,"
                    " vendor TEXT, type TEXT, source TEXT NOT NULL, as_of TEXT NOT NULL, origin TEXT NOT NULL,"
                    " json TEXT NOT NULL, PRIMARY KEY(category, id));",
              error))
        return false;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_db, "INSERT INTO entries VALUES(?,?,?,?,?,?,?,?,?)", -1, &st, nullptr);
    for (const auto &[key, e] : m_entries) {
        const std::string json = e.data.dump();
        const std::string fields[] = {e.category, e.id, e.name, e.vendor, e.type, e.source, e.asOf,
                                      e.user ? "user" : "shipped", json};
        for (int i = 0; i < 9; ++i)
            sqlite3_bind_text(st, i + 1, fields[i].c_str(), int(fields[i].size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st) != SQLITE_DONE) {
            *error = QStringLiteral("catalog database: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            sqlite3_finalize(st);
            exec(m_db, "ROLLBACK", error);
            return false;
        }
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_prepare_v2(m_db, "INSERT INTO meta VALUES('content_hash', ?)", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, hash.c_str(), int(hash.size()), SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_finalize(st);
    const std::string pragma = "PRAGMA user_version=" + std::to_string(kSchemaVersion) + "; COMMIT;";
    return exec(m_db, pragma.c_str(), error);
}

std::vector<CatalogEntry> parseUserCatalogFile(const QByteArray &bytes, const QString &path, QStringList *warnings)
{
    std::vector<CatalogEntry> entries;
    QString error;   // only shipped files fail; a user file's problems are warnings
    parseSource({path, bytes, true}, &entries, &error, warnings);
    return entries;
}

std::unique_ptr<Catalog> Catalog::overlay(const Catalog &base, const std::vector<CatalogEntry> &userEntries)
{
    std::unique_ptr<Catalog> c(new Catalog);
    c->m_entries = base.m_entries;
    for (const CatalogEntry &e : userEntries)
        c->m_entries[{e.category, e.id}] = e;
    c->m_warnings = base.m_warnings;
    return c;
}

bool Catalog::contains(const std::string &category, const std::string &id) const
{
    return m_entries.contains({category, id});
}

const CatalogEntry *Catalog::find(const std::string &category, const std::string &id) const
{
    const auto it = m_entries.find({category, id});
    return it == m_entries.end() ? nullptr : &it->second;
}

const Json *Catalog::entry(const std::string &category, const std::string &id) const
{
    const CatalogEntry *e = find(category, id);
    return e ? &e->data : nullptr;
}

std::vector<const CatalogEntry *> Catalog::entries(const std::string &category) const
{
    std::vector<const CatalogEntry *> v;
    for (const auto &[key, e] : m_entries) {
        if (category.empty() || key.first == category)
            v.push_back(&e);
    }
    return v;
}

std::vector<const CatalogEntry *> Catalog::search(const QString &text, const QString &category) const
{
    std::vector<const CatalogEntry *> v;
    if (!m_db)   // an overlay(): entries in memory only
        return v;
    std::lock_guard lock(m_dbMutex);
    sqlite3_stmt *st = nullptr;
    const char *sql = "SELECT category, id FROM entries WHERE (?1 = '' OR category = ?1) AND"
                      " (id LIKE ?2 OR name LIKE ?2 OR vendor LIKE ?2 OR type LIKE ?2)"
                      " ORDER BY category, name";
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
        return v;
    const QByteArray cat = category.toUtf8();
    const QByteArray pattern = ("%" + text.trimmed() + "%").toUtf8();
    sqlite3_bind_text(st, 1, cat.constData(), int(cat.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, pattern.constData(), int(pattern.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const std::string c = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        const std::string id = reinterpret_cast<const char *>(sqlite3_column_text(st, 1));
        if (const CatalogEntry *e = find(c, id))
            v.push_back(e);
    }
    sqlite3_finalize(st);
    return v;
}

QString Catalog::importEntry(const Json &entry, const std::string &category, QString *error, QString userDir)
{
    if (!categories().contains(QString::fromStdString(category))) {
        *error = QStringLiteral("unknown catalog category '%1' (one of: %2)")
                     .arg(QString::fromStdString(category), categories().join(", "));
        return {};
    }
    // The same checks as at load, so what is imported also loads: required fields, then every
    // key the shipped catalog has holding the kind of value it holds there.
    std::string why = checkCatalogEntry(entry);
    if (why.empty())
        why = checkCatalogRules(category, entry);
    if (why.empty())
        why = CatalogSchema::shipped().check(category, entry);
    if (!why.empty()) {
        *error = QString::fromStdString(why);
        return {};
    }
    if (userDir.isEmpty())
        userDir = defaultUserDir();
    QDir().mkpath(userDir);
    // The id becomes part of a file name: only characters safe in one path component.
    const QString path = QDir(userDir).filePath(QStringLiteral("%1-%2.json").arg(
        QString::fromStdString(category), QString::fromStdString(safeFileName(entry["id"].get<std::string>()))));
    Json doc{{"category", category}, {"schemaVersion", 1}, {"entries", Json::array({entry})}};
    QSaveFile f(path);
    const std::string text = doc.dump(2) + "\n";
    if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !f.commit()) {
        *error = path + ": " + f.errorString();
        return {};
    }
    return path;
}

} // namespace aif
