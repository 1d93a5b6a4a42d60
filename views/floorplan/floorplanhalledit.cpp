#include "floorplanhalledit.h"

#include "document.h"
#include "floorplangeometry.h"
#include "floorplanplacement.h"
#include "floorplanscene.h"
#include "floorplanview.h"
#include "selectionmodel.h"

#include <QObject>

#include <cmath>

namespace aif {

namespace {

constexpr double kMinHallM = 3.0;   // smaller than a rack row with its aisles is not a hall
constexpr int kWallGrabPx = 6;      // how close to a wall a press grabs the hall

double snap(double v)
{
    return planGeometry::snapToGrid(v, 0.1);
}

QRectF sceneRectOf(const Hall &h)
{
    return planGeometry::hallRectToScene(h, QRectF(0, 0, h.widthM, h.depthM));
}

} // namespace

FloorPlanHallEdit::Part FloorPlanHallEdit::hit(const QPoint &viewPos, QString *hallId) const
{
    const Project &p = m_view->document()->project();
    const QStringList selected = m_view->selectionModel()->selected();
    const QPointF pos(viewPos);
    // Handles of selected halls first: they sit on the walls.
    for (const Hall &h : p.halls) {
        if (!selected.contains(QString::fromStdString(h.id)))
            continue;
        const QRectF r = m_view->mapFromScene(sceneRectOf(h)).boundingRect();
        const QPointF c = r.center();
        const std::pair<QPointF, Part> handles[] = {
            {QPointF(r.left(), c.y()), Part::West},        {QPointF(r.right(), c.y()), Part::East},
            {QPointF(c.x(), r.bottom()), Part::South},     {QPointF(c.x(), r.top()), Part::North},
            {r.bottomLeft(), Part::SouthWest},             {r.bottomRight(), Part::SouthEast},
            {r.topLeft(), Part::NorthWest},                {r.topRight(), Part::NorthEast}};
        for (const auto &[at, part] : handles) {
            if (std::abs(pos.x() - at.x()) <= kHandlePx && std::abs(pos.y() - at.y()) <= kHandlePx) {
                *hallId = QString::fromStdString(h.id);
                return part;
            }
        }
    }
    for (const Hall &h : p.halls) {
        const QRectF r = m_view->mapFromScene(sceneRectOf(h)).boundingRect();
        const QRectF outer = r.adjusted(-kWallGrabPx, -kWallGrabPx, kWallGrabPx, kWallGrabPx);
        const QRectF inner = r.adjusted(kWallGrabPx, kWallGrabPx, -kWallGrabPx, -kWallGrabPx);
        // The name is drawn just above the north wall's west end.
        const QRectF label(r.left(), r.top() - 24, 160, 22);
        if ((outer.contains(pos) && !inner.contains(pos)) || (r.width() >= 60 && label.contains(pos))) {
            *hallId = QString::fromStdString(h.id);
            return Part::Move;
        }
    }
    return Part::None;
}

void FloorPlanHallEdit::begin(const QString &hallId, Part part, const QPointF &scenePos)
{
    const Hall *h = m_view->document()->project().get<Hall>(hallId.toStdString());
    if (!h)
        return;
    m_hall = hallId;
    m_part = part;
    m_press = scenePos;
    m_start = m_preview = sceneRectOf(*h);
}

void FloorPlanHallEdit::update(const QPointF &scenePos)
{
    if (!active())
        return;
    // Scene y points south: the north wall is the rect's top edge.
    const double dx = snap(scenePos.x() - m_press.x()), dy = snap(scenePos.y() - m_press.y());
    QRectF r = m_start;
    switch (m_part) {
    case Part::Move: r.translate(dx, dy); break;
    case Part::West: r.setLeft(std::min(r.left() + dx, r.right() - kMinHallM)); break;
    case Part::East: r.setRight(std::max(r.right() + dx, r.left() + kMinHallM)); break;
    case Part::North: r.setTop(std::min(r.top() + dy, r.bottom() - kMinHallM)); break;
    case Part::South: r.setBottom(std::max(r.bottom() + dy, r.top() + kMinHallM)); break;
    case Part::NorthWest:
        r.setLeft(std::min(r.left() + dx, r.right() - kMinHallM));
        r.setTop(std::min(r.top() + dy, r.bottom() - kMinHallM));
        break;
    case Part::NorthEast:
        r.setRight(std::max(r.right() + dx, r.left() + kMinHallM));
        r.setTop(std::min(r.top() + dy, r.bottom() - kMinHallM));
        break;
    case Part::SouthWest:
        r.setLeft(std::min(r.left() + dx, r.right() - kMinHallM));
        r.setBottom(std::max(r.bottom() + dy, r.top() + kMinHallM));
        break;
    case Part::SouthEast:
        r.setRight(std::max(r.right() + dx, r.left() + kMinHallM));
        r.setBottom(std::max(r.bottom() + dy, r.top() + kMinHallM));
        break;
    case Part::None: break;
    }
    m_preview = r;
}

bool FloorPlanHallEdit::commit()
{
    if (!active())
        return false;
    const std::string id = m_hall.toStdString();
    m_hall.clear();
    Document *doc = m_view->document();
    const Hall *h = doc->project().get<Hall>(id);
    if (!h || m_preview == m_start)
        return false;
    // Site coordinates of the new south-west corner and size.
    const double originX = snap(m_preview.left()), originY = snap(-m_preview.bottom());
    const double width = snap(m_preview.width()), depth = snap(m_preview.height());
    // Contents keep their site position: hall coordinates shift by the origin's move, unless
    // the whole hall moves with them.
    const double shiftX = m_part == Part::Move ? 0.0 : h->originXM - originX;
    const double shiftY = m_part == Part::Move ? 0.0 : h->originYM - originY;
    doc->beginBatch(m_part == Part::Move ? QObject::tr("Move hall %1").arg(QString::fromStdString(h->name))
                                         : QObject::tr("Resize hall %1").arg(QString::fromStdString(h->name)));
    doc->editProperty(id, "originXM", originX);
    doc->editProperty(id, "originYM", originY);
    doc->editProperty(id, "widthM", width);
    doc->editProperty(id, "depthM", depth);
    if (shiftX != 0.0 || shiftY != 0.0) {
        const Project &p = doc->project();
        std::vector<std::pair<std::string, std::pair<double, double>>> moves;
        for (EntityKind kind : allKinds()) {
            if (!p.property(kind, "hall") || !p.property(kind, "xM"))
                continue;
            for (int i = 0; i < p.count(kind); ++i) {
                const Json e = p.toJson({kind, i});
                if (e.value("hall", std::string()) == id)
                    moves.push_back({e["id"].get<std::string>(), {e["xM"].get<double>(), e["yM"].get<double>()}});
            }
        }
        for (const auto &[entity, xy] : moves) {
            doc->editProperty(entity, "xM", std::round((xy.first + shiftX) * 1e6) / 1e6);
            doc->editProperty(entity, "yM", std::round((xy.second + shiftY) * 1e6) / 1e6);
        }
    }
    doc->endBatch();
    return true;
}

QString FloorPlanHallEdit::createHall(Document *document, const QRectF &sceneRect, QString *why)
{
    const QRectF r = sceneRect.normalized();
    const double width = snap(r.width()), depth = snap(r.height());
    if (width < kMinHallM || depth < kMinHallM) {
        if (why)
            *why = QObject::tr("A hall needs at least %1 × %1 m: drag its rectangle").arg(kMinHallM);
        return {};
    }
    const Project &p = document->project();
    const std::string name = placement::uniqueName(placement::namesOf(p, EntityKind::Hall),
                                                   "Data hall " + std::to_string(p.halls.size() + 1));
    document->beginBatch(QObject::tr("Draw hall %1").arg(QString::fromStdString(name)));
    const std::string id = document->addEntity(EntityKind::Hall, Json{{"name", name}, {"originXM", snap(r.left())},
                                                                      {"originYM", snap(-r.bottom())}, {"widthM", width},
                                                                      {"depthM", depth}});
    document->endBatch();
    return QString::fromStdString(id);
}

} // namespace aif
