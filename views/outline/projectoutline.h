#pragma once

#include "changeevent.h"

#include <QHash>
#include <QTreeWidget>

namespace aif {

class Document;
class SelectionModel;

// The project outline: every entity under its kind, selection shared with the other views.
class ProjectOutline : public QTreeWidget
{
    Q_OBJECT

public:
    ProjectOutline(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

private:
    void rebuild();
    void onDocumentChanged(const ChangeEvent &event);
    void onItemSelectionChanged();
    void onSelectionChanged(const QStringList &ids);

    Document *m_document;
    SelectionModel *m_selection;
    QHash<QString, QTreeWidgetItem *> m_items;
    bool m_syncing = false;
};

} // namespace aif
