#include "floorplanitem.h"

#include "floorplanlegend.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace aif {

namespace {

// Pens, brushes and the label font are built once: paint() runs thousands of times per frame
// on the campus and must not allocate.
struct Style
{
    QFont font;
    QPen outline{QColor(70, 78, 90), 0};
    QPen selected{QColor(0, 120, 215), 3};
    QPen issue{QColor(220, 30, 30), 2.5};
    QPen symbol{QColor(40, 60, 80), 0};
    QPen dashed{QColor(140, 90, 40), 0, Qt::DashLine};
    QPen text{QColor(20, 20, 20)};
    QPen textOnDark{QColor(255, 255, 255)};
    QPen badge{QColor(120, 70, 0), 1};
    QBrush rack{QColor(196, 204, 214)};
    QBrush front{QColor(170, 225, 255)};
    QBrush arrow{QColor(0, 110, 190)};
    QBrush air{QColor(190, 226, 240)};
    QBrush cdu{QColor(170, 225, 215)};
    QBrush power{QColor(250, 226, 170)};
    QBrush busway{QColor(235, 150, 30, 190)};
    QBrush hot{QColor(255, 120, 60, 45)};
    QBrush cold{QColor(60, 140, 255, 40)};
    QBrush badgeFill{QColor(255, 200, 40)};
    Style()
    {
        font.setPixelSize(11);
        for (QPen *p : {&selected, &issue, &badge})
            p->setCosmetic(true);
    }
};

const Style &style()
{
    static const Style s;
    return s;
}

// Below this many pixels per metre, symbols and arrows are noise (campus zoomed out).
constexpr qreal kSymbolLod = 12;

// Stacking on the plan: zones, then floor tiles (in the aisles, over a zone's tint), then the
// equipment standing on the floor, then what hangs overhead (ceiling grilles, busways).
qreal baseZ(FloorPlanItem::Shape shape)
{
    using S = FloorPlanItem::Shape;
    switch (shape) {
    case S::Containment:
    case S::ColdContainment: return 1;
    case S::PerforatedTile:
    case S::GrateTile: return 1.5;
    case S::CeilingGrille:
    case S::ReturnDuct: return 3.5;
    case S::Busway: return 4;
    default: return 2;
    }
}

} // namespace

FloorPlanItem::FloorPlanItem(const QString &id, EntityKind kind, Shape shape)
    : m_id(id)
    , m_kind(kind)
    , m_shape(shape)
{
    setFlag(ItemIsSelectable, false);   // selection lives in SelectionModel, see setHighlighted
    setZValue(baseZ(shape));
}

void FloorPlanItem::setShape(Shape shape)
{
    if (shape == m_shape)
        return;
    m_shape = shape;
    setZValue(baseZ(shape) + (m_highlighted ? 1 : 0));   // a tile turned grille goes overhead
    update();
}

void FloorPlanItem::setOpenArea(double fraction)
{
    if (fraction != m_openArea) {
        m_openArea = fraction;
        update();
    }
}

void FloorPlanItem::setDischarge(Discharge discharge)
{
    if (discharge != m_discharge) {
        m_discharge = discharge;
        update();
    }
}

QRectF FloorPlanItem::boundingRect() const
{
    // Margin for the front arrow (drawn just outside the front edge).
    return m_rect.adjusted(-0.2, -0.2, 0.2, 0.2);
}

QPainterPath FloorPlanItem::shape() const
{
    QPainterPath p;
    p.addRect(m_rect);
    return p;
}

void FloorPlanItem::setGeometry(double planWidthM, double planDepthM, int frontQuarter)
{
    const QRectF r(-planWidthM / 2, -planDepthM / 2, planWidthM, planDepthM);
    if (r == m_rect && frontQuarter == m_front)
        return;
    prepareGeometryChange();
    m_rect = r;
    m_front = frontQuarter;
}

void FloorPlanItem::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    m_labelWidthPx = QFontMetricsF(style().font).horizontalAdvance(name);
    update();
}

void FloorPlanItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        setZValue(zValue() + (on ? 1 : -1));   // selected items draw above their neighbours
        update();
    }
}

void FloorPlanItem::setIssue(bool on)
{
    if (on != m_issue) {
        m_issue = on;
        update();
    }
}

void FloorPlanItem::setOverlay(const QColor &color)
{
    if (color != m_overlay) {
        m_overlay = color;
        update();
    }
}

void FloorPlanItem::setStale(bool stale)
{
    if (stale != m_stale) {
        m_stale = stale;
        update();
    }
}

void FloorPlanItem::setBadges(const QStringList &badges)
{
    if (badges == m_badges)
        return;
    m_badges = badges;
    updateToolTip();
    update();
}

void FloorPlanItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (isVent()) {
        paintVent(painter, lod);   // no name on a tile: it would hide the pattern (tooltip instead)
    } else {
        paintBody(painter, lod);
        if (lod >= kSymbolLod) {
            paintSymbol(painter, lod);
            if (m_kind == EntityKind::AirUnit && m_discharge != Discharge::Room)
                paintDischarge(painter, lod);
        }
    }
    if (m_shape == Shape::Rack)
        paintFront(painter, lod);
    if (m_whatIf.isSet())
        paintFailed(painter, lod);   // floorplanitemfailed.cpp
    const Style &s = style();
    if (m_issue || m_highlighted) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(m_highlighted ? s.selected : s.issue);
        painter->drawRect(m_rect);
        if (m_issue && m_highlighted) {
            painter->setPen(s.issue);
            const qreal inset = 3 / lod;
            painter->drawRect(m_rect.adjusted(inset, inset, -inset, -inset));
        }
    }
    if (!isVent())
        paintLabel(painter, lod);
}

void FloorPlanItem::paintBody(QPainter *painter, qreal) const
{
    const Style &s = style();
    painter->setPen(s.outline);
    switch (m_shape) {
    case Shape::Rack:
        if (m_overlay.isValid())
            painter->setBrush(m_stale ? staleColor(m_overlay) : m_overlay);
        else
            painter->setBrush(s.rack);
        break;
    case Shape::Crah:
    case Shape::InRow:
    case Shape::Rdhx:
    case Shape::FanWall: painter->setBrush(s.air); break;
    case Shape::Cdu: painter->setBrush(s.cdu); break;
    case Shape::Busway: painter->setBrush(s.busway); break;
    case Shape::Pdu:
    case Shape::Ups:
    case Shape::Power: painter->setBrush(s.power); break;
    case Shape::Containment:
    case Shape::ColdContainment:
        painter->setPen(s.dashed);
        painter->setBrush(m_shape == Shape::Containment ? s.hot : s.cold);
        break;
    case Shape::PerforatedTile:
    case Shape::GrateTile:
    case Shape::CeilingGrille:
    case Shape::ReturnDuct: break;   // paintVent
    }
    painter->drawRect(m_rect);
}

void FloorPlanItem::paintSymbol(QPainter *painter, qreal) const
{
    const Style &s = style();
    painter->setPen(s.symbol);
    painter->setBrush(Qt::NoBrush);
    const QRectF r = m_rect;
    const qreal m = std::min(r.width(), r.height());
    switch (m_shape) {
    case Shape::Crah:
    case Shape::FanWall: {
        // Fans: circles along the long side (a fan wall has more of them).
        const bool alongX = r.width() >= r.height();
        const int n = m_shape == Shape::FanWall ? 4 : 2;
        const qreal len = alongX ? r.width() : r.height();
        const qreal rad = std::min(m * 0.35, len / (2.0 * n) * 0.8);
        for (int i = 0; i < n; ++i) {
            const qreal t = (i + 0.5) / n;
            const QPointF c = alongX ? QPointF(r.left() + t * r.width(), r.center().y())
                                     : QPointF(r.center().x(), r.top() + t * r.height());
            painter->drawEllipse(c, rad, rad);
        }
        break;
    }
    case Shape::InRow:
    case Shape::Rdhx: {
        // A snowflake-like cross: the cooling coil.
        const QPointF c = r.center();
        const qreal a = m * 0.35;
        painter->drawLine(QPointF(c.x() - a, c.y()), QPointF(c.x() + a, c.y()));
        painter->drawLine(QPointF(c.x(), c.y() - a), QPointF(c.x(), c.y() + a));
        painter->drawLine(QPointF(c.x() - a * 0.7, c.y() - a * 0.7), QPointF(c.x() + a * 0.7, c.y() + a * 0.7));
        painter->drawLine(QPointF(c.x() - a * 0.7, c.y() + a * 0.7), QPointF(c.x() + a * 0.7, c.y() - a * 0.7));
        break;
    }
    case Shape::Cdu: {
        // Heat exchanger: two interleaved circles (primary / secondary).
        const qreal rad = m * 0.22;
        painter->drawEllipse(QPointF(r.center().x() - rad * 0.6, r.center().y()), rad, rad);
        painter->drawEllipse(QPointF(r.center().x() + rad * 0.6, r.center().y()), rad, rad);
        break;
    }
    case Shape::Pdu:
    case Shape::Ups:
    case Shape::Power:
        // Electrical cabinet: diagonal cross (a UPS adds a box for the battery string).
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.bottomLeft(), r.topRight());
        if (m_shape == Shape::Ups)
            painter->drawRect(r.adjusted(m * 0.2, m * 0.2, -m * 0.2, -m * 0.2));
        break;
    case Shape::Busway: {
        // Tap-off marks every 1.2 m (two rack pitches), like the plug-in units on a real busway.
        const bool alongX = r.width() >= r.height();
        const qreal len = alongX ? r.width() : r.height();
        for (qreal t = 0.6; t < len; t += 1.2) {
            if (alongX)
                painter->drawLine(QPointF(r.left() + t, r.top()), QPointF(r.left() + t, r.bottom()));
            else
                painter->drawLine(QPointF(r.left(), r.top() + t), QPointF(r.right(), r.top() + t));
        }
        break;
    }
    case Shape::Rack:
    case Shape::Containment:
    case Shape::ColdContainment:
    case Shape::PerforatedTile:
    case Shape::GrateTile:
    case Shape::CeilingGrille:
    case Shape::ReturnDuct: break;
    }
}

void FloorPlanItem::paintFront(QPainter *painter, qreal lod) const
{
    // The front (intake, cold-aisle side) is a light strip 15 % deep along the front edge, so it
    // reads at any zoom; from 12 px/m an arrow points out of it into the cold aisle.
    const Style &s = style();
    const QRectF r = m_rect;
    const qreal sw = 0.15 * (m_front % 2 ? r.width() : r.height());
    QRectF strip;
    QPointF tip, base1, base2;
    const qreal a = std::min(r.width(), r.height()) * 0.25;
    switch (m_front) {
    case 1:   // +x: right on screen
        strip = QRectF(r.right() - sw, r.top(), sw, r.height());
        tip = QPointF(r.right() + a * 0.7, r.center().y());
        base1 = QPointF(r.right() - sw, r.center().y() - a);
        base2 = QPointF(r.right() - sw, r.center().y() + a);
        break;
    case 2:   // +y (north): up on screen
        strip = QRectF(r.left(), r.top(), r.width(), sw);
        tip = QPointF(r.center().x(), r.top() - a * 0.7);
        base1 = QPointF(r.center().x() - a, r.top() + sw);
        base2 = QPointF(r.center().x() + a, r.top() + sw);
        break;
    case 3:   // -x: left
        strip = QRectF(r.left(), r.top(), sw, r.height());
        tip = QPointF(r.left() - a * 0.7, r.center().y());
        base1 = QPointF(r.left() + sw, r.center().y() - a);
        base2 = QPointF(r.left() + sw, r.center().y() + a);
        break;
    default:  // -y (south): down on screen
        strip = QRectF(r.left(), r.bottom() - sw, r.width(), sw);
        tip = QPointF(r.center().x(), r.bottom() + a * 0.7);
        base1 = QPointF(r.center().x() - a, r.bottom() - sw);
        base2 = QPointF(r.center().x() + a, r.bottom() - sw);
        break;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.front);
    painter->drawRect(strip);
    if (lod >= kSymbolLod) {
        const QPointF tri[3] = {tip, base1, base2};
        painter->setBrush(s.arrow);
        painter->drawPolygon(tri, 3);
    }
}

void FloorPlanItem::paintLabel(QPainter *painter, qreal lod) const
{
    const Style &s = style();
    const bool zone = m_shape == Shape::Containment || m_shape == Shape::ColdContainment;
    const qreal wPx = m_rect.width() * lod, hPx = m_rect.height() * lod;
    // A failed unit too short for its name and "FAILED" shows only the latter (paintFailed).
    const bool named = !zone && m_shape != Shape::Busway && !m_name.isEmpty() && !(m_whatIf.isSet() && hPx < kFailedTwoLinePx);
    const bool label = named && m_labelWidthPx + 4 <= wPx && hPx >= 14;
    // Narrow, deep footprints (a rack seen from above) take the name along their depth.
    const bool vertical = named && !label && m_shape == Shape::Rack && m_labelWidthPx + 6 <= hPx && wPx >= 16;
    const bool badge = !m_badges.isEmpty();
    if (!label && !vertical && !badge)
        return;
    // Labels and badges are drawn in device pixels: legible at any zoom, and only when they fit
    // inside the footprint so neighbours' labels never overlap.
    const QRectF dev = painter->worldTransform().mapRect(m_rect);
    painter->save();
    painter->resetTransform();
    if (label || vertical) {
        painter->setFont(s.font);
        painter->setPen(m_overlay.isValid() && !m_stale && qGray(m_overlay.rgb()) < 120 ? s.textOnDark : s.text);
        if (label) {
            painter->drawText(m_whatIf.isSet() ? dev.adjusted(0, 0, 0, -dev.height() / 2) : dev, Qt::AlignCenter, m_name);
        } else {
            painter->translate(dev.center());
            painter->rotate(-90);
            painter->drawText(QRectF(-dev.height() / 2, -dev.width() / 2, dev.height(), dev.width()), Qt::AlignCenter,
                              m_name);
            painter->resetTransform();
        }
    }
    if (badge) {
        const qreal b = std::clamp(std::min(dev.width(), dev.height()) * 0.45, 5.0, 12.0);
        const QPointF tri[3] = {QPointF(dev.right() - b, dev.top()), QPointF(dev.right(), dev.top()),
                                QPointF(dev.right(), dev.top() + b)};
        painter->setPen(s.badge);
        painter->setBrush(s.badgeFill);
        painter->drawPolygon(tri, 3);
    }
    painter->restore();
}

} // namespace aif
