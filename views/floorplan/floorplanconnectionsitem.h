#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace aif {

// Every liquid pipe (CDU to the racks on its secondary loop) and every power connection (rack
// to its feed A/B node) as two paths in one item: one paint call for thousands of lines
// instead of thousands of items in the index.
class FloorPlanConnectionsItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    FloorPlanConnectionsItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setPaths(const QPainterPath &pipes, const QPainterPath &powerA, const QPainterPath &powerB);
    void setShowPower(bool show);
    bool showPower() const { return m_showPower; }
    int pipeElementCount() const { return m_pipes.elementCount(); }
    int powerElementCount() const { return m_powerA.elementCount() + m_powerB.elementCount(); }

private:
    QPainterPath m_pipes;
    QPainterPath m_powerA;
    QPainterPath m_powerB;
    QRectF m_bounds;
    bool m_showPower = false;
};

} // namespace aif
