#include "catalogbrowser.h"

#include "catalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace aif {

CatalogBrowser::CatalogBrowser(const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_category(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName("catalogBrowser");
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : Catalog::categories())
        m_category->addItem(c, c);
    m_search->setPlaceholderText(tr("Search id, name, vendor, type…"));
    m_search->setClearButtonEnabled(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Id"), tr("Category"), tr("As of")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setOpenExternalLinks(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_category);
    top->addWidget(m_search, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this, &CatalogBrowser::search);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogBrowser::search);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CatalogBrowser::showEntry);
    search();
}

void CatalogBrowser::setFilter(const QString &text)
{
    m_search->setText(text);
}

void CatalogBrowser::search()
{
    m_table->setRowCount(0);
    if (!m_catalog)
        return;
    const auto found = m_catalog->search(m_search->text(), m_category->currentData().toString());
    m_table->setRowCount(int(found.size()));
    for (int row = 0; row < int(found.size()); ++row) {
        const CatalogEntry *e = found[size_t(row)];
        const QStringList cells{QString::fromStdString(e->name), QString::fromStdString(e->id),
                                QString::fromStdString(e->category), QString::fromStdString(e->asOf)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(QString::fromStdString(e->name));
            item->setData(Qt::UserRole, QString::fromStdString(e->category));
            item->setData(Qt::UserRole + 1, QString::fromStdString(e->id));
            if (e->user)
                item->setToolTip(tr("From your user catalog"));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    if (!found.empty())
        m_table->selectRow(0);
    else
        m_details->setPlainText(tr("No catalog entry matches."));
}

void CatalogBrowser::showEntry()
{
    const auto items = m_table->selectedItems();
    if (items.isEmpty() || !m_catalog)
        return;
    const std::string category = items.first()->data(Qt::UserRole).toString().toStdString();
    const std::string id = items.first()->data(Qt::UserRole + 1).toString().toStdString();
    const CatalogEntry *e = m_catalog->find(category, id);
    if (!e)
        return;
    const QString html = tr("<h3>%1</h3><p><b>Source:</b> %2<br><b>As of:</b> %3%4</p><pre>%5</pre>")
                             .arg(QString::fromStdString(e->name).toHtmlEscaped(),
                                  QString::fromStdString(e->source).toHtmlEscaped(),
                                  QString::fromStdString(e->asOf),
                                  e->user ? tr("<br><i>user catalog entry</i>") : QString(),
                                  QString::fromStdString(e->data.dump(2)).toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace aif
