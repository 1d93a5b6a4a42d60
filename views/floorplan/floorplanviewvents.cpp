// FloorPlanView's Floor tile and Return grille tools and the raised floor under the plan;
// the rest of the view is in floorplanview.cpp and floorplanviewinput.cpp.
#include "floorplanview.h"

#include "document.h"
#include "floorplanscene.h"
#include "floorplanvents.h"
#include "selectionmodel.h"

#include <QPainter>

#include <cmath>

namespace aif {

namespace {
// Tile grid lines closer than this many pixels are noise (the plan's own grid rule).
constexpr double kMinTilePx = 6.0;

std::string ventType(FloorPlanTool tool)
{
    return tool == FloorPlanTool::ReturnGrille ? "ceiling-grille" : "perforated-tile";
}
} // namespace

void FloorPlanView::beginTileRun(const QPoint &viewPos)
{
    const QPointF scenePos = mapToScene(viewPos);
    const Hall *hall = m_scene->hallAt(scenePos);
    if (!hall) {
        emit editRefused(tr("Tiles and grilles are placed inside a hall"));
        return;
    }
    m_runHall = hall->id;
    m_runStart = planGeometry::sceneToHall(*hall, scenePos);
    m_mode = Mode::TileRun;
    viewport()->update();
}

std::vector<QPointF> FloorPlanView::tileRunCentres(const QPoint &viewPos) const
{
    const Hall *hall = document()->project().get<Hall>(m_runHall);
    if (!hall)
        return {};
    // A press without travel is a click: one tile, however the hand shook.
    const QPointF end = (viewPos - m_pressPos).manhattanLength() < 4 ? m_runStart
                                                                     : planGeometry::sceneToHall(*hall, mapToScene(viewPos));
    return floorPlanVents::tileRun(m_runStart, end);
}

void FloorPlanView::finishTileRun(const QPoint &viewPos)
{
    const std::vector<QPointF> centres = tileRunCentres(viewPos);
    const QStringList ids = floorPlanVents::place(document(), m_runHall, centres, ventType(m_tool));
    m_runHall.clear();
    viewport()->update();
    if (ids.isEmpty()) {
        emit editRefused(tr("No room there: the tiles would leave the hall or sit on tiles already placed"));
        return;
    }
    select(ids);   // the tool stays: tiles are laid run after run (Esc returns to Select)
}

void FloorPlanView::drawTileRun(QPainter *painter) const
{
    // The tiles the release will place, outlined on the grid (device pixels: the painter's
    // transform is reset by drawForeground).
    const Hall *hall = document()->project().get<Hall>(m_runHall);
    if (!hall)
        return;
    const std::vector<QPointF> centres = tileRunCentres(m_lastPos);
    const bool ceiling = m_tool == FloorPlanTool::ReturnGrille;
    painter->setPen(QPen(ceiling ? QColor(185, 75, 40) : QColor(0, 110, 190), 1.5, ceiling ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(ceiling ? QColor(255, 140, 90, 40) : QColor(120, 170, 230, 90));
    const double h = floorPlanVents::kTileM / 2;
    for (const QPointF &c : centres) {
        const QRectF r = planGeometry::hallRectToScene(*hall, QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h));
        painter->drawRect(mapFromScene(r).boundingRect());
    }
    painter->setPen(Qt::black);
    painter->drawText(m_lastPos + QPoint(14, -6),
                      ceiling ? tr("%n grille(s)", nullptr, int(centres.size())) : tr("%n tile(s)", nullptr, int(centres.size())));
}

void FloorPlanView::drawRaisedFloors(QPainter *painter, const QRectF &rect) const
{
    // A raised floor shows its 0.6 m tiles, set out from the hall's south-west corner (where
    // the tools snap), in a blue-grey that reads as "floor panels", not as the drawing grid.
    const double px = pixelsPerMetre();
    if (floorPlanVents::kTileM * px < kMinTilePx)
        return;
    static const QPen pen = [] { QPen p(QColor(70, 110, 160, 55), 0); return p; }();
    const bool aa = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(pen);
    for (const Hall &h : document()->project().halls) {
        if (h.floor != "raised")
            continue;
        const QRectF hall = planGeometry::hallRectToScene(h, QRectF(0, 0, h.widthM, h.depthM));
        const QRectF r = hall.intersected(rect);
        if (r.isEmpty())
            continue;
        const double t = floorPlanVents::kTileM;
        QVector<QLineF> lines;
        for (double x = hall.left() + std::ceil((r.left() - hall.left()) / t) * t; x <= r.right(); x += t)
            lines.append(QLineF(x, r.top(), x, r.bottom()));
        // Scene y runs south from the north wall; tiles are set out from the south wall.
        for (double y = hall.bottom() - std::ceil((hall.bottom() - r.bottom()) / t) * t; y >= r.top(); y -= t)
            lines.append(QLineF(r.left(), y, r.right(), y));
        painter->drawLines(lines);
    }
    painter->setRenderHint(QPainter::Antialiasing, aa);
}

} // namespace aif
