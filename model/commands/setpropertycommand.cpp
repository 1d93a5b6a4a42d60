#include "setpropertycommand.h"

#include "../document.h"
#include "undocommands.h"

#include <QDateTime>

namespace aif {

SetPropertyCommand::SetPropertyCommand(Document *document, std::string id, std::string key, Json oldValue,
                                       Json newValue, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_id(std::move(id))
    , m_key(std::move(key))
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
    , m_lastEditMs(QDateTime::currentMSecsSinceEpoch())
{
    const Project &p = document->project();
    const auto ref = p.find(m_id);
    const PropertyInfo *info = ref ? p.property(ref->kind, m_key) : nullptr;
    const QString label = info ? QString::fromStdString(info->label) : QString::fromStdString(m_key);
    setText(QObject::tr("Change %1 of %2").arg(label, QString::fromStdString(m_id)));
}

void SetPropertyCommand::undo()
{
    // The id itself may be what changed: after redo the entity is known by the new id.
    const std::string current = m_key == "id" ? m_new.get<std::string>() : m_id;
    m_document->applyValue(current, m_key, m_old);
}

void SetPropertyCommand::redo()
{
    m_document->applyValue(m_id, m_key, m_new);
}

int SetPropertyCommand::id() const
{
    return CmdSetProperty;
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    // Only a run of numbers on one field within moments is one step (a spin box held down, a
    // value nudged with the arrow keys). Renames, switches and choices are deliberate acts: two
    // of them are two steps, and toggling twice must not merge into a step that does nothing.
    constexpr qint64 kRunMs = 1500;
    const auto *o = static_cast<const SetPropertyCommand *>(other);
    if (o->m_id != m_id || o->m_key != m_key || m_key == "id" || !m_new.is_number() || !o->m_new.is_number()
        || o->m_lastEditMs - m_lastEditMs > kRunMs)
        return false;
    m_new = o->m_new;
    m_lastEditMs = o->m_lastEditMs;
    return true;
}

} // namespace aif
