// The Scenarios panel's edits: scenarios (new, duplicate, rename, describe, delete) and their
// overrides (add, add the selected items, change a row, remove). Each is one undo step.
#include "scenariopanel.h"

#include "../selectionmodel.h"
#include "document.h"
#include "overridetable.h"
#include "scenarioedits.h"
#include "scenariolist.h"

#include <QLabel>

#include <algorithm>

namespace aif {

namespace {
// More rows than anyone reads in one table; a bigger selection is a mistake, not a what-if.
constexpr int kMaxAddedAtOnce = 200;
} // namespace

void ScenarioPanel::newScenario()
{
    const Project &p = m_document->project();
    const Json scenario {{"id", p.newId(EntityKind::Scenario)},
                         {"name", ScenarioEdits::newName(p).toStdString()},
                         {"description", ""},
                         {"overrides", Json::array()}};
    std::string error;
    const std::string id = m_document->addEntity(EntityKind::Scenario, scenario, &error);
    if (id.empty())
        return refuse(QString::fromStdString(error));
    m_list->setCurrentScenario(QString::fromStdString(id));
}

void ScenarioPanel::duplicateScenario()
{
    const Project &p = m_document->project();
    const auto ref = p.find(currentScenario().toStdString());
    if (!ref || ref->kind != EntityKind::Scenario)
        return;
    Json scenario = p.toJson(*ref);
    scenario["id"] = p.newId(EntityKind::Scenario);
    scenario["name"]
        = ScenarioEdits::copyName(p, QString::fromStdString(p.nameOf(*ref))).toStdString();
    std::string error;
    const std::string id = m_document->addEntity(EntityKind::Scenario, scenario, &error);
    if (id.empty())
        return refuse(QString::fromStdString(error));
    m_list->setCurrentScenario(QString::fromStdString(id));
}

void ScenarioPanel::deleteScenario()
{
    const QString id = currentScenario();
    if (!m_document->project().get<Scenario>(id.toStdString()))
        return;
    // No confirmation: undo brings it back, overrides and all.
    m_document->removeEntities({id.toStdString()});
}

void ScenarioPanel::renameScenario(const QString &id, const QString &name)
{
    const Scenario *s = m_document->project().get<Scenario>(id.toStdString());
    if (!s)
        return;
    const QString trimmed = name.trimmed();
    if (trimmed.toStdString() == s->name) {
        m_list->invalidate(); // e.g. only spaces were added: show the name that stands
        scheduleRefresh();
        return;
    }
    if (trimmed.isEmpty()) {
        refuse(tr("A scenario needs a name."));
        m_list->invalidate();
        scheduleRefresh();
        return;
    }
    // A batch of one, so two renames in a row stay two undo steps (a plain property edit merges
    // with the next edit of the same property).
    m_editing = true;
    m_document->beginBatch(
        tr("Rename scenario %1 to %2").arg(QString::fromStdString(s->name), trimmed));
    const std::string error
        = m_document->editProperty(id.toStdString(), "name", Json(trimmed.toStdString()));
    m_document->endBatch();
    m_editing = false;
    if (!error.empty()) {
        refuse(QString::fromStdString(error));
        m_list->invalidate();
        scheduleRefresh();
    }
}

void ScenarioPanel::describeScenario(const QString &id, const QString &description)
{
    const Scenario *s = m_document->project().get<Scenario>(id.toStdString());
    if (!s || description.trimmed().toStdString() == s->description)
        return;
    m_editing = true;
    m_document->beginBatch(tr("Describe scenario %1").arg(QString::fromStdString(s->name)));
    m_document->editProperty(id.toStdString(), "description",
                             Json(description.trimmed().toStdString()));
    m_document->endBatch();
    m_editing = false;
}

void ScenarioPanel::addOverride()
{
    const Project &p = m_document->project();
    const QString scenario = currentScenario();
    if (!p.get<Scenario>(scenario.toStdString()))
        return;
    Json list = ScenarioEdits::overridesOf(p, scenario.toStdString());
    // Another field of the item on the current row; else the selected item; else the economics
    // (tariffs are the most common what-if that names no equipment).
    std::vector<std::string> candidates;
    if (const QList<int> rows = m_table->selectedOverrideRows();
        !rows.isEmpty() && rows.last() < int(list.size()))
        candidates.push_back(list[size_t(rows.last())].value("entity", std::string()));
    for (const QString &id : m_selection->selected())
        candidates.push_back(id.toStdString());
    candidates.push_back(p.idOf({EntityKind::Economics, 0}));
    candidates.push_back(p.idOf({EntityKind::Site, 0}));
    Json added;
    for (const std::string &id : candidates) {
        const auto ref = p.find(id);
        if (ref && ref->kind != EntityKind::Scenario
            && (added = ScenarioEdits::nextOverride(p, id, list)).is_object())
            break;
    }
    if (!added.is_object())
        return refuse(tr("Every field of these items already has an override."));
    list.push_back(added);
    if (writeOverrides(scenario, list, tr("Add override to %1")))
        m_table->focusItem(m_table->rowCount() - 1);
}

void ScenarioPanel::addSelectedOverride()
{
    const Project &p = m_document->project();
    const QString scenario = currentScenario();
    if (!p.get<Scenario>(scenario.toStdString()))
        return;
    if (m_selection->selected().size() > kMaxAddedAtOnce)
        return refuse(tr("%1 items are selected; add overrides for at most %2 at once.")
                          .arg(m_selection->selected().size())
                          .arg(kMaxAddedAtOnce));
    Json list = ScenarioEdits::overridesOf(p, scenario.toStdString());
    const size_t before = list.size();
    for (const QString &id : m_selection->selected()) {
        const auto ref = p.find(id.toStdString());
        if (!ref || ref->kind == EntityKind::Scenario)
            continue;
        if (Json o = ScenarioEdits::nextOverride(p, id.toStdString(), list); o.is_object())
            list.push_back(o);
    }
    if (list.size() == before)
        return refuse(tr("Nothing to add: select an item that has fields left to override."));
    const QString what
        = list.size() - before == 1 ? tr("Add override to %1") : tr("Add overrides to %1");
    if (writeOverrides(scenario, list, what)) {
        // The value is what the user came to change (failed: one click on its check box).
        m_table->selectOverrideRow(m_table->rowCount() - 1);
        m_table->scrollToBottom();
    }
}

void ScenarioPanel::removeOverrides()
{
    const QString scenario = currentScenario();
    Json list = ScenarioEdits::overridesOf(m_document->project(), scenario.toStdString());
    const QList<int> rows = m_table->selectedOverrideRows();
    if (rows.isEmpty() || list.empty())
        return;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (*it < int(list.size()))
            list.erase(list.begin() + *it);
    }
    const QString what
        = rows.size() == 1 ? tr("Remove override from %1") : tr("Remove overrides from %1");
    if (writeOverrides(scenario, list, what) && m_table->rowCount() > 0)
        m_table->selectOverrideRow(std::min(rows.first(), m_table->rowCount() - 1));
}

void ScenarioPanel::editRow(int row, const Json &override, const QString &what)
{
    if (m_refreshing)
        return; // an editor losing its focus while the table is rebuilt
    const Project &p = m_document->project();
    const QString scenario = currentScenario();
    Json list = ScenarioEdits::overridesOf(p, scenario.toStdString());
    if (row < 0 || row >= int(list.size()) || list != m_table->overrides())
        return scheduleRefresh(); // the table is behind the document: show what stands
    if (const QString problem = ScenarioEdits::check(p, override, units::currentSystem());
        !problem.isEmpty()) {
        const auto target = p.find(override.value("entity", std::string()));
        const QString item = target
            ? ScenarioEdits::entityLabel(p, *target)
            : QString::fromStdString(override.value("entity", std::string()));
        const QString field = ScenarioEdits::fieldLabel(p, override.value("entity", std::string()),
                                                        override.value("property", std::string()));
        refuse(tr("%1, %2: %3").arg(item, field, problem));
        m_tableStale = true; // the editor shows the refused value; put back the one that stands
        return scheduleRefresh();
    }
    list[size_t(row)] = override;
    m_editing = true;
    writeOverrides(scenario, list, tr("%1 in %2").arg(what)); // %2: the scenario's name
    m_editing = false;
}

// `what` names the undo step, with %1 standing for the scenario's name.
bool ScenarioPanel::writeOverrides(const QString &scenario, const Json &overrides,
                                   const QString &what)
{
    const Scenario *s = m_document->project().get<Scenario>(scenario.toStdString());
    if (!s)
        return false;
    // One editProperty call for the whole list = one undo step. Inside a batch of its own, so
    // an added row and its first change stay two steps (plain property edits merge).
    m_document->beginBatch(what.arg(QString::fromStdString(s->name)));
    const std::string error
        = m_document->editProperty(scenario.toStdString(), "overrides", overrides);
    m_document->endBatch();
    if (!error.empty()) {
        refuse(QString::fromStdString(error));
        m_tableStale = true;
        scheduleRefresh();
        return false;
    }
    m_status->hide();
    return true;
}

void ScenarioPanel::refuse(const QString &message)
{
    m_status->setText(message);
    m_status->show();
    emit editRefused(message);
}

} // namespace aif
