#pragma once

#include "json.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct sqlite3;

namespace aif {

struct CatalogEntry
{
    std::string category;   // gpus, systems, models, engines, cooling, power, optics, network, racks
    std::string id;
    std::string name;
    std::string vendor;
    std::string type;       // sub-type inside a category ("crah", "ups" ...), may be empty
    std::string source;
    std::string asOf;
    bool user = false;      // from the user's catalog (overrides a shipped entry with the same id)
    Json data;              // the whole entry
};

// The equipment, GPU and model catalog. Shipped entries (resources/catalog/*.json, compiled in)
// and the user's entries are loaded into an SQLite database (rebuilt when either changes;
// schema version in PRAGMA user_version) that the catalog browser searches; lookups by id are
// served from memory so solvers on worker threads can use one Catalog concurrently.
class Catalog
{
public:
    ~Catalog();

    // Opens the database at dbPath (built if missing or stale) from the shipped catalog and the
    // JSON files in userDir. Empty paths use the defaults (the user's cache and data folders,
    // or $AIF_CATALOG_DB and $AIF_USER_CATALOG_DIR when set).
    static std::unique_ptr<Catalog> open(QString *error, QString dbPath = {}, QString userDir = {});

    static QString defaultUserDir();
    static QStringList categories();

    bool contains(const std::string &category, const std::string &id) const;
    const Json *entry(const std::string &category, const std::string &id) const;
    const CatalogEntry *find(const std::string &category, const std::string &id) const;
    std::vector<const CatalogEntry *> entries(const std::string &category) const;
    int size() const { return int(m_entries.size()); }

    // Full-text-ish search (id, name, vendor, type) through SQLite; empty category = all.
    std::vector<const CatalogEntry *> search(const QString &text, const QString &category = {}) const;

    // Checks an entry and stores it in the user catalog folder; the next open() picks it up.
    // Returns the stored file path, or an empty string with *error set.
    static QString importEntry(const Json &entry, const std::string &category, QString *error,
                               QString userDir = {});

    // A copy of `base` with `userEntries` laid over it as open() lays the user folder, held in
    // memory only (search() finds nothing): the fuzzer and tests try user files without SQLite.
    static std::unique_ptr<Catalog> overlay(const Catalog &base, const std::vector<CatalogEntry> &userEntries);

    QString databasePath() const { return m_dbPath; }
    // User catalog files or entries that were skipped at open, each with the file, the JSON
    // pointer and the reason (the CLI prints them, the studio logs them).
    const QStringList &warnings() const { return m_warnings; }
    bool rebuilt() const { return m_rebuilt; }

    static constexpr int kSchemaVersion = 1;

private:
    Catalog() = default;
    bool build(const std::vector<CatalogEntry> &all, const std::string &hash, QString *error);

    std::map<std::pair<std::string, std::string>, CatalogEntry> m_entries;
    sqlite3 *m_db = nullptr;
    mutable std::mutex m_dbMutex;
    QString m_dbPath;
    QStringList m_warnings;
    bool m_rebuilt = false;
};

// Checks one catalog entry has what every entry must have. Empty when fine.
std::string checkCatalogEntry(const Json &entry);

// Reads one user catalog file's bytes exactly as Catalog::open() does: the entries it adds, and
// in *warnings each file or entry skipped with the reason. Never throws (tests/fuzz drives it).
std::vector<CatalogEntry> parseUserCatalogFile(const QByteArray &bytes, const QString &path, QStringList *warnings);

} // namespace aif
