#include "floorplanhallitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace aif {

namespace {
// Walls are 0.3 m thick on the drawing (a typical block wall), drawn outside the clear floor.
constexpr qreal kWallM = 0.3;

struct HallStyle
{
    QPen wall{QColor(60, 60, 60), 0};
    QBrush wallFill{QColor(120, 120, 120)};
    QPen text{QColor(40, 40, 40)};
    QFont font;
    HallStyle() { font.setPixelSize(13); font.setBold(true); }
};

const HallStyle &hallStyle()
{
    static const HallStyle s;
    return s;
}
} // namespace

FloorPlanHallItem::FloorPlanHallItem(const QString &id)
    : m_id(id)
{
    setZValue(0);
}

QRectF FloorPlanHallItem::boundingRect() const
{
    // Room for the name above the north wall at every zoom (it is drawn in pixels).
    return m_rect.adjusted(-kWallM, -kWallM - 2.0, kWallM, kWallM);
}

void FloorPlanHallItem::setRect(const QRectF &sceneRect)
{
    if (sceneRect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = sceneRect;
}

void FloorPlanHallItem::setName(const QString &name)
{
    m_name = name;
    update();
}

void FloorPlanHallItem::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
}

void FloorPlanHallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const HallStyle &s = hallStyle();
    // Walls only: the floor stays transparent so the view's grid (drawn in the background)
    // shows through it.
    const QRectF &r = m_rect;
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.wallFill);
    painter->drawRect(QRectF(r.left() - kWallM, r.top() - kWallM, r.width() + 2 * kWallM, kWallM));
    painter->drawRect(QRectF(r.left() - kWallM, r.bottom(), r.width() + 2 * kWallM, kWallM));
    painter->drawRect(QRectF(r.left() - kWallM, r.top(), kWallM, r.height()));
    painter->drawRect(QRectF(r.right(), r.top(), kWallM, r.height()));

    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF dev = painter->worldTransform().mapRect(m_rect);
    if (m_selected) {
        // Selection outline and the eight resize handles, in device pixels at every zoom.
        painter->save();
        painter->resetTransform();
        painter->setPen(QPen(QColor(0, 120, 215), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(dev);
        painter->setBrush(Qt::white);
        const QPointF c = dev.center();
        for (const QPointF &h : {dev.topLeft(), dev.topRight(), dev.bottomLeft(), dev.bottomRight(), QPointF(dev.left(), c.y()),
                                 QPointF(dev.right(), c.y()), QPointF(c.x(), dev.top()), QPointF(c.x(), dev.bottom())})
            painter->drawRect(QRectF(h.x() - 4, h.y() - 4, 8, 8));
        painter->restore();
    }
    if (dev.width() < 60)
        return;   // too small for a readable name
    painter->save();
    painter->resetTransform();
    painter->setFont(s.font);
    painter->setPen(s.text);
    painter->drawText(QPointF(dev.left(), dev.top() - kWallM * lod - 4), m_name);
    painter->restore();
}

} // namespace aif
