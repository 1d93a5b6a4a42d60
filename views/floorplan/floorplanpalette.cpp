#include "floorplanpalette.h"

#include "catalog.h"
#include "document.h"

#include <QMimeData>

namespace aif {

namespace {
const std::vector<std::string> kAirTypes{"crah", "inrow", "rdhx", "fanwall"};
const std::vector<std::string> kPowerTypes{"pdu", "busway", "ups"};

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
        item->setToolTip(QString::fromStdString(e->name + (e->vendor.empty() ? "" : " — " + e->vendor)));
    };
    for (const CatalogEntry *e : catalog->entries("systems"))
        add(e, tr("Rack: %1").arg(QString::fromStdString(e->name)));
    for (const CatalogEntry *e : catalog->entries("cooling")) {
        if (contains(kAirTypes, e->type) || e->type == "cdu")
            add(e, QStringLiteral("%1: %2").arg(QString::fromStdString(e->type).toUpper(), QString::fromStdString(e->name)));
    }
    for (const CatalogEntry *e : catalog->entries("power")) {
        if (contains(kPowerTypes, e->type))
            add(e, QStringLiteral("%1: %2").arg(QString::fromStdString(e->type).toUpper(), QString::fromStdString(e->name)));
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
    } else if (category == "power" && contains(kPowerTypes, e->type)) {
        *kind = EntityKind::PowerNode;
        out["type"] = e->type;
        out["model"] = id;
        copyNumbers(d, &out, {"ratedW", "modules", "lengthM"});
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

QString FloorPlanPalette::place(Document *document, const Catalog *catalog, const QString &key,
                                const std::string &hallId, const QPointF &hallPos)
{
    EntityKind kind;
    Json entity;
    if (!entityFor(catalog, key, &kind, &entity))
        return {};
    entity["hall"] = hallId;
    entity["xM"] = hallPos.x();
    entity["yM"] = hallPos.y();
    document->beginBatch(QObject::tr("Place %1").arg(QString::fromStdString(entity.value("name", std::string()))));
    const std::string id = document->addEntity(kind, entity);
    document->endBatch();
    return QString::fromStdString(id);
}

} // namespace aif
