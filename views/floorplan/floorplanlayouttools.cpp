#include "floorplanlayouttools.h"

#include "document.h"
#include "floorplangeometry.h"

#include <QObject>

#include <cmath>

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

QString nextRowName(const Project &p, const std::string &hallId)
{
    int n = 0;
    for (const Row &r : p.rows)
        n += r.hall == hallId;
    return QObject::tr("Row %1").arg(n + 1);
}
} // namespace

QStringList FloorPlanLayoutTools::addRow(Document *document, const std::string &hallId, const QPointF &firstCentre,
                                         const RowOptions &o, const QString &prefix)
{
    QStringList ids;
    const std::string row = document->addEntity(
        EntityKind::Row, Json{{"name", nextRowName(document->project(), hallId).toStdString()}, {"hall", hallId}});
    if (row.empty())
        return ids;
    ids << QString::fromStdString(row);
    const QPointF step = rowStep(o.rotationDeg) * o.pitch();
    for (int i = 0; i < o.count; ++i) {
        const QPointF c = firstCentre + step * i;
        Json rack{{"name", QStringLiteral("%1%2").arg(prefix).arg(i + 1, 2, 10, QLatin1Char('0')).toStdString()},
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
    document->beginBatch(QObject::tr("Create row of %n rack(s)", nullptr, options.count));
    const QStringList ids = addRow(document, hallId, firstCentre, options, options.namePrefix);
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
    const QPointF secondCentre = firstCentre + back * offset;

    document->beginBatch(QObject::tr("Create aisle pair of 2 x %1 racks").arg(options.count));
    QStringList ids = addRow(document, hallId, firstCentre, options, options.namePrefix + QLatin1Char('A'));
    const QString row1 = ids.value(0);
    const QStringList row2Ids = addRow(document, hallId, secondCentre, second, options.namePrefix + QLatin1Char('B'));
    ids += row2Ids;

    // Zone over the aisle: the rows' length by the aisle width, centred between the rows.
    const QPointF step = rowStep(options.rotationDeg);
    const double length = options.count * options.pitch();
    const QPointF mid = firstCentre + step * (options.pitch() * (options.count - 1) / 2.0)
                        + back * (options.rackDepthM / 2 + options.hotAisleWidthM / 2);
    const bool alongX = step.x() != 0;
    Json zone{{"name", QObject::tr("Hot aisle %1").arg(ids.size() > 1 ? row1 : QString()).toStdString()},
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

} // namespace aif
