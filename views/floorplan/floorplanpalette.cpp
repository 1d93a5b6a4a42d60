#include "floorplanpalette.h"

#include "catalog.h"
#include "document.h"
#include "floorplannetwork.h"
#include "floorplanplacement.h"
#include "floorplanvents.h"
#include "generator/supernode.h"
#include "kindtext.h"
#include "schematic/choicelabel.h"

#include <QCoreApplication>
#include <QMimeData>

#include <cstdio>
#include <set>

namespace aif {

namespace {
const std::vector<std::string> kAirTypes{"crah", "inrow", "rdhx", "fanwall"};
// Power stages that stand on a hall floor (power shelves sit inside racks; the rest of the
// chain is edited in the Power tab's single-line diagram).
const std::vector<std::string> kPowerTypes{"pdu", "busway", "ups", "rectifier", "transformer", "sst"};
// Floor tiles and return grilles (no catalog entries: floorPlanVents::defaults).
const std::vector<std::pair<const char *, const char *>> kVentTypes{{"perforated-tile", QT_TRANSLATE_NOOP("aif::FloorPlanPalette", "Floor tile (perforated, 25 %)")},
                                                                    {"grate-tile", QT_TRANSLATE_NOOP("aif::FloorPlanPalette", "Floor tile (grate, 56 %)")},
                                                                    {"ceiling-grille", QT_TRANSLATE_NOOP("aif::FloorPlanPalette", "Return grille (ceiling)")},
                                                                    {"return-duct", QT_TRANSLATE_NOOP("aif::FloorPlanPalette", "Return duct")}};
// Equipment the catalog has no entry for: placed with the model's defaults.
const std::vector<std::pair<const char *, const char *>> kGenericPower{{"switchgear", QT_TRANSLATE_NOOP("aif::FloorPlanPalette", "Switchgear (LV)")},
                                                                       {"battery", QT_TRANSLATE_NOOP("aif::FloorPlanPalette", "Battery cabinet")}};

bool contains(const std::vector<std::string> &v, const std::string &s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

// Copies the listed numeric keys that the entry has.
void copyNumbers(const Json &from, Json *to, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        if (from.contains(k) && from[k].is_number())
            (*to)[k] = from[k];
    }
}
} // namespace

FloorPlanPalette::FloorPlanPalette(const Catalog *catalog, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("floorPlanPalette"));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    if (!catalog)
        return;
    auto add = [this](const CatalogEntry *e, const QString &label) {
        auto *item = new QListWidgetItem(label, this);
        item->setData(Qt::UserRole, QString::fromStdString(e->category + "/" + e->id));
        item->setToolTip(QString::fromStdString(e->name + (e->vendor.empty() ? "" : " — " + e->vendor) + "\n" + e->source));
    };
    auto section = [this](const QString &title) {
        auto *item = new QListWidgetItem(title, this);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        item->setFlags(Qt::NoItemFlags);   // a heading: not draggable, not selectable
    };
    section(tr("Racks and systems"));
    for (const CatalogEntry *e : catalog->entries("systems")) {
        if (generator::isSupernodePart(*catalog, e->id))
            continue;   // a rack of a supernode: placed with its whole unit
        const std::vector<std::string> parts = generator::supernodeRacks(*catalog, e->id);
        if (!parts.empty())
            add(e, tr("Supernode: %1 (%2 racks)").arg(QString::fromStdString(e->name)).arg(parts.size()));
        else
            add(e, tr("Rack: %1").arg(QString::fromStdString(e->name)));
    }
    for (const CatalogEntry *e : catalog->entries("racks"))
        add(e, tr("Empty rack: %1").arg(QString::fromStdString(e->name)));
    section(tr("Cooling"));
    for (const CatalogEntry *e : catalog->entries("cooling")) {
        if (contains(kAirTypes, e->type) || e->type == "cdu")
            add(e, QStringLiteral("%1: %2").arg(e->type == "cdu" ? kindLabel(EntityKind::Cdu)
                                                                  : choiceLabel<AirUnit>("type", e->type),
                                                QString::fromStdString(e->name)));
    }
    section(tr("Air path"));
    for (const auto &[type, label] : kVentTypes) {
        auto *item = new QListWidgetItem(tr(label), this);
        item->setData(Qt::UserRole, QStringLiteral("vent/%1").arg(QLatin1String(type)));
        item->setToolTip(tr("Drop on the plan: snaps to the 0.6 m floor grid (the Floor tile and Return grille "
                            "tools lay runs)"));
    }
    section(tr("Network"));
    for (const CatalogEntry *e : catalog->entries("network")) {
        if (e->type == "switch")
            add(e, tr("Switch: %1").arg(QString::fromStdString(e->name)));
    }
    section(tr("Power"));
    for (const CatalogEntry *e : catalog->entries("power")) {
        if (contains(kPowerTypes, e->type))
            add(e, QStringLiteral("%1: %2").arg(choiceLabel<PowerNode>("type", e->type), QString::fromStdString(e->name)));
    }
    for (const auto &[type, label] : kGenericPower) {
        auto *item = new QListWidgetItem(tr(label), this);
        item->setData(Qt::UserRole, QStringLiteral("generic/%1").arg(QLatin1String(type)));
        item->setToolTip(tr("No catalog entry: set its rating in the inspector"));
    }
}

QStringList FloorPlanPalette::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *FloorPlanPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), items.front()->data(Qt::UserRole).toString().toUtf8());
    return mime;
}

bool FloorPlanPalette::entityFor(const Catalog *catalog, const QString &key, EntityKind *kind, Json *entity)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (!catalog || slash <= 0)
        return false;
    const std::string category = key.left(slash).toStdString(), id = key.mid(slash + 1).toStdString();
    if (category == "generic") {
        for (const auto &[type, label] : kGenericPower) {
            if (id == type) {
                *kind = EntityKind::PowerNode;
                *entity = Json{{"type", type}, {"name", QCoreApplication::translate("aif::FloorPlanPalette", label).toStdString()}, {"ratedW", 1e6}};
                return true;
            }
        }
        return false;
    }
    const CatalogEntry *e = catalog->find(category, id);
    if (!e)
        return false;
    const Json &d = e->data;
    Json out = Json::object();
    if (category == "systems") {
        *kind = EntityKind::Rack;
        out["system"] = id;
        out["systemCount"] = 1;
        // A rack-scale system is its rack (NVL72: 600 x 1068 mm); servers go in a standard rack
        // whose dimensions come from the catalog's "racks" when the system names one.
        std::string rackType = d.value("rackType", std::string());
        if (const Json *rack = rackType.empty() ? nullptr : catalog->entry("racks", rackType)) {
            out["rackType"] = rackType;
            copyNumbers(*rack, &out, {"widthM", "depthM", "heightM"});
        }
        copyNumbers(d, &out, {"widthM", "depthM"});
        if (d.contains("maxPowerW") && d["maxPowerW"].is_number())
            out["powerBudgetW"] = d["maxPowerW"];
    } else if (category == "racks") {
        *kind = EntityKind::Rack;
        out["rackType"] = id;
        copyNumbers(d, &out, {"widthM", "depthM", "heightM"});
    } else if (category == "cooling" && contains(kAirTypes, e->type)) {
        *kind = EntityKind::AirUnit;
        out["type"] = e->type;
        out["model"] = id;
        copyNumbers(d, &out, {"capacityW", "airflowM3s", "fanPowerW", "widthM", "depthM"});
    } else if (category == "cooling" && e->type == "cdu") {
        *kind = EntityKind::Cdu;
        out["model"] = id;
        copyNumbers(d, &out, {"capacityW", "approachK", "secondaryFlowM3s", "pumpHeadPa", "pumpEfficiency",
                              "widthM", "depthM"});
    } else if (category == "power" && e->type != "psu-curve") {
        // Every power stage (the palette places the floor-standing ones, the single-line diagram
        // the rest); efficiency curves of server PSUs are not stages.
        *kind = EntityKind::PowerNode;
        out["type"] = e->type;
        out["model"] = id;
        copyNumbers(d, &out, {"ratedW", "modules", "lengthM"});
        // Modular equipment (a 4 x 300 kW UPS) lists the unit as ratedW and the module as
        // moduleW: the node's rating is per module.
        copyNumbers(d, &out, {"moduleW"});
        if (out.contains("moduleW")) {
            out["ratedW"] = out["moduleW"];
            out.erase("moduleW");
        }
        if (d.value("mode", std::string()) == "eco")
            out["mode"] = "eco";
        if (d.contains("outputV") && d["outputV"].is_number())
            out["outputVoltageV"] = d["outputV"];
        if (d.contains("loss") && d["loss"].is_object()) {
            const Json &l = d["loss"];
            for (const auto &[from, to] : {std::pair{"c0", "lossC0"}, {"c1", "lossC1"}, {"c2", "lossC2"}})
                if (l.contains(from) && l[from].is_number())
                    out[to] = l[from];
        }
    } else {
        return false;
    }
    out["name"] = e->name;
    *entity = std::move(out);
    return true;
}

QStringList FloorPlanPalette::place(Document *document, const Catalog *catalog, const QString &key,
                                    const std::string &hallId, const QPointF &hallPos)
{
    if (key.startsWith(QLatin1String("vent/")))
        return floorPlanVents::place(document, hallId, {floorPlanVents::tileCentre(hallPos)}, key.mid(5).toStdString());
    if (key.startsWith(QLatin1String("network/")))   // on a rack: mounted in it; else in a new network rack
        return floorPlanNetwork::place(document, catalog, key.mid(8).toStdString(), hallId, hallPos);
    if (key.startsWith(QLatin1String("systems/")) && catalog) {
        const std::string system = key.mid(8).toStdString();
        if (!generator::supernodeRacks(*catalog, system).empty())
            return placeSupernode(document, catalog, system, hallId, hallPos);
    }
    EntityKind kind;
    Json entity;
    if (!entityFor(catalog, key, &kind, &entity))
        return {};
    entity["hall"] = hallId;
    entity["xM"] = hallPos.x();
    entity["yM"] = hallPos.y();
    entity["name"] = placement::uniqueName(placement::namesOf(document->project(), kind, hallId), entity.value("name", std::string()));
    document->beginBatch(QObject::tr("Place %1").arg(QString::fromStdString(entity.value("name", std::string()))));
    const std::string id = document->addEntity(kind, entity);
    document->endBatch();
    return id.empty() ? QStringList() : QStringList{QString::fromStdString(id)};
}

QStringList FloorPlanPalette::placeSupernode(Document *document, const Catalog *catalog, const std::string &system,
                                             const std::string &hallId, const QPointF &firstCentre)
{
    // The whole unit as one row, its racks side by side from the drop point eastwards, moved
    // north past anything it would stand on; one undo step.
    const Json *sys = catalog->entry("systems", system);
    std::vector<placement::NewItem> racks;
    double x = firstCentre.x();
    for (const std::string &part : generator::supernodeRacks(*catalog, system)) {
        EntityKind kind;
        Json rack;
        if (!entityFor(catalog, QString::fromStdString("systems/" + part), &kind, &rack))
            return {};
        const double w = rack.value("widthM", 0.6);
        rack["hall"] = hallId;
        rack["xM"] = x + w / 2;
        rack["yM"] = firstCentre.y();
        x += w;
        racks.push_back({kind, rack});
    }
    const double depth = racks.empty() ? 1.2 : racks.front().entity.value("depthM", 1.2);
    const QPointF shift = placement::freeOffset(document->project(), racks, {}, QPointF(0, depth + 1.2), 50);
    const Project &p = document->project();
    const std::string letters = placement::nextRowLetters(p, hallId);
    int units = 1;
    for (const Row &r : p.rows)
        units += r.name.rfind(sys->value("name", system), 0) == 0;
    QStringList ids;
    document->beginBatch(QObject::tr("Place %1").arg(QString::fromStdString(sys->value("name", system))));
    const std::string row = document->addEntity(
        EntityKind::Row, Json{{"name", sys->value("name", system) + " " + std::to_string(units) + " (row " + letters + ")"},
                              {"hall", hallId}});
    ids << QString::fromStdString(row);
    std::set<std::string> names = placement::namesOf(p, EntityKind::Rack, hallId);
    int n = 0;
    for (placement::NewItem &r : racks) {
        char number[16];
        std::snprintf(number, sizeof number, "%02d", ++n);
        r.entity["row"] = row;
        r.entity["xM"] = r.entity["xM"].get<double>() + shift.x();
        r.entity["yM"] = r.entity["yM"].get<double>() + shift.y();
        r.entity["name"] = placement::uniqueName(names, letters + number);
        names.insert(r.entity["name"].get<std::string>());
        const std::string id = document->addEntity(r.kind, r.entity);
        if (!id.empty())
            ids << QString::fromStdString(id);
    }
    document->endBatch();
    return ids;
}

} // namespace aif
