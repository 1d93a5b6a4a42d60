#include "floorplanlayouttools.h"

#include "document.h"
#include "floorplangeometry.h"
#include "floorplanplacement.h"

#include <QObject>

#include <cmath>
#include <cstdio>
#include <set>

namespace aif {

namespace {
// Unit step along a row: a row of south-facing racks runs west to east (+x); racks turned
// 90/270 stand in a row running south to north (+y).
QPointF rowStep(double rotationDeg)
{
    return planGeometry::quarterTurns(rotationDeg) % 2 ? QPointF(0, 1) : QPointF(1, 0);
}

double r6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

// The racks of a row as they would be added (for the free-space search before adding them).
std::vector<placement::NewItem> rowItems(const std::string &hallId, const QPointF &firstCentre, const RowOptions &o)
{
    std::vector<placement::NewItem> items;
    const QPointF step = rowStep(o.rotationDeg) * o.pitch();
    for (int i = 0; i < o.count; ++i) {
        const QPointF c = firstCentre + step * i;
        items.push_back({EntityKind::Rack, Json{{"hall", hallId}, {"xM", c.x()}, {"yM", c.y()},
                                                {"rotationDeg", o.rotationDeg}, {"widthM", o.rackWidthM},
                                                {"depthM", o.rackDepthM}}});
    }
    return items;
}
} // namespace

QStringList FloorPlanLayoutTools::addRow(Document *document, const std::string &hallId, const QPointF &firstCentre,
                                         const RowOptions &o, const QString &prefix)
{
    QStringList ids;
    // "Row C" and its racks C01, C02 … unless the user gave a prefix; names never repeat.
    const std::string letters = placement::nextRowLetters(document->project(), hallId);
    const std::string stem = prefix.isEmpty() ? letters : prefix.toStdString();
    const std::string row = document->addEntity(EntityKind::Row, Json{{"name", "Row " + letters}, {"hall", hallId}});
    if (row.empty())
        return ids;
    ids << QString::fromStdString(row);
    std::set<std::string> names = placement::namesOf(document->project(), EntityKind::Rack, hallId);
    const QPointF step = rowStep(o.rotationDeg) * o.pitch();
    for (int i = 0; i < o.count; ++i) {
        const QPointF c = firstCentre + step * i;
        char number[16];
        std::snprintf(number, sizeof number, "%02d", i + 1);
        const std::string name = placement::uniqueName(names, stem + number);
        names.insert(name);
        Json rack{{"name", name},
                  {"hall", hallId},
                  {"row", row},
                  {"xM", r6(c.x())},
                  {"yM", r6(c.y())},
                  {"rotationDeg", double(planGeometry::quarterTurns(o.rotationDeg) * 90)},
                  {"widthM", o.rackWidthM},
                  {"depthM", o.rackDepthM},
                  {"heightM", o.rackHeightM},
                  {"rackType", o.rackType.toStdString()},
                  {"system", o.system.toStdString()},
                  {"systemCount", o.system.isEmpty() ? 0 : o.systemCount}};
        const std::string id = document->addEntity(EntityKind::Rack, rack);
        if (!id.empty())
            ids << QString::fromStdString(id);
    }
    return ids;
}

QStringList FloorPlanLayoutTools::createRow(Document *document, const std::string &hallId,
                                            const QPointF &firstCentre, const RowOptions &options)
{
    if (options.count < 1)
        return {};
    // Where the row would stand on racks or units already there, it moves back (away from its
    // front) by a rack depth and an aisle until it stands free.
    const QPointF back = -planGeometry::frontDirection(options.rotationDeg) * (options.rackDepthM + 1.2);
    const QPointF at = firstCentre + placement::freeOffset(document->project(), rowItems(hallId, firstCentre, options),
                                                           {}, back, 50);
    document->beginBatch(QObject::tr("Create row of %n rack(s)", nullptr, options.count));
    const QStringList ids = addRow(document, hallId, at, options, options.namePrefix);
    document->endBatch();
    return ids;
}

QStringList FloorPlanLayoutTools::createAislePair(Document *document, const std::string &hallId,
                                                  const QPointF &firstCentre, const RowOptions &options)
{
    if (options.count < 1)
        return {};
    // The second row sits behind the first across the hot aisle: its centre line is one rack
    // depth plus the aisle away, against the first row's front direction.
    const QPointF back = -planGeometry::frontDirection(options.rotationDeg);
    const double offset = options.rackDepthM + options.hotAisleWidthM;
    RowOptions second = options;
    second.rotationDeg = std::fmod(double(planGeometry::quarterTurns(options.rotationDeg) * 90) + 180.0, 360.0);
    // Both rows must stand free; the pair moves back by its own depth plus an aisle until they do.
    std::vector<placement::NewItem> pair = rowItems(hallId, firstCentre, options);
    for (placement::NewItem &item : rowItems(hallId, firstCentre + back * offset, second))
        pair.push_back(item);
    const QPointF shift = placement::freeOffset(document->project(), pair, {}, back * (offset + options.rackDepthM + 1.2), 50);
    const QPointF firstAt = firstCentre + shift;
    const QPointF secondCentre = firstAt + back * offset;

    document->beginBatch(QObject::tr("Create aisle pair of 2 x %1 racks").arg(options.count));
    QStringList ids = addRow(document, hallId, firstAt, options, options.namePrefix.isEmpty() ? QString() : options.namePrefix + 'A');
    const QString row1 = ids.value(0);
    const QStringList row2Ids = addRow(document, hallId, secondCentre, second,
                                       options.namePrefix.isEmpty() ? QString() : options.namePrefix + 'B');
    ids += row2Ids;

    // Zone over the aisle: the rows' length by the aisle width, centred between the rows.
    const QPointF step = rowStep(options.rotationDeg);
    const double length = options.count * options.pitch();
    const QPointF mid = firstAt + step * (options.pitch() * (options.count - 1) / 2.0)
                        + back * (options.rackDepthM / 2 + options.hotAisleWidthM / 2);
    const bool alongX = step.x() != 0;
    const Project &p = document->project();
    const Row *r1 = p.get<Row>(row1.toStdString()), *r2 = p.get<Row>(row2Ids.value(0).toStdString());
    const std::string aisle = r1 && r2 ? r1->name.substr(4) + "|" + r2->name.substr(4) : std::string();
    Json zone{{"name", placement::uniqueName(placement::namesOf(p, EntityKind::Containment), "Hot aisle " + aisle)},
              {"hall", hallId},
              {"type", "hot-aisle"},
              {"rows", Json::array({row1.toStdString(), row2Ids.value(0).toStdString()})},
              {"xM", r6(mid.x())},
              {"yM", r6(mid.y())},
              {"widthM", r6(alongX ? length : options.hotAisleWidthM)},
              {"depthM", r6(alongX ? options.hotAisleWidthM : length)}};
    const std::string zoneId = document->addEntity(EntityKind::Containment, zone);
    if (!zoneId.empty())
        ids << QString::fromStdString(zoneId);
    document->endBatch();
    return ids;
}

QString FloorPlanLayoutTools::createContainment(Document *document, const std::string &hallId, const QRectF &hallRect,
                                               const std::string &type)
{
    const Project &p = document->project();
    const QRectF zone = hallRect.normalized();
    if (zone.width() < 0.3 || zone.height() < 0.3 || !p.get<Hall>(hallId))
        return {};
    // The rows it closes: those with a rack touching the zone (racks line the aisle it covers).
    // Racks whose fronts face into it make it a cold aisle, backs a hot aisle.
    Json rows = Json::array();
    std::set<std::string> seen;
    const QRectF reach = zone.adjusted(-0.3, -0.3, 0.3, 0.3);
    int fronts = 0, backs = 0;
    for (const Rack &r : p.racks) {
        if (r.hall != hallId || !planGeometry::footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg).intersects(reach))
            continue;
        const QPointF toZone = zone.center() - QPointF(r.xM, r.yM), front = planGeometry::frontDirection(r.rotationDeg);
        (toZone.x() * front.x() + toZone.y() * front.y() > 0 ? fronts : backs)++;
        if (!r.row.empty() && !seen.contains(r.row)) {
            seen.insert(r.row);
            rows.push_back(r.row);
        }
    }
    const std::string kind = type.empty() ? (fronts > backs ? "cold-aisle" : "hot-aisle") : type;
    const std::string name = placement::uniqueName(placement::namesOf(p, EntityKind::Containment, hallId),
                                                   kind == "cold-aisle" ? "Cold aisle 1" : "Hot aisle 1");
    document->beginBatch(QObject::tr("Draw containment %1").arg(QString::fromStdString(name)));
    const std::string id = document->addEntity(EntityKind::Containment,
                                               Json{{"name", name}, {"hall", hallId}, {"type", kind}, {"rows", rows},
                                                    {"xM", r6(zone.center().x())}, {"yM", r6(zone.center().y())},
                                                    {"widthM", r6(zone.width())}, {"depthM", r6(zone.height())}});
    document->endBatch();
    return QString::fromStdString(id);
}

} // namespace aif
