#pragma once

#include "../entitykind.h"
#include "../json.h"

#include <QUndoCommand>

#include <vector>

namespace aif {

class Document;

// Removes entities and clears the optional references other entities held to them (a rack fed
// from a deleted PDU becomes unfed, not dangling). Entities with a required reference to a
// removed one are removed too (deleting a hall deletes its racks). Undo restores everything.
class RemoveEntitiesCommand : public QUndoCommand
{
public:
    RemoveEntitiesCommand(Document *document, const std::vector<std::string> &ids, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    struct Removed
    {
        EntityKind kind;
        int index;
        Json entity;
    };
    struct ClearedRef
    {
        std::string id;
        std::string key;
        Json oldValue;
        Json newValue;
    };
    Document *m_document;
    std::vector<Removed> m_removed;   // ascending by (kind, index)
    std::vector<ClearedRef> m_cleared;
};

} // namespace aif
