#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

namespace aif {

// One box of a schematic: a power node, a loop, a bank of chillers, or a group standing for
// several entities (a busway's power shelves, a loop's air units, a loop's racks). It shows a
// title, a few lines of figures and a caption under the box, and has connection ports on the
// sides the flow enters (in) and leaves (out): the handles a user draws connections from.
class SchematicNode : public QGraphicsItem
{
public:
    enum { Type = UserType + 801 };
    enum Port { NoPort = 0, InPort = 1, OutPort = 2 };
    enum class Drop { None, Accepts, Refuses };

    SchematicNode(const QStringList &ids, int role, const QSizeF &size, Qt::Orientation flow);

    int type() const override { return Type; }
    const QStringList &ids() const { return m_ids; }
    QString id() const { return m_ids.value(0); }
    int role() const { return m_role; }

    void setTitle(const QString &title) { m_title = title; }
    void setLines(const QStringList &lines) { m_lines = lines; }
    const QString &title() const { return m_title; }
    const QStringList &lines() const { return m_lines; }
    void setCaption(const QString &caption);
    void setFill(const QColor &fill) { m_fill = fill; }
    void setAccent(const QColor &accent) { m_accent = accent; }
    void setFailed(bool failed) { m_failed = failed; }
    bool isFailed() const { return m_failed; }
    void setPorts(int ports) { m_ports = ports; }
    bool hasPort(Port port) const { return m_ports & port; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void setDropState(Drop state);

    // The box in scene coordinates (without ports and caption).
    QRectF sceneBox() const { return QRectF(scenePos(), m_size); }
    Port portAt(const QPointF &scenePos) const;
    QPointF portPos(Port port) const; // scene coordinates

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF localPort(Port port) const;
    void paintPort(QPainter *painter, Port port) const;

    QStringList m_ids;
    int m_role;
    QSizeF m_size;
    Qt::Orientation m_flow;
    QString m_title;
    QStringList m_lines;
    QString m_caption;
    double m_captionWidth = 0;
    QColor m_fill = QColor(236, 238, 242);
    QColor m_accent;
    int m_ports = InPort | OutPort;
    bool m_failed = false;
    bool m_highlighted = false;
    Drop m_drop = Drop::None;
};

} // namespace aif
