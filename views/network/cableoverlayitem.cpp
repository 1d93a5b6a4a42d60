#include "cableoverlayitem.h"

#include "cablelegend.h"
#include "fabricplan.h"
#include "fabricplanner.h"
#include "mediumstyle.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace aif {

namespace {

const std::vector<CableRoute> &noRoutes()
{
    static const std::vector<CableRoute> none;
    return none;
}

QPointF toScene(double x, double y)
{
    return {x, -y}; // campus metres, y north -> scene (FloorPlanScene flips y)
}

} // namespace

CableOverlayItem::CableOverlayItem(Document *document, const Catalog *catalog,
                                   QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_planner(new FabricPlanner(this))
{
    setObjectName("cableOverlay");
    setZValue(6); // over the racks and the pipes/power lines (5): cables run in trays above
    setAcceptedMouseButtons(Qt::NoButton);
    connect(m_planner, &FabricPlanner::planned, this, &CableOverlayItem::setPlan);
    m_planner->setDocument(document, catalog);
}

CableOverlayItem::~CableOverlayItem()
{
    for (const QPointer<QWidget> &w : m_legends)
        delete w.data();
}

const std::vector<CableRoute> &CableOverlayItem::routes() const
{
    return m_plan ? m_plan->routes : noRoutes();
}

double CableOverlayItem::lineWidthPx(long long cables)
{
    return std::clamp(0.5 * std::sqrt(double(std::max(1LL, cables))), 1.0, 9.0);
}

QPolygonF CableOverlayItem::routePolyline(const CableRoute &r)
{
    return QPolygonF {toScene(r.x1, r.y1), toScene(r.x2, r.y1), toScene(r.x2, r.y2)};
}

void CableOverlayItem::setPlan(std::shared_ptr<const FabricPlan> plan)
{
    prepareGeometryChange();
    m_plan = std::move(plan);
    m_strokes.clear();
    m_switches = QPainterPath();
    m_autos = QPainterPath();
    // One path per medium, width and reach: a campus has thousands of runs but a handful of
    // strokes, and wide routes are drawn first so the narrow ones stay visible on top.
    std::map<std::tuple<int, int, bool, std::string>, QPainterPath> paths;
    std::set<std::pair<double, double>>
        marked; // one mark per position (overlapping ones cancel out)
    for (const CableRoute &r : routes()) {
        const double w = std::round(lineWidthPx(r.count) * 2) / 2;
        paths[{-int(w * 2), mediumStyle::rank(r.medium.medium), r.reaches, r.medium.medium}]
            .addPolygon(routePolyline(r));
        const bool switchFrom = r.tier != "node_leaf";
        for (const auto &[isSwitch, automatic, x, y] :
             {std::tuple {switchFrom, r.fromAuto, r.x1, r.y1},
              std::tuple {true, r.toAuto, r.x2, r.y2}}) {
            if (!isSwitch || !marked.insert({x, y}).second)
                continue;
            const QPointF c = toScene(x, y);
            if (automatic) {
                m_autos.addPolygon(QPolygonF {c + QPointF(0, -0.6), c + QPointF(0.6, 0),
                                              c + QPointF(0, 0.6), c + QPointF(-0.6, 0),
                                              c + QPointF(0, -0.6)});
            } else {
                m_switches.addRect(QRectF(c - QPointF(0.3, 0.3), QSizeF(0.6, 0.6)));
            }
        }
    }
    m_bounds = QRectF();
    for (const auto &[key, path] : paths) {
        m_strokes.push_back({std::get<3>(key), -std::get<0>(key) / 2.0, std::get<2>(key), path});
        m_bounds |= path.controlPointRect();
    }
    m_bounds |= m_switches.controlPointRect() | m_autos.controlPointRect();
    m_bounds.adjust(-2, -2, 2, 2); // the lanes and cosmetic pens, at the zoom of a whole campus
    update();
    emit routesChanged();
}

void CableOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    // Runs of different media share the same trays: each medium gets its own lane, a few pixels
    // apart, so a shared tray reads as parallel lines instead of the colour drawn last. Shifting
    // a path by (d, d) moves its x runs sideways and its y runs sideways alike.
    std::vector<std::string> lanes;
    for (const Stroke &s : m_strokes)
        if (std::find(lanes.begin(), lanes.end(), s.medium) == lanes.end())
            lanes.push_back(s.medium);
    std::sort(lanes.begin(), lanes.end(), [](const std::string &a, const std::string &b) {
        return mediumStyle::rank(a) < mediumStyle::rank(b);
    });
    const double pxPerM
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    auto laneShift = [&](const std::string &medium) {
        const double lane = double(std::find(lanes.begin(), lanes.end(), medium) - lanes.begin())
            - (lanes.size() - 1) / 2.0;
        return pxPerM > 0 ? lane * 4.0 / pxPerM : 0.0;
    };
    // A white casing first, so the cables stand out over racks, pipes and the grid.
    for (bool casing : {true, false}) {
        for (const Stroke &s : m_strokes) {
            QColor c = s.reaches ? mediumStyle::color(s.medium) : QColor(220, 0, 0);
            QPen pen(casing ? QColor(255, 255, 255, 210) : c, s.widthPx + (casing ? 2.5 : 0),
                     s.reaches || casing ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap,
                     Qt::RoundJoin);
            pen.setCosmetic(true); // widths in pixels: the key stays true at any zoom
            painter->setPen(pen);
            const double d = laneShift(s.medium);
            painter->drawPath(s.path.translated(d, d));
        }
    }
    QPen outline(QColor(30, 30, 30), 1);
    outline.setCosmetic(true);
    painter->setPen(outline);
    painter->setBrush(QColor(255, 255, 255));
    painter->drawPath(m_switches);
    outline.setStyle(Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(QColor(255, 240, 200));
    painter->drawPath(m_autos);
}

QVariant CableOverlayItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSceneHasChanged)
        attachLegends();
    return QGraphicsObject::itemChange(change, value);
}

void CableOverlayItem::attachLegends()
{
    for (const QPointer<QWidget> &w : m_legends)
        delete w.data();
    m_legends.clear();
    if (!scene())
        return;
    // The key belongs to the viewport's corner, not the plan: it must not scroll or scale.
    for (QGraphicsView *view : scene()->views())
        m_legends.emplace_back(new CableLegend(this, view));
}

} // namespace aif
