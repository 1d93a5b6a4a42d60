#include "project.h"

#include <array>
#include <cstdio>

namespace aif {

namespace {

template<class T>
const Field<T> *findField(const std::string &key)
{
    for (const Field<T> &f : T::fields()) {
        if (f.info.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

Project::Project()
{
    Site first;
    first.id = "site";
    first.name = "Site";
    sites.push_back(std::move(first));
    economics.id = "economics";
    economics.name = "Economics";
    airModel.id = "air-model";
    airModel.name = "Air model";
    rebuildIndex();
}

std::optional<EntityRef> Project::find(const std::string &id) const
{
    const auto it = m_index.find(id);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

void Project::rebuildIndex()
{
    m_index.clear();
    for (EntityKind kind : allKinds()) {
        visitKind(kind, [&]<class T>(std::type_identity<T>) {
            const auto items = KindOf<T>::items(std::as_const(*this));
            for (size_t i = 0; i < items.size(); ++i)
                m_index.emplace(items[i].id, EntityRef{kind, int(i)});
        });
    }
}

int Project::count(EntityKind kind) const
{
    return visitKind(kind, [&]<class T>(std::type_identity<T>) { return int(KindOf<T>::items(*this).size()); });
}

std::string Project::idOf(EntityRef ref) const
{
    return visitKind(ref.kind, [&]<class T>(std::type_identity<T>) {
        return KindOf<T>::items(*this)[size_t(ref.index)].id;
    });
}

std::string Project::nameOf(EntityRef ref) const
{
    return visitKind(ref.kind, [&]<class T>(std::type_identity<T>) {
        return KindOf<T>::items(*this)[size_t(ref.index)].name;
    });
}

std::string Project::newId(EntityKind kind) const
{
    const std::string prefix = kindNames(kind).idPrefix;
    for (int n = count(kind) + 1;; ++n) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "-%04d", n);
        const std::string id = prefix + buf;
        if (!m_index.contains(id))
            return id;
    }
}

const std::vector<PropertyInfo> &Project::properties(EntityKind kind) const
{
    static const std::array<std::vector<PropertyInfo>, kEntityKindCount> tables = [] {
        std::array<std::vector<PropertyInfo>, kEntityKindCount> t;
        for (EntityKind k : allKinds()) {
            visitKind(k, [&]<class T>(std::type_identity<T>) {
                for (const Field<T> &f : T::fields())
                    t[size_t(k)].push_back(f.info);
            });
        }
        return t;
    }();
    return tables[size_t(kind)];
}

const PropertyInfo *Project::property(EntityKind kind, const std::string &key) const
{
    for (const PropertyInfo &p : properties(kind)) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

Json Project::value(EntityRef ref, const std::string &key) const
{
    return visitKind(ref.kind, [&]<class T>(std::type_identity<T>) -> Json {
        const Field<T> *f = findField<T>(key);
        return f ? f->get(KindOf<T>::items(*this)[size_t(ref.index)]) : Json();
    });
}

std::string Project::setValue(EntityRef ref, const std::string &key, const Json &value)
{
    return visitKind(ref.kind, [&]<class T>(std::type_identity<T>) -> std::string {
        const Field<T> *f = findField<T>(key);
        if (!f)
            return "unknown property '" + key + "'";
        if (std::string e = checkType(f->info, value); !e.empty())
            return e;
        if (std::string e = checkValue(f->info, value); !e.empty())
            return e;
        T &entity = KindOf<T>::items(*this)[size_t(ref.index)];
        if (key == "id") {
            const std::string newId = value.get<std::string>();
            if (newId != entity.id && m_index.contains(newId))
                return "id '" + newId + "' is already used";
            f->set(entity, value);
            rebuildIndex();
            return {};
        }
        f->set(entity, value);
        return {};
    });
}

Json Project::toJson(EntityRef ref) const
{
    return visitKind(ref.kind, [&]<class T>(std::type_identity<T>) {
        Json j = Json::object();
        const T &e = KindOf<T>::items(*this)[size_t(ref.index)];
        for (const Field<T> &f : T::fields())
            j[f.info.key] = f.get(e);
        return j;
    });
}

std::string Project::insert(EntityKind kind, const Json &entity, int index)
{
    if (kindNames(kind).singleton)
        return std::string("cannot add another ") + kindNames(kind).label;
    if (!entity.is_object())
        return "expected an object";
    return visitKind(kind, [&]<class T>(std::type_identity<T>) -> std::string {
        T item;
        for (const Field<T> &f : T::fields()) {
            const auto it = entity.find(f.info.key);
            if (it == entity.end())
                continue;
            if (std::string e = checkType(f.info, *it); !e.empty())
                return f.info.key + ": " + e;
            f.set(item, *it);
        }
        if (item.id.empty())
            return "id: is required";
        if (m_index.contains(item.id))
            return "id: '" + item.id + "' is already used";
        if constexpr (kIsSingleton<T>) {
            return "cannot add a singleton";
        } else {
        std::vector<T> *list = KindOf<T>::list(*this);
        if (index < 0 || index > int(list->size()))
            index = int(list->size());
        const std::string id = item.id;
        const bool append = index == int(list->size());
        list->insert(list->begin() + index, std::move(item));
        // Appending shifts no other index: one new entry, not a rebuild (a generated campus
        // inserts ~15,000 entities).
        if (append)
            m_index.emplace(id, EntityRef{kind, index});
        else
            rebuildIndex();
        return {};
        }
    });
}

const Site &Project::siteOf(const Hall &hall) const
{
    if (!hall.site.empty())
        for (const Site &s : sites)
            if (s.id == hall.site)
                return s;
    return site();
}

const Site &Project::siteOfHall(const std::string &hallId) const
{
    const Hall *h = get<Hall>(hallId);
    return h ? siteOf(*h) : site();
}

void Project::remove(EntityRef ref)
{
    if (ref.kind == EntityKind::Site && sites.size() <= 1)
        return;   // a project always stands somewhere
    visitKind(ref.kind, [&]<class T>(std::type_identity<T>) {
        if constexpr (!kIsSingleton<T>) {
            std::vector<T> *list = KindOf<T>::list(*this);
            list->erase(list->begin() + ref.index);
        }
    });
    rebuildIndex();
}

} // namespace aif
