#include "floorplanconnectionsitem.h"

#include <QPainter>

namespace aif {

namespace {
struct LineStyle
{
    QPen pipe{QColor(0, 150, 150, 200), 1.5};      // teal: liquid, as on P&ID drawings
    QPen powerA{QColor(200, 40, 40, 160), 1, Qt::DashLine};
    QPen powerB{QColor(40, 70, 200, 160), 1, Qt::DashLine};
    LineStyle()
    {
        for (QPen *p : {&pipe, &powerA, &powerB})
            p->setCosmetic(true);
    }
};

const LineStyle &lineStyle()
{
    static const LineStyle s;
    return s;
}
} // namespace

FloorPlanConnectionsItem::FloorPlanConnectionsItem()
{
    setZValue(5);   // above racks: a pipe under a rack would be invisible
    setAcceptedMouseButtons(Qt::NoButton);
}

void FloorPlanConnectionsItem::setPaths(const QPainterPath &pipes, const QPainterPath &powerA,
                                        const QPainterPath &powerB)
{
    prepareGeometryChange();
    m_pipes = pipes;
    m_powerA = powerA;
    m_powerB = powerB;
    m_bounds = m_pipes.controlPointRect();
    if (m_showPower)
        m_bounds |= m_powerA.controlPointRect() | m_powerB.controlPointRect();
    m_bounds.adjust(-0.1, -0.1, 0.1, 0.1);
}

void FloorPlanConnectionsItem::setShowPower(bool show)
{
    if (show == m_showPower)
        return;
    m_showPower = show;
    setPaths(QPainterPath(m_pipes), QPainterPath(m_powerA), QPainterPath(m_powerB));
}

void FloorPlanConnectionsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const LineStyle &s = lineStyle();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(s.pipe);
    painter->drawPath(m_pipes);
    if (m_showPower) {
        painter->setPen(s.powerA);
        painter->drawPath(m_powerA);
        painter->setPen(s.powerB);
        painter->drawPath(m_powerB);
    }
}

} // namespace aif
