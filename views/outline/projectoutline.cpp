#include "projectoutline.h"
#include "kindtext.h"

#include "../selectionmodel.h"
#include "common/newentity.h"
#include "document.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>

namespace aif {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;       // on a group: its EntityKind
constexpr int kUnfilledRole = Qt::UserRole + 3;   // on a group: its entries are not made yet

QString itemText(const Project &p, EntityRef r)
{
    const QString name = QString::fromStdString(p.nameOf(r));
    const QString id = QString::fromStdString(p.idOf(r));
    return name.isEmpty() || name == id ? id : QStringLiteral("%1  (%2)").arg(name, id);
}

// Makes a group's entries, once (see ProjectOutline::rebuild).
void fill(const Project &p, QTreeWidgetItem *group, QHash<QString, QTreeWidgetItem *> *items)
{
    if (!group->data(0, kUnfilledRole).toBool())
        return;
    group->setData(0, kUnfilledRole, false);
    const EntityKind kind = EntityKind(group->data(0, kKindRole).toInt());
    const int n = p.count(kind);
    QList<QTreeWidgetItem *> children;
    children.reserve(n);
    for (int i = 0; i < n; ++i) {
        auto *item = new QTreeWidgetItem({itemText(p, {kind, i})});
        const QString id = QString::fromStdString(p.idOf({kind, i}));
        item->setData(0, kIdRole, id);
        items->insert(id, item);
        children << item;
    }
    group->addChildren(children);
    group->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}
} // namespace

ProjectOutline::ProjectOutline(Document *document, SelectionModel *selection, QWidget *parent)
    : QTreeWidget(parent)
    , m_document(document)
    , m_selection(selection)
{
    setObjectName("projectOutline");
    setHeaderHidden(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);   // keeps 10k-item campus outlines fast
    connect(document, &Document::changed, this, &ProjectOutline::onDocumentChanged);
    connect(this, &QTreeWidget::itemSelectionChanged, this, &ProjectOutline::onItemSelectionChanged);
    connect(selection, &SelectionModel::selectionChanged, this, &ProjectOutline::onSelectionChanged);
    connect(this, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { fill(m_document->project(), item, &m_items); });
    rebuild();
}

void ProjectOutline::rebuild()
{
    m_syncing = true;
    clear();
    m_items.clear();
    const Project &p = m_document->project();
    for (EntityKind kind : allKinds()) {
        const KindNames &names = kindNames(kind);
        if (names.singleton) {
            auto *item = new QTreeWidgetItem(this, {kindLabel(kind)});
            const QString id = QString::fromStdString(p.idOf({kind, 0}));
            item->setData(0, kIdRole, id);
            m_items.insert(id, item);
            continue;
        }
        const int n = p.count(kind);
        auto *group = new QTreeWidgetItem(this, {QStringLiteral("%1 (%2)").arg(kindPlural(kind)).arg(n)});
        group->setFlags(group->flags() & ~Qt::ItemIsSelectable);
        group->setData(0, kKindRole, int(kind));
        group->setToolTip(0, tr("Right-click to add a %1").arg(kindLabel(kind).toLower()));
        // A group's entries are made when it is first expanded or one of them is selected: a
        // 10,000-rack campus has a quarter of a million links nobody browses one by one.
        if (n > 0) {
            group->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            group->setData(0, kUnfilledRole, true);
        }
    }
    m_syncing = false;
    onSelectionChanged(m_selection->selected());
}

QString ProjectOutline::addEntity(EntityKind kind, const std::string &subtype, QString *why)
{
    QString reason;
    const QString id = newEntity::create(m_document, m_catalog, kind, m_selection->selected(), &reason, subtype);
    if (id.isEmpty()) {
        if (why)
            *why = reason;
        emit editRefused(reason);
        return {};
    }
    m_selection->setSelected({id});
    return id;
}

void ProjectOutline::mousePressEvent(QMouseEvent *event)
{
    // A right click on a kind's heading opens its Add menu without dropping the selection the
    // new entity is to be wired to (the loop a new CDU serves, the node a new stage is fed from).
    QTreeWidgetItem *item = itemAt(event->position().toPoint());
    if (event->button() == Qt::RightButton && item && !(item->flags() & Qt::ItemIsSelectable))
        return;
    QTreeWidget::mousePressEvent(event);
}

void ProjectOutline::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    if (!item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    const Project &p = m_document->project();
    const auto ref = p.find(id.toStdString());
    const EntityKind kind = ref ? ref->kind : EntityKind(item->data(0, kKindRole).toInt());
    if (!ref && item->data(0, kKindRole).isNull())
        return;
    if (ref && !m_selection->selected().contains(id))
        m_selection->setSelected({id});
    QMenu menu(this);
    const KindNames &names = kindNames(kind);
    if (!names.singleton) {
        const auto types = newEntity::subtypes(kind);
        if (types.empty()) {
            menu.addAction(tr("Add %1").arg(kindLabel(kind).toLower()), this, [this, kind] { addEntity(kind); });
        } else {
            QMenu *add = menu.addMenu(tr("Add %1").arg(kindLabel(kind).toLower()));
            for (const auto &[value, words] : types)
                add->addAction(words, this, [this, kind, value = value] { addEntity(kind, value); });
        }
    }
    if (ref && !names.singleton) {
        menu.addSeparator();
        menu.addAction(tr("Rename…"), QKeySequence(Qt::Key_F2), this, [this, id] {
            const auto r = m_document->project().find(id.toStdString());
            if (!r)
                return;
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal,
                                                       QString::fromStdString(m_document->project().nameOf(*r)), &ok);
            if (ok)
                if (const std::string e = m_document->editProperty(id.toStdString(), "name", Json(name.trimmed().toStdString()));
                    !e.empty())
                    emit editRefused(QString::fromStdString(e));
        });
        menu.addAction(tr("Delete"), QKeySequence::Delete, this, [this] {
            std::vector<std::string> ids;
            for (const QString &s : m_selection->selected())
                ids.push_back(s.toStdString());
            m_selection->clear();
            m_document->removeEntities(ids);
        });
    }
    menu.exec(event->globalPos());
}

void ProjectOutline::onDocumentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::PropertyChanged && event.property == "name") {
        const Project &p = m_document->project();
        for (const std::string &id : event.ids) {
            const auto ref = p.find(id);
            if (QTreeWidgetItem *item = m_items.value(QString::fromStdString(id)); item && ref && !kindNames(ref->kind).singleton)
                item->setText(0, itemText(p, *ref));
        }
        return;
    }
    if (event.type == ChangeEvent::Type::PropertyChanged && event.property != "id")
        return;
    rebuild();
}

void ProjectOutline::onItemSelectionChanged()
{
    if (m_syncing)
        return;
    QStringList ids;
    for (QTreeWidgetItem *item : selectedItems()) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    m_syncing = true;
    m_selection->setSelected(ids);
    m_syncing = false;
}

void ProjectOutline::onSelectionChanged(const QStringList &ids)
{
    if (m_syncing)
        return;
    m_syncing = true;
    clearSelection();
    for (const QString &id : ids) {
        QTreeWidgetItem *item = m_items.value(id);
        if (!item) {
            // In a group not filled yet: fill it, then look again.
            const auto ref = m_document->project().find(id.toStdString());
            for (int i = 0; ref && i < topLevelItemCount(); ++i) {
                if (topLevelItem(i)->data(0, kKindRole) == int(ref->kind))
                    fill(m_document->project(), topLevelItem(i), &m_items);
            }
            item = m_items.value(id);
        }
        if (item) {
            item->setSelected(true);
            scrollToItem(item);
        }
    }
    m_syncing = false;
}

} // namespace aif
