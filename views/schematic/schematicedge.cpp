#include "schematicedge.h"

#include "schematicnode.h"

#include <QPainterPathStroker>
#include <QPen>

namespace aif {

SchematicEdge::SchematicEdge(SchematicNode *from, SchematicNode *to, Qt::Orientation flow)
    : m_from(from)
    , m_to(to)
{
    const QPointF a = from->portPos(SchematicNode::OutPort), b = to->portPos(SchematicNode::InPort);
    QPainterPath path(a);
    QPointF bend;
    if (flow == Qt::Vertical) {
        const double mid = (a.y() + b.y()) / 2;
        path.lineTo(a.x(), mid);
        path.lineTo(b.x(), mid);
        bend = QPointF(b.x(), mid);
    } else {
        const double mid = (a.x() + b.x()) / 2;
        path.lineTo(mid, a.y());
        path.lineTo(mid, b.y());
        bend = QPointF(mid, b.y());
    }
    path.lineTo(b);
    setPath(path);
    // Siblings share the trunk from their common source; only the last run is this line's own.
    QPainterPath own(bend);
    own.lineTo(b);
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    m_pick = stroker.createStroke(own);
    setZValue(-1);
    applyPen();
}

void SchematicEdge::setReference(const QStringList &owners, const QString &key)
{
    m_owners = owners;
    m_key = key;
}

void SchematicEdge::setColor(const QColor &color)
{
    m_color = color;
    applyPen();
}

void SchematicEdge::setHighlighted(bool on)
{
    m_highlighted = on;
    setZValue(on ? 1 : -1);
    applyPen();
}

void SchematicEdge::applyPen()
{
    setPen(m_highlighted ? QPen(QColor(0, 90, 200), 3.5) : QPen(m_color, 1.4));
}

QPointF SchematicEdge::pickPoint() const
{
    return m_pick.boundingRect().center();
}

QPainterPath SchematicEdge::shape() const
{
    return m_pick;
}

} // namespace aif
