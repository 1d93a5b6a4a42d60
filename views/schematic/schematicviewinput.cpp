// SchematicView's input: picking boxes and lines, drawing a connection from a port, dragging a
// box onto another, the keyboard, zoom.
#include "schematicview.h"

#include "../selectionmodel.h"
#include "schematicedge.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace aif {

SchematicNode *SchematicView::nodeAt(const QPoint &viewPos, const SchematicNode *except) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        auto *node = qgraphicsitem_cast<SchematicNode *>(item);
        if (node && node != except)
            return node;
    }
    return nullptr;
}

SchematicEdge *SchematicView::edgeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (auto *edge = qgraphicsitem_cast<SchematicEdge *>(item))
            return edge;
    }
    return nullptr;
}

void SchematicView::mousePressEvent(QMouseEvent *event)
{
    ensureCurrent();
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton || m_gesture != Gesture::None) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressPos = event->pos();
    m_pressScene = mapToScene(event->pos());
    if (SchematicNode *node = nodeAt(event->pos())) {
        m_startId = node->id();
        m_startPort = node->portAt(m_pressScene);
        if (m_startPort != SchematicNode::NoPort) {
            m_gesture = Gesture::Connecting;
            m_rubber = scene()->addPath(QPainterPath(), QPen(QColor(60, 60, 60), 2, Qt::DashLine));
            m_rubber->setZValue(100);
            trackTarget(event->pos());
            return;
        }
        QStringList selected = m_selection->selected();
        bool all = true;
        for (const QString &id : node->ids())
            all = all && selected.contains(id);
        if (event->modifiers() & Qt::ControlModifier) {
            for (const QString &id : node->ids()) {
                if (all)
                    selected.removeAll(id);
                else if (!selected.contains(id))
                    selected.append(id);
            }
        } else if (!all || !m_edgeOwners.isEmpty()) {
            selected = node->ids();
        }
        m_edgeOwners.clear();
        m_selection->setSelected(selected);
        highlightSelection();
        m_gesture = Gesture::Pressed;
        m_dragOrigin = node->pos();
        return;
    }
    if (SchematicEdge *edge = edgeAt(event->pos())) {
        selectEdge(edge);
        return;
    }
    m_gesture = Gesture::Panning;
    QGraphicsView::mousePressEvent(event);
}

void SchematicView::mouseMoveEvent(QMouseEvent *event)
{
    SchematicNode *start = m_nodes.value(m_startId);
    switch (m_gesture) {
    case Gesture::Connecting:
        if (start && m_rubber) {
            const QPointF a = start->portPos(m_startPort), b = mapToScene(event->pos());
            QPainterPath path(a);
            path.lineTo(b);
            m_rubber->setPath(path);
        }
        trackTarget(event->pos());
        return;
    case Gesture::Pressed:
        if ((event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance()
            || !start)
            return;
        m_gesture = Gesture::Dragging;
        start->setZValue(50);
        start->setOpacity(0.75);
        [[fallthrough]];
    case Gesture::Dragging:
        if (start)
            start->setPos(m_dragOrigin + mapToScene(event->pos()) - m_pressScene);
        trackTarget(event->pos());
        return;
    case Gesture::Panning:
        QGraphicsView::mouseMoveEvent(event);
        return;
    case Gesture::None: {
        const SchematicNode *node = nodeAt(event->pos());
        const bool port = node && node->portAt(mapToScene(event->pos())) != SchematicNode::NoPort;
        viewport()->setCursor(port       ? Qt::CrossCursor
                                  : node ? Qt::PointingHandCursor
                                         : Qt::OpenHandCursor);
        return;
    }
    }
}

SchematicNode *SchematicView::targetAt(const QPoint &viewPos) const
{
    const SchematicNode *start = m_nodes.value(m_startId);
    if (!start)
        return nullptr;
    if (m_gesture != Gesture::Connecting)
        return nodeAt(viewPos, start); // the dragged box itself is under the pointer
    // A line drawn back onto its own box is refused with a reason; a click on a handle is no line.
    SchematicNode *target = nodeAt(viewPos);
    const bool moved
        = (viewPos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
    return target == start && !moved ? nullptr : target;
}

void SchematicView::trackTarget(const QPoint &viewPos)
{
    clearDropStates();
    const SchematicNode *start = m_nodes.value(m_startId);
    SchematicNode *target = targetAt(viewPos);
    if (!target) {
        if (m_rubber)
            m_rubber->setPen(QPen(QColor(60, 60, 60), 2, Qt::DashLine));
        return;
    }
    // A dropped box hangs below (or right of) the box it lands on, like a line drawn from there.
    const QString why = m_gesture == Gesture::Connecting
        ? connectionRefusal(start, m_startPort, target)
        : connectionRefusal(target, SchematicNode::OutPort, start);
    target->setDropState(why.isEmpty() ? SchematicNode::Drop::Accepts
                                       : SchematicNode::Drop::Refuses);
    if (m_rubber)
        m_rubber->setPen(
            QPen(why.isEmpty() ? QColor(20, 150, 60) : QColor(210, 40, 40), 2, Qt::DashLine));
}

void SchematicView::clearDropStates()
{
    for (SchematicNode *node : std::as_const(m_nodeList))
        node->setDropState(SchematicNode::Drop::None);
}

void SchematicView::cancelGesture()
{
    if (m_rubber) {
        scene()->removeItem(m_rubber);
        delete m_rubber;
        m_rubber = nullptr;
    }
    if (m_gesture == Gesture::Dragging) {
        if (SchematicNode *start = m_nodes.value(m_startId)) {
            start->setPos(m_dragOrigin);
            start->setOpacity(1);
            start->setZValue(0);
        }
    }
    clearDropStates();
    m_gesture = Gesture::None;
    if (m_dirty)
        scheduleRebuild();
}

void SchematicView::finishGesture(const QPoint &viewPos)
{
    const Gesture gesture = m_gesture;
    const SchematicNode *start = m_nodes.value(m_startId);
    const SchematicNode *target = targetAt(viewPos);
    const SchematicNode::Port port = m_startPort;
    cancelGesture();
    if (!target || (gesture != Gesture::Connecting && gesture != Gesture::Dragging))
        return;
    // The boxes stay alive until the next event loop turn: rebuilds are deferred.
    const bool line = gesture == Gesture::Connecting;
    const QString why = line ? connectionRefusal(start, port, target)
                             : connectionRefusal(target, SchematicNode::OutPort, start);
    if (!why.isEmpty())
        emit editRefused(why);
    else if (line)
        connectNodes(start, port, target);
    else
        connectNodes(target, SchematicNode::OutPort, start);
}

void SchematicView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_gesture == Gesture::Panning) {
        QGraphicsView::mouseReleaseEvent(event);
        m_gesture = Gesture::None;
        // A click on the background (not a pan) clears the selection.
        if ((event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance()
            && !(event->modifiers() & Qt::ControlModifier)) {
            m_edgeOwners.clear();
            m_selection->clear();
            highlightSelection();
        }
        if (m_dirty)
            scheduleRebuild();
        return;
    }
    if (m_gesture == Gesture::None) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    finishGesture(event->pos());
}

bool SchematicView::event(QEvent *event)
{
    // Delete here means this diagram's line or boxes: claim the key before a window-wide
    // Delete shortcut (Edit ▸ Delete removes the selected entities, never a line).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace
            || (key == Qt::Key_Escape && m_gesture != Gesture::None)) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void SchematicView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_gesture != Gesture::None) {
        cancelGesture();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void SchematicView::wheelEvent(QWheelEvent *event)
{
    m_userZoomed = true;
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    scale(factor, factor);
}

} // namespace aif
