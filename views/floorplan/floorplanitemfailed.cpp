// What-if failures on the plan: a tripped air unit, CDU or in-hall power node is hatched in red,
// crossed and labelled "FAILED", so it reads at any zoom and under any result overlay; a degraded
// one (a pump or module down, a rack's switch down) is outlined in amber under its tag.

#include "floorplanitem.h"

#include "document.h"
#include "floorplanscene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace aif {

namespace {

bool canFail(EntityKind kind)
{
    return kind == EntityKind::AirUnit || kind == EntityKind::Cdu || kind == EntityKind::PowerNode;
}

bool canDegrade(EntityKind kind)
{
    return canFail(kind) || kind == EntityKind::Rack;   // a rack: its switch is down
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
    QPen degradedOutline{QColor(235, 140, 0), 2.5};
    QBrush degradedFill{QColor(225, 120, 0)};
    QPen tagText{QColor(255, 255, 255)};
    QFont font;
    FailedStyle()
    {
        for (QPen *p : {&cross, &outlineLight, &outlineDark, &degradedOutline})
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

void FloorPlanItem::setWhatIf(const WhatIfMark &mark)
{
    // Rows and vents have no what-if state; racks only show their switch's.
    WhatIfMark m = mark;
    m.failed = m.failed && canFail(m_kind);
    if (!m.failed && !canDegrade(m_kind))
        m = {};
    if (!m.failed && m.tag.isEmpty())
        m.tip.clear();
    if (m == m_whatIf)
        return;
    m_whatIf = m;
    updateToolTip();
    update();
}

void FloorPlanItem::updateToolTip()
{
    QStringList parts;
    if (m_whatIf.failed)
        parts << QObject::tr("FAILED (what-if)");
    else if (!m_whatIf.tip.isEmpty())
        parts << m_whatIf.tip;
    parts << m_badges;
    setToolTip(parts.isEmpty() ? QString() : m_name + QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
}

void FloorPlanItem::paintFailed(QPainter *painter, qreal lod) const
{
    const FailedStyle &s = failedStyle();
    painter->save();
    if (m_whatIf.failed) {
        // The hatch is in device pixels (a brush pattern), so it stays as dense at campus zoom.
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.hatch);
        painter->drawRect(m_rect);
        painter->setPen(s.cross);
        painter->drawLine(m_rect.topLeft(), m_rect.bottomRight());
        painter->drawLine(m_rect.bottomLeft(), m_rect.topRight());
    }
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(!m_whatIf.failed ? s.degradedOutline : dark ? s.outlineDark : s.outlineLight);
    painter->drawRect(m_rect);

    // "FAILED" (or the degraded tag) on a red (amber) tag: under the name when the footprint is
    // tall enough, alone otherwise.
    const QRectF dev = painter->worldTransform().mapRect(m_rect);
    const QString text = m_whatIf.failed ? QObject::tr("FAILED") : m_whatIf.tag;
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
        painter->setBrush(m_whatIf.failed ? s.tagFill : s.degradedFill);
        painter->drawRect(tag);
        painter->setFont(s.font);
        painter->setPen(s.tagText);
        painter->drawText(tag, Qt::AlignCenter, text);
    } else if (!m_whatIf.failed && lod > 0 && dev.width() >= 8 && dev.height() >= 8) {
        // Too small for the tag: an amber "!" disc on the corner (the tooltip has the words),
        // so a degraded unit still reads apart from a healthy one among the selection outlines.
        const qreal r = std::clamp(std::min(dev.width(), dev.height()) / 3, 5.0, 9.0);
        const QPointF c(dev.right() - r, dev.top() + r);
        painter->resetTransform();
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.degradedFill);
        painter->drawEllipse(c, r, r);
        QFont bang = s.font;
        bang.setPixelSize(int(r * 1.5));
        painter->setFont(bang);
        painter->setPen(s.tagText);
        painter->drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("!"));
    }
    painter->restore();
}

} // namespace aif
