#pragma once

#include "changeevent.h"
#include "json.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

#include <memory>

namespace aif {

class Catalog;
class Document;
class SelectionModel;
struct SolveResult;

// Edits the selected entity's properties, in the user's units, through undo commands. With
// several entities of one kind selected, an edit applies to all of them as one undo step.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    Inspector(Document *document, SelectionModel *selection, const Catalog *catalog, QWidget *parent = nullptr);

    void refresh();
    // The latest solve, to show the selected entity's solved values (greyed when stale).
    void setResults(std::shared_ptr<const SolveResult> result);

signals:
    void editRefused(const QString &message);
    // "Sweep this field…" on a field's name: the studio opens What-if ▸ Sweep with it.
    void sweepFieldRequested(const QString &entityId, const QString &key);

private:
    void onDocumentChanged(const ChangeEvent &event);
    void commit(const QStringList &ids, const std::string &key, const Json &value);
    void refuse(const QString &message);   // shown above the fields and emitted (status bar)
    QString labelOf(const QString &id, const std::string &key) const;

    Document *m_document;
    SelectionModel *m_selection;
    const Catalog *m_catalog;
    QLabel *m_title;
    QLabel *m_status;
    QScrollArea *m_scroll;
    QLabel *m_results;
    std::shared_ptr<const SolveResult> m_result;
    quint64 m_resultRevision = 0;
    bool m_committing = false;
};

} // namespace aif
