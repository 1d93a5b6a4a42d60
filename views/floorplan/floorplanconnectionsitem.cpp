#include "floorplanconnectionsitem.h"

#include "document.h"
#include "floorplangeometry.h"
#include "floorplanitem.h"
#include "floorplanscene.h"

#include <QPainter>

#include <algorithm>
#include <map>

namespace aif {

namespace {
struct LineStyle
{
    QPen pipe{QColor(0, 150, 150, 200), 1.5};      // teal: liquid, as on P&ID drawings
    QPen powerA{QColor(200, 40, 40, 160), 1, Qt::DashLine};
    QPen powerB{QColor(40, 70, 200, 160), 1, Qt::DashLine};
    LineStyle()
    {
        for (QPen *p : {&pipe, &powerA, &powerB})
            p->setCosmetic(true);
    }
};

const LineStyle &lineStyle()
{
    static const LineStyle s;
    return s;
}
} // namespace

FloorPlanConnectionsItem::FloorPlanConnectionsItem()
{
    setZValue(5);   // above racks: a pipe under a rack would be invisible
    setAcceptedMouseButtons(Qt::NoButton);
}

void FloorPlanConnectionsItem::setPaths(const QPainterPath &pipes, const QPainterPath &powerA,
                                        const QPainterPath &powerB)
{
    prepareGeometryChange();
    m_pipes = pipes;
    m_powerA = powerA;
    m_powerB = powerB;
    m_bounds = m_pipes.controlPointRect();
    if (m_showPower)
        m_bounds |= m_powerA.controlPointRect() | m_powerB.controlPointRect();
    m_bounds.adjust(-0.1, -0.1, 0.1, 0.1);
}

void FloorPlanConnectionsItem::setShowPower(bool show)
{
    if (show == m_showPower)
        return;
    m_showPower = show;
    setPaths(QPainterPath(m_pipes), QPainterPath(m_powerA), QPainterPath(m_powerB));
}

void FloorPlanConnectionsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const LineStyle &s = lineStyle();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(s.pipe);
    painter->drawPath(m_pipes);
    if (m_showPower) {
        painter->setPen(s.powerA);
        painter->drawPath(m_powerA);
        painter->setPen(s.powerB);
        painter->drawPath(m_powerB);
    }
}

// FloorPlanScene fills its connections item here, beside the item (floorplanscene.cpp keeps
// the document plumbing).
void FloorPlanScene::rebuildConnections()
{
    const Project &p = m_document->project();
    auto centre = [&](const std::string &id, QPointF *out) {
        const FloorPlanItem *it = m_items.value(QString::fromStdString(id));
        if (!it)
            return false;
        *out = it->pos();
        return true;
    };
    // Pipes: each row's racks on a loop as one run along the row, fed from the loop's CDU(s)
    // to the nearer end of the run: how TCS piping is actually laid (a header along the row).
    std::map<std::pair<std::string, std::string>, std::vector<QPointF>> runs;   // (loop, row) -> centres
    for (const Rack &r : p.racks) {
        QPointF c;
        if (r.coolingLoop.empty() || !centre(r.id, &c))
            continue;
        // The manifold runs along the racks' rear (hot-aisle side), 0.1 m inside the footprint,
        // so the pipe does not hide the rack's name and front.
        const QPointF back = -planGeometry::frontDirection(r.rotationDeg) * (r.depthM / 2 - 0.1);
        runs[{r.coolingLoop, r.row.empty() ? r.id : r.row}].push_back(c + QPointF(back.x(), -back.y()));
    }
    QPainterPath pipes;
    for (auto &[key, pts] : runs) {
        const QRectF span = QPolygonF(QList<QPointF>(pts.begin(), pts.end())).boundingRect();
        const bool alongX = span.width() >= span.height();
        std::sort(pts.begin(), pts.end(), [alongX](const QPointF &a, const QPointF &b) {
            return alongX ? a.x() < b.x() : a.y() < b.y();
        });
        pipes.moveTo(pts.front());
        pipes.lineTo(pts.back());
        for (const Cdu &cdu : p.cdus) {
            QPointF c;
            if (cdu.secondaryLoop != key.first || !centre(cdu.id, &c))
                continue;
            const QPointF &end = QLineF(c, pts.front()).length() <= QLineF(c, pts.back()).length() ? pts.front()
                                                                                                 : pts.back();
            pipes.moveTo(c);
            pipes.lineTo(end);
        }
    }
    QPainterPath powerA, powerB;
    for (const Rack &r : p.racks) {
        QPointF c, n;
        if (!centre(r.id, &c))
            continue;
        if (!r.powerFeedA.empty() && centre(r.powerFeedA, &n)) {
            powerA.moveTo(c);
            powerA.lineTo(n);
        }
        if (!r.powerFeedB.empty() && centre(r.powerFeedB, &n)) {
            powerB.moveTo(c);
            powerB.lineTo(n);
        }
    }
    m_connections->setPaths(pipes, powerA, powerB);
}

} // namespace aif
