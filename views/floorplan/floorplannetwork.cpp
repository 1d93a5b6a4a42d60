// Network switches on the plan (floorplannetwork.h).
#include "floorplannetwork.h"

#include "catalog.h"
#include "document.h"
#include "floorplanpalette.h"
#include "floorplanplacement.h"
#include "plangeometry.h"

#include <QObject>

#include <cctype>

namespace aif::floorPlanNetwork {

QStringList place(Document *document, const Catalog *catalog, const std::string &switchId, const std::string &hallId,
                  const QPointF &hallPos)
{
    const CatalogEntry *e = catalog ? catalog->find("network", switchId) : nullptr;
    if (!e || e->type != "switch")
        return {};
    const Project &p = document->project();
    // The rack under the drop point, if any.
    std::string rackId;
    for (const Rack &r : p.racks) {
        if (r.hall != hallId)
            continue;
        const plan::Footprint f = plan::footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg);
        if (hallPos.x() >= f.x0 && hallPos.x() <= f.x1 && hallPos.y() >= f.y0 && hallPos.y() <= f.y1) {
            rackId = r.id;
            break;
        }
    }
    const Json &d = e->data;
    Json sw{{"name", e->name}, {"model", switchId}, {"tier", d.value("tier", std::string("leaf"))}};
    for (const char *k : {"ports", "portSpeedGbps", "powerW"})
        if (d.contains(k) && d[k].is_number())
            sw[k] = d[k];
    // A project with one network domain: the switch joins it (the inspector changes it).
    if (p.networkDomains.size() == 1)
        sw["domain"] = p.networkDomains.front().id;
    std::string stem = d.value("tier", std::string("leaf"));
    stem[0] = char(std::toupper(static_cast<unsigned char>(stem[0])));
    sw["name"] = placement::uniqueName(placement::namesOf(p, EntityKind::Switch, hallId), stem + "-01");
    QStringList ids;
    document->beginBatch(QObject::tr("Place %1").arg(QString::fromStdString(e->name)));
    if (rackId.empty()) {
        EntityKind kind;
        Json rack;
        if (FloorPlanPalette::entityFor(catalog, QStringLiteral("racks/%1").arg(QLatin1String(kNetworkRack)), &kind,
                                        &rack)) {
            rack["hall"] = hallId;
            rack["xM"] = hallPos.x();
            rack["yM"] = hallPos.y();
            rack["name"] = placement::uniqueName(placement::namesOf(p, EntityKind::Rack, hallId), "NET01");
            rackId = document->addEntity(kind, rack);
            if (!rackId.empty())
                ids << QString::fromStdString(rackId);
        }
    }
    sw["hall"] = hallId;
    sw["rack"] = rackId;
    const std::string id = document->addEntity(EntityKind::Switch, sw);
    document->endBatch();
    if (!id.empty())
        ids << QString::fromStdString(id);
    return ids;
}

} // namespace aif::floorPlanNetwork
