#include "issuespanel.h"

#include "../selectionmodel.h"

#include <QHeaderView>
#include <QStyle>

namespace aif {

IssuesPanel::IssuesPanel(SelectionModel *selection, QWidget *parent)
    : QTreeWidget(parent)
    , m_selection(selection)
{
    setObjectName("issuesPanel");
    setColumnCount(4);
    setHeaderLabels({tr("Severity"), tr("Entity"), tr("Message"), tr("Where")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->text(1);
        if (!id.isEmpty())
            m_selection->setSelected({id});
    });
}

void IssuesPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    clear();
    m_errors = m_warnings = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem({d.isError() ? tr("Error") : tr("Warning"), QString::fromStdString(d.entity),
                                          QString::fromStdString(d.message), QString::fromStdString(d.pointer)});
        item->setIcon(0, d.isError() ? errorIcon : warningIcon);
        item->setToolTip(2, QString::fromStdString(d.code));
        items << item;
        (d.isError() ? m_errors : m_warnings)++;
    }
    addTopLevelItems(items);
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    emit countsChanged(m_errors, m_warnings);
}

} // namespace aif
