#include "floorplanedits.h"

#include "document.h"
#include "floorplanclipboard.h"
#include "floorplangeometry.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {
bool hasKey(const Project &p, EntityRef ref, const char *key)
{
    return p.property(ref.kind, key) != nullptr;
}

Json round6(double v)
{
    // Micrometre rounding: repeated nudges must not accumulate 0.30000000000000004.
    return std::round(v * 1e6) / 1e6;
}
} // namespace

bool FloorPlanEdits::footprint(const QString &id, double *x, double *y, double *w, double *d) const
{
    const Project &p = m_document->project();
    const std::optional<EntityRef> ref = p.find(id.toStdString());
    if (!ref || !hasKey(p, *ref, "xM") || !hasKey(p, *ref, "yM"))
        return false;
    *x = p.value(*ref, "xM").get<double>();
    *y = p.value(*ref, "yM").get<double>();
    double width = 0.6, depth = 0.6, rot = 0;
    if (hasKey(p, *ref, "widthM"))
        width = p.value(*ref, "widthM").get<double>();
    else if (hasKey(p, *ref, "lengthM"))
        width = std::max(0.3, p.value(*ref, "lengthM").get<double>());
    if (hasKey(p, *ref, "depthM"))
        depth = p.value(*ref, "depthM").get<double>();
    if (hasKey(p, *ref, "rotationDeg"))
        rot = p.value(*ref, "rotationDeg").get<double>();
    const QRectF r = planGeometry::footprint(*x, *y, width, depth, rot);
    *w = r.width();
    *d = r.height();
    return true;
}

bool FloorPlanEdits::move(const std::vector<Move> &moves)
{
    if (moves.empty())
        return false;
    m_document->beginBatch(moves.size() == 1 ? QObject::tr("Move %1").arg(moves.front().id)
                                             : QObject::tr("Move %1 items").arg(moves.size()));
    for (const Move &m : moves) {
        m_document->editProperty(m.id.toStdString(), "xM", round6(m.hallPos.x()));
        m_document->editProperty(m.id.toStdString(), "yM", round6(m.hallPos.y()));
    }
    m_document->endBatch();
    return true;
}

bool FloorPlanEdits::nudge(const QStringList &ids, double dxM, double dyM)
{
    std::vector<Move> moves;
    for (const QString &id : ids) {
        double x, y, w, d;
        if (footprint(id, &x, &y, &w, &d))
            moves.push_back({id, QPointF(x + dxM, y + dyM)});
    }
    return move(moves);
}

bool FloorPlanEdits::rotate(const QStringList &ids)
{
    const Project &p = m_document->project();
    bool any = false;
    m_document->beginBatch(QObject::tr("Rotate %n item(s) by 90°", nullptr, int(ids.size())));
    for (const QString &id : ids) {
        const std::string sid = id.toStdString();
        const std::optional<EntityRef> ref = p.find(sid);
        if (!ref)
            continue;
        if (hasKey(p, *ref, "rotationDeg")) {
            const int q = planGeometry::quarterTurns(p.value(*ref, "rotationDeg").get<double>());
            any |= m_document->editProperty(sid, "rotationDeg", double((q + 1) % 4 * 90)).empty();
        } else if (ref->kind == EntityKind::Containment) {
            // Zones have no rotation: a quarter turn swaps the rectangle's sides.
            const Json w = p.value(*ref, "widthM"), d = p.value(*ref, "depthM");
            any |= m_document->editProperty(sid, "widthM", d).empty();
            m_document->editProperty(sid, "depthM", w);
        }
    }
    m_document->endBatch();
    return any;
}

bool FloorPlanEdits::remove(const QStringList &ids)
{
    std::vector<std::string> list;
    for (const QString &id : ids)
        if (m_document->project().find(id.toStdString()))
            list.push_back(id.toStdString());
    if (list.empty())
        return false;
    m_document->removeEntities(list);
    return true;
}

QPointF FloorPlanEdits::pitchOffset(const QStringList &ids) const
{
    double x, y, w, d;
    for (const QString &id : ids)
        if (footprint(id, &x, &y, &w, &d))
            return QPointF(w, 0);
    return QPointF(0.6, 0);
}

QStringList FloorPlanEdits::duplicate(const QStringList &ids)
{
    const Project &p = m_document->project();
    const Json list = FloorPlanClipboard::toJson(p, ids);
    if (list.empty())
        return {};
    const std::string hall = p.halls.empty() ? std::string() : p.halls.front().id;
    return FloorPlanClipboard::paste(m_document, list, pitchOffset(ids), hall,
                                     QObject::tr("Duplicate %n item(s)", nullptr, int(list.size())));
}

bool FloorPlanEdits::align(const QStringList &ids, Edge edge)
{
    struct Item { QString id; double x, y, w, d; };
    std::vector<Item> items;
    for (const QString &id : ids) {
        Item it{id, 0, 0, 0, 0};
        if (footprint(id, &it.x, &it.y, &it.w, &it.d))
            items.push_back(it);
    }
    if (items.size() < 2)
        return false;
    // Edges in hall coordinates: "top" is north (+y), matching what the user sees.
    double target = edge == Edge::Left || edge == Edge::Bottom ? 1e300 : -1e300;
    for (const Item &i : items) {
        switch (edge) {
        case Edge::Left: target = std::min(target, i.x - i.w / 2); break;
        case Edge::Right: target = std::max(target, i.x + i.w / 2); break;
        case Edge::Bottom: target = std::min(target, i.y - i.d / 2); break;
        case Edge::Top: target = std::max(target, i.y + i.d / 2); break;
        }
    }
    std::vector<Move> moves;
    for (const Item &i : items) {
        QPointF p(i.x, i.y);
        switch (edge) {
        case Edge::Left: p.setX(target + i.w / 2); break;
        case Edge::Right: p.setX(target - i.w / 2); break;
        case Edge::Bottom: p.setY(target + i.d / 2); break;
        case Edge::Top: p.setY(target - i.d / 2); break;
        }
        moves.push_back({i.id, p});
    }
    return move(moves);
}

bool FloorPlanEdits::distribute(const QStringList &ids, bool horizontal)
{
    struct Item { QString id; double x, y, w, d; };
    std::vector<Item> items;
    for (const QString &id : ids) {
        Item it{id, 0, 0, 0, 0};
        if (footprint(id, &it.x, &it.y, &it.w, &it.d))
            items.push_back(it);
    }
    if (items.size() < 3)
        return false;   // two items are already "distributed"
    std::sort(items.begin(), items.end(),
              [horizontal](const Item &a, const Item &b) { return horizontal ? a.x < b.x : a.y < b.y; });
    // Equal centre spacing between the outermost two.
    const double a = horizontal ? items.front().x : items.front().y;
    const double b = horizontal ? items.back().x : items.back().y;
    std::vector<Move> moves;
    for (size_t i = 0; i < items.size(); ++i) {
        const double c = a + (b - a) * double(i) / double(items.size() - 1);
        moves.push_back({items[i].id, horizontal ? QPointF(c, items[i].y) : QPointF(items[i].x, c)});
    }
    return move(moves);
}

bool FloorPlanEdits::connectFeed(const QStringList &ids, const QString &nodeId, bool sideB)
{
    const Project &p = m_document->project();
    QStringList racks;
    for (const QString &id : ids)
        if (p.get<Rack>(id.toStdString()))
            racks << id;
    if (racks.isEmpty() || !p.get<PowerNode>(nodeId.toStdString()))
        return false;
    m_document->beginBatch(QObject::tr("Connect %n rack(s) to %1 (feed %2)", nullptr, int(racks.size()))
                               .arg(nodeId, sideB ? QStringLiteral("B") : QStringLiteral("A")));
    for (const QString &id : racks)
        m_document->editProperty(id.toStdString(), sideB ? "powerFeedB" : "powerFeedA", nodeId.toStdString());
    m_document->endBatch();
    return true;
}

bool FloorPlanEdits::assignCoolingLoop(const QStringList &ids, const QString &loopId)
{
    const Project &p = m_document->project();
    QStringList racks;
    for (const QString &id : ids)
        if (p.get<Rack>(id.toStdString()))
            racks << id;
    if (racks.isEmpty())
        return false;
    m_document->beginBatch(QObject::tr("Assign %n rack(s) to loop %1", nullptr, int(racks.size())).arg(loopId));
    for (const QString &id : racks)
        m_document->editProperty(id.toStdString(), "coolingLoop", loopId.toStdString());
    m_document->endBatch();
    return true;
}

bool FloorPlanEdits::mountRearDoor(const QString &unitId, const QString &rackId)
{
    const Project &p = m_document->project();
    const AirUnit *unit = p.get<AirUnit>(unitId.toStdString());
    const Rack *rack = p.get<Rack>(rackId.toStdString());
    if (!unit || !rack || unit->type != "rdhx")
        return false;
    // Behind the rack, blowing out of its back: the door's depth beyond the rack's rear face.
    const QPointF back = -planGeometry::frontDirection(rack->rotationDeg) * ((rack->depthM + unit->depthM) / 2);
    const std::string id = unitId.toStdString();
    m_document->beginBatch(QObject::tr("Mount %1 on %2").arg(unitId, rackId));
    m_document->editProperty(id, "rack", rack->id);
    m_document->editProperty(id, "hall", rack->hall);
    m_document->editProperty(id, "xM", round6(rack->xM + back.x()));
    m_document->editProperty(id, "yM", round6(rack->yM + back.y()));
    m_document->editProperty(id, "rotationDeg", std::fmod(rack->rotationDeg + 180.0, 360.0));
    m_document->endBatch();
    return true;
}

} // namespace aif
