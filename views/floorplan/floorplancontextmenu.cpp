#include "floorplancontextmenu.h"

#include "cooling/coolingedits.h"
#include "document.h"
#include "floorplanedits.h"
#include "floorplanview.h"
#include "selectionmodel.h"

namespace aif {

namespace {
// Power stages a rack can plug into directly (the leaves of the power tree).
bool isRackFeed(const std::string &type)
{
    return type == "pdu" || type == "busway" || type == "powershelf";
}

// Long submenus are unusable: the campus has 1,600 power shelves. Beyond this many the
// submenu lists the first ones and the Connect tool is the way to reach the rest.
constexpr int kMaxMenuEntries = 40;
} // namespace

FloorPlanContextMenu::FloorPlanContextMenu(FloorPlanView *view)
    : QMenu(view)
    , m_view(view)
{
    Document *doc = view->document();
    SelectionModel *sel = view->selectionModel();
    auto ids = [sel] { return sel->selected(); };
    const int n = int(ids().size());

    addAction(tr("Rotate 90°"), QKeySequence(Qt::Key_R), this, [view] { view->rotateSelection(); });
    addAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this, [view] { view->duplicateSelection(); });
    addAction(tr("Delete"), QKeySequence(QKeySequence::Delete), this, [view] { view->deleteSelection(); });
    addSeparator();

    QMenu *align = addMenu(tr("Align"));
    align->setEnabled(n >= 2);
    using Edge = FloorPlanEdits::Edge;
    const std::pair<QString, Edge> edges[] = {
        {tr("Left"), Edge::Left}, {tr("Right"), Edge::Right}, {tr("Top"), Edge::Top}, {tr("Bottom"), Edge::Bottom}};
    for (const auto &[label, edge] : edges)
        align->addAction(label, this, [doc, ids, edge] { FloorPlanEdits(doc).align(ids(), edge); });
    QMenu *dist = addMenu(tr("Distribute"));
    dist->setEnabled(n >= 3);
    dist->addAction(tr("Horizontally"), this, [doc, ids] { FloorPlanEdits(doc).distribute(ids(), true); });
    dist->addAction(tr("Vertically"), this, [doc, ids] { FloorPlanEdits(doc).distribute(ids(), false); });
    addSeparator();
    addFailureActions();
    addConnectMenu(tr("Connect to power feed A"), false);
    addConnectMenu(tr("Connect to power feed B"), true);
    addCoolingMenu();
    addWorkloadMenu();
}

void FloorPlanContextMenu::addConnectMenu(const QString &title, bool sideB)
{
    Document *doc = m_view->document();
    SelectionModel *sel = m_view->selectionModel();
    const Project &p = doc->project();
    // Nodes in the hall of the first selected rack first: that is where a rack's cords reach.
    std::string hall;
    for (const QString &id : sel->selected()) {
        if (const Rack *r = p.get<Rack>(id.toStdString())) {
            hall = r->hall;
            break;
        }
    }
    QMenu *menu = addMenu(title);
    int count = 0;
    for (const PowerNode &node : p.powerNodes) {
        // Nodes in the rack's hall, or in an electrical room (no hall) from where cords reach any hall.
        if (!isRackFeed(node.type) || (!hall.empty() && !node.hall.empty() && node.hall != hall))
            continue;
        if (++count > kMaxMenuEntries)
            break;
        const QString id = QString::fromStdString(node.id);
        const QString label = QStringLiteral("%1 (%2)").arg(QString::fromStdString(node.name.empty() ? node.id : node.name),
                                                            QString::fromStdString(node.type));
        menu->addAction(label, this, [doc, sel, id, sideB] { FloorPlanEdits(doc).connectFeed(sel->selected(), id, sideB); });
    }
    menu->setEnabled(count > 0);
}

void FloorPlanContextMenu::addCoolingMenu()
{
    Document *doc = m_view->document();
    SelectionModel *sel = m_view->selectionModel();
    QMenu *menu = addMenu(tr("Assign cooling loop"));
    int count = 0;
    for (const LiquidLoop &loop : doc->project().liquidLoops) {
        if (loop.type != "tcs" || ++count > kMaxMenuEntries)
            continue;
        const QString id = QString::fromStdString(loop.id);
        menu->addAction(QString::fromStdString(loop.name.empty() ? loop.id : loop.name), this,
                        [doc, sel, id] { FloorPlanEdits(doc).assignCoolingLoop(sel->selected(), id); });
    }
    menu->setEnabled(count > 0);
}

void FloorPlanContextMenu::addFailureActions()
{
    Document *doc = m_view->document();
    const Project &p = doc->project();
    QStringList units, racks;
    bool allFailed = true;
    for (const QString &id : m_view->selectionModel()->selected()) {
        const auto ref = p.find(id.toStdString());
        if (!ref)
            continue;
        if (ref->kind == EntityKind::AirUnit || ref->kind == EntityKind::Cdu || ref->kind == EntityKind::PowerNode) {
            units << id;
            allFailed = allFailed && p.value(*ref, "failed") == Json(true);
        } else if (ref->kind == EntityKind::Rack) {
            racks << id;
        }
    }
    // The selection trips or restores together, as the cooling schematic's groups do.
    if (!units.isEmpty()) {
        QAction *trip = addAction(allFailed ? tr("Restore") : tr("Trip (what-if)"), this,
                                  [doc, units] { coolingplant::toggleFailed(doc, units); });
        trip->setObjectName(QStringLiteral("tripAction"));
    }
    // A CDU's pumps (N+1 as shipped): one more out, or all back.
    if (units.size() == 1) {
        if (const Cdu *c = p.get<Cdu>(units.front().toStdString())) {
            const QString id = units.front();
            QAction *pump = addAction(tr("Trip one pump (what-if)"), this, [doc, id] { coolingplant::tripCduPump(doc, id); });
            pump->setObjectName(QStringLiteral("tripPumpAction"));
            pump->setEnabled(c->failedPumps < c->pumps);
            addAction(tr("Restore pumps"), this, [doc, id] { coolingplant::restoreCduPumps(doc, id); })
                ->setEnabled(c->failedPumps > 0);
        }
    }
    // Switches sit in racks, not on the floor: the rack's menu lists them.
    QMenu *switches = nullptr;
    int count = 0;
    for (const Switch &sw : p.switches) {
        if (sw.rack.empty() || !racks.contains(QString::fromStdString(sw.rack)) || ++count > kMaxMenuEntries)
            continue;
        if (!switches) {
            switches = addMenu(tr("Trip switch (what-if)"));
            switches->setObjectName(QStringLiteral("tripSwitchMenu"));
        }
        const QString id = QString::fromStdString(sw.id);
        QAction *a = switches->addAction(QString::fromStdString(sw.name.empty() ? sw.id : sw.name), this,
                                         [doc, id] { coolingplant::toggleFailed(doc, {id}); });
        a->setCheckable(true);
        a->setChecked(sw.failed);
    }
    if (!units.isEmpty() || switches)
        addSeparator();
}

} // namespace aif
