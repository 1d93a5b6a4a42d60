// The plan context menu's workload and fabric entries: pick a deployment's GPU pool or a
// network domain's racks by selecting racks on the plan.
#include "floorplancontextmenu.h"

#include "common/newentity.h"
#include "document.h"
#include "floorplanscene.h"
#include "floorplanview.h"
#include "selectionmodel.h"

#include <set>

namespace aif {

namespace {

QStringList selectedRacks(const Project &p, const QStringList &ids)
{
    QStringList racks;
    for (const QString &id : ids)
        if (p.get<Rack>(id.toStdString()))
            racks << id;
    return racks;
}

// Sets (or extends) a rack list field of an entity as one undo step.
void setRacks(Document *doc, const std::string &owner, const char *key, const QStringList &racks, bool add)
{
    const auto ref = doc->project().find(owner);
    if (!ref)
        return;
    Json list = add ? doc->project().value(*ref, key) : Json::array();
    std::set<std::string> have;
    for (const Json &x : list)
        have.insert(x.get<std::string>());
    for (const QString &r : racks)
        if (have.insert(r.toStdString()).second)
            list.push_back(r.toStdString());
    doc->editProperty(owner, key, list);
}

} // namespace

void FloorPlanContextMenu::addWorkloadMenu()
{
    Document *doc = m_view->document();
    SelectionModel *sel = m_view->selectionModel();
    const Project &p = doc->project();
    const QStringList racks = selectedRacks(p, sel->selected());
    if (racks.isEmpty())
        return;
    addSeparator();
    // The whole rows of the selected racks (a supernode is one row): move or delete them as a unit.
    addAction(tr("Select whole row"), this, [doc, sel, racks] {
        std::set<std::string> rows;
        for (const QString &id : racks)
            if (const Rack *r = doc->project().get<Rack>(id.toStdString()); r && !r->row.empty())
                rows.insert(r->row);
        QStringList ids;
        for (const Rack &r : doc->project().racks)
            if (rows.contains(r.row))
                ids << QString::fromStdString(r.id);
        sel->setSelected(ids);
    });
    const Catalog *catalog = m_view->floorPlanScene()->catalog();
    FloorPlanView *view = m_view;
    addAction(tr("New deployment on these racks"), this, [doc, sel, catalog, racks, view] {
        QString why;
        const QString id = newEntity::create(doc, catalog, EntityKind::Deployment, racks, &why);
        if (id.isEmpty())
            emit view->editRefused(why);
        else
            sel->setSelected({id});
    });
    QMenu *pool = addMenu(tr("Use as GPU pool of"));
    QMenu *addPool = addMenu(tr("Add to GPU pool of"));
    for (const Deployment &d : p.deployments) {
        const std::string id = d.id;
        const QString label = QString::fromStdString(d.name.empty() ? d.id : d.name);
        pool->addAction(label, this, [doc, id, racks] { setRacks(doc, id, "racks", racks, false); });
        addPool->addAction(label, this, [doc, id, racks] { setRacks(doc, id, "racks", racks, true); });
    }
    pool->setEnabled(!p.deployments.empty());
    addPool->setEnabled(!p.deployments.empty());
    QMenu *domain = addMenu(tr("Add to network domain"));
    for (const NetworkDomain &n : p.networkDomains) {
        const std::string id = n.id;
        domain->addAction(QString::fromStdString(n.name.empty() ? n.id : n.name), this,
                          [doc, id, racks] { setRacks(doc, id, "racks", racks, true); });
    }
    domain->setEnabled(!p.networkDomains.empty());
}

} // namespace aif
