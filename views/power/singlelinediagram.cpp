#include "singlelinediagram.h"

#include "../selectionmodel.h"
#include "document.h"
#include "power/powersolver.h"
#include "powerchainedits.h"
#include "schematic/choicelabel.h"
#include "schematic/schematicedge.h"

#include <QMenu>

#include <functional>
#include <unordered_map>

namespace aif {

namespace {
constexpr double kBoxW = 180, kBoxH = 58, kGapX = 18, kGapY = 50;
// A feeder with this many power shelves or more shows them as one box (a busway feeds a
// whole row's racks: 8 shelves per busway in the 10 MW sample, 1,600 on the campus).
constexpr int kShelfGroupMin = 4;

QString kw(double w)
{
    return w >= 1e6 ? QStringLiteral("%1 MW").arg(w / 1e6, 0, 'f', 2)
                    : QStringLiteral("%1 kW").arg(w / 1e3, 0, 'f', 1);
}

// One box of the layout: a power node, or the shelves of one feeder.
struct Slot
{
    std::vector<int> nodes; // indexes into project.powerNodes
    std::vector<int> children;
    int parent = -1;
    bool group = false;
    bool placed = false;
    QPointF pos;
};

// The boxes of the chain and where they go: one per power node, except that a feeder's
// power shelves share one box when there are kShelfGroupMin or more of them.
std::vector<Slot> layOut(const Project &p, double *firstRootX)
{
    const int n = int(p.powerNodes.size());
    std::unordered_map<std::string, int> index;
    for (int i = 0; i < n; ++i)
        index.emplace(p.powerNodes[size_t(i)].id, i);
    auto upstreamOf = [&](int i) {
        const auto it = index.find(p.powerNodes[size_t(i)].upstream);
        return it == index.end() ? -1 : it->second;
    };
    std::vector<std::vector<int>> shelves(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        if (p.powerNodes[size_t(i)].type == "powershelf" && upstreamOf(i) >= 0)
            shelves[size_t(upstreamOf(i))].push_back(i);
    }
    std::vector<Slot> cells;
    std::vector<int> slotOf(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        const int up = upstreamOf(i);
        if (p.powerNodes[size_t(i)].type == "powershelf" && up >= 0
            && int(shelves[size_t(up)].size()) >= kShelfGroupMin)
            continue;
        slotOf[size_t(i)] = int(cells.size());
        cells.push_back({{i}, {}, -1, false, false, {}});
    }
    for (int i = 0; i < n; ++i) {
        if (int(shelves[size_t(i)].size()) < kShelfGroupMin)
            continue;
        for (int s : shelves[size_t(i)])
            slotOf[size_t(s)] = int(cells.size());
        cells.push_back({shelves[size_t(i)], {}, -1, true, false, {}});
    }
    std::vector<int> roots;
    for (int s = 0; s < int(cells.size()); ++s) {
        const int up = upstreamOf(cells[size_t(s)].nodes.front());
        const int parent = up >= 0 ? slotOf[size_t(up)] : -1;
        cells[size_t(s)].parent = parent == s ? -1 : parent;
        if (cells[size_t(s)].parent >= 0)
            cells[size_t(parent)].children.push_back(s);
        else
            roots.push_back(s);
    }

    // Tidy tree: leaves left to right, parents centred over their children. Boxes caught in a
    // loop (a file can hold one) are laid out as roots so they can be seen and fixed.
    double nextX = 0;
    std::function<double(int, int)> place = [&](int s, int depth) -> double {
        Slot &slot = cells[size_t(s)];
        slot.placed = true;
        double sum = 0;
        int placedChildren = 0;
        for (int c : slot.children) {
            if (!cells[size_t(c)].placed && depth < 64) {
                sum += place(c, depth + 1);
                ++placedChildren;
            }
        }
        double x = nextX; // a leaf takes the next place on the row
        if (placedChildren > 0)
            x = sum / placedChildren;
        else
            nextX += kBoxW + kGapX;
        slot.pos = QPointF(x, depth * (kBoxH + kGapY));
        return x;
    };
    for (int r : roots)
        place(r, 0);
    for (int s = 0; s < int(cells.size()); ++s) {
        if (!cells[size_t(s)].placed)
            place(s, 0);
    }
    *firstRootX = roots.empty() ? -1e10 : cells[size_t(roots.front())].pos.x() + kBoxW / 2;
    return cells;
}

QColor sideColor(const std::string &side)
{
    return side == "A" ? QColor(60, 120, 200)
        : side == "B"  ? QColor(150, 80, 190)
                       : QColor(140, 140, 140);
}
} // namespace

SingleLineDiagram::SingleLineDiagram(Document *document, SelectionModel *selection,
                                     const Catalog *catalog, QWidget *parent)
    : SchematicView(document, selection, Qt::Vertical, parent)
    , m_catalog(catalog)
{
    setObjectName("singleLineDiagram");
    rebuild();
}

void SingleLineDiagram::setResult(std::shared_ptr<const power::PowerResult> result)
{
    m_result = std::move(result);
    setStale(false);
    rebuild();
}

void SingleLineDiagram::populate()
{
    const Project &p = document()->project();
    const std::vector<Slot> cells = layOut(p, &m_firstRootX);

    std::unordered_map<std::string, const power::NodeResult *> results;
    if (m_result) {
        for (const power::NodeResult &r : m_result->nodes)
            results.emplace(r.id, &r);
    }
    std::unordered_map<std::string, int> racksFed;
    for (const Rack &r : p.racks) {
        if (!r.powerFeedA.empty())
            ++racksFed[r.powerFeedA];
        if (!r.powerFeedB.empty() && r.powerFeedB != r.powerFeedA)
            ++racksFed[r.powerFeedB];
    }

    std::vector<SchematicNode *> boxes(cells.size(), nullptr);
    for (size_t s = 0; s < cells.size(); ++s) {
        const Slot &slot = cells[s];
        const PowerNode &first = p.powerNodes[size_t(slot.nodes.front())];
        QStringList ids, names;
        double load = 0, capacity = 0, physical = 0, efficiencySum = 0;
        int racks = 0, failed = 0, resulted = 0, dead = 0;
        bool sameRating = true;
        for (int i : slot.nodes) {
            const PowerNode &node = p.powerNodes[size_t(i)];
            ids << QString::fromStdString(node.id);
            names << QString::fromStdString(node.name);
            racks += racksFed[node.id];
            failed += node.failed;
            sameRating = sameRating && node.ratedW == first.ratedW && node.modules == first.modules;
            if (const auto r = results.find(node.id); r != results.end()) {
                ++resulted;
                load += r->second->loadW;
                capacity += r->second->capacityW;
                physical += r->second->physicalW;
                efficiencySum += r->second->efficiency;
                dead += !r->second->alive;
            }
        }
        SchematicNode *box
            = addBox(ids, slot.group ? ShelfGroupRole : NodeRole, slot.pos, QSizeF(kBoxW, kBoxH));
        boxes[s] = box;
        QString rating;
        if (slot.group) {
            box->setTitle(tr("%1 power shelves").arg(ids.size()));
            rating = sameRating ? QStringLiteral("%1 × %2 × %3")
                                      .arg(ids.size())
                                      .arg(first.modules)
                                      .arg(kw(first.ratedW))
                                : tr("%1 in all").arg(kw(physical));
            box->setPorts(SchematicNode::InPort);
        } else {
            // The type in the words of the field table (translated), then the id.
            box->setTitle(QStringLiteral("%1  %2").arg(choiceLabel<PowerNode>("type", first.type),
                                                       ids.front()));
            rating = first.redundantModules > 0
                ? QStringLiteral("%1 × %2 (N+%3)")
                      .arg(first.modules)
                      .arg(kw(first.ratedW))
                      .arg(first.redundantModules)
                : QStringLiteral("%1 × %2").arg(first.modules).arg(kw(first.ratedW));
            box->setPorts(PowerNode::isSource(first.type) ? SchematicNode::OutPort
                              : first.type == "powershelf"
                              ? SchematicNode::InPort
                              : SchematicNode::InPort | SchematicNode::OutPort);
        }
        QStringList lines {rating};
        if (failed > 0)
            lines[0] = (slot.group ? tr("%1 failed · ").arg(failed) : tr("FAILED · ")) + rating;
        else if (!slot.group && first.failedModules > 0)
            lines[0] = tr("%1 of %2 modules failed · ").arg(first.failedModules).arg(first.modules) + rating;
        Status status = Status::NoResult;
        if (resulted > 0) {
            if (!slot.group)
                lines[0]
                    += QStringLiteral(" · η %1 %").arg(efficiencySum / resulted * 100, 0, 'f', 1);
            lines << tr("%1 of %2  (%3 %)")
                         .arg(kw(load), kw(capacity))
                         .arg(capacity > 0 ? load / capacity * 100 : 0, 0, 'f', 0);
            status = dead == resulted ? Status::OutOfService
                : load > physical     ? Status::Overloaded
                : load > capacity     ? Status::Warning
                                      : Status::Ok;
        }
        box->setLines(lines);
        box->setFill(statusColor(status));
        box->setFailed(failed > 0 || (!slot.group && first.liveModules() == 0));
        box->setAccent(sideColor(first.side));
        box->setToolTip(
            slot.group ? tr("Power shelves fed from %1:\n%2")
                             .arg(QString::fromStdString(first.upstream), names.join('\n'))
                       : tr("%1 (%2)\n%3, side %4")
                             .arg(names.front(), ids.front(), powerchain::typeLabel(first.type),
                                  QString::fromStdString(first.side)));
        if (racks > 0)
            box->setCaption(racks == 1 ? tr("feeds 1 rack") : tr("feeds %1 racks").arg(racks));
    }
    for (size_t s = 0; s < cells.size(); ++s) {
        if (cells[s].parent >= 0)
            addLine(boxes[size_t(cells[s].parent)], boxes[s], boxes[s]->ids(),
                    QStringLiteral("upstream"));
    }
}

void SingleLineDiagram::fitContents()
{
    SchematicView::fitContents();
    // Start on the first source: its subtree is what a designer reads first.
    if (m_firstRootX > -1e9 && sceneRect().width() * transform().m11() > viewport()->width())
        centerOn(QPointF(m_firstRootX, mapToScene(viewport()->rect().center()).y()));
}

QString SingleLineDiagram::connectionRefusal(const SchematicNode *start, SchematicNode::Port port,
                                             const SchematicNode *target) const
{
    // From a bottom handle the line goes down to what is fed; from a top handle up to the feeder.
    const bool down = port == SchematicNode::OutPort;
    const SchematicNode *upper = down ? start : target, *lower = down ? target : start;
    return powerchain::feedRefusal(document()->project(), upper->id(), lower->ids());
}

void SingleLineDiagram::connectNodes(const SchematicNode *start, SchematicNode::Port port,
                                     const SchematicNode *target)
{
    const bool down = port == SchematicNode::OutPort;
    const QString upper = (down ? start : target)->id();
    const QStringList lower = (down ? target : start)->ids();
    if (const QString why = powerchain::feed(document(), upper, lower); !why.isEmpty())
        refuse(why);
    selectionModel()->setSelected(lower);
}

QString SingleLineDiagram::removeEdge(const SchematicEdge *edge)
{
    powerchain::disconnect(document(), edge->owners());
    return {};
}

QString SingleLineDiagram::addNode(const QString &key)
{
    const QString current = selectionModel()->current();
    return addNodeBelow(
        key, document()->project().get<PowerNode>(current.toStdString()) ? current : QString());
}

QString SingleLineDiagram::addNodeBelow(const QString &key, const QString &upstream)
{
    const QString id = powerchain::addNode(document(), m_catalog, key, upstream);
    if (!id.isEmpty())
        selectionModel()->setSelected({id});
    return id;
}

void SingleLineDiagram::fillAddMenu(QMenu *menu)
{
    fillChoiceMenu(menu, powerchain::addChoices(m_catalog),
                   [this](const QString &key) { addNode(key); });
}

void SingleLineDiagram::fillNodeMenu(QMenu *menu, const SchematicNode *node)
{
    const QStringList ids = node->ids();
    const QString id = node->id();
    const PowerNode *pn = document()->project().get<PowerNode>(id.toStdString());
    if (!pn)
        return;
    if (node->hasPort(SchematicNode::OutPort)) {
        fillChoiceMenu(menu->addMenu(tr("Add downstream")),
                       powerchain::addChoices(m_catalog, false),
                       [this, id](const QString &key) { addNodeBelow(key, id); });
    }
    QAction *disconnect = menu->addAction(tr("Disconnect from upstream"), this,
                                          [this, ids] { powerchain::disconnect(document(), ids); });
    disconnect->setEnabled(!pn->upstream.empty());
    if (node->role() == NodeRole) {
        QAction *failed = menu->addAction(tr("Failed (what-if)"), this,
                                          [this, id] { powerchain::toggleFailed(document(), id); });
        failed->setCheckable(true);
        failed->setChecked(pn->failed);
        if (pn->modules > 1) {
            QAction *trip = menu->addAction(tr("Trip one module (what-if)"), this,
                                            [this, id] { powerchain::tripModule(document(), id); });
            trip->setEnabled(pn->failedModules < pn->modules);
            QAction *restore = menu->addAction(tr("Restore modules"), this,
                                               [this, id] { powerchain::restoreModules(document(), id); });
            restore->setEnabled(pn->failedModules > 0);
        }
        menu->addSeparator();
        menu->addAction(tr("Duplicate"), this, [this, id] {
            const QString copy = powerchain::duplicate(document(), id);
            if (!copy.isEmpty())
                selectionModel()->setSelected({copy});
        });
    } else {
        menu->addSeparator();
    }
    menu->addAction(tr("Delete"), this, &SchematicView::deleteSelection);
}

QString SingleLineDiagram::hint() const
{
    return tr("Drag from a box's bottom handle onto another box to feed it; drop a box on another "
              "to re-parent it.");
}

} // namespace aif
