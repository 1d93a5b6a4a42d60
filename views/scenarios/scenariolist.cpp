#include "scenariolist.h"

#include "project.h"
#include "scenarioedits.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QRadioButton>

#include <algorithm>

namespace aif {

ScenarioList::ScenarioList(QWidget *parent)
    : QTreeWidget(parent)
    , m_solve(new QButtonGroup(this))
{
    setObjectName("scenarioList");
    setColumnCount(4);
    setHeaderLabels({tr("Solve"), tr("Name"), tr("Description"), tr("Overrides")});
    headerItem()->setToolTip(SolveColumn, tr("The design or scenario the studio solves"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(SolveColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(OverridesColumn, QHeaderView::ResizeToContents);
    setColumnWidth(NameColumn, 14 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_solve->setExclusive(true);
    connect(this, &QTreeWidget::itemChanged, this, &ScenarioList::onItemChanged);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_filling && item)
            emit currentScenarioChanged(item->data(NameColumn, Qt::UserRole).toString());
    });
}

void ScenarioList::setScenarios(const Project &project, const QHash<QString, QString> &problems)
{
    const UnitSystem units = units::currentSystem();
    QStringList shown;
    for (const Scenario &s : project.scenarios) {
        const QString id = QString::fromStdString(s.id);
        QStringList details;
        for (const Json &o : ScenarioEdits::overridesOf(project, s.id))
            details << ScenarioEdits::describe(project, o, units);
        shown << id << QString::fromStdString(s.name) << QString::fromStdString(s.description)
              << QString::number(s.overrides.size()) << details.join('\n') << problems.value(id);
    }
    // Never rebuild under an open in-place editor: the rename in progress would be lost.
    if (shown == m_shown)
        return;
    if (state() == QAbstractItemView::EditingState) {
        m_skipped = true;
        return;
    }
    m_shown = shown;
    const QString current = currentScenario();
    const int currentRow = indexOfTopLevelItem(currentItem());
    m_filling = true;
    for (QAbstractButton *b : m_solve->buttons())
        m_solve->removeButton(b);
    clear();
    addRow({}, tr("Base design"), tr("The design as drawn, without overrides"), tr("none"), {}, {});
    for (qsizetype i = 0; i + 5 < shown.size(); i += 6)
        addRow(shown[i], shown[i + 1], shown[i + 2], shown[i + 3], shown[i + 4], shown[i + 5]);
    setActive(m_active);
    // Keep the user's row; when it went away (deleted), the one that took its place.
    QTreeWidgetItem *item = nullptr;
    for (int row = 0; row < topLevelItemCount() && !item; ++row) {
        if (topLevelItem(row)->data(NameColumn, Qt::UserRole).toString() == current)
            item = topLevelItem(row);
    }
    if (!item)
        item = topLevelItem(std::clamp(currentRow, 0, topLevelItemCount() - 1));
    setCurrentItem(item);
    m_filling = false;
    if (currentScenario() != current)
        emit currentScenarioChanged(currentScenario());
}

void ScenarioList::addRow(const QString &id, const QString &name, const QString &description,
                          const QString &count, const QString &details, const QString &problem)
{
    auto *item = new QTreeWidgetItem(this);
    item->setData(NameColumn, Qt::UserRole, id);
    item->setText(NameColumn, name);
    item->setText(DescriptionColumn, description);
    item->setToolTip(DescriptionColumn, description);
    item->setText(OverridesColumn, count);
    item->setTextAlignment(OverridesColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(OverridesColumn, details);
    if (!id.isEmpty())
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (!problem.isEmpty()) {
        item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(NameColumn, problem);
    } else {
        item->setToolTip(NameColumn, tr("Double-click or F2 to rename"));
    }
    // The radio sits in a centred holder: a bare one in a cell hugs the left edge.
    auto *holder = new QWidget;
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *radio = new QRadioButton(holder);
    radio->setObjectName(id.isEmpty() ? QStringLiteral("solve_base")
                                      : QStringLiteral("solve_") + id);
    radio->setToolTip(tr("Solve %1").arg(name));
    layout->addWidget(radio, 0, Qt::AlignCenter);
    m_solve->addButton(radio);
    connect(radio, &QRadioButton::toggled, this, [this, id](bool on) {
        if (on && !m_filling)
            emit solveRequested(id);
    });
    setItemWidget(item, SolveColumn, holder);
}

void ScenarioList::setActive(const QString &id)
{
    m_active = id;
    const bool filling = m_filling;
    m_filling = true;
    for (int row = 0; row < topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = topLevelItem(row);
        const bool active = item->data(NameColumn, Qt::UserRole).toString() == id;
        QFont f = font();
        f.setBold(active);
        for (int c = NameColumn; c < columnCount(); ++c)
            item->setFont(c, f);
        if (auto *radio = itemWidget(item, SolveColumn)->findChild<QRadioButton *>())
            radio->setChecked(active);
    }
    m_filling = filling;
}

void ScenarioList::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTreeWidget::closeEditor(editor, hint);
    if (m_skipped) {
        m_skipped = false;
        emit refreshWanted();
    }
}

QString ScenarioList::currentScenario() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void ScenarioList::setCurrentScenario(const QString &id)
{
    for (int row = 0; row < topLevelItemCount(); ++row) {
        if (topLevelItem(row)->data(NameColumn, Qt::UserRole).toString() == id) {
            setCurrentItem(topLevelItem(row));
            return;
        }
    }
}

void ScenarioList::editName()
{
    if (QTreeWidgetItem *item = currentItem(); item && !currentScenario().isEmpty())
        editItem(item, NameColumn);
}

void ScenarioList::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const QString id = item->data(NameColumn, Qt::UserRole).toString();
    if (id.isEmpty())
        return;
    if (column == NameColumn)
        emit renameRequested(id, item->text(NameColumn));
    else if (column == DescriptionColumn)
        emit describeRequested(id, item->text(DescriptionColumn));
}

} // namespace aif
