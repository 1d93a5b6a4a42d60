#include "removeentitiescommand.h"

#include "../document.h"

#include <algorithm>
#include <set>

namespace aif {

RemoveEntitiesCommand::RemoveEntitiesCommand(Document *document, const std::vector<std::string> &ids,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const Project &p = document->project();
    std::set<std::string> gone;
    for (const std::string &id : ids) {
        const auto ref = p.find(id);
        if (ref && !kindNames(ref->kind).singleton)
            gone.insert(id);
    }
    // A project always stands somewhere: the last site stays (its halls would lose their site).
    if (std::all_of(p.sites.begin(), p.sites.end(), [&](const Site &s) { return gone.contains(s.id); }))
        gone.erase(p.sites.front().id);
    const size_t asked = gone.size();
    // What cannot exist without a removed entity goes with it (a hall's racks, a loop's CDUs):
    // a required reference cannot be cleared, and leaving it dangling would corrupt the design.
    for (bool grew = true; grew;) {
        grew = false;
        for (EntityKind kind : allKinds()) {
            for (int i = 0; i < p.count(kind); ++i) {
                const EntityRef r{kind, i};
                const std::string owner = p.idOf(r);
                if (gone.contains(owner) || kindNames(kind).singleton)
                    continue;
                for (const PropertyInfo &info : p.properties(kind)) {
                    if (info.type == PropType::Ref && info.required && gone.contains(p.value(r, info.key).get<std::string>())) {
                        gone.insert(owner);
                        grew = true;
                        break;
                    }
                }
            }
        }
    }
    for (const std::string &id : gone) {
        const auto ref = p.find(id);
        m_removed.push_back({ref->kind, ref->index, p.toJson(*ref)});
    }
    std::sort(m_removed.begin(), m_removed.end(), [](const Removed &a, const Removed &b) {
        return std::pair(int(a.kind), a.index) < std::pair(int(b.kind), b.index);
    });
    // References held by the entities that stay.
    for (EntityKind kind : allKinds()) {
        for (int i = 0; i < p.count(kind); ++i) {
            const EntityRef r{kind, i};
            const std::string owner = p.idOf(r);
            if (gone.contains(owner))
                continue;
            for (const PropertyInfo &info : p.properties(kind)) {
                const Json v = p.value(r, info.key);
                if (info.type == PropType::Ref && gone.contains(v.get<std::string>())) {
                    m_cleared.push_back({owner, info.key, v, Json("")});
                } else if (info.type == PropType::RefList || info.type == PropType::OverrideList) {
                    // Id lists lose the removed ids; scenarios lose the overrides of removed items.
                    Json kept = Json::array();
                    for (const Json &x : v) {
                        const Json &id = info.type == PropType::RefList ? x : x["entity"];
                        if (!gone.contains(id.get<std::string>()))
                            kept.push_back(x);
                    }
                    if (kept.size() != v.size())
                        m_cleared.push_back({owner, info.key, v, kept});
                }
            }
        }
    }
    const int dependents = int(m_removed.size() - asked);
    if (m_removed.size() == 1)
        setText(QObject::tr("Delete %1").arg(QString::fromStdString(m_removed.front().entity["id"])));
    else if (dependents > 0)
        setText(QObject::tr("Delete %1 items and %2 that depend on them").arg(asked).arg(dependents));
    else
        setText(QObject::tr("Delete %1 items").arg(m_removed.size()));
}

void RemoveEntitiesCommand::undo()
{
    m_document->suspendNotifications();
    for (const Removed &r : m_removed)
        m_document->applyInsert(r.kind, r.entity, r.index);
    for (const ClearedRef &c : m_cleared)
        m_document->applyValue(c.id, c.key, c.oldValue);
    m_document->resumeNotifications();
}

void RemoveEntitiesCommand::redo()
{
    m_document->suspendNotifications();
    for (const ClearedRef &c : m_cleared)
        m_document->applyValue(c.id, c.key, c.newValue);
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it)
        m_document->applyRemove(it->entity["id"].get<std::string>());
    m_document->resumeNotifications();
}

} // namespace aif
