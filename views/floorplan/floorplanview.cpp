#include "floorplanview.h"

#include "document.h"
#include "floorplanclipboard.h"
#include "floorplanedits.h"
#include "floorplanitem.h"
#include "floorplanscene.h"
#include "selectionmodel.h"
#include "units.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace aif {

namespace {
// Zoom limits in pixels per metre: the whole 100 MW campus on a laptop screen at the low end,
// a cable tray's detail at the high end.
constexpr double kMinPxPerM = 0.5;
constexpr double kMaxPxPerM = 2000.0;
// Grid: 0.6 m floor tiles (the standard raised-floor / rack-pitch module) and 3 m major lines.
constexpr double kTileM = 0.6;
constexpr double kMajorM = 3.0;
// Grid lines closer than this many pixels are noise; they are skipped, not drawn dense.
constexpr double kMinGridPx = 6.0;
} // namespace

FloorPlanView::FloorPlanView(FloorPlanScene *scene, SelectionModel *selection, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_selection(selection)
    , m_drag(scene)
{
    setObjectName(QStringLiteral("floorPlanView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The scale bar and legend are fixed to the viewport: scrolled pixels would smear them.
    setViewportUpdateMode(FullViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setDragMode(NoDrag);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    // Always shown: scroll bars that come and go would change the viewport under fitToView().
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(selection, &SelectionModel::selectionChanged, m_scene, &FloorPlanScene::setHighlighted);
    connect(m_scene, &FloorPlanScene::overlayChanged, viewport(), qOverload<>(&QWidget::update));
    m_scene->setHighlighted(selection->selected());
}

Document *FloorPlanView::document() const
{
    return m_scene->document();
}

void FloorPlanView::setTool(FloorPlanTool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    setCursor(tool == FloorPlanTool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    viewport()->update();
    emit toolChanged(tool);
}

void FloorPlanView::setGridVisible(bool on)
{
    m_grid = on;
    viewport()->update();
}

double FloorPlanView::pixelsPerMetre() const
{
    return transform().m11();
}

void FloorPlanView::zoomBy(double factor)
{
    const double next = pixelsPerMetre() * factor;
    if (next < kMinPxPerM || next > kMaxPxPerM)
        factor = std::clamp(next, kMinPxPerM, kMaxPxPerM) / pixelsPerMetre();
    scale(factor, factor);
}

void FloorPlanView::fitToView()
{
    QRectF r = m_scene->plansRect();
    if (r.isEmpty()) {
        fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);   // a blank design: the site to draw on
        return;
    }
    // Room for the walls and the hall names, plus 2 % so the outermost walls never touch the
    // viewport's edge.
    const double m = 0.02 * std::max(r.width(), r.height());
    r.adjust(-1.0 - m, -2.5 - m, 1.0 + m, 1.0 + m);
    fitInView(r, Qt::KeepAspectRatio);
}

FloorPlanItem *FloorPlanView::itemAtPoint(const QPoint &viewPos) const
{
    // Topmost first; an overhead busway or return grille only wins where nothing stands
    // beneath it, so racks under a busway stay clickable; over a containment zone (a grille
    // above a contained hot aisle) the grille wins: the zone is picked by its other parts.
    const QList<QGraphicsItem *> hits = items(viewPos);
    FloorPlanItem *overhead = nullptr, *zone = nullptr;
    for (QGraphicsItem *i : hits) {
        if (i->type() != FloorPlanItem::Type)
            continue;
        auto *item = static_cast<FloorPlanItem *>(i);
        const FloorPlanItem::Shape s = item->itemShape();
        // Floor tiles lie under everything, like zones: a grille above one wins.
        const bool isZone = s == FloorPlanItem::Shape::Containment || s == FloorPlanItem::Shape::ColdContainment
                            || (item->isVent() && !item->isOverhead());
        if (item->isOverhead()) {
            if (!overhead)
                overhead = item;
        } else if (isZone) {
            if (!zone)
                zone = item;
        } else {
            return item;
        }
    }
    if (overhead && overhead->itemShape() != FloorPlanItem::Shape::Busway)
        return overhead;
    return zone ? zone : overhead;
}

void FloorPlanView::select(const QStringList &ids)
{
    m_selection->setSelected(ids);
}

void FloorPlanView::copySelection()
{
    FloorPlanClipboard::copy(document()->project(), m_selection->selected());
}

void FloorPlanView::pasteClipboard()
{
    const Project &p = document()->project();
    const Hall *hall = m_scene->hallAt(mapToScene(viewport()->rect().center()));
    const std::string fallback = hall ? hall->id : (p.halls.empty() ? std::string() : p.halls.front().id);
    const QPointF offset = FloorPlanEdits(document()).pitchOffset(m_selection->selected());
    const QStringList ids = FloorPlanClipboard::pasteFromClipboard(document(), offset, fallback);
    if (!ids.isEmpty())
        select(ids);
}

void FloorPlanView::duplicateSelection()
{
    const QStringList ids = FloorPlanEdits(document()).duplicate(m_selection->selected());
    if (!ids.isEmpty())
        select(ids);
}

void FloorPlanView::rotateSelection()
{
    FloorPlanEdits(document()).rotate(m_selection->selected());
}

void FloorPlanView::deleteSelection()
{
    const QStringList ids = m_selection->selected();
    if (FloorPlanEdits(document()).remove(ids))
        m_selection->clear();
}


void FloorPlanView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(228, 230, 233));   // outside the halls
    const Project &p = document()->project();
    for (const Hall &h : p.halls)
        painter->fillRect(planGeometry::hallRectToScene(h, QRectF(0, 0, h.widthM, h.depthM)),
                          h.floor == "raised" ? QColor(241, 245, 250) : QColor(252, 252, 250));
    drawRaisedFloors(painter, rect);
    if (!m_grid)
        return;
    const double px = pixelsPerMetre();
    auto lines = [&](double step, const QPen &pen) {
        if (step * px < kMinGridPx)
            return;
        m_gridLines.clear();   // keeps its capacity: no allocation once warmed up
        for (double x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
            m_gridLines.emplace_back(x, rect.top(), x, rect.bottom());
        for (double y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            m_gridLines.emplace_back(rect.left(), y, rect.right(), y);
        painter->setPen(pen);
        painter->drawLines(m_gridLines.data(), int(m_gridLines.size()));
    };
    static const QPen minor = [] { QPen p(QColor(0, 0, 0, 22), 0); return p; }();
    static const QPen major = [] { QPen p(QColor(0, 0, 0, 45), 0); return p; }();
    const bool aa = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);   // crisp 1 px lines
    lines(kTileM, minor);
    lines(kMajorM, major);
    painter->setRenderHint(QPainter::Antialiasing, aa);
}

void FloorPlanView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    drawScaleBar(painter);
    m_scene->legend().paint(painter, viewport()->rect());
    if (m_mode == Mode::RubberBand && !m_rubber.isEmpty()) {
        painter->setPen(QPen(QColor(0, 120, 215), 1, Qt::DashLine));
        painter->setBrush(QColor(0, 120, 215, 30));
        painter->drawRect(m_rubber);
    }
    if (m_mode == Mode::DrawRect && !m_rubber.isEmpty()) {
        // The rectangle being drawn, with its size in the user's units.
        const QRectF s = mapToScene(m_rubber).boundingRect();
        const bool hall = m_tool == FloorPlanTool::CreateHall;
        painter->setPen(QPen(hall ? QColor(60, 60, 60) : QColor(200, 60, 40), 2, Qt::DashLine));
        painter->setBrush(hall ? QColor(120, 120, 120, 25) : QColor(230, 90, 60, 40));
        painter->drawRect(m_rubber);
        const UnitSystem u = units::currentSystem();
        painter->setPen(Qt::black);
        painter->drawText(m_rubber.bottomRight() + QPoint(6, -4),
                          QStringLiteral("%1 × %2").arg(units::format(s.width(), Quantity::Length, u),
                                                        units::format(s.height(), Quantity::Length, u)));
    }
    if (m_mode == Mode::TileRun)
        drawTileRun(painter);
    if (m_mode == Mode::HallEdit && m_hallEdit.active()) {
        painter->setPen(QPen(QColor(0, 120, 215), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(mapFromScene(m_hallEdit.previewSceneRect()).boundingRect());
    }
    QString hint;
    switch (m_tool) {
    case FloorPlanTool::CreateRow: hint = tr("Create row: click the first rack's centre (Esc cancels)"); break;
    case FloorPlanTool::AislePair: hint = tr("Aisle pair: click the first rack of the front row (Esc cancels)"); break;
    case FloorPlanTool::Connect:
        hint = tr("Connect: click racks, then a PDU or busway (Shift: feed B), a CDU (its cooling loop) or a rear door");
        break;
    case FloorPlanTool::CreateHall: hint = tr("Hall: drag the hall's rectangle (Esc cancels)"); break;
    case FloorPlanTool::Containment: hint = tr("Containment: drag the contained aisle inside a hall (Esc cancels)"); break;
    case FloorPlanTool::FloorTile:
        hint = tr("Floor tile: click to place a 0.6 m perforated tile, drag to lay a run (Esc ends)");
        break;
    case FloorPlanTool::ReturnGrille:
        hint = tr("Return grille: click to place a ceiling return grille, drag for a run (Esc ends)");
        break;
    default: break;
    }
    if (!hint.isEmpty()) {
        painter->setPen(Qt::black);
        painter->drawText(QPoint(10, 10 + painter->fontMetrics().ascent()), hint);
    }
    painter->restore();
}

void FloorPlanView::drawScaleBar(QPainter *painter) const
{
    // The longest 1-2-5 length that fits in ~120 px, labelled in the user's units.
    const double px = pixelsPerMetre();
    if (px <= 0)
        return;
    double len = 1e-3;
    for (double decade = 1e-3; decade <= 1e5; decade *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            if (decade * m * px <= 120)
                len = decade * m;
        }
    }
    const int w = int(std::lround(len * px));
    const QPoint o(12, viewport()->height() - 16);
    painter->setPen(QPen(Qt::black, 2));
    painter->drawLine(o, o + QPoint(w, 0));
    painter->drawLine(o + QPoint(0, -5), o + QPoint(0, 3));
    painter->drawLine(o + QPoint(w, -5), o + QPoint(w, 3));
    painter->drawText(o + QPoint(0, -8), units::format(len, Quantity::Length, units::currentSystem()));
}

double FloorPlanView::benchmarkFrameMs(int frames)
{
    if (frames <= 0)
        return 0;
    const QTransform savedTransform = transform();
    const int h = horizontalScrollBar()->value(), v = verticalScrollBar()->value();
    const QSize size = viewport()->size().expandedTo(QSize(640, 480));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const QRectF plans = m_scene->plansRect();
    fitToView();
    const QTransform fit = transform();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        // A third of the frames at fit (everything visible: the worst case for the index),
        // the rest zoomed 3x and 12x while panning across the campus.
        const double zoom = i % 3 == 0 ? 1.0 : (i % 3 == 1 ? 3.0 : 12.0);
        setTransform(fit * QTransform::fromScale(zoom, zoom));
        const double t = double(i) / frames;
        centerOn(plans.left() + plans.width() * t, plans.top() + plans.height() * (0.5 + 0.4 * std::sin(6.28 * t)));
        QPainter painter(&image);
        painter.setRenderHints(renderHints());
        render(&painter, QRectF(image.rect()), viewport()->rect());
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6 / frames;
    setTransform(savedTransform);
    horizontalScrollBar()->setValue(h);
    verticalScrollBar()->setValue(v);
    return ms;
}
} // namespace aif
