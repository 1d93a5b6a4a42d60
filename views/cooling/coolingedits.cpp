#include "coolingedits.h"

#include "catalog.h"
#include "common/whatifcount.h"
#include "document.h"
#include "schematic/choicelabel.h"

#include <QObject>

namespace aif::coolingplant {

namespace {

QString noun(int role)
{
    switch (role) {
    case HeatRejectionRole:
        return QObject::tr("heat-rejection bank");
    case PrimaryLoopRole:
        return QObject::tr("facility or chilled-water loop");
    case CduRole:
        return QObject::tr("CDU");
    case AirUnitRole:
        return QObject::tr("air unit");
    case TcsLoopRole:
        return QObject::tr("TCS loop");
    default:
        return QObject::tr("rack group");
    }
}

// What a box connects to, said in the refusal of a connection that makes no sense.
QString rule(int role)
{
    switch (role) {
    case HeatRejectionRole:
        return QObject::tr("heat rejection goes on a facility or chilled-water loop");
    case PrimaryLoopRole:
        return QObject::tr(
            "a facility or chilled-water loop takes heat rejection, CDUs and air units");
    case CduRole:
        return QObject::tr("a CDU sits between a facility or chilled-water loop and a TCS loop");
    case AirUnitRole:
        return QObject::tr("air units take chilled water from a chilled-water loop");
    case TcsLoopRole:
        return QObject::tr("a TCS loop takes CDUs and racks");
    default:
        return QObject::tr("racks take their coolant from a TCS loop");
    }
}

// Loops as the 10 MW reference design has them (projects/generate_samples.py): ASHRAE W32
// facility water at 30 °C / 10 K, W27 chilled water at 18 °C / 8 K, and a technology cooling
// loop of 25 % propylene glycol at 34 °C / 10 K.
Json newLoop(const std::string &type)
{
    if (type == "facility")
        return {{"type", type},
                {"fluid", "water"},
                {"supplyTempC", 30.0},
                {"designDeltaTK", 10.0},
                {"waterClass", "W32"}};
    if (type == "chilled-water")
        return {{"type", type},
                {"fluid", "water"},
                {"supplyTempC", 18.0},
                {"designDeltaTK", 8.0},
                {"waterClass", "W27"}};
    return {{"type", "tcs"},
            {"fluid", "pg25"},
            {"supplyTempC", 34.0},
            {"designDeltaTK", 10.0},
            {"waterClass", "W32"}};
}

// A bank of one unit with the catalog entry's rated values, copied as the sample generator
// does: a chiller's rated COP already includes its condenser fans (AHRI 550/590), so it
// books no fan power and no approach.
Json newHeatRejection(const CatalogEntry &e)
{
    const Json &d = e.data;
    Json hr {{"type", e.type}, {"model", e.id}, {"units", 1}, {"redundantUnits", 0}};
    hr["capacityW"] = d.value("capacityW", 1e6);
    if (e.type == "chiller") {
        hr["copRated"] = d.value("copRated", 0.0);
        hr["approachK"] = 0.0;
        hr["fanPowerW"] = 0.0;
    } else {
        hr["approachK"] = d.value("approachK", 5.0);
        hr["fanPowerW"] = d.value("fanPowerW", 10e3);
    }
    return hr;
}

QString numbered(const QString &label, int existing)
{
    return QObject::tr("%1 %2").arg(label).arg(existing + 1);
}

std::string hallFor(const Project &p, const QStringList &selection)
{
    for (const QString &id : selection) {
        const auto ref = p.find(id.toStdString());
        if (ref && p.property(ref->kind, "hall")) {
            const std::string hall = p.value(*ref, "hall").get<std::string>();
            if (!hall.empty())
                return hall;
        }
    }
    return p.halls.empty() ? std::string() : p.halls.front().id;
}

} // namespace

Link linkBetween(const Project &p, int roleA, const QStringList &idsA, int roleB,
                 const QStringList &idsB)
{
    if (idsA == idsB)
        return {{}, {}, {}, QObject::tr("A box cannot be connected to itself.")};
    // Order the pair the way heat flows, so each rule is written once.
    const bool swap = roleA > roleB;
    const int lo = swap ? roleB : roleA, hi = swap ? roleA : roleB;
    const QStringList &a = swap ? idsB : idsA, &b = swap ? idsA : idsB;
    if (lo == HeatRejectionRole && hi == PrimaryLoopRole)
        return {a, QStringLiteral("loop"), b.front(), {}};
    if (lo == PrimaryLoopRole && hi == CduRole)
        return {b, QStringLiteral("primaryLoop"), a.front(), {}};
    if (lo == PrimaryLoopRole && hi == AirUnitRole) {
        const LiquidLoop *loop = p.get<LiquidLoop>(a.front().toStdString());
        if (loop && loop->type != "chilled-water")
            return {{},
                    {},
                    {},
                    QObject::tr("Air units take chilled water: connect them to a chilled-water "
                                "loop, not to %1.")
                        .arg(choiceLabel<LiquidLoop>("type", loop->type).toLower())};
        return {b, QStringLiteral("chilledWaterLoop"), a.front(), {}};
    }
    if (lo == CduRole && hi == TcsLoopRole)
        return {a, QStringLiteral("secondaryLoop"), b.front(), {}};
    if (lo == TcsLoopRole && hi == RackGroupRole)
        return {b, QStringLiteral("coolingLoop"), a.front(), {}};
    QString sentence = QObject::tr("A %1 and a %2 do not connect: %3; %4.")
                           .arg(noun(lo), noun(hi), rule(lo), rule(hi));
    if (lo == hi)
        sentence = QObject::tr("Two %1s do not connect: %2.").arg(noun(lo), rule(lo));
    return {{}, {}, {}, sentence};
}

QString applyLink(Document *document, const Link &link)
{
    if (link.owners.isEmpty() || !link.refusal.isEmpty())
        return link.refusal;
    document->beginBatch(QObject::tr("Connect %1 to %2")
                             .arg(link.owners.size() == 1
                                      ? link.owners.front()
                                      : QObject::tr("%1 items").arg(link.owners.size()),
                                  link.value));
    std::string error;
    for (const QString &owner : link.owners) {
        const std::string e = document->editProperty(owner.toStdString(), link.key.toStdString(),
                                                     Json(link.value.toStdString()));
        error = error.empty() ? e : error;
    }
    document->endBatch();
    return QString::fromStdString(error);
}

QString unlink(Document *document, const QStringList &owners, const QString &key)
{
    if (key == QLatin1String("loop"))
        return QObject::tr("A heat-rejection bank needs a loop: connect it to another loop "
                           "instead, or delete the bank.");
    if (key == QLatin1String("primaryLoop"))
        return QObject::tr("A CDU needs a primary loop: connect it to another loop instead.");
    if (key == QLatin1String("secondaryLoop"))
        return QObject::tr("A CDU needs a TCS loop: connect it to another TCS loop instead.");
    if (key == QLatin1String("coolingLoop"))
        return QObject::tr("A rack group is the racks on one TCS loop: connect it to another TCS "
                           "loop to move them, "
                           "or change single racks on the floor plan.");
    document->beginBatch(QObject::tr("Disconnect %1 from chilled water")
                             .arg(owners.size() == 1
                                      ? owners.front()
                                      : QObject::tr("%1 air units").arg(owners.size())));
    for (const QString &owner : owners)
        document->editProperty(owner.toStdString(), key.toStdString(), Json(""));
    document->endBatch();
    return {};
}

QList<AddChoice> addChoices(const Catalog *catalog)
{
    QList<AddChoice> choices;
    for (const char *type : {"facility", "chilled-water", "tcs"})
        choices.append({choiceLabel<LiquidLoop>("type", type) + QObject::tr(" loop"),
                        QStringLiteral("loop/") + type,
                        {},
                        {}});
    for (const char *type : {"dry-cooler", "cooling-tower", "chiller"}) {
        AddChoice c {choiceLabel<HeatRejection>("type", type), {}, {}, {}};
        for (const CatalogEntry *e :
             catalog ? catalog->entries("cooling") : std::vector<const CatalogEntry *> {}) {
            if (e->type == type)
                c.variants.append(
                    {QString::fromStdString(e->name),
                     QString::fromStdString("cooling/" + e->id),
                     QString::fromStdString(e->vendor.empty() ? e->source : e->vendor),
                     {}});
        }
        if (!c.variants.isEmpty())
            choices.append(c);
    }
    choices.append(
        {choiceLabel<HeatRejection>("type", "heat-reuse"), QStringLiteral("heat-reuse"), {}, {}});
    return choices;
}

QString add(Document *document, const Catalog *catalog, const QString &key,
            const QStringList &selection)
{
    const Project &p = document->project();
    if (key.startsWith(QLatin1String("loop/"))) {
        const std::string type = key.mid(5).toStdString();
        Json loop = newLoop(type);
        int existing = 0;
        for (const LiquidLoop &l : p.liquidLoops)
            existing += l.type == type;
        loop["name"] = numbered(choiceLabel<LiquidLoop>("type", type), existing).toStdString();
        loop["hall"] = type == "facility" ? std::string() : hallFor(p, selection);
        document->beginBatch(
            QObject::tr("Add %1 loop").arg(choiceLabel<LiquidLoop>("type", type).toLower()));
        const std::string id = document->addEntity(EntityKind::LiquidLoop, loop);
        document->endBatch();
        return QString::fromStdString(id);
    }
    Json hr {{"type", "heat-reuse"}};
    if (key.startsWith(QLatin1String("cooling/"))) {
        const CatalogEntry *e
            = catalog ? catalog->find("cooling", key.mid(8).toStdString()) : nullptr;
        if (!e)
            return {};
        hr = newHeatRejection(*e);
    }
    const std::string type = hr["type"].get<std::string>();
    int existing = 0;
    for (const HeatRejection &h : p.heatRejection)
        existing += h.type == type;
    hr["name"] = numbered(choiceLabel<HeatRejection>("type", type), existing).toStdString();
    // The loop it rejects heat from: the selected one, the selected bank's, else the first.
    std::string loop;
    for (const QString &id : selection) {
        const LiquidLoop *l = p.get<LiquidLoop>(id.toStdString());
        const HeatRejection *h = p.get<HeatRejection>(id.toStdString());
        if (l && l->type != "tcs")
            loop = l->id;
        else if (h && p.get<LiquidLoop>(h->loop))
            loop = h->loop;
        if (!loop.empty())
            break;
    }
    for (const LiquidLoop &l : p.liquidLoops) {
        if (loop.empty() && l.type != "tcs")
            loop = l.id;
    }
    document->beginBatch(
        QObject::tr("Add %1").arg(choiceLabel<HeatRejection>("type", type).toLower()));
    if (loop.empty()) {
        Json facility = newLoop("facility");
        facility["name"] = numbered(choiceLabel<LiquidLoop>("type", "facility"), 0).toStdString();
        loop = document->addEntity(EntityKind::LiquidLoop, facility);
    }
    hr["loop"] = loop;
    const std::string id = document->addEntity(EntityKind::HeatRejection, hr);
    document->endBatch();
    return QString::fromStdString(id);
}

QString duplicate(Document *document, const QString &id)
{
    const Project &p = document->project();
    const auto ref = p.find(id.toStdString());
    if (!ref || (ref->kind != EntityKind::LiquidLoop && ref->kind != EntityKind::HeatRejection))
        return {};
    Json copy = p.toJson(*ref);
    copy.erase("id");
    copy["name"] = QObject::tr("%1 (copy)")
                       .arg(QString::fromStdString(copy.value("name", std::string())))
                       .toStdString();
    document->beginBatch(QObject::tr("Duplicate %1").arg(id));
    const std::string added = document->addEntity(ref->kind, copy);
    document->endBatch();
    return QString::fromStdString(added);
}

void toggleFailed(Document *document, const QStringList &ids)
{
    const Project &p = document->project();
    bool allFailed = true;
    for (const QString &id : ids) {
        const auto ref = p.find(id.toStdString());
        allFailed = allFailed && ref && p.value(*ref, "failed") == Json(true);
    }
    document->beginBatch(allFailed ? QObject::tr("Back in service")
                                   : QObject::tr("Failed (what-if)"));
    for (const QString &id : ids)
        document->editProperty(id.toStdString(), "failed", Json(!allFailed));
    document->endBatch();
}

bool tripBankUnit(Document *document, const QString &bankId)
{
    const HeatRejection *h = document->project().get<HeatRejection>(bankId.toStdString());
    return h && setWhatIfCount(document, h->id, "failedUnits", h->failedUnits + 1, h->failedUnits, h->units,
                               QObject::tr("Trip one unit (what-if)"));
}

bool restoreBank(Document *document, const QString &bankId)
{
    const HeatRejection *h = document->project().get<HeatRejection>(bankId.toStdString());
    return h && setWhatIfCount(document, h->id, "failedUnits", 0, h->failedUnits, h->units,
                               QObject::tr("Back in service"));
}

bool tripCduPump(Document *document, const QString &cduId)
{
    const Cdu *c = document->project().get<Cdu>(cduId.toStdString());
    return c && setWhatIfCount(document, c->id, "failedPumps", c->failedPumps + 1, c->failedPumps, c->pumps,
                               QObject::tr("Trip one pump (what-if)"));
}

bool restoreCduPumps(Document *document, const QString &cduId)
{
    const Cdu *c = document->project().get<Cdu>(cduId.toStdString());
    return c && setWhatIfCount(document, c->id, "failedPumps", 0, c->failedPumps, c->pumps,
                               QObject::tr("Pumps back in service"));
}

} // namespace aif::coolingplant
