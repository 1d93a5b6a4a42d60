// FloorPlanView's input handling (mouse, keys, context menu, drops); setup, painting and
// the edit slots are in floorplanview.cpp.
#include "floorplanview.h"

#include "document.h"
#include "floorplancontextmenu.h"
#include "floorplanedits.h"
#include "floorplanitem.h"
#include "floorplanlayouttools.h"
#include "floorplanpalette.h"
#include "floorplanscene.h"
#include "selectionmodel.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace aif {

namespace {
// Mouse travel before a press becomes a drag (Qt's default start-drag distance is 10 px; CAD
// users expect less).
constexpr int kDragThresholdPx = 4;
} // namespace

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    // 120 units per notch; 1.0015^120 ≈ 1.2 per notch, smooth on touchpads' small deltas.
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void FloorPlanView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    m_pressPos = m_lastPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_space)) {
        m_mode = Mode::Panning;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;   // right button: the context menu event follows
    if (m_tool == FloorPlanTool::CreateHall || m_tool == FloorPlanTool::Containment) {
        m_mode = Mode::DrawRect;
        m_rubber = QRect(m_pressPos, QSize());
        return;
    }
    if (m_tool == FloorPlanTool::FloorTile || m_tool == FloorPlanTool::ReturnGrille) {
        beginTileRun(m_pressPos);
        return;
    }
    if (m_tool != FloorPlanTool::Select && m_tool != FloorPlanTool::Place) {
        clickTool(m_pressPos, event->modifiers());
        return;
    }
    // A selected hall's handles sit on top of everything; then the item under the press; then
    // a hall's walls or name.
    QString hall;
    const FloorPlanHallEdit::Part part = m_hallEdit.hit(m_pressPos, &hall);
    FloorPlanItem *item = itemAtPoint(m_pressPos);
    if (part != FloorPlanHallEdit::Part::None && (part != FloorPlanHallEdit::Part::Move || !item)) {
        if (!(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)))
            select({hall});
        m_mode = Mode::PendingHall;
        m_hallEdit.begin(hall, part, mapToScene(m_pressPos));
        return;
    }
    pressSelect(item, mapToScene(m_pressPos), event->modifiers());
}

void FloorPlanView::pressSelect(FloorPlanItem *item, const QPointF &scenePos, Qt::KeyboardModifiers mods)
{
    QStringList sel = m_selection->selected();
    if (!item) {
        m_mode = Mode::RubberBand;
        m_rubber = QRect(m_pressPos, QSize());
        return;
    }
    const QString id = item->id();
    if (mods & Qt::ControlModifier) {
        if (sel.contains(id))
            sel.removeAll(id);
        else
            sel << id;
        select(sel);
        return;   // a toggle click never starts a drag
    }
    if (mods & Qt::ShiftModifier) {
        if (!sel.contains(id))
            sel << id;
        select(sel);
    } else if (!sel.contains(id)) {
        select({id});
    }
    m_pressedId = id;
    m_mode = Mode::PendingDrag;
    m_drag.begin(m_selection->selected(), id, scenePos);
}

void FloorPlanView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_mode) {
    case Mode::Panning: {
        const QPoint d = pos - m_lastPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        break;
    }
    case Mode::PendingDrag:
        if ((pos - m_pressPos).manhattanLength() < kDragThresholdPx)
            break;
        m_mode = Mode::Dragging;
        [[fallthrough]];
    case Mode::Dragging: m_drag.update(mapToScene(pos), m_snap); break;
    case Mode::RubberBand:
    case Mode::DrawRect:
        m_rubber = QRect(m_pressPos, pos).normalized();
        viewport()->update();
        break;
    case Mode::TileRun: viewport()->update(); break;
    case Mode::PendingHall:
        if ((pos - m_pressPos).manhattanLength() < kDragThresholdPx)
            break;
        m_mode = Mode::HallEdit;
        [[fallthrough]];
    case Mode::HallEdit:
        m_hallEdit.update(mapToScene(pos));
        viewport()->update();
        break;
    case Mode::Idle: break;
    }
    m_lastPos = pos;
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    const Mode mode = m_mode;
    m_mode = Mode::Idle;
    switch (mode) {
    case Mode::Panning: setCursor(m_space ? Qt::OpenHandCursor : Qt::ArrowCursor); break;
    case Mode::Dragging:
        m_drag.update(mapToScene(event->position().toPoint()), m_snap);
        m_drag.commit();
        break;
    case Mode::PendingDrag:
        m_drag.cancel();
        // A plain click on one of several selected items selects just that one.
        if (!(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) && m_selection->selected().size() > 1)
            select({m_pressedId});
        break;
    case Mode::RubberBand: finishRubberBand(event->modifiers()); break;
    case Mode::DrawRect: finishDrawRect(); break;
    case Mode::TileRun: finishTileRun(event->position().toPoint()); break;
    case Mode::PendingHall: m_hallEdit.cancel(); break;   // a click selects the hall
    case Mode::HallEdit:
        m_hallEdit.update(mapToScene(event->position().toPoint()));
        m_hallEdit.commit();
        viewport()->update();
        break;
    case Mode::Idle: break;
    }
}

void FloorPlanView::finishDrawRect()
{
    const QRectF sceneRect = mapToScene(m_rubber).boundingRect();
    m_rubber = {};
    viewport()->update();
    if (m_tool == FloorPlanTool::CreateHall) {
        QString why;
        const QString id = FloorPlanHallEdit::createHall(document(), sceneRect, &why);
        if (id.isEmpty()) {
            emit editRefused(why);
            return;
        }
        select({id});
        setTool(FloorPlanTool::Select);
        return;
    }
    const Hall *hall = m_scene->hallAt(sceneRect.center());
    if (!hall) {
        emit editRefused(tr("Containment is drawn inside a hall"));
        return;
    }
    const QRectF hallRect = QRectF(planGeometry::sceneToHall(*hall, sceneRect.topLeft()),
                                   planGeometry::sceneToHall(*hall, sceneRect.bottomRight()))
                                .normalized();
    const auto snapped = [](double v) { return planGeometry::snapToGrid(v, 0.1); };
    const QRectF r(QPointF(snapped(hallRect.left()), snapped(hallRect.top())),
                   QPointF(snapped(hallRect.right()), snapped(hallRect.bottom())));
    const QString id = FloorPlanLayoutTools::createContainment(document(), hall->id, r);
    if (id.isEmpty()) {
        emit editRefused(tr("Drag the contained aisle's rectangle (at least 0.3 m each way)"));
        return;
    }
    select({id});
    setTool(FloorPlanTool::Select);
}

void FloorPlanView::finishRubberBand(Qt::KeyboardModifiers mods)
{
    const bool add = mods & (Qt::ShiftModifier | Qt::ControlModifier);
    QStringList sel = add ? m_selection->selected() : QStringList();
    if (m_rubber.width() > 2 || m_rubber.height() > 2) {
        // Items whose footprint lies wholly inside the band, as in most CAD tools: a band
        // across a hall must not catch the containment zone it merely crosses. (Qt's
        // ContainsItemShape also demands the bounding rect, which includes the front arrow.)
        const QRectF band = mapToScene(m_rubber).boundingRect();
        const QList<QGraphicsItem *> hits = items(m_rubber, Qt::IntersectsItemShape);
        for (QGraphicsItem *i : hits) {
            if (i->type() != FloorPlanItem::Type)
                continue;
            const auto *item = static_cast<FloorPlanItem *>(i);
            if (band.contains(item->localRect().translated(item->pos())) && !sel.contains(item->id()))
                sel << item->id();
        }
    }
    m_rubber = {};
    select(sel);
    viewport()->update();
}

void FloorPlanView::clickTool(const QPoint &viewPos, Qt::KeyboardModifiers mods)
{
    const QPointF scenePos = mapToScene(viewPos);
    if (m_tool == FloorPlanTool::Connect) {
        FloorPlanItem *item = itemAtPoint(viewPos);
        // With racks chosen, a power node under the cursor wins over the rack beneath it:
        // busways run right over the racks they feed.
        if (!m_selection->selected().isEmpty()) {
            const QList<QGraphicsItem *> hits = items(viewPos);
            for (QGraphicsItem *i : hits) {
                auto *node = i->type() == FloorPlanItem::Type ? static_cast<FloorPlanItem *>(i) : nullptr;
                if (node && node->kind() == EntityKind::PowerNode) {
                    item = node;
                    break;
                }
            }
        }
        if (!item)
            return;
        FloorPlanEdits edits(document());
        if (item->kind() == EntityKind::PowerNode) {
            edits.connectFeed(m_selection->selected(), item->id(), mods & Qt::ShiftModifier);
        } else if (item->kind() == EntityKind::Cdu && !m_selection->selected().isEmpty()) {
            // Racks join the CDU's technology cooling loop.
            if (const Cdu *cdu = document()->project().get<Cdu>(item->id().toStdString()))
                edits.assignCoolingLoop(m_selection->selected(), QString::fromStdString(cdu->secondaryLoop));
        } else if (item->kind() == EntityKind::AirUnit && m_selection->selected().size() == 1) {
            if (!edits.mountRearDoor(item->id(), m_selection->current()))
                emit editRefused(tr("A rear door mounts on one rack: select the rack, then click a rear-door unit"));
        } else if (item->kind() == EntityKind::Rack) {
            QStringList sel = m_selection->selected();
            if (!sel.contains(item->id()))
                select(sel << item->id());
        }
        return;
    }
    const Hall *hall = m_scene->hallAt(scenePos);
    if (!hall)
        return;   // rows are placed inside a hall
    const QPointF at = planGeometry::snapPosition(planGeometry::sceneToHall(*hall, scenePos), m_snap, {}, true);
    QStringList ids = m_tool == FloorPlanTool::CreateRow
                          ? FloorPlanLayoutTools::createRow(document(), hall->id, at, m_rowOptions)
                          : FloorPlanLayoutTools::createAislePair(document(), hall->id, at, m_rowOptions);
    select(ids);
    setTool(FloorPlanTool::Select);
}

void FloorPlanView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const double step = event->modifiers() & Qt::ShiftModifier ? 0.6 : 0.1;   // a tile / the fine grid
    FloorPlanEdits edits(document());
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: deleteSelection(); break;
    case Qt::Key_R:
        if (ctrl)
            return QGraphicsView::keyPressEvent(event);
        rotateSelection();
        break;
    case Qt::Key_D:
        if (!ctrl)
            return QGraphicsView::keyPressEvent(event);
        duplicateSelection();
        break;
    case Qt::Key_C:
        if (!ctrl)
            return QGraphicsView::keyPressEvent(event);
        copySelection();
        break;
    case Qt::Key_V:
        if (!ctrl)
            return QGraphicsView::keyPressEvent(event);
        pasteClipboard();
        break;
    case Qt::Key_Left: edits.nudge(m_selection->selected(), -step, 0); break;
    case Qt::Key_Right: edits.nudge(m_selection->selected(), step, 0); break;
    case Qt::Key_Up: edits.nudge(m_selection->selected(), 0, step); break;     // north is up
    case Qt::Key_Down: edits.nudge(m_selection->selected(), 0, -step); break;
    case Qt::Key_F:
    case Qt::Key_Home: fitToView(); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25); break;
    case Qt::Key_Minus: zoomBy(0.8); break;
    case Qt::Key_Escape:
        if (m_mode == Mode::Dragging || m_mode == Mode::PendingDrag)
            m_drag.cancel();
        m_hallEdit.cancel();
        m_mode = Mode::Idle;
        m_rubber = {};
        setTool(FloorPlanTool::Select);
        viewport()->update();
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_space = true;
            setCursor(Qt::OpenHandCursor);
        }
        break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void FloorPlanView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_space = false;
        setCursor(m_tool == FloorPlanTool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FloorPlanView::contextMenuEvent(QContextMenuEvent *event)
{
    FloorPlanItem *item = itemAtPoint(event->pos());
    if (!item) {
        // A hall (its floor, walls or name): select it, rename, delete, paste into it.
        const Hall *hall = m_scene->hallAt(mapToScene(event->pos()));
        QString hallId = hall ? QString::fromStdString(hall->id) : QString();
        if (hallId.isEmpty() && m_hallEdit.hit(event->pos(), &hallId) == FloorPlanHallEdit::Part::None)
            return;
        select({hallId});
        QMenu menu(this);
        menu.addAction(tr("Rename hall…"), QKeySequence(Qt::Key_F2), this, [this, hallId] {
            const Hall *h = document()->project().get<Hall>(hallId.toStdString());
            bool ok = false;
            const QString name = h ? QInputDialog::getText(this, tr("Rename hall"), tr("Name:"), QLineEdit::Normal,
                                                           QString::fromStdString(h->name), &ok)
                                   : QString();
            if (ok)
                document()->editProperty(hallId.toStdString(), "name", Json(name.trimmed().toStdString()));
        });
        menu.addAction(tr("Paste"), QKeySequence::Paste, this, &FloorPlanView::pasteClipboard);
        menu.addSeparator();
        menu.addAction(tr("Delete hall and everything in it"), this, [this, hallId] {
            m_selection->clear();
            document()->removeEntities({hallId.toStdString()});
        });
        menu.exec(event->globalPos());
        return;
    }
    if (!m_selection->selected().contains(item->id()))
        select({item->id()});
    FloorPlanContextMenu menu(this);
    menu.exec(event->globalPos());
}

void FloorPlanView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(FloorPlanPalette::mimeType()))
        event->acceptProposedAction();
}

void FloorPlanView::dragMoveEvent(QDragMoveEvent *event)
{
    const bool inHall = m_scene->hallAt(mapToScene(event->position().toPoint())) != nullptr;
    if (event->mimeData()->hasFormat(FloorPlanPalette::mimeType()) && inHall)
        event->acceptProposedAction();
    else
        event->ignore();
}

void FloorPlanView::dropEvent(QDropEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const Hall *hall = m_scene->hallAt(scenePos);
    const QString key = QString::fromUtf8(event->mimeData()->data(FloorPlanPalette::mimeType()));
    if (!hall)
        return;
    const QPointF at = planGeometry::snapPosition(planGeometry::sceneToHall(*hall, scenePos), m_snap, {}, true);
    const QStringList ids = FloorPlanPalette::place(document(), m_scene->catalog(), key, hall->id, at);
    if (!ids.isEmpty()) {
        select(ids);
        event->acceptProposedAction();
    }
}

} // namespace aif
