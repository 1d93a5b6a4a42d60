#pragma once

#include <QGraphicsPathItem>
#include <QStringList>

namespace aif {

class SchematicNode;

// A connection line between two schematic boxes, from the out port of one to the in port of
// the other, drawn with right-angle bends. It stands for one reference in the model: the
// property `key` of every entity in owners() (a grouped box owns several), which is what
// deleting the line clears.
class SchematicEdge : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 802 };

    SchematicEdge(SchematicNode *from, SchematicNode *to, Qt::Orientation flow);

    int type() const override { return Type; }
    SchematicNode *from() const { return m_from; }
    SchematicNode *to() const { return m_to; }

    void setReference(const QStringList &owners, const QString &key);
    const QStringList &owners() const { return m_owners; }
    const QString &key() const { return m_key; }

    void setColor(const QColor &color);
    void setHighlighted(bool on);
    // The middle of the segment that belongs to this line alone (the run into its target):
    // where a click picks it, even when siblings share the first part of their route.
    QPointF pickPoint() const;

    QPainterPath shape() const override;

private:
    void applyPen();

    SchematicNode *m_from;
    SchematicNode *m_to;
    QStringList m_owners;
    QString m_key;
    QColor m_color = QColor(90, 90, 90);
    bool m_highlighted = false;
    QPainterPath m_pick;
};

} // namespace aif
