#include "schematicnode.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace aif {

namespace {
// Port handles stick out of the box so they read as "grab here"; the hit area is larger than
// the drawing because at the diagrams' 60 % minimum zoom an 8 px handle is barely 5 px.
constexpr double kHandleLong = 20, kHandleShort = 8, kHitLong = 30, kHitShort = 18;
constexpr double kCaptionH = 17;

QFont smallFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}
} // namespace

SchematicNode::SchematicNode(const QStringList &ids, int role, const QSizeF &size,
                             Qt::Orientation flow)
    : m_ids(ids)
    , m_role(role)
    , m_size(size)
    , m_flow(flow)
{
    setAcceptHoverEvents(false);
}

void SchematicNode::setCaption(const QString &caption)
{
    prepareGeometryChange();
    m_caption = caption;
    m_captionWidth
        = caption.isEmpty() ? 0 : QFontMetricsF(smallFont()).horizontalAdvance(caption) + 8;
}

void SchematicNode::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

void SchematicNode::setDropState(Drop state)
{
    if (state != m_drop) {
        m_drop = state;
        update();
    }
}

QPointF SchematicNode::localPort(Port port) const
{
    if (m_flow == Qt::Vertical)
        return port == InPort ? QPointF(m_size.width() / 2, 0)
                              : QPointF(m_size.width() / 2, m_size.height());
    return port == InPort ? QPointF(0, m_size.height() / 2)
                          : QPointF(m_size.width(), m_size.height() / 2);
}

QPointF SchematicNode::portPos(Port port) const
{
    return mapToScene(localPort(port));
}

SchematicNode::Port SchematicNode::portAt(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    const QSizeF hit
        = m_flow == Qt::Vertical ? QSizeF(kHitLong, kHitShort) : QSizeF(kHitShort, kHitLong);
    for (Port port : {OutPort, InPort}) {
        if (!hasPort(port))
            continue;
        const QPointF c = localPort(port);
        if (QRectF(c - QPointF(hit.width() / 2, hit.height() / 2), hit).contains(p))
            return port;
    }
    return NoPort;
}

QRectF SchematicNode::boundingRect() const
{
    const double m = kHitShort / 2 + 2;
    QRectF r(QPointF(-m, -m), m_size + QSizeF(2 * m, 2 * m));
    if (!m_caption.isEmpty())
        r = r.united(QRectF(0, m_size.height() + 2, std::max(m_captionWidth, 1.0), kCaptionH + m));
    return r;
}

void SchematicNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box(QPointF(0, 0), m_size);
    QPen pen(QColor(60, 60, 60), 1.2);
    if (m_failed)
        pen = QPen(QColor(200, 30, 30), 2.5);
    if (m_highlighted)
        pen = QPen(QColor(0, 90, 200), 3);
    if (m_drop != Drop::None)
        pen = QPen(m_drop == Drop::Accepts ? QColor(20, 150, 60) : QColor(210, 40, 40), 3,
                   Qt::DashLine);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_fill);
    painter->drawRoundedRect(box, 4, 4);
    if (m_failed) { // what-if: out of service, hatched so it reads at any zoom
        painter->setBrush(QBrush(QColor(200, 30, 30, 110), Qt::BDiagPattern));
        painter->drawRoundedRect(box, 4, 4);
    }
    if (m_accent.isValid()) {
        painter->setBrush(m_accent);
        painter->drawRect(m_flow == Qt::Vertical ? QRectF(1, 1, m_size.width() - 2, 4)
                                                 : QRectF(1, 1, 5, m_size.height() - 2));
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen);
    painter->drawRoundedRect(box, 4, 4);

    const double left = m_flow == Qt::Horizontal ? 11 : 7, width = m_size.width() - left - 6;
    QFont bold = QApplication::font();
    bold.setBold(true);
    painter->setPen(QColor(25, 25, 25));
    painter->setFont(bold);
    const QFontMetricsF fmBold(bold);
    double y = 5 + fmBold.ascent();
    painter->drawText(QPointF(left, y), fmBold.elidedText(m_title, Qt::ElideRight, width));
    const QFont small = smallFont();
    const QFontMetricsF fm(small);
    painter->setFont(small);
    y += fmBold.descent() + 2;
    for (const QString &line : m_lines) {
        if (y + fm.height() > m_size.height() + 1)
            break;
        y += fm.ascent();
        painter->drawText(QPointF(left, y), fm.elidedText(line, Qt::ElideRight, width));
        y += fm.descent() + 1;
    }
    if (!m_caption.isEmpty()) {
        painter->setPen(QColor(70, 70, 70));
        painter->drawText(QPointF(4, m_size.height() + 6 + fm.ascent()), m_caption);
    }
    for (Port port : {InPort, OutPort}) {
        if (hasPort(port))
            paintPort(painter, port);
    }
}

void SchematicNode::paintPort(QPainter *painter, Port port) const
{
    const QPointF c = localPort(port);
    const QSizeF s = m_flow == Qt::Vertical ? QSizeF(kHandleLong, kHandleShort)
                                            : QSizeF(kHandleShort, kHandleLong);
    // Out ports are solid (where a feed starts), in ports hollow (where it arrives).
    painter->setPen(QPen(QColor(60, 60, 60), 1));
    painter->setBrush(port == OutPort ? QColor(90, 90, 90) : QColor(255, 255, 255));
    painter->drawRoundedRect(QRectF(c - QPointF(s.width() / 2, s.height() / 2), s), 2, 2);
}

} // namespace aif
