#include "floorplanclipboard.h"

#include "document.h"
#include "floorplanplacement.h"
#include "jsonlimits.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

#include <algorithm>
#include <map>
#include <set>

namespace aif {

Json FloorPlanClipboard::toJson(const Project &project, const QStringList &ids)
{
    Json list = Json::array();
    for (const QString &id : ids) {
        const std::optional<EntityRef> ref = project.find(id.toStdString());
        if (!ref || kindNames(ref->kind).singleton)
            continue;
        list.push_back(Json{{"kind", kindNames(ref->kind).fileKey}, {"entity", project.toJson(*ref)}});
    }
    return list;
}

QMimeData *FloorPlanClipboard::toMimeData(const Project &project, const QStringList &ids)
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::fromStdString(toJson(project, ids).dump()));
    return mime;
}

void FloorPlanClipboard::copy(const Project &project, const QStringList &ids)
{
    if (!ids.isEmpty())
        QApplication::clipboard()->setMimeData(toMimeData(project, ids));
}

bool FloorPlanClipboard::canPaste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(mimeType());
}

QStringList FloorPlanClipboard::paste(Document *document, const Json &entities, const QPointF &offset,
                                      const std::string &fallbackHall, const QString &undoText)
{
    if (!entities.is_array() || entities.empty())
        return {};
    // Parents before children (rows before racks) so references among pasted entities resolve
    // to the new ids: the file's section order is the dependency order.
    std::vector<std::pair<EntityKind, Json>> items;
    for (const Json &e : entities) {
        EntityKind kind;
        if (!e.is_object() || !e.contains("entity") || !e["entity"].is_object()
            || !kindFromFileKey(e.value("kind", std::string()), &kind) || kindNames(kind).singleton)
            continue;
        items.emplace_back(kind, e["entity"]);
    }
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    // Beside the originals, never on top of what stands there: step on by the offset until the
    // copies fit (a duplicate of a rack in a full row lands at the row's end).
    std::vector<placement::NewItem> probe;
    for (const auto &[kind, entity] : items)
        probe.push_back({kind, entity});
    const QPointF step = offset.isNull() ? QPointF(0.6, 0.0) : offset;
    const QPointF shift = placement::freeOffset(document->project(), probe, offset, step);

    std::map<std::string, std::string> newIds;
    std::map<EntityKind, std::set<std::string>> names;
    QStringList added;
    document->beginBatch(undoText);
    for (auto &[kind, entity] : items) {
        const Project &target = document->project();
        const std::string oldId = entity.value("id", std::string());
        entity.erase("id");
        for (const PropertyInfo &info : target.properties(kind)) {
            if (!entity.contains(info.key))
                continue;
            Json &v = entity[info.key];
            auto resolve = [&](const std::string &ref) -> std::string {
                if (ref.empty())
                    return ref;
                if (auto it = newIds.find(ref); it != newIds.end())
                    return it->second;
                const std::optional<EntityRef> r = target.find(ref);
                const bool ok = r && std::find(info.refKinds.begin(), info.refKinds.end(), r->kind) != info.refKinds.end();
                return ok ? ref : std::string();
            };
            if (info.type == PropType::Ref && v.is_string()) {
                v = resolve(v.get<std::string>());
                if (v.get<std::string>().empty() && info.required && info.key == "hall")
                    v = fallbackHall;
            } else if (info.type == PropType::RefList && v.is_array()) {
                Json kept = Json::array();
                for (const Json &x : v) {
                    if (x.is_string() && !resolve(x.get<std::string>()).empty())
                        kept.push_back(resolve(x.get<std::string>()));
                }
                v = kept;
            }
        }
        if (entity.contains("xM") && entity["xM"].is_number())
            entity["xM"] = entity["xM"].get<double>() + shift.x();
        if (entity.contains("yM") && entity["yM"].is_number())
            entity["yM"] = entity["yM"].get<double>() + shift.y();
        // Fresh names (in the hall it lands in): "A03" becomes the next free A-number, a row the
        // hall's next row letter.
        const std::string into = entity.value("hall", std::string());
        if (!names.contains(kind))
            names[kind] = placement::namesOf(target, kind, into);
        if (kind == EntityKind::Row)
            entity["name"] = "Row " + placement::nextRowLetters(target, entity.value("hall", std::string()));
        else
            entity["name"] = placement::uniqueName(names[kind], entity.value("name", std::string()));
        names[kind].insert(entity["name"].get<std::string>());
        const std::string id = document->addEntity(kind, entity);
        if (id.empty())
            continue;
        if (!oldId.empty())
            newIds[oldId] = id;
        added << QString::fromStdString(id);
    }
    document->endBatch();
    return added;
}

QStringList FloorPlanClipboard::pasteFromClipboard(Document *document, const QPointF &offset,
                                                   const std::string &fallbackHall)
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(mimeType()))
        return {};
    // The clipboard is outside input like a file: any program can put anything there.
    std::string why;
    const Json list = parseJsonLimited(mime->data(mimeType()), kMaxCatalogBytes, &why);
    if (list.is_discarded())
        return {};
    return paste(document, list, offset, fallbackHall,
                 QObject::tr("Paste %n item(s)", nullptr, int(list.size())));
}

} // namespace aif
