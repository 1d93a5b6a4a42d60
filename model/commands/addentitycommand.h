#pragma once

#include "../entitykind.h"
#include "../json.h"

#include <QUndoCommand>

namespace aif {

class Document;

// Adds one entity (given as its JSON, id already assigned) at the end of its kind's list.
class AddEntityCommand : public QUndoCommand
{
public:
    AddEntityCommand(Document *document, EntityKind kind, Json entity, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    EntityKind m_kind;
    Json m_entity;
};

} // namespace aif
