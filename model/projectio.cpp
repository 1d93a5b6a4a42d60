#include "projectio.h"

#include "atomicfile.h"
#include "jsonlimits.h"

#include <QFileInfo>

#include "formatversions.h"
#include "migrations.h"

#include <QFile>
#include <QSaveFile>

#include <set>

namespace aif {

namespace {

Diagnostic error(std::string pointer, std::string code, std::string message, std::string entity = {})
{
    return {Diagnostic::Severity::Error, std::move(pointer), std::move(entity), std::move(code),
            std::move(message)};
}

Diagnostic fileWarning(std::string pointer, std::string code, std::string message)
{
    return {Diagnostic::Severity::Warning, std::move(pointer), {}, std::move(code), std::move(message)};
}

// Escapes a key for a JSON pointer (RFC 6901).
std::string pointerKey(const std::string &key)
{
    std::string s;
    for (char c : key) {
        if (c == '~')
            s += "~0";
        else if (c == '/')
            s += "~1";
        else
            s += c;
    }
    return s;
}

template<class T>
bool readEntity(const Json &j, const std::string &pointer, T &out, Diagnostics *d)
{
    const bool singleton = kindNames(KindOf<T>::kind).singleton;   // fixed ids, none needed in files
    if (!j.is_object()) {
        d->push_back(error(pointer, "type", "expected an object"));
        return false;
    }
    bool ok = true;
    for (const Field<T> &f : T::fields()) {
        const auto it = j.find(f.info.key);
        if (it == j.end()) {
            if (f.info.key == "id" && !singleton) {
                d->push_back(error(pointer + "/id", "required", "id is required"));
                ok = false;
            }
            continue;
        }
        if (const std::string e = checkType(f.info, *it); !e.empty()) {
            d->push_back(error(pointer + "/" + f.info.key, "type", f.info.key + ": " + e, out.id));
            ok = false;
            continue;
        }
        f.set(out, *it);
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool known = false;
        for (const Field<T> &f : T::fields())
            known = known || f.info.key == it.key();
        if (!known)
            d->push_back(fileWarning(pointer + "/" + pointerKey(it.key()), "key.unknown",
                                 "unknown key '" + it.key() + "' ignored"));
    }
    return ok;
}

template<class T>
bool readSection(const Json &doc, Project &p, Diagnostics *d)
{
    const std::string key = kindNames(KindOf<T>::kind).fileKey;
    const auto it = doc.find(key);
    if (it == doc.end())
        return true;   // every section is optional; missing means empty (or defaults)
    const std::string pointer = "/" + key;
    if (std::vector<T> *list = KindOf<T>::list(p)) {
        if (!it->is_array()) {
            d->push_back(error(pointer, "type", key + ": expected an array"));
            return false;
        }
        bool ok = true;
        list->reserve(it->size());
        for (size_t i = 0; i < it->size(); ++i) {
            T item;
            if (readEntity((*it)[i], pointer + "/" + std::to_string(i), item, d))
                list->push_back(std::move(item));
            else
                ok = false;
        }
        return ok;
    }
    T &single = KindOf<T>::items(p)[0];
    const std::string fixedId = single.id;
    const bool ok = readEntity(*it, pointer, single, d);
    single.id = fixedId;   // singletons keep their well-known ids
    return ok;
}

} // namespace

QString generatorString()
{
    return QStringLiteral("AI Factory Studio %1").arg(QStringLiteral(AIF_VERSION_STRING));
}

LoadResult parseProject(const QByteArray &data)
{
    LoadResult r;
    std::string why;
    Json doc = parseJsonLimited(data, kMaxProjectBytes, &why);
    if (doc.is_discarded()) {
        r.diagnostics.push_back(error("", "json.syntax", why));
        return r;
    }
    if (!doc.is_object()) {
        r.diagnostics.push_back(error("", "type", "expected a JSON object at the top level"));
        return r;
    }
    const auto v = doc.find("formatVersion");
    if (v == doc.end() || !v->is_number_integer()) {
        r.diagnostics.push_back(error("/formatVersion", "format.missing",
                                      "formatVersion (integer) is missing: not an AI Factory Studio project"));
        return r;
    }
    r.fileFormatVersion = int(std::clamp<long long>(v->get<long long>(), -1, 1000000));
    if (!migrateProjectJson(doc, r.fileFormatVersion, &r.diagnostics))
        return r;
    r.migrated = r.fileFormatVersion != kFormatVersion;
    if (const auto g = doc.find("generator"); g != doc.end() && !g->is_string())
        r.diagnostics.push_back(error("/generator", "type", "generator: expected a string"));

    for (auto it = doc.begin(); it != doc.end(); ++it) {
        EntityKind k;
        if (!kindFromFileKey(it.key(), &k) && it.key() != "formatVersion" && it.key() != "generator")
            r.diagnostics.push_back(fileWarning("/" + pointerKey(it.key()), "key.unknown",
                                            "unknown section '" + it.key() + "' ignored"));
    }

    bool ok = true;
    // The file's sites replace the default one; a file without any keeps it.
    if (const auto s = doc.find("sites"); s != doc.end() && s->is_array() && !s->empty())
        r.project.sites.clear();
    for (EntityKind kind : allKinds()) {
        visitKind(kind, [&]<class T>(std::type_identity<T>) { ok = readSection<T>(doc, r.project, &r.diagnostics) && ok; });
    }
    if (r.project.sites.empty())
        r.project.sites.push_back(Project().site());

    // Ids must be unique across the whole project: references would be ambiguous otherwise.
    std::set<std::string> seen;
    for (EntityKind kind : allKinds()) {
        visitKind(kind, [&]<class T>(std::type_identity<T>) {
            const auto items = KindOf<T>::items(std::as_const(r.project));
            for (size_t i = 0; i < items.size(); ++i) {
                if (!seen.insert(items[i].id).second) {
                    std::string ptr = std::string("/") + kindNames(kind).fileKey;
                    if (!kindNames(kind).singleton)
                        ptr += "/" + std::to_string(i);
                    r.diagnostics.push_back(error(ptr + "/id", "id.duplicate",
                                                  "duplicate id '" + items[i].id + "'", items[i].id));
                    ok = false;
                }
            }
        });
    }
    r.project.rebuildIndex();
    r.ok = ok;
    return r;
}

LoadResult loadProject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        LoadResult r;
        r.diagnostics.push_back(error("", "io", "cannot open: " + f.errorString().toStdString()));
        return r;
    }
    if (f.size() > kMaxProjectBytes) {
        LoadResult r;
        r.diagnostics.push_back(error("", "io.size", "file is larger than 256 MiB: refusing to read it"));
        return r;
    }
    return parseProject(f.readAll());
}

Json projectToJson(const Project &p)
{
    Json doc = Json::object();
    doc["formatVersion"] = kFormatVersion;
    doc["generator"] = generatorString().toStdString();
    for (EntityKind kind : allKinds()) {
        const std::string key = kindNames(kind).fileKey;
        if (kindNames(kind).singleton) {
            doc[key] = p.toJson({kind, 0});
            continue;
        }
        Json list = Json::array();
        for (int i = 0; i < p.count(kind); ++i)
            list.push_back(p.toJson({kind, i}));
        doc[key] = std::move(list);
    }
    return doc;
}

QByteArray serializeProject(const Project &project)
{
    const std::string text = projectToJson(project).dump(2) + "\n";
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool saveProject(const Project &project, const QString &path, QString *errorText, bool keepBackup)
{
    if (!replaceable(path, errorText))
        return false;
    // One backup: the previous version of the file, replaced at each save (FILE.bak).
    if (keepBackup && QFileInfo::exists(path)) {
        QFile old(path);
        QString ignored;
        if (old.open(QIODevice::ReadOnly))
            writeFileAtomically(path + QStringLiteral(".bak"), old.readAll(), &ignored);
    }
    return writeFileAtomically(path, serializeProject(project), errorText);
}

} // namespace aif
