// FloorPlanItem's drawing of floor tiles, return grilles and air units' discharge marks, apart
// from the equipment drawing in floorplanitem.cpp.
#include "floorplanitem.h"

#include "floorplanlegend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace aif {

namespace {

struct VentStyle
{
    QFont font;
    QPen tileEdge{QColor(110, 130, 155), 0};
    QPen ret{QColor(185, 75, 40), 1.5, Qt::DashLine};    // overhead: dashed, as hidden lines on a plan
    QPen slat{QColor(185, 75, 40, 150), 0};
    QPen text{QColor(150, 55, 25)};
    QPen discharge{QColor(20, 70, 140), 0};
    QBrush hole{QColor(45, 70, 105, 200)};
    QBrush retFill{QColor(255, 140, 90, 30)};
    VentStyle()
    {
        font.setPixelSize(10);
        ret.setCosmetic(true);
    }
};

const VentStyle &ventStyle()
{
    static const VentStyle s;
    return s;
}

// A tile's shade from its free area: 0 % near white, 60 % (beyond a grate) a full light blue,
// so more open tiles read as "more air" before any solve.
QColor tileShade(double openArea)
{
    const double t = std::clamp(openArea / 0.6, 0.0, 1.0);
    return QColor::fromRgbF(float(0.96 - 0.30 * t), float(0.97 - 0.17 * t), float(0.99 - 0.06 * t));
}

// Text in device pixels centred on a device point, when it fits the width.
void centredText(QPainter *painter, const QRectF &dev, const QString &text, qreal dy)
{
    const QFontMetricsF fm(painter->font());
    if (fm.horizontalAdvance(text) + 2 > dev.width() || fm.height() > dev.height())
        return;
    painter->drawText(QRectF(dev.left(), dev.center().y() + dy - fm.height() / 2, dev.width(), fm.height()),
                      Qt::AlignCenter, text);
}

} // namespace

void FloorPlanItem::paintVent(QPainter *painter, qreal lod) const
{
    const VentStyle &s = ventStyle();
    const QRectF r = m_rect;
    const QColor overlay = m_overlay.isValid() ? (m_stale ? staleColor(m_overlay) : m_overlay) : QColor();
    if (m_shape == Shape::PerforatedTile || m_shape == Shape::GrateTile) {
        painter->setPen(s.tileEdge);
        painter->setBrush(overlay.isValid() ? overlay : tileShade(m_openArea));
        painter->drawRect(r);
        // The holes: n x n dots whose total area is the tile's free area (πr²·n² = f·W·D), so
        // a 56 % grate reads visibly more open than a 25 % tile; a grate's pattern is denser.
        const int n = m_shape == Shape::GrateTile ? 7 : 4;
        const qreal pitch = std::min(r.width(), r.height()) / n;
        const qreal rad = std::min(0.45 * pitch, pitch * std::sqrt(std::max(m_openArea, 0.0) / std::numbers::pi));
        if (rad * lod < 0.8)
            return;   // dots under a pixel: the shade alone
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.hole);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                painter->drawEllipse(QPointF(r.left() + (i + 0.5) * r.width() / n, r.top() + (j + 0.5) * r.height() / n),
                                     rad, rad);
        return;
    }
    // Overhead returns: dashed outlines (seen through the ceiling), bars of the grille or the
    // duct's diagonal, and "return" with an up-arrow: air leaves the room upwards here.
    painter->setPen(s.ret);
    painter->setBrush(overlay.isValid() ? QColor(overlay.red(), overlay.green(), overlay.blue(), 150) : s.retFill);
    painter->drawRect(r);
    if (lod < 12)
        return;
    painter->setPen(s.slat);
    if (m_shape == Shape::ReturnDuct) {
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.bottomLeft(), r.topRight());
    } else {
        for (int i = 1; i < 4; ++i) {
            const qreal y = r.top() + i * r.height() / 4;
            painter->drawLine(QPointF(r.left() + 0.1 * r.width(), y), QPointF(r.right() - 0.1 * r.width(), y));
        }
    }
    const QRectF dev = painter->worldTransform().mapRect(r);
    painter->save();
    painter->resetTransform();
    painter->setFont(s.font);
    painter->setPen(s.text);
    const QString word = m_shape == Shape::ReturnDuct ? QObject::tr("↑ duct") : QObject::tr("↑ return");
    if (QFontMetricsF(s.font).horizontalAdvance(word) + 2 <= dev.width())
        centredText(painter, dev, word, 0);
    else
        centredText(painter, dev, QStringLiteral("↑"), 0);
    painter->restore();
}

void FloorPlanItem::paintDischarge(QPainter *painter, qreal) const
{
    // Where the supply goes, in the convention of vectors seen end-on: ⊗ air going away from
    // the viewer (down into the raised-floor plenum), ⊙ coming towards the viewer (up into an
    // overhead duct); drawn on the unit's fans, or at its centre when it has none.
    const VentStyle &s = ventStyle();
    const QRectF r = m_rect;
    const qreal m = std::min(r.width(), r.height());
    std::vector<std::pair<QPointF, qreal>> marks;
    if (m_shape == Shape::Crah || m_shape == Shape::FanWall) {
        const bool alongX = r.width() >= r.height();
        const int n = m_shape == Shape::FanWall ? 4 : 2;
        const qreal len = alongX ? r.width() : r.height();
        const qreal rad = std::min(m * 0.35, len / (2.0 * n) * 0.8);
        for (int i = 0; i < n; ++i) {
            const qreal t = (i + 0.5) / n;
            marks.push_back({alongX ? QPointF(r.left() + t * r.width(), r.center().y())
                                    : QPointF(r.center().x(), r.top() + t * r.height()),
                             rad});
        }
    } else {
        marks.push_back({r.center(), m * 0.3});
    }
    painter->setPen(QPen(s.discharge.color(), 0));
    painter->setBrush(Qt::NoBrush);
    for (const auto &[c, rad] : marks) {
        if (m_discharge == Discharge::Underfloor) {
            const qreal a = rad * 0.7071;
            painter->drawLine(c + QPointF(-a, -a), c + QPointF(a, a));
            painter->drawLine(c + QPointF(-a, a), c + QPointF(a, -a));
        } else {
            painter->setBrush(s.discharge.color());
            painter->drawEllipse(c, rad * 0.18, rad * 0.18);
            painter->setBrush(Qt::NoBrush);
        }
    }
    const QRectF dev = painter->worldTransform().mapRect(r);
    painter->save();
    painter->resetTransform();
    painter->setFont(s.font);
    painter->setPen(s.discharge);
    // Under the unit's name (paintLabel centres it), when the footprint is tall enough.
    if (dev.height() >= 34)
        centredText(painter, dev, m_discharge == Discharge::Underfloor ? QObject::tr("↓ underfloor")
                                                                        : QObject::tr("↑ overhead duct"),
                    13);
    painter->restore();
}

} // namespace aif
