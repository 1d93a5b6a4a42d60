// The Scenarios panel keeping in step with the document: the solved scenario follows a rename
// and falls back to the base design when it goes away; refreshes keep the user's row and
// leave the editors alone when nothing they show changed; validation findings per row.
#include "scenariopanel.h"

#include "document.h"
#include "overridetable.h"
#include "scenarioedits.h"
#include "scenariolist.h"
#include "validation.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>

namespace aif {

void ScenarioPanel::onDocumentChanged(const ChangeEvent &event)
{
    const Project &p = m_document->project();
    QString active = m_active;
    if (event.type == ChangeEvent::Type::Reset)
        active.clear(); // a new or reverted project starts from the base design
    else if (!active.isEmpty() && !p.get<Scenario>(active.toStdString()))
        active = renamedActive(event); // its id renamed: follow it; deleted: the base design
    const bool moved = active != m_active;
    if (moved) {
        m_active = active;
        m_list->setActive(active);
    }
    const auto ref = p.find(m_active.toStdString());
    m_activeIndex = ref ? ref->index : -1;
    // Items added, removed or renamed change the pickers' words and the rows' problems.
    if (event.type != ChangeEvent::Type::PropertyChanged || event.property == "name"
        || event.property == "id")
        m_tableStale = true;
    m_validationTimer->start();
    if (m_editing)
        scheduleRefresh();
    else
        refresh();
    if (moved)
        emit activeScenarioChanged(m_active);
}

QString ScenarioPanel::renamedActive(const ChangeEvent &event) const
{
    // A rename (the inspector edits scenario ids too) keeps the scenario at its place in the
    // list and names its new id in the event; anything else means it is gone.
    const Project &p = m_document->project();
    if (event.type != ChangeEvent::Type::PropertyChanged && event.type != ChangeEvent::Type::Batch)
        return {};
    if (m_activeIndex < 0 || size_t(m_activeIndex) >= p.scenarios.size())
        return {};
    const std::string &id = p.scenarios[size_t(m_activeIndex)].id;
    const bool named = std::find(event.ids.begin(), event.ids.end(), id) != event.ids.end();
    return named ? QString::fromStdString(id) : QString();
}

void ScenarioPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ScenarioPanel::refresh()
{
    m_refreshTimer->stop();
    m_refreshing = true;
    m_list->setScenarios(m_document->project(), scenarioProblems());
    m_list->setActive(m_active);
    fillSolveCombo();
    refreshTable(m_list->currentScenario());
    m_refreshing = false;
    updateActions();
}

void ScenarioPanel::refreshTable(const QString &scenario)
{
    const Project &p = m_document->project();
    const Scenario *s = p.get<Scenario>(scenario.toStdString());
    const Json overrides = ScenarioEdits::overridesOf(p, scenario.toStdString());
    const UnitSystem units = units::currentSystem();
    if (m_tableStale || scenario != m_shownScenario || units != m_shownUnits
        || overrides != m_table->overrides()) {
        // Keep the user's place: the row, and the column whose editor had the focus.
        const bool same = scenario == m_shownScenario;
        int row = m_table->currentRow();
        int column = -1;
        const QWidget *focus = QApplication::focusWidget();
        for (int c = 0; focus && row >= 0 && c < m_table->columnCount(); ++c) {
            const QWidget *w = m_table->cellWidget(row, c);
            if (w && (w == focus || w->isAncestorOf(focus)))
                column = c;
        }
        m_table->setOverrides(overrides, units);
        m_shownScenario = scenario;
        m_shownUnits = units;
        m_tableStale = false;
        if (same && row >= 0 && m_table->rowCount() > 0) {
            row = std::min(row, m_table->rowCount() - 1);
            m_table->selectOverrideRow(row, column);
        }
    }
    m_table->setProblems(
        ScenarioEdits::overrideProblems(p, scenario.toStdString(), freshValidation(), units));
    m_title->setText(s ? tr("Overrides of %1").arg(QString::fromStdString(s->name))
                       : tr("Base design"));
    if (!m_description->hasFocus() || !s) {
        m_description->setText(s ? QString::fromStdString(s->description) : QString());
        m_description->setModified(false);
    }
    m_description->setEnabled(s);
    if (!s)
        m_hint->setText(
            tr("The base design is the project as drawn. Pick a scenario, or create one with New, "
               "to try a what-if without editing the design."));
    else if (overrides.empty())
        m_hint->setText(
            tr("No overrides yet: this scenario solves the design as drawn. Add one with "
               "Add override, or select an item (a CDU on the floor plan, say) and click "
               "Add selected item."));
    m_hint->setVisible(!s || overrides.empty());
}

void ScenarioPanel::fillSolveCombo()
{
    const Project &p = m_document->project();
    QStringList ids {QString()}, names {tr("Base design")};
    for (const Scenario &s : p.scenarios) {
        ids << QString::fromStdString(s.id);
        names << QString::fromStdString(s.name);
    }
    QStringList shownIds, shownNames;
    for (int i = 0; i < m_solveCombo->count(); ++i) {
        shownIds << m_solveCombo->itemData(i).toString();
        shownNames << m_solveCombo->itemText(i);
    }
    const QSignalBlocker block(m_solveCombo);
    if (ids != shownIds || names != shownNames) {
        m_solveCombo->clear();
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_solveCombo->addItem(names[i], ids[i]);
    }
    m_solveCombo->setCurrentIndex(std::max(0, m_solveCombo->findData(m_active)));
}

void ScenarioPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_validateOnShow)
        m_validationTimer->start();
}

void ScenarioPanel::validate()
{
    // The studio validates for the issues panel too; a hidden dock need not repeat it.
    if (!isVisible()) {
        m_validateOnShow = true;
        return;
    }
    m_validateOnShow = false;
    m_diagnostics = validateProject(m_document->project(), m_catalog);
    m_diagnosticsRevision = m_document->revision();
    scheduleRefresh();
}

QHash<QString, QString> ScenarioPanel::scenarioProblems() const
{
    const Project &p = m_document->project();
    QHash<QString, QString> problems;
    for (const Scenario &s : p.scenarios) {
        if (QString e
            = ScenarioEdits::scenarioProblem(p, s.id, freshValidation(), units::currentSystem());
            !e.isEmpty())
            problems.insert(QString::fromStdString(s.id), e);
    }
    return problems;
}

const Diagnostics *ScenarioPanel::freshValidation() const
{
    return m_diagnosticsRevision == m_document->revision() ? &m_diagnostics : nullptr;
}

} // namespace aif
