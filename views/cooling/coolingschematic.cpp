#include "coolingschematic.h"

#include "../selectionmodel.h"
#include "coolingedits.h"
#include "coolingfigures.h"
#include "document.h"
#include "schematic/schematicedge.h"
#include "thermal/thermalsolver.h"

#include <QMenu>

#include <set>

namespace aif {

using namespace coolingplant;

namespace {
constexpr double kBoxW = 204, kBoxH = 66, kGapX = 64, kGapY = 18, kBandGap = 34;
// More air units than this on one loop show as one box ("12 CRAHs"): a hall's perimeter
// units are interchangeable for the plant, and one box per unit would bury the CDUs.
constexpr int kAirGroupMax = 8;
} // namespace

// One horizontal band of the schematic: a facility or chilled-water loop with what hangs on
// it, or (empty loop) whatever is attached to no such loop.
struct CoolingSchematic::Band
{
    QString loop;
    QList<QStringList> rejection, middle, tcs;
    QList<int> middleRoles;
};

CoolingSchematic::CoolingSchematic(Document *document, SelectionModel *selection,
                                   const Catalog *catalog, QWidget *parent)
    : SchematicView(document, selection, Qt::Horizontal, parent)
    , m_catalog(catalog)
{
    setObjectName("coolingSchematic");
    rebuild();
}

void CoolingSchematic::setResult(std::shared_ptr<const thermal::ThermalResult> result)
{
    m_result = std::move(result);
    setStale(false);
    rebuild();
}

void CoolingSchematic::populate()
{
    const Project &p = document()->project();
    std::set<std::string> primaries, tcsLoops, placedTcs;
    for (const LiquidLoop &l : p.liquidLoops)
        (l.type == "tcs" ? tcsLoops : primaries).insert(l.id);
    std::map<std::string, int> tcsOrder;
    for (const LiquidLoop &l : p.liquidLoops)
        tcsOrder.emplace(l.id, int(tcsOrder.size()));

    auto fill = [&](Band &band, auto onLoop) {
        for (const HeatRejection &h : p.heatRejection) {
            if (onLoop(h.loop))
                band.rejection.append({QString::fromStdString(h.id)});
        }
        std::vector<const Cdu *> cdus;
        for (const Cdu &c : p.cdus) {
            if (onLoop(c.primaryLoop))
                cdus.push_back(&c);
        }
        std::stable_sort(cdus.begin(), cdus.end(), [&](const Cdu *a, const Cdu *b) {
            return tcsOrder[a->secondaryLoop] < tcsOrder[b->secondaryLoop];
        });
        for (const Cdu *c : cdus) {
            band.middle.append({QString::fromStdString(c->id)});
            band.middleRoles.append(CduRole);
            if (tcsLoops.contains(c->secondaryLoop) && placedTcs.insert(c->secondaryLoop).second)
                band.tcs.append({QString::fromStdString(c->secondaryLoop)});
        }
        QStringList air;
        for (const AirUnit &a : p.airUnits) {
            if (onLoop(a.chilledWaterLoop))
                air.append(QString::fromStdString(a.id));
        }
        if (air.size() > kAirGroupMax) {
            band.middle.append(air);
            band.middleRoles.append(AirUnitRole);
        } else {
            for (const QString &id : air) {
                band.middle.append({id});
                band.middleRoles.append(AirUnitRole);
            }
        }
    };
    double top = 0;
    for (const LiquidLoop &l : p.liquidLoops) {
        if (l.type == "tcs")
            continue;
        Band band {QString::fromStdString(l.id), {}, {}, {}, {}};
        fill(band, [&](const std::string &ref) { return ref == l.id; });
        layoutBand(band, &top);
    }
    Band rest;
    fill(rest, [&](const std::string &ref) { return !primaries.contains(ref); });
    for (const LiquidLoop &l : p.liquidLoops) {
        if (l.type == "tcs" && placedTcs.insert(l.id).second)
            rest.tcs.append({QString::fromStdString(l.id)});
    }
    layoutBand(rest, &top);

    // Lines, from what each box references (left box's out port to right box's in port).
    auto line = [&](const std::string &leftId, SchematicNode *right, const QStringList &owners,
                    const char *key, const std::string &loopType) {
        if (SchematicNode *left = nodeFor(QString::fromStdString(leftId)))
            addLine(left, right, owners, QString::fromLatin1(key))
                ->setColor(loopColor(loopType).darker(130));
    };
    auto typeOf = [&](const std::string &loopId) {
        const LiquidLoop *l = p.get<LiquidLoop>(loopId);
        return l ? l->type : std::string();
    };
    for (SchematicNode *box : nodes()) {
        const std::string id = box->id().toStdString();
        switch (box->role()) {
        case HeatRejectionRole: {
            const HeatRejection *h = p.get<HeatRejection>(id);
            if (SchematicNode *loop = nodeFor(QString::fromStdString(h->loop)))
                addLine(box, loop, box->ids(), QStringLiteral("loop"))
                    ->setColor(loopColor(typeOf(h->loop)).darker(130));
            break;
        }
        case CduRole: {
            const Cdu *c = p.get<Cdu>(id);
            line(c->primaryLoop, box, box->ids(), "primaryLoop", typeOf(c->primaryLoop));
            if (SchematicNode *tcs = nodeFor(QString::fromStdString(c->secondaryLoop)))
                addLine(box, tcs, box->ids(), QStringLiteral("secondaryLoop"))
                    ->setColor(loopColor("tcs").darker(130));
            break;
        }
        case AirUnitRole:
            line(p.get<AirUnit>(id)->chilledWaterLoop, box, box->ids(), "chilledWaterLoop",
                 "chilled-water");
            break;
        case RackGroupRole:
            line(p.get<Rack>(id)->coolingLoop, box, box->ids(), "coolingLoop", "tcs");
            break;
        default:
            break;
        }
    }
}

void CoolingSchematic::layoutBand(Band &band, double *top)
{
    const Project &p = document()->project();
    const double pitch = kBoxH + kGapY;
    const auto x = [](int column) {
        return column * (kBoxW + kGapX);
    };
    const double centre = *top
        + (std::max<qsizetype>({band.rejection.size(), band.middle.size(), 1}) - 1) * pitch / 2;
    double bottom = *top - kGapY;
    auto place = [&](const QStringList &ids, int role, int column, double y) {
        SchematicNode *box = addBox(ids, role, QPointF(x(column), y), QSizeF(kBoxW, kBoxH));
        coolingplant::describe(box, p, m_result.get(), *this);
        if (role == HeatRejectionRole)
            markFailedUnits(box);
        bottom = std::max(bottom, y + kBoxH);
        return box;
    };
    const double rejectionTop
        = band.loop.isEmpty() ? *top : centre - (band.rejection.size() - 1) * pitch / 2;
    for (int i = 0; i < band.rejection.size(); ++i)
        place(band.rejection[i], HeatRejectionRole, 0, rejectionTop + i * pitch);
    if (!band.loop.isEmpty())
        place({band.loop}, PrimaryLoopRole, 1, centre);
    const double middleTop
        = band.loop.isEmpty() ? *top : centre - (band.middle.size() - 1) * pitch / 2;
    std::map<std::string, std::pair<double, int>> cduY; // TCS loop -> sum of its CDUs' y, count
    for (int i = 0; i < band.middle.size(); ++i) {
        const double y = middleTop + i * pitch;
        place(band.middle[i], band.middleRoles[i], 2, y);
        if (band.middleRoles[i] == CduRole) {
            auto &[sum, n] = cduY[p.get<Cdu>(band.middle[i].front().toStdString())->secondaryLoop];
            sum += y;
            ++n;
        }
    }
    // Each TCS loop level with the middle of its CDUs, never overlapping the one above.
    double next = *top;
    for (const QStringList &tcs : band.tcs) {
        const auto it = cduY.find(tcs.front().toStdString());
        const double y
            = std::max(next, it == cduY.end() ? next : it->second.first / it->second.second);
        place(tcs, TcsLoopRole, 3, y);
        next = y + pitch;
        QStringList racks;
        for (const Rack &r : p.racks) {
            if (r.coolingLoop == tcs.front().toStdString())
                racks.append(QString::fromStdString(r.id));
        }
        if (!racks.isEmpty())
            place(racks, RackGroupRole, 4, y);
    }
    if (bottom > *top)
        *top = bottom + kBandGap;
}

QString CoolingSchematic::connectionRefusal(const SchematicNode *start, SchematicNode::Port,
                                            const SchematicNode *target) const
{
    return linkBetween(document()->project(), start->role(), start->ids(), target->role(),
                       target->ids())
        .refusal;
}

void CoolingSchematic::connectNodes(const SchematicNode *start, SchematicNode::Port,
                                    const SchematicNode *target)
{
    const coolingplant::Link made = linkBetween(document()->project(), start->role(), start->ids(),
                                                target->role(), target->ids());
    if (const QString why = applyLink(document(), made); !why.isEmpty())
        refuse(why);
    selectionModel()->setSelected(made.owners);
}

QString CoolingSchematic::removeEdge(const SchematicEdge *edge)
{
    return unlink(document(), edge->owners(), edge->key());
}

QString CoolingSchematic::removeNodes(const QStringList &ids)
{
    QStringList rest;
    for (const QString &id : ids) {
        if (!document()->project().get<Rack>(id.toStdString()))
            rest.append(id);
    }
    if (rest.isEmpty())
        return tr("Racks are placed and removed on the floor plan; here their group can be "
                  "connected to another TCS loop.");
    return SchematicView::removeNodes(rest);
}

QString CoolingSchematic::addItem(const QString &key)
{
    const QString id = add(document(), m_catalog, key, selectionModel()->selected());
    if (!id.isEmpty())
        selectionModel()->setSelected({id});
    return id;
}

void CoolingSchematic::fillAddMenu(QMenu *menu)
{
    fillChoiceMenu(menu, addChoices(m_catalog), [this](const QString &key) { addItem(key); });
}

void CoolingSchematic::fillNodeMenu(QMenu *menu, const SchematicNode *node)
{
    const QStringList ids = node->ids();
    const QString id = node->id();
    switch (node->role()) {
    case PrimaryLoopRole: {
        QList<AddChoice> banks = addChoices(m_catalog);
        banks.erase(std::remove_if(banks.begin(), banks.end(),
                                   [](const AddChoice &c) {
                                       return c.key.startsWith(QLatin1String("loop/"));
                                   }),
                    banks.end());
        fillChoiceMenu(menu->addMenu(tr("Add heat rejection")), banks,
                       [this, id](const QString &key) {
                           const QString added = add(document(), m_catalog, key, {id});
                           if (!added.isEmpty())
                               selectionModel()->setSelected({added});
                       });
        [[fallthrough]];
    }
    case HeatRejectionRole: {
        const HeatRejection *h = document()->project().get<HeatRejection>(id.toStdString());
        menu->addAction(tr("Trip one unit (what-if)"), this, [this, id] { tripBankUnit(document(), id); })
            ->setEnabled(h && h->failedUnits < h->units);
        menu->addAction(tr("Restore all"), this, [this, id] { restoreBank(document(), id); })
            ->setEnabled(h && h->failedUnits > 0);
        menu->addSeparator();
        [[fallthrough]];
    }
    case TcsLoopRole:
        menu->addAction(tr("Duplicate"), this, [this, id] {
            const QString copy = duplicate(document(), id);
            if (!copy.isEmpty())
                selectionModel()->setSelected({copy});
        });
        break;
    case AirUnitRole: {
        const bool connected
            = !document()->project().get<AirUnit>(id.toStdString())->chilledWaterLoop.empty();
        menu->addAction(
                tr("Disconnect from chilled water"), this,
                [this, ids] { unlink(document(), ids, QStringLiteral("chilledWaterLoop")); })
            ->setEnabled(connected);
        [[fallthrough]];
    }
    case CduRole: {
        QAction *failed = menu->addAction(tr("Failed (what-if)"), this,
                                          [this, ids] { toggleFailed(document(), ids); });
        failed->setCheckable(true);
        failed->setChecked(node->isFailed());
        if (const Cdu *c = document()->project().get<Cdu>(id.toStdString())) {
            menu->addAction(tr("Trip one pump (what-if)"), this, [this, id] { tripCduPump(document(), id); })
                ->setEnabled(c->failedPumps < c->pumps);
            menu->addAction(tr("Restore pumps"), this, [this, id] { restoreCduPumps(document(), id); })
                ->setEnabled(c->failedPumps > 0);
        }
        break;
    }
    default:
        menu->addAction(tr("Racks are placed and fed on the floor plan"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("Delete"), this, &SchematicView::deleteSelection);
}

void CoolingSchematic::markFailedUnits(SchematicNode *box) const
{
    const HeatRejection *h = document()->project().get<HeatRejection>(box->id().toStdString());
    if (!h || h->failedUnits <= 0)
        return;
    // The solve already counts only the live units (thermal liquid side); the box says how many.
    // It takes the type's line: the box has room for three.
    const QString failed = tr("%1 of %2 failed (what-if)").arg(h->failedUnits).arg(h->units);
    QStringList lines = box->lines();
    if (lines.isEmpty())
        lines << failed;
    else
        lines[0] = failed + QStringLiteral(" · ") + lines[0];
    box->setLines(lines);
    box->setFailed(true);
    box->setToolTip(box->toolTip() + QLatin1Char('\n') + failed);
}

QString CoolingSchematic::hint() const
{
    return tr("Drag from a box's handle onto another box to connect them; drop a box on another to "
              "re-attach it.");
}

} // namespace aif
