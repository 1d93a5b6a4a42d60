#pragma once

#include "changeevent.h"

#include <QHash>
#include <QTreeWidget>

namespace aif {

class Catalog;
class Document;
class SelectionModel;

// The project outline: every entity under its kind, selection shared with the other views.
// Its context menu adds an entity of any kind (with what it needs), renames, duplicates and
// deletes, each one undo step.
class ProjectOutline : public QTreeWidget
{
    Q_OBJECT

public:
    ProjectOutline(Document *document, SelectionModel *selection, QWidget *parent = nullptr);
    void setCatalog(const Catalog *catalog) { m_catalog = catalog; }
    // Adds an entity of a kind as the Add menu does and selects it; empty with *why on refusal.
    QString addEntity(EntityKind kind, const std::string &subtype = {}, QString *why = nullptr);

signals:
    void editRefused(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void rebuild();
    void onDocumentChanged(const ChangeEvent &event);
    void onItemSelectionChanged();
    void onSelectionChanged(const QStringList &ids);

    Document *m_document;
    SelectionModel *m_selection;
    const Catalog *m_catalog = nullptr;
    QHash<QString, QTreeWidgetItem *> m_items;
    bool m_syncing = false;
};

} // namespace aif
