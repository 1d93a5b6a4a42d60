#include "floorplanscene.h"

#include "document.h"
#include "floorplanconnectionsitem.h"
#include "floorplangeometry.h"
#include "floorplanhallitem.h"
#include "floorplanitem.h"
#include "network/cableoverlayitem.h"
#include "plangeometry.h"
#include "units.h"

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace aif {

namespace {

using Shape = FloorPlanItem::Shape;

// What the plan shows of one entity: hall, centre, plan footprint, symbol.
struct Placement
{
    const std::string *hall = nullptr;
    const std::string *name = nullptr;
    double x = 0, y = 0, w = 1, d = 1, rot = 0;
    Shape shape = Shape::Rack;
    double openArea = 0;                                        // vents
    FloorPlanItem::Discharge discharge = FloorPlanItem::Discharge::Room;   // air units
};

Shape ventShape(const std::string &type)
{
    if (type == "grate-tile")
        return Shape::GrateTile;
    if (type == "ceiling-grille")
        return Shape::CeilingGrille;
    if (type == "return-duct")
        return Shape::ReturnDuct;
    return Shape::PerforatedTile;
}

FloorPlanItem::Discharge dischargeOf(const std::string &discharge)
{
    if (discharge == "underfloor")
        return FloorPlanItem::Discharge::Underfloor;
    if (discharge == "overhead-duct")
        return FloorPlanItem::Discharge::Overhead;
    return FloorPlanItem::Discharge::Room;
}

Shape powerShape(const std::string &type)
{
    if (type == "pdu")
        return Shape::Pdu;
    if (type == "busway")
        return Shape::Busway;
    if (type == "ups")
        return Shape::Ups;
    return Shape::Power;
}

Shape airShape(const std::string &type)
{
    if (type == "inrow")
        return Shape::InRow;
    if (type == "rdhx")
        return Shape::Rdhx;
    if (type == "fanwall")
        return Shape::FanWall;
    return Shape::Crah;
}

// Returns false for entities the plan does not draw (power shelves sit inside racks; stages
// outside the halls belong to the one-line diagram).
bool placementOf(const Project &p, EntityRef ref, Placement *out)
{
    const size_t i = size_t(ref.index);
    switch (ref.kind) {
    case EntityKind::Rack: {
        const Rack &r = p.racks[i];
        *out = {&r.hall, &r.name, r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg, Shape::Rack};
        return true;
    }
    case EntityKind::AirUnit: {
        const AirUnit &a = p.airUnits[i];
        *out = {&a.hall, &a.name, a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg, airShape(a.type)};
        out->discharge = dischargeOf(a.discharge);
        return true;
    }
    case EntityKind::Vent: {
        const Vent &v = p.vents[i];
        *out = {&v.hall, &v.name, v.xM, v.yM, v.widthM, v.depthM, 0, ventShape(v.type)};
        out->openArea = v.openArea * v.damper;
        return true;
    }
    case EntityKind::Cdu: {
        const Cdu &c = p.cdus[i];
        *out = {&c.hall, &c.name, c.xM, c.yM, c.widthM, c.depthM, c.rotationDeg, Shape::Cdu};
        return true;
    }
    case EntityKind::Containment: {
        const Containment &c = p.containments[i];
        *out = {&c.hall, &c.name, c.xM, c.yM, c.widthM, c.depthM, 0,
                c.type == "cold-aisle" ? Shape::ColdContainment : Shape::Containment};
        return true;
    }
    case EntityKind::PowerNode: {
        const PowerNode &n = p.powerNodes[i];
        if (n.hall.empty() || n.type == "powershelf")
            return false;
        // Nominal footprints (the model has none, plan::powerNodeSize). Busways hang over the
        // rack rows as a narrow bar, so the racks below stay visible (see FloorPlanItem).
        const plan::Size size = plan::powerNodeSize(n.type, n.lengthM);
        *out = {&n.hall, &n.name, n.xM, n.yM, size.widthM, size.depthM, n.rotationDeg, powerShape(n.type)};
        return true;
    }
    default: return false;
    }
}

constexpr EntityKind kPlanKinds[] = {EntityKind::Containment, EntityKind::Vent, EntityKind::Rack,
                                     EntityKind::AirUnit, EntityKind::Cdu, EntityKind::PowerNode};

// A hall's name on the plan, with its site when the project has several, and how its air is
// delivered and returned when that is not the plain room (a designer reading the plan should not
// need the inspector to see a raised floor).
QString hallCaption(const Project &p, const Hall &h)
{
    QString caption = QString::fromStdString(h.name.empty() ? h.id : h.name);
    if (p.sites.size() > 1) {
        const Site &s = p.siteOf(h);
        caption += QObject::tr("  ·  %1").arg(QString::fromStdString(s.name.empty() ? s.id : s.name));
    }
    if (h.floor == "raised" && h.raisedFloorM > 0)
        caption += QObject::tr("  ·  raised floor %1").arg(units::format(h.raisedFloorM, Quantity::Length, units::currentSystem()));
    if (h.returnPath == "ceiling-plenum")
        caption += QObject::tr("  ·  ceiling-plenum return");
    else if (h.returnPath == "ducted")
        caption += QObject::tr("  ·  ducted return");
    return caption;
}

bool isPlanKind(EntityKind k)
{
    return std::find(std::begin(kPlanKinds), std::end(kPlanKinds), k) != std::end(kPlanKinds);
}

} // namespace

FloorPlanScene::FloorPlanScene(Document *document, const Catalog *catalog, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_checkTimer(new QTimer(this))
{
    // Measured on the 100 MW campus (tst_floorplanchecks benchmark, 1280x800, Xvfb): BSP and
    // NoIndex both render in 3-6 ms/frame; BSP is kept because hit tests (click, rubber band,
    // hover) on ~1500 items are where a linear scan would show.
    setItemIndexMethod(BspTreeIndex);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);   // same debounce as validation in the studio
    connect(m_checkTimer, &QTimer::timeout, this, &FloorPlanScene::recheck);
    connect(document, &Document::changed, this, &FloorPlanScene::onDocumentChanged);
    rebuild();
}

void FloorPlanScene::rebuild()
{
    const bool cables = showCables();
    clear();   // deletes every item
    m_cables = nullptr;
    m_items.clear();
    m_halls.clear();
    m_connections = new FloorPlanConnectionsItem;
    addItem(m_connections);
    sync();
    recheck();
    setShowCables(cables);
}

void FloorPlanScene::onDocumentChanged(const ChangeEvent &event)
{
    if (m_legend.isActive() || !m_badges.isEmpty())
        setOverlayStale(true);   // results describe the design before this edit
    switch (event.type) {
    case ChangeEvent::Type::Reset: rebuild(); return;
    case ChangeEvent::Type::PropertyChanged:
        if (event.kind == EntityKind::Hall) {
            updateHalls();
            sync();
        } else if (isPlanKind(event.kind)) {
            updateItems(event.ids);
            rebuildConnections();
        } else if (event.kind == EntityKind::LiquidLoop) {
            rebuildConnections();
        }
        if (isWhatIfProperty(event.property))
            refreshMarks();   // a switch's failure shows on its rack
        break;
    case ChangeEvent::Type::EntitiesAdded:
    case ChangeEvent::Type::EntitiesRemoved:
    case ChangeEvent::Type::Batch: sync(); break;
    }
    m_checkTimer->start();
}

void FloorPlanScene::sync()
{
    const Project &p = m_document->project();
    if (!m_hasScenarioMarks)
        m_marks = whatIfMarks(p);
    updateHalls();
    QSet<QString> seen;
    for (EntityKind kind : kPlanKinds) {
        const int n = p.count(kind);
        for (int i = 0; i < n; ++i) {
            const std::string id = p.idOf({kind, i});
            if (updateItem(p, id))
                seen.insert(QString::fromStdString(id));
        }
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!seen.contains(it.key())) {
            delete it.value();
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
    rebuildConnections();
}

void FloorPlanScene::updateItems(const std::vector<std::string> &ids)
{
    const Project &p = m_document->project();
    for (const std::string &id : ids) {
        if (!updateItem(p, id))
            delete m_items.take(QString::fromStdString(id));
    }
}

bool FloorPlanScene::updateItem(const Project &p, const std::string &id)
{
    const std::optional<EntityRef> ref = p.find(id);
    Placement pl;
    if (!ref || !placementOf(p, *ref, &pl))
        return false;
    const Hall *hall = p.get<Hall>(*pl.hall);
    if (!hall)
        return false;
    const QString qid = QString::fromStdString(id);
    FloorPlanItem *item = m_items.value(qid);
    if (!item) {
        item = new FloorPlanItem(qid, ref->kind, pl.shape);
        m_items.insert(qid, item);
        item->setHighlighted(m_highlighted.contains(qid));
        item->setIssue(m_issueIds.contains(qid));
        addItem(item);
        applyOverlay(item);
        item->setBadges(m_badges.value(qid));
    }
    item->setShape(pl.shape);
    const QRectF fp = planGeometry::footprint(pl.x, pl.y, pl.w, pl.d, pl.rot);
    item->setGeometry(fp.width(), fp.height(), planGeometry::quarterTurns(pl.rot));
    item->setPos(planGeometry::hallToScene(*hall, pl.x, pl.y));
    item->setName(QString::fromStdString(pl.name->empty() ? id : *pl.name));
    item->setWhatIf(m_marks.value(qid));
    item->setOpenArea(pl.openArea);
    item->setDischarge(pl.discharge);
    if (ref->kind == EntityKind::Vent) {
        const Vent &v = p.vents[size_t(ref->index)];
        item->setToolTip(QObject::tr("%1: %2, %3 % open")
                             .arg(QString::fromStdString(v.name.empty() ? v.id : v.name), QString::fromStdString(v.type))
                             .arg(std::lround(100 * v.openArea * v.damper)));
    }
    return true;
}

void FloorPlanScene::updateHalls()
{
    const Project &p = m_document->project();
    QSet<QString> seen;
    QRectF all;
    for (const Hall &h : p.halls) {
        const QString id = QString::fromStdString(h.id);
        FloorPlanHallItem *item = m_halls.value(id);
        if (!item) {
            item = new FloorPlanHallItem(id);
            m_halls.insert(id, item);
            addItem(item);
        }
        const QRectF r = planGeometry::hallRectToScene(h, QRectF(0, 0, h.widthM, h.depthM));
        item->setRect(r);
        item->setName(hallCaption(p, h));
        all |= r;
        seen.insert(id);
    }
    for (auto it = m_halls.begin(); it != m_halls.end();) {
        if (!seen.contains(it.key())) {
            delete it.value();
            it = m_halls.erase(it);
        } else {
            ++it;
        }
    }
    // A generous margin so the plan can be panned past its edges and new halls drawn beside the
    // others: half the site's size each way, at least 60 m (a hall and its yard). An empty
    // design gets a 120 x 80 m site around the origin to draw its first hall on.
    const double m = all.isEmpty() ? 0.0 : std::max(60.0, 0.5 * std::max(all.width(), all.height()));
    setSceneRect(all.isEmpty() ? QRectF(-20, -60, 120, 80) : all.adjusted(-m, -m, m, m));
}

const Hall *FloorPlanScene::hallAt(const QPointF &scenePos) const
{
    for (const Hall &h : m_document->project().halls) {
        const QPointF l = planGeometry::sceneToHall(h, scenePos);
        if (l.x() >= 0 && l.y() >= 0 && l.x() <= h.widthM && l.y() <= h.depthM)
            return &h;
    }
    return nullptr;
}

const Hall *FloorPlanScene::hallOf(const QString &id) const
{
    const Project &p = m_document->project();
    const std::optional<EntityRef> ref = p.find(id.toStdString());
    Placement pl;
    if (!ref || !placementOf(p, *ref, &pl))
        return nullptr;
    return p.get<Hall>(*pl.hall);
}

bool FloorPlanScene::hallPosition(const QString &id, QPointF *pos) const
{
    const Project &p = m_document->project();
    const std::optional<EntityRef> ref = p.find(id.toStdString());
    Placement pl;
    if (!ref || !placementOf(p, *ref, &pl))
        return false;
    *pos = QPointF(pl.x, pl.y);
    return true;
}

void FloorPlanScene::previewPosition(const QString &id, const QPointF &hallPos)
{
    FloorPlanItem *item = m_items.value(id);
    const Hall *hall = hallOf(id);
    if (item && hall)
        item->setPos(planGeometry::hallToScene(*hall, hallPos.x(), hallPos.y()));
}

void FloorPlanScene::resetPositions()
{
    sync();
}

QRectF FloorPlanScene::plansRect() const
{
    QRectF r;
    for (const FloorPlanHallItem *h : m_halls)
        r |= h->rect();
    return r;
}

void FloorPlanScene::setScenarioMarks(const QHash<QString, WhatIfMark> &marks)
{
    m_scenarioMarks = marks;
    m_hasScenarioMarks = true;
    refreshMarks();
}

void FloorPlanScene::clearScenarioMarks()
{
    if (!m_hasScenarioMarks)
        return;
    m_hasScenarioMarks = false;
    m_scenarioMarks.clear();
    refreshMarks();
}

void FloorPlanScene::refreshMarks()
{
    if (!m_document)
        return;
    m_marks = m_hasScenarioMarks ? m_scenarioMarks : whatIfMarks(m_document->project());
    for (auto it = m_items.begin(); it != m_items.end(); ++it)
        it.value()->setWhatIf(m_marks.value(it.key()));
}

void FloorPlanScene::setHighlighted(const QStringList &ids)
{
    const QSet<QString> now(ids.begin(), ids.end());
    for (const QString &id : m_highlighted) {
        if (!now.contains(id))
            if (FloorPlanItem *it = m_items.value(id))
                it->setHighlighted(false);
    }
    for (const QString &id : now) {
        if (FloorPlanItem *it = m_items.value(id))
            it->setHighlighted(true);
    }
    for (auto it = m_halls.begin(); it != m_halls.end(); ++it)
        it.value()->setSelected(now.contains(it.key()));
    m_highlighted = now;
}

void FloorPlanScene::setShowConnections(bool show)
{
    m_connections->setShowPower(show);
}

bool FloorPlanScene::showConnections() const
{
    return m_connections->showPower();
}

void FloorPlanScene::setShowCables(bool show)
{
    if (show == showCables())
        return;
    if (show)
        addItem(m_cables = new CableOverlayItem(m_document, m_catalog));
    else
        delete std::exchange(m_cables, nullptr);
}

} // namespace aif
