#pragma once

#include <QGraphicsItem>

namespace aif {

// A hall's walls and name. The view selects and moves a hall by its walls or name and resizes a
// selected one by the handles drawn here (FloorPlanHallEdit); the floor inside stays free for
// rubber-band selection, so this item is not a QGraphicsItem-selectable one.
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
    void setSelected(bool selected);   // highlighted walls and resize handles

private:
    QString m_id;
    QString m_name;
    QRectF m_rect;
    bool m_selected = false;
};

} // namespace aif
