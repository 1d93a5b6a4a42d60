#pragma once

#include "schematicnode.h"

#include <QGraphicsView>
#include <QHash>

#include <functional>

class QMenu;
class QTimer;

namespace aif {

struct ChangeEvent;
class Document;
class SchematicEdge;
class SelectionModel;

// One entry of an "Add ▸" menu: a key the view knows how to add ("pdu", "power/pdu-300kva"),
// or a sub-menu of variants (the catalog entries of a type).
struct AddChoice
{
    QString label;
    QString key;
    QString toolTip;
    QList<AddChoice> variants;
};

// What the power single-line diagram and the cooling schematic share: boxes and lines built
// from the document after every change, selection shared with the SelectionModel both ways,
// and editing by drawing: press on a box's port and drag a rubber line to another box to
// connect them, drag a whole box onto another to re-attach it, Delete on a line or boxes,
// context menus, zoom and fit. Subclasses lay the diagram out and decide what a connection
// means; every edit goes through the Document as one undo step, and a refused one changes
// nothing and says why through editRefused().
class SchematicView : public QGraphicsView
{
    Q_OBJECT

public:
    SchematicView(Document *document, SelectionModel *selection, Qt::Orientation flow,
                  QWidget *parent = nullptr);

    void rebuild();
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    int nodeCount() const { return int(m_nodeList.size()); }
    const QList<SchematicNode *> &nodes() const { return m_nodeList; }
    SchematicNode *nodeFor(const QString &id) const { return m_nodes.value(id); }
    const QList<SchematicEdge *> &edges() const { return m_edges; }
    SchematicEdge *edgeOf(const QString &owner, const QString &key) const;
    SchematicEdge *selectedEdge() const;
    void selectEdge(SchematicEdge *edge);

    // Deletes the selected line, else the selected boxes (one undo step) or says why not.
    void deleteSelection();
    void fitToContents();
    // The tool bar a panel puts above the view: Add ▸, Delete, Fit, and a hint that shows
    // the reason when an edit is refused.
    QWidget *createToolBar(QWidget *parent);
    // The context menu for a point of the viewport (what a right click opens).
    QMenu *createContextMenu(const QPoint &viewPos, QWidget *parent);
    virtual void fillAddMenu(QMenu *menu) = 0;

    static void fillChoiceMenu(QMenu *menu, const QList<AddChoice> &choices,
                               const std::function<void(const QString &key)> &pick);
    // Fill of a box by what the last solve says of it; washed out while results are stale.
    enum class Status { NoResult, Ok, Warning, Overloaded, OutOfService };
    QColor statusColor(Status status) const;

signals:
    void editRefused(const QString &reason);

protected:
    // Builds the boxes (addBox) and lines (addLine) for the current project.
    virtual void populate() = 0;
    // Why `start` (dragged from `port`) cannot be connected to `target`; empty when it can.
    virtual QString connectionRefusal(const SchematicNode *start, SchematicNode::Port port,
                                      const SchematicNode *target) const = 0;
    virtual void connectNodes(const SchematicNode *start, SchematicNode::Port port,
                              const SchematicNode *target)
        = 0;
    // Clears the reference a line stands for, or says why it cannot be cleared.
    virtual QString removeEdge(const SchematicEdge *edge) = 0;
    // Removes the entities of the selected boxes, or says why not.
    virtual QString removeNodes(const QStringList &ids);
    virtual void fillNodeMenu(QMenu *menu, const SchematicNode *node) = 0;
    virtual QString hint() const = 0;
    virtual void fitContents();

    SchematicNode *addBox(const QStringList &ids, int role, const QPointF &pos, const QSizeF &size);
    SchematicEdge *addLine(SchematicNode *from, SchematicNode *to, const QStringList &owners,
                           const QString &key);
    Document *document() const { return m_document; }
    SelectionModel *selectionModel() const { return m_selection; }
    void refuse(const QString &reason) { emit editRefused(reason); }

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Gesture { None, Pressed, Connecting, Dragging, Panning };

    void documentChanged(const ChangeEvent &event);
    void scheduleRebuild();
    void ensureCurrent();
    void highlightSelection();
    SchematicNode *nodeAt(const QPoint &viewPos, const SchematicNode *except = nullptr) const;
    SchematicEdge *edgeAt(const QPoint &viewPos) const;
    SchematicNode *targetAt(const QPoint &viewPos) const;
    void trackTarget(const QPoint &viewPos);
    void finishGesture(const QPoint &viewPos);
    void cancelGesture();
    void clearDropStates();

    Document *m_document;
    SelectionModel *m_selection;
    Qt::Orientation m_flow;
    QHash<QString, SchematicNode *> m_nodes; // every id a box stands for
    QList<SchematicNode *> m_nodeList;
    QList<SchematicEdge *> m_edges;
    QStringList m_edgeOwners; // the selected line, by what it stands for
    QString m_edgeKey;
    QTimer *m_rebuildTimer;
    bool m_stale = false;
    bool m_userZoomed = false;
    bool m_fitPending = true;
    bool m_dirty = false;

    Gesture m_gesture = Gesture::None;
    QString m_startId; // box the gesture started on
    SchematicNode::Port m_startPort = SchematicNode::NoPort;
    QPoint m_pressPos;
    QPointF m_pressScene;
    QPointF m_dragOrigin;
    QGraphicsPathItem *m_rubber = nullptr;
};

} // namespace aif
