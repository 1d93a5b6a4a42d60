#include "powerchainedits.h"

#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanpalette.h"
#include "schematic/choicelabel.h"

#include <QObject>

#include <map>
#include <set>

namespace aif::powerchain {

namespace {

const PropertyInfo &typeField()
{
    for (const Field<PowerNode> &f : PowerNode::fields()) {
        if (f.info.key == "type")
            return f.info;
    }
    return PowerNode::fields().front().info;
}

// Starting values for the types the shipped catalog has no entry for, so a new source can
// carry a design at once: the samples' utility feed (5 MW at 13.8 kV), a 2.5 MW standby
// generator and 4 MW LV switchgear at 480 V. The designer edits them in the inspector.
void applyTypeDefaults(const std::string &type, Json *node)
{
    static const std::map<std::string, std::pair<double, double>> ratedAndVolts {
        {"utility", {5e6, 13800}}, {"generator", {2.5e6, 480}}, {"switchgear", {4e6, 480}}};
    if (const auto it = ratedAndVolts.find(type); it != ratedAndVolts.end()) {
        (*node)["ratedW"] = it->second.first;
        (*node)["outputVoltageV"] = it->second.second;
    }
}

QString nameOf(const PowerNode &n)
{
    return QString::fromStdString(n.name.empty() ? n.id : n.name);
}

} // namespace

QString typeLabel(const std::string &type)
{
    return choiceLabel<PowerNode>("type", type);
}

QList<AddChoice> addChoices(const Catalog *catalog, bool sources)
{
    QList<AddChoice> choices;
    for (const std::string &type : typeField().choices) {
        if (!sources && PowerNode::isSource(type))
            continue;
        AddChoice c {typeLabel(type), QString::fromStdString(type), {}, {}};
        for (const CatalogEntry *e :
             catalog ? catalog->entries("power") : std::vector<const CatalogEntry *> {}) {
            if (e->type == type)
                c.variants.append(
                    {QString::fromStdString(e->name),
                     QString::fromStdString("power/" + e->id),
                     QString::fromStdString(e->vendor.empty() ? e->source : e->vendor),
                     {}});
        }
        choices.append(c);
    }
    return choices;
}

Json newNode(const Catalog *catalog, const QString &key)
{
    if (!key.startsWith(QLatin1String("power/"))) {
        Json node {{"type", key.toStdString()}};
        applyTypeDefaults(key.toStdString(), &node);
        return node;
    }
    EntityKind kind;
    Json node;
    if (!FloorPlanPalette::entityFor(catalog, key, &kind, &node) || kind != EntityKind::PowerNode)
        return {};
    return node;
}

QString addNode(Document *document, const Catalog *catalog, const QString &key,
                const QString &upstream)
{
    Json node = newNode(catalog, key);
    if (!node.is_object() || !node.contains("type"))
        return {};
    const std::string type = node["type"].get<std::string>();
    const Project &p = document->project();
    int sameType = 1;
    for (const PowerNode &n : p.powerNodes)
        sameType += n.type == type;
    node["name"] = QObject::tr("%1 %2").arg(typeLabel(type)).arg(sameType).toStdString();
    node.erase("id");
    if (const PowerNode *up = p.get<PowerNode>(upstream.toStdString());
        up && !PowerNode::isSource(type) && up->type != "powershelf") {
        node["upstream"] = up->id;
        node["side"] = up->side;
    }
    document->beginBatch(QObject::tr("Add %1").arg(typeLabel(type)));
    const std::string id = document->addEntity(EntityKind::PowerNode, node);
    document->endBatch();
    return QString::fromStdString(id);
}

QString feedRefusal(const Project &p, const QString &upId, const QStringList &downIds)
{
    const PowerNode *up = p.get<PowerNode>(upId.toStdString());
    if (!up)
        return QObject::tr("Only power equipment can feed power equipment.");
    if (up->type == "powershelf")
        return QObject::tr("A power shelf feeds only the servers in its rack; racks are connected "
                           "on the floor plan.");
    for (const QString &downId : downIds) {
        const PowerNode *down = p.get<PowerNode>(downId.toStdString());
        if (!down)
            return QObject::tr(
                "Only power equipment can be fed here; racks are connected on the floor plan.");
        if (down == up)
            return QObject::tr("'%1' cannot feed itself.").arg(nameOf(*up));
        if (PowerNode::isSource(down->type))
            return QObject::tr("'%1' is a %2, a source of power: nothing feeds it.")
                .arg(nameOf(*down), typeLabel(down->type).toLower());
        // Walking up from the new feeder must not meet the node it is to feed.
        int depth = 0;
        for (const PowerNode *n = up; n && depth < 10000;
             n = p.get<PowerNode>(n->upstream), ++depth) {
            if (n == down)
                return QObject::
                    tr("Feeding '%1' from '%2' would close a loop: '%2' is itself fed from '%1'.")
                        .arg(nameOf(*down), nameOf(*up));
        }
    }
    return {};
}

QString feed(Document *document, const QString &upId, const QStringList &downIds)
{
    const Project &p = document->project();
    const PowerNode *up = p.get<PowerNode>(upId.toStdString());
    if (!up)
        return QObject::tr("'%1' is not power equipment.").arg(upId);
    const std::string side = up->side, upstream = up->id;
    // The moved nodes and everything below them change path with them.
    std::vector<std::string> sideChanges;
    std::set<std::string> below;
    for (const QString &id : downIds)
        below.insert(id.toStdString());
    for (bool grew = true; grew;) {
        grew = false;
        for (const PowerNode &n : p.powerNodes) {
            if (below.contains(n.upstream) && below.insert(n.id).second)
                grew = true;
        }
    }
    for (const std::string &id : below) {
        if (const PowerNode *n = p.get<PowerNode>(id); n && n->side != side)
            sideChanges.push_back(id);
    }
    std::string error;
    document->beginBatch(
        QObject::tr("Feed %1 from %2").arg(downIds.join(QLatin1String(", ")), upId));
    for (const QString &id : downIds) {
        const std::string e = document->editProperty(id.toStdString(), "upstream", Json(upstream));
        error = error.empty() ? e : error;
    }
    for (const std::string &id : sideChanges)
        document->editProperty(id, "side", Json(side));
    document->endBatch();
    return QString::fromStdString(error);
}

void disconnect(Document *document, const QStringList &ids)
{
    document->beginBatch(
        QObject::tr("Disconnect %1 from upstream").arg(ids.join(QLatin1String(", "))));
    for (const QString &id : ids)
        document->editProperty(id.toStdString(), "upstream", Json(""));
    document->endBatch();
}

QString duplicate(Document *document, const QString &id)
{
    const Project &p = document->project();
    const auto ref = p.find(id.toStdString());
    if (!ref || ref->kind != EntityKind::PowerNode)
        return {};
    Json copy = p.toJson(*ref);
    copy.erase("id");
    copy["name"] = QObject::tr("%1 (copy)")
                       .arg(QString::fromStdString(copy.value("name", std::string())))
                       .toStdString();
    if (!copy.value("hall", std::string()).empty()) // side by side on the floor plan, not on top
        copy["xM"] = copy.value("xM", 0.0) + 1.0;
    document->beginBatch(QObject::tr("Duplicate %1").arg(id));
    const std::string added = document->addEntity(EntityKind::PowerNode, copy);
    document->endBatch();
    return QString::fromStdString(added);
}

void tripModule(Document *document, const QString &id)
{
    if (const PowerNode *n = document->project().get<PowerNode>(id.toStdString()); n && n->failedModules < n->modules)
        document->editProperty(n->id, "failedModules", Json(n->failedModules + 1));
}

void restoreModules(Document *document, const QString &id)
{
    if (const PowerNode *n = document->project().get<PowerNode>(id.toStdString()); n && n->failedModules > 0)
        document->editProperty(n->id, "failedModules", Json(0));
}

void toggleFailed(Document *document, const QString &id)
{
    if (const PowerNode *n = document->project().get<PowerNode>(id.toStdString()))
        document->editProperty(n->id, "failed", Json(!n->failed));
}

} // namespace aif::powerchain
