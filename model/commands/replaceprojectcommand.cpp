#include "replaceprojectcommand.h"

#include "../document.h"

namespace aif {

ReplaceProjectCommand::ReplaceProjectCommand(Document *document, Project replacement, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_other(std::move(replacement))
{}

void ReplaceProjectCommand::undo()
{
    m_other = m_document->swapProject(std::move(m_other));
}

void ReplaceProjectCommand::redo()
{
    m_other = m_document->swapProject(std::move(m_other));
}

} // namespace aif
