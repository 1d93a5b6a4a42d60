#pragma once

#include "changeevent.h"
#include "json.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace aif {

class Catalog;
class Document;
class SelectionModel;

// Edits the selected entity's properties, in the user's units, through undo commands. With
// several entities of one kind selected, an edit applies to all of them as one undo step.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    Inspector(Document *document, SelectionModel *selection, const Catalog *catalog, QWidget *parent = nullptr);

    void refresh();

signals:
    void editRefused(const QString &message);

private:
    void onDocumentChanged(const ChangeEvent &event);
    void commit(const QStringList &ids, const std::string &key, const Json &value);

    Document *m_document;
    SelectionModel *m_selection;
    const Catalog *m_catalog;
    QLabel *m_title;
    QLabel *m_status;
    QScrollArea *m_scroll;
    bool m_committing = false;
};

} // namespace aif
