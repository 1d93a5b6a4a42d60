#pragma once

#include <QGraphicsItem>

namespace aif {

// A hall's walls and name. Not selectable: halls are edited in the inspector, and a wall that
// could be grabbed would get in the way of rubber-band selection on the floor.
class FloorPlanHallItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    explicit FloorPlanHallItem(const QString &id);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString id() const { return m_id; }
    // Hall rectangle in scene coordinates.
    void setRect(const QRectF &sceneRect);
    QRectF rect() const { return m_rect; }
    void setName(const QString &name);

private:
    QString m_id;
    QString m_name;
    QRectF m_rect;
};

} // namespace aif
