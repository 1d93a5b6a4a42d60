#include "newentity.h"

#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanpalette.h"
#include "floorplan/floorplanplacement.h"
#include "floorplan/floorplanvents.h"
#include "fieldtext.h"

#include <QObject>

namespace aif::newEntity {

namespace {

using placement::NewItem;

// The hall of the first selected thing that has one, else the first hall.
std::string hallOf(const Project &p, const QStringList &selection)
{
    for (const QString &id : selection) {
        const auto ref = p.find(id.toStdString());
        if (!ref)
            continue;
        if (ref->kind == EntityKind::Hall)
            return id.toStdString();
        if (p.property(ref->kind, "hall")) {
            const std::string h = p.value(*ref, "hall").get<std::string>();
            if (!h.empty())
                return h;
        }
    }
    return p.halls.empty() ? std::string() : p.halls.front().id;
}

std::string firstLoop(const Project &p, std::initializer_list<const char *> types)
{
    for (const char *t : types)
        for (const LiquidLoop &l : p.liquidLoops)
            if (l.type == t)
                return l.id;
    return {};
}

// A loop created alongside the entity that needs it (inside the caller's batch).
std::string addLoop(Document *d, const std::string &type, const std::string &hall)
{
    const bool tcs = type == "tcs", chw = type == "chilled-water";
    // Defaults of the reference designs: W32 facility water 30 °C / 10 K, chilled water 18 °C /
    // 8 K (W27), TCS 34 °C / 10 K on 25 % propylene glycol.
    const std::string base = tcs ? "TCS loop" : chw ? "Chilled water" : "Facility water";
    return d->addEntity(EntityKind::LiquidLoop,
                        Json{{"name", placement::uniqueName(placement::namesOf(d->project(), EntityKind::LiquidLoop), base)},
                             {"hall", tcs ? hall : std::string()}, {"type", type}, {"fluid", tcs ? "pg25" : "water"},
                             {"supplyTempC", tcs ? 34.0 : chw ? 18.0 : 30.0}, {"designDeltaTK", chw ? 8.0 : 10.0},
                             {"waterClass", tcs ? "W32" : chw ? "W27" : "W32"}});
}

// A floor position in the hall where a footprint of this size stands free.
void placeFree(const Project &p, EntityKind kind, Json *e)
{
    const double w = e->value("widthM", 0.6), d = e->value("depthM", 1.2);
    (*e)["xM"] = 0.5 + w / 2;
    (*e)["yM"] = 0.5 + d / 2;
    const QPointF at = placement::freeOffset(p, {NewItem{kind, *e}}, {}, QPointF(w + 0.2, 0), 400);
    (*e)["xM"] = (*e)["xM"].get<double>() + at.x();
    (*e)["yM"] = (*e)["yM"].get<double>() + at.y();
}

QStringList selectedOf(const Project &p, const QStringList &selection, std::initializer_list<EntityKind> kinds)
{
    QStringList out;
    for (const QString &id : selection) {
        const auto ref = p.find(id.toStdString());
        if (ref && std::find(kinds.begin(), kinds.end(), ref->kind) != kinds.end())
            out << id;
    }
    return out;
}

} // namespace

std::vector<std::pair<std::string, QString>> subtypes(EntityKind kind)
{
    if (kind == EntityKind::LiquidLoop)
        return {{"facility", QObject::tr("Facility-water loop")},
                {"chilled-water", QObject::tr("Chilled-water loop")},
                {"tcs", QObject::tr("Technology cooling loop (TCS)")}};
    if (kind == EntityKind::HeatRejection)
        return {{"dry-cooler", QObject::tr("Dry cooler bank")},
                {"cooling-tower", QObject::tr("Cooling tower bank")},
                {"chiller", QObject::tr("Chiller bank")},
                {"heat-reuse", QObject::tr("Heat-reuse exchanger")}};
    if (kind == EntityKind::PowerNode) {
        std::vector<std::pair<std::string, QString>> out;
        const PropertyInfo *type = Project().property(EntityKind::PowerNode, "type");
        for (size_t i = 0; type && i < type->choices.size(); ++i)
            out.push_back({type->choices[i], choiceText(*type, i)});
        return out;
    }
    if (kind == EntityKind::Vent)
        return {{"perforated-tile", QObject::tr("Perforated floor tile")},
                {"grate-tile", QObject::tr("Grate floor tile")},
                {"ceiling-grille", QObject::tr("Ceiling return grille")},
                {"return-duct", QObject::tr("Ducted return")}};
    if (kind == EntityKind::NetworkDomain)
        return {{"scale-out", QObject::tr("Scale-out fabric")}, {"scale-up", QObject::tr("Scale-up domain")}};
    return {};
}

QString create(Document *d, const Catalog *catalog, EntityKind kind, const QStringList &selection, QString *why,
               const std::string &subtype)
{
    const Project &p = d->project();
    const std::string hall = hallOf(p, selection);
    const char *label = kindNames(kind).label;
    auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    const bool needsHall = kind == EntityKind::Row || kind == EntityKind::Rack || kind == EntityKind::AirUnit
                           || kind == EntityKind::Containment || kind == EntityKind::Cdu || kind == EntityKind::Vent;
    if (needsHall && hall.empty())
        return fail(QObject::tr("Draw a hall first (Hall tool on the floor plan)"));
    Json e = Json::object();
    e["name"] = placement::uniqueName(placement::namesOf(p, kind), std::string(label) + " " + std::to_string(p.count(kind) + 1));
    d->beginBatch(QObject::tr("Add %1").arg(QString::fromUtf8(label)));
    switch (kind) {
    case EntityKind::Hall: {
        double east = 0;
        for (const Hall &h : p.halls)
            east = std::max(east, h.originXM + h.widthM + 20.0);   // beside the others, 20 m apart
        e["name"] = placement::uniqueName(placement::namesOf(p, kind), "Data hall " + std::to_string(p.halls.size() + 1));
        e["originXM"] = east;
        // On the selected site, if a site (or something on one) is selected.
        for (const QString &id : selection) {
            const auto ref = p.find(id.toStdString());
            if (ref && ref->kind == EntityKind::Site) {
                e["site"] = id.toStdString();
                break;
            }
        }
        break;
    }
    case EntityKind::Row:
        e["name"] = "Row " + placement::nextRowLetters(p, hall);
        e["hall"] = hall;
        break;
    case EntityKind::Rack:
        e["hall"] = hall;
        e["rackType"] = "rack-42u-600x1200";
        placeFree(p, kind, &e);
        break;
    case EntityKind::AirUnit: {
        // The catalog's 100 kW CRAH, every rated value copied as the palette places it.
        EntityKind unitKind;
        Json unit;
        if (FloorPlanPalette::entityFor(catalog, QStringLiteral("cooling/crah-100kw"), &unitKind, &unit)) {
            unit.erase("name");
            e.update(unit);
        }
        e["hall"] = hall;
        e["chilledWaterLoop"] = firstLoop(p, {"chilled-water"});
        placeFree(p, kind, &e);
        break;
    }
    case EntityKind::Containment:
        e["hall"] = hall;
        break;
    case EntityKind::Vent: {
        // A 0.6 m vent of the type's usual open area, on the floor grid at the first tile
        // position no other vent of its level (floor or ceiling) takes.
        const std::string type = subtype.empty() ? "perforated-tile" : subtype;
        const std::vector<QPointF> at = floorPlanVents::freeTiles(p, hall, type, 1);
        if (at.empty()) {
            d->endBatch();
            return fail(QObject::tr("No free 0.6 m grid position left in the hall"));
        }
        e.update(floorPlanVents::defaults(type));
        e["name"] = placement::uniqueName(placement::namesOf(p, kind, hall), e["name"].get<std::string>());
        e["hall"] = hall;
        e["xM"] = at.front().x();
        e["yM"] = at.front().y();
        break;
    }
    case EntityKind::Cdu: {
        e["hall"] = hall;
        // The selected loops first (the TCS loop just added, the facility loop it is to reject to).
        std::string primary, secondary;
        for (const QString &id : selectedOf(p, selection, {EntityKind::LiquidLoop})) {
            const LiquidLoop *l = p.get<LiquidLoop>(id.toStdString());
            (l->type == "tcs" ? secondary : primary) = l->id;
        }
        if (primary.empty())
            primary = firstLoop(p, {"facility", "chilled-water"});
        if (secondary.empty())
            secondary = firstLoop(p, {"tcs"});
        if (primary.empty())
            primary = addLoop(d, "facility", hall);
        if (secondary.empty())
            secondary = addLoop(d, "tcs", hall);
        e["primaryLoop"] = primary;
        e["secondaryLoop"] = secondary;
        placeFree(d->project(), kind, &e);
        break;
    }
    case EntityKind::LiquidLoop: {
        const std::string id = addLoop(d, subtype.empty() ? "tcs" : subtype, hall);
        d->endBatch();
        return QString::fromStdString(id);
    }
    case EntityKind::HeatRejection: {
        const std::string type = subtype.empty() ? "dry-cooler" : subtype;
        std::string loop;
        for (const QString &id : selectedOf(p, selection, {EntityKind::LiquidLoop}))
            if (const LiquidLoop *l = p.get<LiquidLoop>(id.toStdString()); l && l->type != "tcs")
                loop = l->id;
        if (loop.empty())
            loop = firstLoop(p, {type == "chiller" ? "chilled-water" : "facility", "facility", "chilled-water"});
        if (loop.empty())
            loop = addLoop(d, type == "chiller" ? "chilled-water" : "facility", hall);
        e["type"] = type;
        e["loop"] = loop;
        // Rated values of the catalog's first unit of that type (heat reuse has none).
        if (catalog)
            for (const CatalogEntry *c : catalog->entries("cooling"))
                if (c->type == type) {
                    e["model"] = c->id;
                    e["capacityW"] = c->data.value("capacityW", 1e6);
                    e["copRated"] = type == "chiller" ? c->data.value("copRated", 3.0) : 0.0;
                    e["approachK"] = type == "chiller" ? 0.0 : c->data.value("approachK", 5.0);
                    e["fanPowerW"] = type == "chiller" ? 0.0 : c->data.value("fanPowerW", 10e3);
                    break;
                }
        if (type == "heat-reuse") {
            // A plate exchanger with circulation pumps, as a CDU is: the pump power per watt of
            // the catalog's row CDU (cdu-1300kw) at the unit's capacity.
            const Json *cdu = catalog ? catalog->entry("cooling", "cdu-1300kw") : nullptr;
            const double capacityW = e.value("capacityW", HeatRejection().capacityW);
            if (cdu && cdu->value("capacityW", 0.0) > 0)
                e["fanPowerW"] = capacityW * cdu->value("pumpPowerW", 0.0) / cdu->value("capacityW", 1.0);
        }
        break;
    }
    case EntityKind::PowerNode: {
        const std::string type = subtype.empty() ? "pdu" : subtype;
        e["type"] = type;
        e["name"] = placement::uniqueName(placement::namesOf(p, kind), QObject::tr("%1 %2").arg(QString::fromStdString(type).toUpper()).arg(p.count(kind) + 1).toStdString());
        const QStringList up = selectedOf(p, selection, {EntityKind::PowerNode});
        if (!PowerNode::isSource(type) && !up.isEmpty()) {
            e["upstream"] = up.first().toStdString();
            e["side"] = p.get<PowerNode>(up.first().toStdString())->side;
        }
        if (PowerNode::isSource(type))
            e["outputVoltageV"] = 13800.0;
        break;
    }
    case EntityKind::NetworkDomain: {
        e["type"] = subtype.empty() ? "scale-out" : subtype;
        Json racks = Json::array();
        for (const QString &id : selectedOf(p, selection, {EntityKind::Rack}))
            racks.push_back(id.toStdString());
        e["racks"] = racks;
        break;
    }
    case EntityKind::Switch: {
        const QStringList racks = selectedOf(p, selection, {EntityKind::Rack});
        if (!racks.isEmpty()) {
            e["rack"] = racks.first().toStdString();
            e["hall"] = p.get<Rack>(racks.first().toStdString())->hall;
        }
        if (!p.networkDomains.empty())
            e["domain"] = p.networkDomains.front().id;
        break;
    }
    case EntityKind::Link: {
        const QStringList ends = selectedOf(p, selection, {EntityKind::Rack, EntityKind::Switch});
        if (ends.size() < 2) {
            d->endBatch();
            return fail(QObject::tr("Select the link's two ends (racks or switches) first"));
        }
        e["from"] = ends[0].toStdString();
        e["to"] = ends[1].toStdString();
        break;
    }
    case EntityKind::Deployment: {
        // On the selected racks that hold GPUs, else on every GPU rack.
        Json racks = Json::array();
        QStringList pool = selectedOf(p, selection, {EntityKind::Rack});
        if (pool.isEmpty())
            for (const Rack &r : p.racks)
                pool << QString::fromStdString(r.id);
        std::string gpu;
        for (const QString &id : pool) {
            const Rack *r = p.get<Rack>(id.toStdString());
            const Json *sys = r && catalog && !r->system.empty() ? catalog->entry("systems", r->system) : nullptr;
            if (sys && sys->value("gpuCount", 0) > 0 && r->systemCount > 0) {
                racks.push_back(r->id);
                gpu = sys->value("gpu", std::string());
            }
        }
        e["racks"] = racks;
        e["model"] = "llama-3.1-70b";
        e["mode"] = "server";
        e["tp"] = 8;
        if (const Json *g = catalog && !gpu.empty() ? catalog->entry("gpus", gpu) : nullptr)
            if (!g->value("peakTflops", Json::object()).contains("fp8"))
                e["precision"] = "bf16";
        break;
    }
    case EntityKind::Scenario:
        e["description"] = QObject::tr("What-if on the current design").toStdString();
        break;
    case EntityKind::Site: {
        // A second site starts as a copy of the first's place (the user moves it): same
        // climate and grid until changed, so nothing silently jumps.
        const Site &first = d->project().site();
        e["name"] = QObject::tr("Site %1").arg(d->project().sites.size() + 1).toStdString();
        e["climate"] = first.climate;
        e["gridCarbonGPerKwh"] = first.gridCarbonGPerKwh;
        break;
    }
    case EntityKind::Economics:
    case EntityKind::AirModel:
        d->endBatch();
        return fail(QObject::tr("There is one %1 per project").arg(QString::fromUtf8(label)));
    }
    std::string error;
    const std::string id = d->addEntity(kind, e, &error);
    d->endBatch();
    if (id.empty())
        return fail(QString::fromStdString(error));
    return QString::fromStdString(id);
}

} // namespace aif::newEntity
