#include "sweep/sweepstore.h"

#include <QDateTime>

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace aif::sweep {

namespace {

std::string quoted(const std::string &identifier)
{
    std::string out = "\"";
    for (char c : identifier)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

bool exec(sqlite3 *db, const std::string &sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("sweep database: %1").arg(QString::fromUtf8(msg ? msg : "error"));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

QString dbError(sqlite3 *db)
{
    return QStringLiteral("sweep database: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

std::string columnText(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? reinterpret_cast<const char *>(t) : std::string();
}

// Finalizes on every return path.
struct Statement
{
    sqlite3_stmt *st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};

} // namespace

SweepStore::~SweepStore()
{
    if (m_db)
        sqlite3_close(m_db);
}

std::unique_ptr<SweepStore> SweepStore::open(const QString &path, QString *error)
{
    std::unique_ptr<SweepStore> s(new SweepStore);
    if (sqlite3_open(path.toUtf8().constData(), &s->m_db) != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(s->m_db)));
        return nullptr;
    }
    sqlite3_busy_timeout(s->m_db, 5000);
    // WAL: a row per case commits without rewriting the file, and a killed sweep keeps every
    // committed row (the point of --resume).
    if (!exec(s->m_db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", error))
        return nullptr;
    if (s->hasSweep()) {
        SweepMeta m;
        if (!s->meta(&m, error))
            return nullptr;
        s->m_objectives = m.objectives;
    }
    return s;
}

bool SweepStore::hasSweep() const
{
    Statement q;
    if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='sweep'",
                           -1, &q.st, nullptr) != SQLITE_OK || sqlite3_step(q.st) != SQLITE_ROW)
        return false;
    if (sqlite3_column_int(q.st, 0) == 0)
        return false;
    Statement rows;
    return sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sweep", -1, &rows.st, nullptr) == SQLITE_OK
        && sqlite3_step(rows.st) == SQLITE_ROW && sqlite3_column_int(rows.st, 0) > 0;
}

bool SweepStore::meta(SweepMeta *meta, QString *error) const
{
    Statement q;
    if (sqlite3_prepare_v2(m_db, "SELECT file, project_sha256, sets, objectives, definition, cases, created FROM sweep",
                           -1, &q.st, nullptr) != SQLITE_OK) {
        *error = dbError(m_db);
        return false;
    }
    if (sqlite3_step(q.st) != SQLITE_ROW) {
        *error = QStringLiteral("sweep database: no sweep recorded");
        return false;
    }
    try {
        meta->file = columnText(q.st, 0);
        meta->projectSha256 = columnText(q.st, 1);
        meta->sets = Json::parse(columnText(q.st, 2));
        meta->objectives = Json::parse(columnText(q.st, 3)).get<std::vector<std::string>>();
        meta->definition = Json::parse(columnText(q.st, 4));
    } catch (const Json::exception &e) {
        *error = QStringLiteral("sweep database: damaged sweep row (%1)").arg(e.what());
        return false;
    }
    meta->cases = sqlite3_column_int(q.st, 5);
    meta->created = columnText(q.st, 6);
    return true;
}

bool SweepStore::create(const SweepSpec &spec, int caseCount, QString *error)
{
    const Json d = definition(spec);
    std::string columns;
    m_objectives.clear();
    for (const Objective &o : spec.objectives) {
        columns += ", " + quoted(o.name) + " REAL";
        m_objectives.push_back(o.name);
    }
    if (!exec(m_db,
              "BEGIN; DROP TABLE IF EXISTS sweep; DROP TABLE IF EXISTS cases;"
              "CREATE TABLE sweep(file TEXT, project_sha256 TEXT, sets TEXT, objectives TEXT,"
              " definition TEXT, cases INTEGER, created TEXT);"
              "CREATE TABLE cases(case_id INTEGER PRIMARY KEY, inputs TEXT NOT NULL,"
              " status TEXT NOT NULL, error TEXT" + columns + ", violations INTEGER, seconds REAL);",
              error)) {
        exec(m_db, "ROLLBACK", nullptr);
        return false;
    }
    Statement ins;
    sqlite3_prepare_v2(m_db, "INSERT INTO sweep VALUES(?,?,?,?,?,?,?)", -1, &ins.st, nullptr);
    const std::string values[] = {
        spec.file.toStdString(), spec.projectSha256, d["sets"].dump(), d["objectives"].dump(),
        d.dump(), std::to_string(caseCount),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()};
    for (int i = 0; i < 7; ++i) {
        if (i == 5)
            sqlite3_bind_int(ins.st, i + 1, caseCount);
        else
            sqlite3_bind_text(ins.st, i + 1, values[i].c_str(), int(values[i].size()), SQLITE_TRANSIENT);
    }
    if (sqlite3_step(ins.st) != SQLITE_DONE) {
        *error = dbError(m_db);
        exec(m_db, "ROLLBACK", nullptr);
        return false;
    }
    return exec(m_db, "COMMIT", error);
}

BeginResult SweepStore::begin(const SweepSpec &spec, int caseCount, bool resume,
                              std::vector<int> *pending, int *finished, QString *error)
{
    std::set<int> done;
    if (hasSweep()) {
        SweepMeta m;
        if (!meta(&m, error))
            return BeginResult::Error;
        if (!resume) {
            *error = QStringLiteral("already holds a sweep: --resume to complete it, or choose another --out");
            return BeginResult::Exists;
        }
        if (m.definition != definition(spec)) {
            // Mixing rows of two definitions would make a table no single sweep produced.
            *error = QStringLiteral("--resume: holds a different sweep (project, --set values, mode, "
                                    "seed or objectives differ)");
            return BeginResult::Different;
        }
        done = finishedIds();
    } else if (!create(spec, caseCount, error)) {
        return BeginResult::Error;
    }
    pending->clear();
    for (int id = 1; id <= caseCount; ++id) {
        if (!done.count(id))
            pending->push_back(id);
    }
    *finished = int(done.size());
    return BeginResult::Ok;
}

bool SweepStore::write(const CaseResult &r, QString *error)
{
    std::string sql = "INSERT OR REPLACE INTO cases VALUES(?,?,?,?";
    for (size_t k = 0; k < m_objectives.size(); ++k)
        sql += ",?";
    sql += ",?,?)";
    Statement st;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st.st, nullptr) != SQLITE_OK) {
        *error = dbError(m_db);
        return false;
    }
    const std::string inputs = r.inputs.dump();
    const char *status = statusName(r.status);
    int i = 1;
    sqlite3_bind_int(st.st, i++, r.id);
    sqlite3_bind_text(st.st, i++, inputs.c_str(), int(inputs.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st.st, i++, status, -1, SQLITE_STATIC);
    if (r.error.empty())
        sqlite3_bind_null(st.st, i++);
    else
        sqlite3_bind_text(st.st, i++, r.error.c_str(), int(r.error.size()), SQLITE_TRANSIENT);
    for (size_t k = 0; k < m_objectives.size(); ++k) {
        const double v = k < r.objectives.size() ? r.objectives[k] : NAN;
        if (std::isfinite(v))
            sqlite3_bind_double(st.st, i++, v);
        else
            sqlite3_bind_null(st.st, i++);   // the solve has no such figure
    }
    sqlite3_bind_int(st.st, i++, r.violations);
    sqlite3_bind_double(st.st, i++, r.seconds);
    if (sqlite3_step(st.st) != SQLITE_DONE) {
        *error = dbError(m_db);
        return false;
    }
    return true;
}

std::set<int> SweepStore::finishedIds() const
{
    std::set<int> ids;
    Statement q;
    if (sqlite3_prepare_v2(m_db, "SELECT case_id FROM cases WHERE status IN ('ok','failed')", -1,
                           &q.st, nullptr) != SQLITE_OK)
        return ids;
    while (sqlite3_step(q.st) == SQLITE_ROW)
        ids.insert(sqlite3_column_int(q.st, 0));
    return ids;
}

std::vector<CaseResult> SweepStore::cases(QString *error) const
{
    std::vector<CaseResult> out;
    std::string sql = "SELECT case_id, inputs, status, error";
    for (const std::string &o : m_objectives)
        sql += ", " + quoted(o);
    sql += ", violations, seconds FROM cases ORDER BY case_id";
    Statement q;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &q.st, nullptr) != SQLITE_OK) {
        if (error)
            *error = dbError(m_db);
        return out;
    }
    while (sqlite3_step(q.st) == SQLITE_ROW) {
        CaseResult r;
        int i = 0;
        r.id = sqlite3_column_int(q.st, i++);
        r.inputs = Json::parse(columnText(q.st, i++), nullptr, false);
        const std::string s = columnText(q.st, i++);
        r.status = s == "ok" ? CaseResult::Status::Ok
            : s == "cancelled" ? CaseResult::Status::Cancelled : CaseResult::Status::Failed;
        r.error = columnText(q.st, i++);
        for (size_t k = 0; k < m_objectives.size(); ++k, ++i) {
            r.objectives.push_back(sqlite3_column_type(q.st, i) == SQLITE_NULL
                                       ? std::numeric_limits<double>::quiet_NaN()
                                       : sqlite3_column_double(q.st, i));
        }
        r.violations = sqlite3_column_int(q.st, i++);
        r.seconds = sqlite3_column_double(q.st, i++);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace aif::sweep
