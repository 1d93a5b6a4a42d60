#include "scenariopanel.h"

#include "../selectionmodel.h"
#include "document.h"
#include "entitypicker.h"
#include "overridetable.h"
#include "scenarioedits.h"
#include "scenariolist.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace aif {

namespace {

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

ScenarioPanel::ScenarioPanel(Document *document, SelectionModel *selection, const Catalog *catalog,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_catalog(catalog)
    , m_entities(new EntityListModel(document, this))
    , m_refreshTimer(new QTimer(this))
    , m_validationTimer(new QTimer(this))
{
    setObjectName("scenarioPanel");
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildListSide());
    splitter->addWidget(buildOverrideSide());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ScenarioPanel::refresh);
    // As the studio does: validate 150 ms after a burst of edits, not on every one.
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(150);
    connect(m_validationTimer, &QTimer::timeout, this, &ScenarioPanel::validate);
    connect(document, &Document::changed, this, &ScenarioPanel::onDocumentChanged);
    connect(selection, &SelectionModel::selectionChanged, this, &ScenarioPanel::updateActions);
    refresh();
    m_validationTimer->start();
}

QWidget *ScenarioPanel::buildListSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *solveRow = new QHBoxLayout;
    auto *solveLabel = new QLabel(tr("Solve:"), side);
    m_solveCombo = new QComboBox(side);
    m_solveCombo->setObjectName("activeScenario");
    m_solveCombo->setToolTip(tr("The design or scenario the studio solves and shows results for"));
    m_solveCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    solveLabel->setBuddy(m_solveCombo);
    solveRow->addWidget(solveLabel);
    solveRow->addWidget(m_solveCombo, 1);
    layout->addLayout(solveRow);

    m_list = new ScenarioList(side);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_new = button(tr("New"), "newScenario",
                   tr("A new scenario: the current design with no overrides yet"), side);
    m_duplicate = button(tr("Duplicate"), "duplicateScenario",
                         tr("A copy of the scenario with its overrides"), side);
    m_rename
        = button(tr("Rename"), "renameScenario", tr("Rename the scenario in place (F2)"), side);
    m_delete = button(tr("Delete"), "deleteScenario",
                      tr("Delete the scenario (undo brings it back)"), side);
    for (QPushButton *b : {m_new, m_duplicate, m_rename, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_solveCombo, &QComboBox::activated, this,
            [this] { setActiveScenario(m_solveCombo->currentData().toString()); });
    connect(m_list, &ScenarioList::solveRequested, this, &ScenarioPanel::setActiveScenario);
    connect(m_list, &ScenarioList::currentScenarioChanged, this, [this] {
        if (m_refreshing)
            return;
        m_status->hide();
        refresh();
    });
    connect(m_list, &ScenarioList::renameRequested, this, &ScenarioPanel::renameScenario);
    connect(m_list, &ScenarioList::refreshWanted, this, &ScenarioPanel::scheduleRefresh);
    connect(m_list, &ScenarioList::describeRequested, this, &ScenarioPanel::describeScenario);
    // Delete on the list itself (not in an open name editor) deletes the scenario.
    auto *remove = new QAction(tr("Delete scenario"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, &ScenarioPanel::deleteScenario);
    connect(m_new, &QPushButton::clicked, this, &ScenarioPanel::newScenario);
    connect(m_duplicate, &QPushButton::clicked, this, &ScenarioPanel::duplicateScenario);
    connect(m_rename, &QPushButton::clicked, m_list, &ScenarioList::editName);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioPanel::deleteScenario);
    return side;
}

QWidget *ScenarioPanel::buildOverrideSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(side);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *descriptionRow = new QHBoxLayout;
    auto *descriptionLabel = new QLabel(tr("Description:"), side);
    m_description = new QLineEdit(side);
    m_description->setObjectName("scenarioDescription");
    m_description->setPlaceholderText(tr("What the scenario tests, in words"));
    descriptionLabel->setBuddy(m_description);
    descriptionRow->addWidget(descriptionLabel);
    descriptionRow->addWidget(m_description, 1);
    m_hint = new QLabel(side);
    m_hint->setWordWrap(true);
    m_hint->setObjectName("scenarioHint");
    m_table = new OverrideTable(m_document, m_catalog, m_entities, side);
    m_status = new QLabel(side);
    m_status->setObjectName("scenarioStatus");
    m_status->setWordWrap(true);
    m_status->setStyleSheet("color: #b00020;");
    m_status->hide();
    auto *buttons = new QHBoxLayout;
    m_addOverride = button(tr("Add override"), "addOverride",
                           tr("Add a row: pick the item, the field and its value"), side);
    m_addSelected = button(tr("Add selected item"), "addSelectedOverride", {}, side);
    m_removeOverride
        = button(tr("Remove override"), "removeOverride", tr("Remove the selected rows"), side);
    for (QPushButton *b : {m_addOverride, m_addSelected, m_removeOverride})
        buttons->addWidget(b);
    buttons->addStretch();

    layout->addWidget(m_title);
    layout->addLayout(descriptionRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        if (m_description->isModified())
            describeScenario(currentScenario(), m_description->text());
        m_description->setModified(false);
    });
    connect(m_table, &OverrideTable::rowEdited, this, &ScenarioPanel::editRow);
    connect(m_table, &OverrideTable::refused, this, &ScenarioPanel::refuse);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScenarioPanel::updateActions);
    auto *remove = new QAction(tr("Remove override"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut); // the table, not a cell's editor
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &ScenarioPanel::removeOverrides);
    connect(m_addOverride, &QPushButton::clicked, this, &ScenarioPanel::addOverride);
    connect(m_addSelected, &QPushButton::clicked, this, &ScenarioPanel::addSelectedOverride);
    connect(m_removeOverride, &QPushButton::clicked, this, &ScenarioPanel::removeOverrides);
    return side;
}

void ScenarioPanel::setActiveScenario(const QString &id)
{
    if (!id.isEmpty() && !m_document->project().get<Scenario>(id.toStdString()))
        return;
    if (id == m_active)
        return;
    m_active = id;
    const auto ref = m_document->project().find(id.toStdString());
    m_activeIndex = ref ? ref->index : -1;
    m_list->setActive(id);
    fillSolveCombo();
    emit activeScenarioChanged(id);
}

QString ScenarioPanel::currentScenario() const
{
    return m_list->currentScenario();
}

void ScenarioPanel::setCurrentScenario(const QString &id)
{
    m_list->setCurrentScenario(id);
}

void ScenarioPanel::updateActions()
{
    const Project &p = m_document->project();
    const bool scenario = p.get<Scenario>(currentScenario().toStdString()) != nullptr;
    m_duplicate->setEnabled(scenario);
    m_rename->setEnabled(scenario);
    m_delete->setEnabled(scenario);
    m_addOverride->setEnabled(scenario);
    m_removeOverride->setEnabled(scenario && !m_table->selectedOverrideRows().isEmpty());
    const auto ref = p.find(m_selection->current().toStdString());
    const bool item = ref && ref->kind != EntityKind::Scenario;
    m_addSelected->setEnabled(scenario && item);
    if (!item)
        m_addSelected->setToolTip(
            tr("Select an item (on the floor plan, in the outline ...) to add an override for it"));
    else if (m_selection->selected().size() > 1)
        m_addSelected->setToolTip(tr("Add an override for each of the %1 selected items")
                                      .arg(m_selection->selected().size()));
    else
        m_addSelected->setToolTip(
            tr("Add an override for %1").arg(ScenarioEdits::entityLabel(p, *ref)));
}

} // namespace aif
