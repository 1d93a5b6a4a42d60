#include "floorplandragmove.h"

#include "document.h"
#include "floorplanedits.h"
#include "floorplanscene.h"

#include <QSet>

namespace aif {

void FloorPlanDragMove::begin(const QStringList &ids, const QString &anchorId, const QPointF &pressScenePos)
{
    m_entries.clear();
    m_rowMates.clear();
    m_delta = {};
    m_press = pressScenePos;
    for (const QString &id : ids) {
        QPointF p;
        if (m_scene->hallPosition(id, &p))
            m_entries.push_back({id, p});
    }
    if (!m_scene->hallPosition(anchorId, &m_anchorStart) && !m_entries.empty())
        m_anchorStart = m_entries.front().start;
    // Row-mates of the anchor that stay put: the lines a dragged rack can snap back onto.
    const Project &p = m_scene->document()->project();
    const Rack *anchor = p.get<Rack>(anchorId.toStdString());
    if (!anchor || anchor->row.empty())
        return;
    const QSet<QString> moving(ids.begin(), ids.end());
    m_rowAlongX = planGeometry::quarterTurns(anchor->rotationDeg) % 2 == 0;
    for (const Rack &r : p.racks) {
        if (r.row == anchor->row && r.hall == anchor->hall && !moving.contains(QString::fromStdString(r.id)))
            m_rowMates.emplace_back(r.xM, r.yM);
    }
}

void FloorPlanDragMove::update(const QPointF &scenePos, const planGeometry::SnapOptions &snap)
{
    if (m_entries.empty())
        return;
    // Halls are only translated on the campus, so a scene delta is a hall delta with y flipped.
    const QPointF raw(scenePos.x() - m_press.x(), -(scenePos.y() - m_press.y()));
    const QPointF anchor = planGeometry::snapPosition(m_anchorStart + raw, snap, m_rowMates, m_rowAlongX);
    m_delta = anchor - m_anchorStart;
    for (const Entry &e : m_entries)
        m_scene->previewPosition(e.id, e.start + m_delta);
}

bool FloorPlanDragMove::commit()
{
    if (m_entries.empty())
        return false;
    std::vector<FloorPlanEdits::Move> moves;
    if (!m_delta.isNull()) {
        for (const Entry &e : m_entries)
            moves.push_back({e.id, e.start + m_delta});
    }
    m_entries.clear();
    if (moves.empty())
        return false;
    return FloorPlanEdits(m_scene->document()).move(moves);
}

void FloorPlanDragMove::cancel()
{
    if (m_entries.empty())
        return;
    m_entries.clear();
    m_scene->resetPositions();
}

} // namespace aif
