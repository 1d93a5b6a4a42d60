#pragma once

#include "floorplangeometry.h"

#include <QPointF>
#include <QStringList>

#include <vector>

namespace aif {

class FloorPlanScene;

// Dragging selected items: previews positions on the scene while the mouse moves (no document
// edits, so a drag is cheap and cancellable) and commits them as one undo step on release.
// The pressed item (the anchor) is snapped; the others keep their offsets to it.
class FloorPlanDragMove
{
public:
    explicit FloorPlanDragMove(FloorPlanScene *scene) : m_scene(scene) {}

    void begin(const QStringList &ids, const QString &anchorId, const QPointF &pressScenePos);
    void update(const QPointF &scenePos, const planGeometry::SnapOptions &snap);
    // One undo step "Move N items"; false (and nothing pushed) when nothing moved.
    bool commit();
    void cancel();
    bool isActive() const { return !m_entries.empty(); }
    QPointF delta() const { return m_delta; }

private:
    struct Entry
    {
        QString id;
        QPointF start;   // hall coordinates
    };
    FloorPlanScene *m_scene;
    std::vector<Entry> m_entries;
    QPointF m_anchorStart;
    QPointF m_press;
    QPointF m_delta;
    std::vector<QPointF> m_rowMates;
    bool m_rowAlongX = true;
};

} // namespace aif
