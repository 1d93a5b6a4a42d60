#include "document.h"

#include "commands/addentitycommand.h"
#include "commands/batchcommand.h"
#include "commands/replaceprojectcommand.h"
#include "commands/removeentitiescommand.h"
#include "commands/setpropertycommand.h"
#include "projectio.h"
#include "validation.h"

#include <QUndoStack>

namespace aif {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() = default;

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::reset(Project project, const QString &filePath)
{
    m_undoStack->clear();
    m_project = std::move(project);
    m_project.rebuildIndex();
    m_filePath = filePath;
    ++m_revision;
    emit filePathChanged(m_filePath);
    emit changed({ChangeEvent::Type::Reset, EntityKind::Site, {}, {}});
    emit modifiedChanged(false);
}

bool Document::load(const QString &path, Diagnostics *diagnostics)
{
    LoadResult r = loadProject(path);
    if (diagnostics)
        *diagnostics = r.diagnostics;
    if (!r.ok)
        return false;
    reset(std::move(r.project), path);
    return true;
}

bool Document::save(const QString &path, QString *error)
{
    if (!saveProject(m_project, path, error))
        return false;
    m_undoStack->setClean();
    if (path != m_filePath) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    return true;
}

std::string Document::editProperty(const std::string &id, const std::string &key, const Json &value)
{
    const auto ref = m_project.find(id);
    if (!ref)
        return "no entity with id '" + id + "'";
    const PropertyInfo *info = m_project.property(ref->kind, key);
    if (!info)
        return "unknown property '" + key + "'";
    if (std::string e = checkType(*info, value); !e.empty())
        return e;
    if (std::string e = checkValue(*info, value); !e.empty())
        return e;
    if (info->type == PropType::OverrideList) {
        // Each override must name an entity, an editable field and a valid value (validation's rule).
        for (const Json &o : value)
            if (std::string e = overrideProblem(m_project, {o["entity"].get<std::string>(), o["property"].get<std::string>(), o["value"]});
                !e.empty())
                return e;
    }
    const Json old = m_project.value(*ref, key);
    if (old == value)
        return {};
    if (key == "id")
        return renameEntity(*ref, value.get<std::string>());
    pushCommand(new SetPropertyCommand(this, id, key, old, value, m_batch));
    return {};
}

std::string Document::renameEntity(EntityRef ref, const std::string &newId)
{
    const std::string oldId = m_project.idOf(ref);
    if (kindNames(ref.kind).singleton)
        return "the " + std::string(kindNames(ref.kind).label) + " keeps its fixed id '" + oldId + "'";
    if (m_project.find(newId))
        return "id '" + newId + "' is already used";
    // The rename and every reference to the entity change together, as one undo step.
    struct Update
    {
        std::string owner, key;
        Json before, after;
    };
    std::vector<Update> updates;
    for (EntityKind kind : allKinds()) {
        for (int i = 0; i < m_project.count(kind); ++i) {
            const EntityRef r{kind, i};
            for (const PropertyInfo &info : m_project.properties(kind)) {
                const Json v = m_project.value(r, info.key);
                if (info.type == PropType::Ref && v.get<std::string>() == oldId) {
                    updates.push_back({m_project.idOf(r), info.key, v, Json(newId)});
                } else if (info.type == PropType::RefList || info.type == PropType::OverrideList) {
                    // Id lists, and scenarios' overrides naming the entity they change.
                    Json after = v;
                    bool hit = false;
                    for (Json &x : after) {
                        Json &id = info.type == PropType::RefList ? x : x["entity"];
                        if (id.get<std::string>() == oldId) {
                            id = newId;
                            hit = true;
                        }
                    }
                    if (hit)
                        updates.push_back({m_project.idOf(r), info.key, v, after});
                }
            }
        }
    }
    beginBatch(QObject::tr("Rename %1 to %2").arg(QString::fromStdString(oldId), QString::fromStdString(newId)));
    pushCommand(new SetPropertyCommand(this, oldId, "id", Json(oldId), Json(newId), m_batch));
    for (const Update &u : updates) {
        // An entity that references itself has just been renamed too.
        const std::string owner = u.owner == oldId ? newId : u.owner;
        pushCommand(new SetPropertyCommand(this, owner, u.key, u.before, u.after, m_batch));
    }
    endBatch();
    return {};
}

std::string Document::addEntity(EntityKind kind, Json entity, std::string *error)
{
    if (kindNames(kind).singleton || !entity.is_object()) {
        if (error)
            *error = "cannot add this entity";
        return {};
    }
    std::string id = entity.value("id", std::string());
    if (id.empty() || m_project.find(id))
        id = m_project.newId(kind);
    entity["id"] = id;
    // Dry-run the insert on a copy-free check: the Project refuses wrong types.
    Project probe;
    if (std::string e = probe.insert(kind, entity, -1); !e.empty()) {
        if (error)
            *error = e;
        return {};
    }
    pushCommand(new AddEntityCommand(this, kind, entity, m_batch));
    return id;
}

void Document::removeEntities(const std::vector<std::string> &ids)
{
    if (ids.empty())
        return;
    pushCommand(new RemoveEntitiesCommand(this, ids, m_batch));
}

void Document::beginBatch(const QString &text)
{
    if (m_batchDepth++ == 0) {
        m_batch = new BatchCommand(this, text);
        suspendNotifications();
    }
}

void Document::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    BatchCommand *batch = m_batch;
    m_batch = nullptr;
    resumeNotifications();
    if (batch->childCount() == 0)
        delete batch;
    else
        m_undoStack->push(batch);   // children are applied already; BatchCommand skips this redo
}

void Document::replaceProject(Project project, const QString &text)
{
    project.rebuildIndex();
    pushCommand(new ReplaceProjectCommand(this, std::move(project), text));
}

Project Document::swapProject(Project project)
{
    std::swap(m_project, project);
    m_project.rebuildIndex();
    ++m_revision;
    notify({ChangeEvent::Type::Reset, EntityKind::Site, {}, {}});
    return project;
}

void Document::pushCommand(QUndoCommand *command)
{
    if (m_batch)
        command->redo();             // a child of the open batch: apply now, pushed with the batch
    else
        m_undoStack->push(command);  // push() calls redo()
}

std::string Document::applyValue(const std::string &id, const std::string &key, const Json &value)
{
    const auto ref = m_project.find(id);
    if (!ref)
        return "no entity with id '" + id + "'";
    const EntityKind kind = ref->kind;
    if (std::string e = m_project.setValue(*ref, key, value); !e.empty())
        return e;
    ++m_revision;
    const std::string current = key == "id" ? value.get<std::string>() : id;
    notify({ChangeEvent::Type::PropertyChanged, kind, {current}, key});
    return {};
}

std::string Document::applyInsert(EntityKind kind, const Json &entity, int index)
{
    if (std::string e = m_project.insert(kind, entity, index); !e.empty())
        return e;
    ++m_revision;
    notify({ChangeEvent::Type::EntitiesAdded, kind, {entity["id"].get<std::string>()}, {}});
    return {};
}

void Document::applyRemove(const std::string &id)
{
    const auto ref = m_project.find(id);
    if (!ref)
        return;
    const EntityKind kind = ref->kind;
    m_project.remove(*ref);
    ++m_revision;
    notify({ChangeEvent::Type::EntitiesRemoved, kind, {id}, {}});
}

void Document::suspendNotifications()
{
    ++m_suspended;
}

void Document::resumeNotifications()
{
    if (m_suspended == 0 || --m_suspended > 0)
        return;
    if (!m_suspendedAny)
        return;
    ChangeEvent e{ChangeEvent::Type::Batch, EntityKind::Site, std::move(m_suspendedIds), {}};
    m_suspendedIds.clear();
    m_suspendedAny = false;
    emit changed(e);
}

void Document::notify(ChangeEvent event)
{
    if (m_suspended > 0) {
        m_suspendedAny = true;
        m_suspendedIds.insert(m_suspendedIds.end(), event.ids.begin(), event.ids.end());
        return;
    }
    emit changed(event);
}

} // namespace aif
