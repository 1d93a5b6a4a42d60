#include "batchcommand.h"

#include "../document.h"

namespace aif {

BatchCommand::BatchCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

void BatchCommand::undo()
{
    m_document->suspendNotifications();
    QUndoCommand::undo();
    m_document->resumeNotifications();
    m_applied = false;
}

void BatchCommand::redo()
{
    if (m_applied)
        return;
    m_document->suspendNotifications();
    QUndoCommand::redo();
    m_document->resumeNotifications();
    m_applied = true;
}

} // namespace aif
