#include "linkfailurestable.h"

#include "changeevent.h"
#include "common/whatifcount.h"
#include "document.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace aif {

namespace {

enum LinkColumn { NameColumn, FromColumn, ToColumn, CountColumn, SpeedColumn, DownColumn, ColumnCount };

QTableWidgetItem *linkCell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

LinkFailuresTable::LinkFailuresTable(QWidget *parent)
    : QWidget(parent)
{
    setObjectName("linkFailures");
    m_filter = new QLineEdit(this);
    m_filter->setObjectName("linkFilter");
    m_filter->setPlaceholderText(tr("Filter by link, switch or rack"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName("linkTable");
    m_table->setHorizontalHeaderLabels({tr("Link group"), tr("From"), tr("To"), tr("Links"), tr("Speed"), tr("Down")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Names share what the figures leave and elide; the pane is one of three side by side, so
    // the table never scrolls sideways.
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(
            c, c <= ToColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    connect(m_filter, &QLineEdit::textChanged, this, &LinkFailuresTable::fill);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LinkFailuresTable::showMenu);
    fill();
}

void LinkFailuresTable::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, &LinkFailuresTable::onChanged);
    fill();
}

void LinkFailuresTable::onChanged(const ChangeEvent &event)
{
    if (event.type != ChangeEvent::Type::PropertyChanged || event.kind == EntityKind::Link)
        fill();
}

void LinkFailuresTable::fill()
{
    m_table->setRowCount(0);
    if (!m_document) {
        m_note->clear();
        return;
    }
    const std::vector<Link> &links = m_document->project().links;
    const QString filter = m_filter->text().trimmed();
    std::vector<const Link *> shown;
    for (const Link &l : links) {
        if (filter.isEmpty()
            || QString::fromStdString(l.id + ' ' + l.name + ' ' + l.from + ' ' + l.to).contains(filter, Qt::CaseInsensitive))
            shown.push_back(&l);
    }
    // What is down first: the what-if the designer is looking at.
    std::stable_partition(shown.begin(), shown.end(), [](const Link *l) { return l->failedLinks > 0; });
    const int rows = int(std::min<size_t>(shown.size(), kMaxRows));
    m_table->setRowCount(rows);
    int down = 0;
    for (const Link &l : links)
        down += std::clamp(l.failedLinks, 0, l.count);
    for (int r = 0; r < rows; ++r) {
        const Link &l = *shown[size_t(r)];
        auto *name = linkCell(QString::fromStdString(l.name.empty() ? l.id : l.name), false);
        name->setData(Qt::UserRole, QString::fromStdString(l.id));
        m_table->setItem(r, NameColumn, name);
        m_table->setItem(r, FromColumn, linkCell(QString::fromStdString(l.from), false));
        m_table->setItem(r, ToColumn, linkCell(QString::fromStdString(l.to), false));
        m_table->setItem(r, CountColumn, linkCell(QString::number(l.count), true));
        m_table->setItem(r, SpeedColumn, linkCell(tr("%1 Gb/s").arg(l.speedGbps), true));
        QTableWidgetItem *d = linkCell(l.failedLinks > 0 ? tr("%1 of %2").arg(l.failedLinks).arg(l.count) : QString(), true);
        if (l.failedLinks > 0)
            d->setForeground(QColor(200, 20, 20));
        m_table->setItem(r, DownColumn, d);
    }
    QString note = links.empty() ? tr("The design has no links (the Network tab's fabric is planned, not placed).")
                                 : tr("%1 link groups, %2 links down (what-if). Right-click a group to trip or restore it.")
                                       .arg(links.size())
                                       .arg(down);
    if (shown.size() > size_t(rows))
        note += QLatin1Char(' ') + tr("Showing the first %1 of %2; filter to find others.").arg(rows).arg(shown.size());
    m_note->setText(note);
}

void LinkFailuresTable::showMenu(const QPoint &pos)
{
    const QTableWidgetItem *item = m_table->itemAt(pos);
    if (!item || !m_document)
        return;
    const QString id = m_table->item(item->row(), NameColumn)->data(Qt::UserRole).toString();
    const Link *l = m_document->project().get<Link>(id.toStdString());
    if (!l)
        return;
    QMenu menu(this);
    menu.addAction(tr("Trip one link (what-if)"), this, [this, id] { tripOne(id); })->setEnabled(l->failedLinks < l->count);
    menu.addAction(tr("Trip the whole group (what-if)"), this, [this, id] { tripAll(id); })
        ->setEnabled(l->failedLinks < l->count);
    menu.addAction(tr("Restore links"), this, [this, id] { restore(id); })->setEnabled(l->failedLinks > 0);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool LinkFailuresTable::setFailed(const QString &linkId, int failed, const QString &text)
{
    const Link *l = m_document ? m_document->project().get<Link>(linkId.toStdString()) : nullptr;
    return l && setWhatIfCount(m_document, l->id, "failedLinks", failed, l->failedLinks, l->count, text);
}

bool LinkFailuresTable::tripOne(const QString &linkId)
{
    const Link *l = m_document ? m_document->project().get<Link>(linkId.toStdString()) : nullptr;
    return l && setFailed(linkId, l->failedLinks + 1, tr("Trip one link (what-if)"));
}

bool LinkFailuresTable::tripAll(const QString &linkId)
{
    const Link *l = m_document ? m_document->project().get<Link>(linkId.toStdString()) : nullptr;
    return l && setFailed(linkId, l->count, tr("Trip link group (what-if)"));
}

bool LinkFailuresTable::restore(const QString &linkId)
{
    return setFailed(linkId, 0, tr("Links back in service"));
}

} // namespace aif
