#pragma once

#include "../json.h"

#include <QUndoCommand>

namespace aif {

class Document;

// Changes one property of one entity. Consecutive changes of the same property merge into one
// undo step (dragging a spin box should not fill the history).
class SetPropertyCommand : public QUndoCommand
{
public:
    SetPropertyCommand(Document *document, std::string id, std::string key, Json oldValue, Json newValue,
                       QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    std::string m_id;
    std::string m_key;
    Json m_old;
    Json m_new;
    qint64 m_lastEditMs = 0;   // when the last merged edit arrived
};

} // namespace aif
