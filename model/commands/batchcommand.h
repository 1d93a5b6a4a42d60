#pragma once

#include <QUndoCommand>

namespace aif {

class Document;

// Parent of the commands of one batch edit: undo/redo run the children with document
// notifications suspended, so listeners hear one Batch event. The children were already
// applied when the batch is pushed, so the first redo (from QUndoStack::push) is skipped.
class BatchCommand : public QUndoCommand
{
public:
    BatchCommand(Document *document, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    bool m_applied = true;
};

} // namespace aif
