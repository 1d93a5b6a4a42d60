#include "addentitycommand.h"

#include "../document.h"

namespace aif {

AddEntityCommand::AddEntityCommand(Document *document, EntityKind kind, Json entity, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_kind(kind)
    , m_entity(std::move(entity))
{
    setText(QObject::tr("Add %1 %2").arg(QString::fromUtf8(kindNames(kind).label),
                                          QString::fromStdString(m_entity.value("id", std::string()))));
}

void AddEntityCommand::undo()
{
    m_document->applyRemove(m_entity["id"].get<std::string>());
}

void AddEntityCommand::redo()
{
    m_document->applyInsert(m_kind, m_entity, -1);
}

} // namespace aif
