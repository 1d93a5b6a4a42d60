#include "projectoutline.h"

#include "../selectionmodel.h"
#include "document.h"

#include <QHeaderView>

namespace aif {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString itemText(const Project &p, EntityRef r)
{
    const QString name = QString::fromStdString(p.nameOf(r));
    const QString id = QString::fromStdString(p.idOf(r));
    return name.isEmpty() || name == id ? id : QStringLiteral("%1  (%2)").arg(name, id);
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
            auto *item = new QTreeWidgetItem(this, {QString::fromUtf8(names.label)});
            const QString id = QString::fromStdString(p.idOf({kind, 0}));
            item->setData(0, kIdRole, id);
            m_items.insert(id, item);
            continue;
        }
        const int n = p.count(kind);
        auto *group = new QTreeWidgetItem(this, {QStringLiteral("%1 (%2)").arg(QString::fromUtf8(names.plural)).arg(n)});
        group->setFlags(group->flags() & ~Qt::ItemIsSelectable);
        QList<QTreeWidgetItem *> children;
        children.reserve(n);
        for (int i = 0; i < n; ++i) {
            auto *item = new QTreeWidgetItem({itemText(p, {kind, i})});
            const QString id = QString::fromStdString(p.idOf({kind, i}));
            item->setData(0, kIdRole, id);
            m_items.insert(id, item);
            children << item;
        }
        group->addChildren(children);
    }
    m_syncing = false;
    onSelectionChanged(m_selection->selected());
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
        if (QTreeWidgetItem *item = m_items.value(id)) {
            item->setSelected(true);
            scrollToItem(item);
        }
    }
    m_syncing = false;
}

} // namespace aif
