#include "schematicview.h"

#include "../selectionmodel.h"
#include "document.h"
#include "schematicedge.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <memory>

namespace aif {

SchematicView::SchematicView(Document *document, SelectionModel *selection, Qt::Orientation flow,
                             QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_selection(selection)
    , m_flow(flow)
    , m_rebuildTimer(new QTimer(this))
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(QColor(252, 252, 250));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true); // the cursor shows where a line can be drawn from
    // One rebuild after a burst of changes (a batch, an undo, the stale flag and a result).
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &SchematicView::rebuild);
    connect(document, &Document::changed, this, &SchematicView::documentChanged);
    connect(selection, &SelectionModel::selectionChanged, this, [this](const QStringList &ids) {
        if (ids != m_edgeOwners)
            m_edgeOwners.clear();
        highlightSelection();
    });
}

void SchematicView::documentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Reset) {
        m_fitPending = true;
        m_userZoomed = false;
        m_edgeOwners.clear();
    }
    scheduleRebuild();
}

void SchematicView::scheduleRebuild()
{
    m_dirty = true;
    if (isVisible())
        m_rebuildTimer->start();
}

void SchematicView::ensureCurrent()
{
    if (m_dirty)
        rebuild();
}

void SchematicView::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    scheduleRebuild();
}

void SchematicView::rebuild()
{
    // Boxes are in use while a line or a box is being dragged: rebuild when it ends.
    if (m_gesture != Gesture::None && m_gesture != Gesture::Panning) {
        m_dirty = true;
        return;
    }
    m_rebuildTimer->stop();
    m_dirty = false;
    const QPointF centre = mapToScene(viewport()->rect().center());
    scene()->clear();
    m_rubber = nullptr;
    m_nodes.clear();
    m_nodeList.clear();
    m_edges.clear();
    populate();
    setSceneRect(scene()->itemsBoundingRect().adjusted(-30, -30, 30, 30));
    highlightSelection();
    if (m_fitPending && viewport()->height() >= 50) {
        fitContents();
        m_fitPending = false;
    } else if (!m_fitPending) {
        centerOn(centre); // an edit keeps the part of the diagram the user is working on
    }
}

SchematicNode *SchematicView::addBox(const QStringList &ids, int role, const QPointF &pos,
                                     const QSizeF &size)
{
    auto *node = new SchematicNode(ids, role, size, m_flow);
    node->setPos(pos);
    scene()->addItem(node);
    m_nodeList.append(node);
    for (const QString &id : ids)
        m_nodes.insert(id, node);
    return node;
}

SchematicEdge *SchematicView::addLine(SchematicNode *from, SchematicNode *to,
                                      const QStringList &owners, const QString &key)
{
    auto *edge = new SchematicEdge(from, to, m_flow);
    edge->setReference(owners, key);
    scene()->addItem(edge);
    m_edges.append(edge);
    return edge;
}

SchematicEdge *SchematicView::edgeOf(const QString &owner, const QString &key) const
{
    for (SchematicEdge *e : m_edges) {
        if (e->key() == key && e->owners().contains(owner))
            return e;
    }
    return nullptr;
}

SchematicEdge *SchematicView::selectedEdge() const
{
    for (SchematicEdge *e : m_edges) {
        if (!m_edgeOwners.isEmpty() && e->owners() == m_edgeOwners && e->key() == m_edgeKey)
            return e;
    }
    return nullptr;
}

void SchematicView::selectEdge(SchematicEdge *edge)
{
    // The inspector shows the entity that holds the reference the line stands for.
    m_edgeOwners = edge->owners();
    m_edgeKey = edge->key();
    m_selection->setSelected(edge->owners());
    highlightSelection();
}

void SchematicView::highlightSelection()
{
    const SchematicEdge *edge = selectedEdge();
    const QStringList &ids = m_selection->selected();
    const QSet<QString> selected(ids.begin(), ids.end());
    for (SchematicNode *node : std::as_const(m_nodeList)) {
        bool on = false;
        for (const QString &id : node->ids())
            on = on || selected.contains(id);
        node->setHighlighted(on && !edge);
    }
    for (SchematicEdge *e : std::as_const(m_edges))
        e->setHighlighted(e == edge);
}

void SchematicView::deleteSelection()
{
    ensureCurrent();
    if (const SchematicEdge *edge = selectedEdge()) {
        const QString why = removeEdge(edge);
        if (!why.isEmpty())
            emit editRefused(why);
        return;
    }
    QStringList ids;
    for (const QString &id : m_selection->selected()) {
        if (m_nodes.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    const QString why = removeNodes(ids);
    if (!why.isEmpty())
        emit editRefused(why);
}

QString SchematicView::removeNodes(const QStringList &ids)
{
    std::vector<std::string> list;
    for (const QString &id : ids)
        list.push_back(id.toStdString());
    m_selection->clear();
    m_document->removeEntities(list);
    return {};
}

QMenu *SchematicView::createContextMenu(const QPoint &viewPos, QWidget *parent)
{
    ensureCurrent();
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    if (SchematicNode *node = nodeAt(viewPos)) {
        bool all = m_edgeOwners.isEmpty();
        for (const QString &id : node->ids())
            all = all && m_selection->selected().contains(id);
        if (!all) {
            m_edgeOwners.clear();
            m_selection->setSelected(node->ids());
        }
        fillNodeMenu(menu, node);
    } else if (SchematicEdge *edge = edgeAt(viewPos)) {
        selectEdge(edge);
        menu->addAction(tr("Delete connection"), this, &SchematicView::deleteSelection);
    } else {
        fillAddMenu(menu->addMenu(tr("Add")));
        menu->addSeparator();
        menu->addAction(tr("Fit to view"), this, &SchematicView::fitToContents);
    }
    return menu;
}

void SchematicView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createContextMenu(event->pos(), this));
    menu->exec(event->globalPos());
}

QWidget *SchematicView::createToolBar(QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setObjectName(QStringLiteral("schematicToolBar"));
    auto *bar = new QToolBar(row);
    auto *add = new QToolButton(bar);
    add->setObjectName(QStringLiteral("schematicAddButton"));
    add->setText(tr("Add"));
    add->setToolTip(
        tr("Add equipment; it is connected to the selected box where that makes sense"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    menu->setObjectName(QStringLiteral("schematicAddMenu"));
    fillAddMenu(menu);
    add->setMenu(menu);
    bar->addWidget(add);
    QAction *del = bar->addAction(tr("Delete"), this, &SchematicView::deleteSelection);
    del->setObjectName(QStringLiteral("schematicDeleteAction"));
    del->setToolTip(tr("Delete the selected boxes, or the selected connection (Del)"));
    QAction *fit = bar->addAction(tr("Fit"), this, &SchematicView::fitToContents);
    fit->setToolTip(tr("Fit the diagram to the view"));
    // The hint, or for a while the reason the last edit was refused (also in the status bar).
    // Beside the tool bar, not in it, so a narrow panel wraps it instead of hiding it.
    auto *label = new QLabel(hint(), row);
    label->setObjectName(QStringLiteral("schematicMessage"));
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const QString normal = QStringLiteral("color: #505050");
    label->setStyleSheet(normal);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(bar);
    layout->addWidget(label, 1);
    auto *restore = new QTimer(label);
    restore->setSingleShot(true);
    restore->setInterval(8000);
    connect(restore, &QTimer::timeout, label, [this, label, normal] {
        label->setText(hint());
        label->setStyleSheet(normal);
    });
    connect(this, &SchematicView::editRefused, label, [label, restore](const QString &reason) {
        label->setText(reason);
        label->setStyleSheet(QStringLiteral("color: #b01010; font-weight: bold"));
        restore->start();
    });
    return row;
}

void SchematicView::fillChoiceMenu(QMenu *menu, const QList<AddChoice> &choices,
                                   const std::function<void(const QString &)> &pick)
{
    menu->setToolTipsVisible(true);
    for (const AddChoice &c : choices) {
        if (!c.variants.isEmpty()) {
            fillChoiceMenu(menu->addMenu(c.label), c.variants, pick);
            continue;
        }
        QAction *a = menu->addAction(c.label);
        a->setData(c.key);
        a->setToolTip(c.toolTip);
        const QString key = c.key;
        QObject::connect(a, &QAction::triggered, menu, [pick, key] { pick(key); });
    }
}

QColor SchematicView::statusColor(Status status) const
{
    static const QColor colors[]
        = {QColor(236, 238, 242), QColor(225, 240, 225), QColor(255, 228, 170),
           QColor(255, 190, 190), QColor(215, 215, 215)};
    const QColor c = colors[int(status)];
    // Results of an older design: washed out until the next solve.
    return m_stale
        ? QColor::fromHsv(c.hsvHue(), c.hsvSaturation() / 4, std::min(255, c.value() + 8))
        : c;
}

void SchematicView::fitToContents()
{
    m_userZoomed = false;
    fitContents();
    m_fitPending = viewport()->height() < 50;
}

void SchematicView::fitContents()
{
    // Diagrams are a few stages across the flow and can be hundreds of boxes along the other
    // way: fit the stages (never below a readable 60 % nor above 1:1), start at the top left,
    // scroll for the rest.
    const QRectF r = sceneRect();
    if (r.isEmpty() || viewport()->height() < 50)
        return;
    const double vw = viewport()->width(), vh = viewport()->height();
    const double s
        = std::clamp(m_flow == Qt::Vertical ? vh / r.height() : vw / r.width(), 0.6, 1.0);
    setTransform(QTransform::fromScale(s, s));
    centerOn(QPointF(r.width() * s <= vw ? r.center().x() : r.left() + vw / (2 * s),
                     r.height() * s <= vh ? r.center().y() : r.top() + vh / (2 * s)));
}

void SchematicView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed || m_fitPending)
        fitToContents();
}

void SchematicView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_dirty)
        rebuild();
}

} // namespace aif
