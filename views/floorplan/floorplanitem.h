#pragma once

#include "entitykind.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

namespace aif {

// One placed thing on the plan (rack, air unit, CDU, in-hall power node, containment zone).
// Geometry is set by the scene from the document; the view moves items while dragging and the
// scene puts them back from the document once the move is committed (or cancelled).
// The local rectangle is the plan footprint centred on the item's position (no item rotation:
// labels stay upright and the front edge is drawn from the quarter-turn).
class FloorPlanItem : public QGraphicsItem
{
public:
    enum class Shape { Rack, Crah, InRow, Rdhx, FanWall, Cdu, Pdu, Busway, Ups, Power, Containment, ColdContainment };
    enum { Type = UserType + 1 };

    FloorPlanItem(const QString &id, EntityKind kind, Shape shape);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString id() const { return m_id; }
    EntityKind kind() const { return m_kind; }
    Shape itemShape() const { return m_shape; }
    void setShape(Shape shape);
    // Footprint size on the plan (already swapped for 90/270) and the front quarter-turn.
    void setGeometry(double planWidthM, double planDepthM, int frontQuarter);
    QRectF localRect() const { return m_rect; }
    void setName(const QString &name);

    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void setIssue(bool on);
    void setOverlay(const QColor &color);   // invalid colour: no overlay
    QColor overlay() const { return m_overlay; }
    void setStale(bool stale);
    void setBadges(const QStringList &badges);

private:
    void paintBody(QPainter *painter, qreal lod) const;
    void paintSymbol(QPainter *painter, qreal lod) const;
    void paintFront(QPainter *painter, qreal lod) const;
    void paintLabel(QPainter *painter, qreal lod) const;

    QString m_id;
    QString m_name;
    EntityKind m_kind;
    Shape m_shape;
    QRectF m_rect;
    int m_front = 0;
    qreal m_labelWidthPx = 0;
    QColor m_overlay;
    QStringList m_badges;
    bool m_highlighted = false;
    bool m_issue = false;
    bool m_stale = false;
};

} // namespace aif
