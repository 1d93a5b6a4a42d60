#pragma once

#include "../project.h"

#include <QUndoCommand>

namespace aif {

class Document;

// Replaces the whole project as one undoable step (recovering autosaved work, importing).
// Holds both versions; only for rare whole-document operations, never for ordinary edits.
class ReplaceProjectCommand : public QUndoCommand
{
public:
    ReplaceProjectCommand(Document *document, Project replacement, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Project m_other;
};

} // namespace aif
