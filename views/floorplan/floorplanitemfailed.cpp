// What-if failures on the plan: a tripped air unit, CDU or in-hall power node is hatched in red,
// crossed and labelled "FAILED", so it reads at any zoom and under any result overlay.

#include "floorplanitem.h"

#include "document.h"
#include "floorplanscene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace aif {

namespace {

bool canFail(EntityKind kind)
{
    return kind == EntityKind::AirUnit || kind == EntityKind::Cdu || kind == EntityKind::PowerNode;
}

// The plan's fills are light in either theme, so the ink is a deep red on them; only the
// outline, which also lies on the hall floor, follows the theme (lighter on a dark window).
struct FailedStyle
{
    QPen cross{QColor(200, 20, 20), 2};
    QPen outlineLight{QColor(200, 20, 20), 2.5};
    QPen outlineDark{QColor(255, 95, 95), 2.5};
    QBrush hatch{QColor(210, 30, 30, 150), Qt::BDiagPattern};
    QBrush tagFill{QColor(200, 20, 20)};
    QPen tagText{QColor(255, 255, 255)};
    QFont font;
    FailedStyle()
    {
        for (QPen *p : {&cross, &outlineLight, &outlineDark})
            p->setCosmetic(true);
        font.setPixelSize(10);
        font.setBold(true);
    }
};

const FailedStyle &failedStyle()
{
    static const FailedStyle s;
    return s;
}

} // namespace

void FloorPlanItem::setFailed(bool on)
{
    on = on && canFail(m_kind);   // racks, rows and vents have no what-if state of their own
    if (on == m_failed)
        return;
    m_failed = on;
    updateToolTip();
    update();
}

void FloorPlanItem::updateToolTip()
{
    QStringList parts;
    if (m_failed)
        parts << QObject::tr("FAILED (what-if)");
    parts << m_badges;
    setToolTip(parts.isEmpty() ? QString() : m_name + QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
}

void FloorPlanItem::paintFailed(QPainter *painter, qreal lod) const
{
    const FailedStyle &s = failedStyle();
    painter->save();
    // The hatch is in device pixels (a brush pattern), so it stays as dense at campus zoom.
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.hatch);
    painter->drawRect(m_rect);
    painter->setPen(s.cross);
    painter->drawLine(m_rect.topLeft(), m_rect.bottomRight());
    painter->drawLine(m_rect.bottomLeft(), m_rect.topRight());
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(dark ? s.outlineDark : s.outlineLight);
    painter->drawRect(m_rect);

    // "FAILED" on a red tag: under the name when the footprint is tall enough, alone otherwise.
    const QRectF dev = painter->worldTransform().mapRect(m_rect);
    const QString text = QObject::tr("FAILED");
    const QFontMetricsF fm(s.font);
    const qreal w = fm.horizontalAdvance(text) + 6, h = fm.height() + 2;
    // A narrow, deep unit (a CRAH along a wall) takes the tag along its depth, as racks do names.
    const bool along = w <= dev.width() && h + 2 <= dev.height();
    const bool across = !along && w <= dev.height() && h + 2 <= dev.width();
    if ((along || across) && lod > 0) {
        const bool twoLines = along && dev.height() >= kFailedTwoLinePx;
        const QPointF c(dev.center().x(), twoLines ? dev.top() + dev.height() * 0.75 : dev.center().y());
        const QRectF tag(-w / 2, -h / 2, w, h);
        painter->resetTransform();
        painter->translate(c);
        if (across)
            painter->rotate(-90);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.tagFill);
        painter->drawRect(tag);
        painter->setFont(s.font);
        painter->setPen(s.tagText);
        painter->drawText(tag, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace aif
