#include "scenarioedits.h"

#include "inspector/propertyeditor.h"
#include "fieldtext.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace aif {

namespace {

QSet<QString> scenarioNames(const Project &project)
{
    QSet<QString> names;
    for (const Scenario &s : project.scenarios)
        names.insert(QString::fromStdString(s.name));
    return names;
}

// The JSON pointer of a scenario ("/scenarios/2"), as validation words its findings.
std::string scenarioPointer(const Project &project, const std::string &scenarioId)
{
    const auto ref = project.find(scenarioId);
    return ref && ref->kind == EntityKind::Scenario ? "/scenarios/" + std::to_string(ref->index)
                                                    : std::string();
}

QString findingUnder(const Diagnostics *validation, const std::string &pointer)
{
    if (pointer.empty())
        return {};
    for (const Diagnostic &d : validation ? *validation : Diagnostics()) {
        if (d.pointer == pointer || d.pointer.starts_with(pointer + "/"))
            return QString::fromStdString(d.message);
    }
    return {};
}

} // namespace

QString ScenarioEdits::newName(const Project &project)
{
    const QSet<QString> taken = scenarioNames(project);
    for (int n = int(project.scenarios.size()) + 1;; ++n) {
        const QString name = tr("Scenario %1").arg(n);
        if (!taken.contains(name))
            return name;
    }
}

QString ScenarioEdits::copyName(const Project &project, const QString &name)
{
    const QSet<QString> taken = scenarioNames(project);
    QString copy = tr("%1 (copy)").arg(name);
    for (int n = 2; taken.contains(copy); ++n)
        copy = tr("%1 (copy %2)").arg(name).arg(n);
    return copy;
}

std::vector<const PropertyInfo *> ScenarioEdits::editableFields(const Project &project,
                                                                EntityKind kind)
{
    std::vector<const PropertyInfo *> fields;
    for (const PropertyInfo &info : project.properties(kind)) {
        if (!info.readOnly && info.key != "id" && info.type != PropType::OverrideList)
            fields.push_back(&info);
    }
    return fields;
}

const PropertyInfo *ScenarioEdits::defaultField(const Project &project, EntityKind kind)
{
    const std::vector<const PropertyInfo *> fields = likelyFields(project, kind);
    return fields.empty() ? nullptr : fields.front();
}

std::vector<const PropertyInfo *> ScenarioEdits::likelyFields(const Project &project,
                                                              EntityKind kind)
{
    // What-ifs take equipment out or change a rating or a price; moving or resizing things and
    // rewiring references are design edits, so those come last, and the name never.
    auto rank = [](const PropertyInfo *info) {
        if (info->key == "failed")
            return 0;
        const bool number = info->type == PropType::Number || info->type == PropType::Integer;
        const bool placement
            = info->quantity == Quantity::Length || info->quantity == Quantity::Angle;
        if (number && !placement)
            return 1;
        if (info->type == PropType::Bool || info->type == PropType::Choice)
            return 2;
        return number ? 3 : 4;
    };
    std::vector<const PropertyInfo *> fields;
    for (const PropertyInfo *info : editableFields(project, kind)) {
        if (info->key != "name")
            fields.push_back(info);
    }
    std::stable_sort(
        fields.begin(), fields.end(),
        [&](const PropertyInfo *a, const PropertyInfo *b) { return rank(a) < rank(b); });
    return fields;
}

Json ScenarioEdits::makeOverride(const Project &project, const std::string &entityId,
                                 const std::string &key)
{
    const auto ref = project.find(entityId);
    if (!ref)
        return {};
    const PropertyInfo *info
        = key.empty() ? defaultField(project, ref->kind) : project.property(ref->kind, key);
    if (!info)
        return {};
    return Json {
        {"entity", entityId}, {"property", info->key}, {"value", project.value(*ref, info->key)}};
}

Json ScenarioEdits::nextOverride(const Project &project, const std::string &entityId,
                                 const Json &overrides)
{
    const auto ref = project.find(entityId);
    if (!ref)
        return {};
    for (const PropertyInfo *info : likelyFields(project, ref->kind)) {
        bool taken = false;
        for (const Json &o : overrides) {
            taken = taken
                || (o.value("entity", std::string()) == entityId
                    && o.value("property", std::string()) == info->key);
        }
        if (!taken)
            return makeOverride(project, entityId, info->key);
    }
    return {};
}

QString ScenarioEdits::check(const Project &project, const Json &override, UnitSystem units)
{
    if (!override.is_object() || !override.contains("entity") || !override["entity"].is_string()
        || !override.contains("property") || !override["property"].is_string()
        || !override.contains("value"))
        return tr("an override needs an item, a field and a value");
    const std::string entity = override["entity"].get<std::string>();
    const std::string key = override["property"].get<std::string>();
    const auto ref = project.find(entity);
    if (!ref)
        return tr("no item with id '%1' (deleted or renamed?)").arg(QString::fromStdString(entity));
    const PropertyInfo *info = project.property(ref->kind, key);
    if (!info || info->readOnly || info->type == PropType::OverrideList)
        return tr("%1 has no editable field '%2'")
            .arg(entityLabel(project, *ref), QString::fromStdString(key));
    const Json &value = override["value"];
    if (const std::string e = checkType(*info, value); !e.empty())
        return QString::fromStdString(e);
    const std::string e = checkValue(*info, value);
    if (e.empty())
        return {};
    const bool numeric = info->type == PropType::Number || info->type == PropType::Integer;
    if (!numeric || !std::isfinite(value.get<double>()))
        return QString::fromStdString(e);
    // The model words ranges in SI; the user typed in their own units, so answer in those.
    return tr("%1 is outside the valid range %2")
        .arg(units::format(value.get<double>(), info->quantity, units), PropertyEditor::rangeText(*info, units));
}

QStringList ScenarioEdits::overrideProblems(const Project &project, const std::string &scenarioId,
                                            const Diagnostics *validation, UnitSystem units)
{
    const std::string pointer = scenarioPointer(project, scenarioId);
    QStringList problems;
    if (pointer.empty())
        return problems;
    const Json overrides = overridesOf(project, scenarioId);
    for (size_t k = 0; k < overrides.size(); ++k) {
        QString e = check(project, overrides[k], units);
        if (e.isEmpty())
            e = findingUnder(validation, pointer + "/overrides/" + std::to_string(k));
        problems << e;
    }
    return problems;
}

QString ScenarioEdits::scenarioProblem(const Project &project, const std::string &scenarioId,
                                       const Diagnostics *validation, UnitSystem units)
{
    const QStringList rows = overrideProblems(project, scenarioId, validation, units);
    for (qsizetype k = 0; k < rows.size(); ++k) {
        if (!rows[k].isEmpty())
            return tr("Override %1: %2").arg(k + 1).arg(rows[k]);
    }
    return findingUnder(validation, scenarioPointer(project, scenarioId));
}

QString ScenarioEdits::describe(const Project &project, const Json &override, UnitSystem units)
{
    const std::string entity = override.value("entity", std::string());
    const std::string key = override.value("property", std::string());
    const auto ref = project.find(entity);
    const PropertyInfo *info = ref ? project.property(ref->kind, key) : nullptr;
    const Json value = override.contains("value") ? override["value"] : Json();
    QString shown = QString::fromStdString(value.dump());
    if (info && value.is_boolean())
        shown = value.get<bool>() ? tr("yes") : tr("no");
    else if (info && value.is_number() && info->type == PropType::Number)
        shown = units::format(value.get<double>(), info->quantity, units);
    else if (value.is_string())
        shown = QString::fromStdString(value.get<std::string>());
    const QString item = ref ? entityLabel(project, *ref) : QString::fromStdString(entity);
    return tr("%1: %2 = %3").arg(item, fieldLabel(project, entity, key), shown);
}

Json ScenarioEdits::overridesOf(const Project &project, const std::string &scenarioId)
{
    const Scenario *s = project.get<Scenario>(scenarioId);
    return s ? project.value(*project.find(scenarioId), "overrides") : Json::array();
}

QString ScenarioEdits::entityLabel(const Project &project, EntityRef ref)
{
    const QString id = QString::fromStdString(project.idOf(ref));
    const QString name = QString::fromStdString(project.nameOf(ref));
    return name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id);
}

QString ScenarioEdits::fieldLabel(const Project &project, const std::string &entityId,
                                  const std::string &key)
{
    const auto ref = project.find(entityId);
    const PropertyInfo *info = ref ? project.property(ref->kind, key) : nullptr;
    return info && !info->label.empty() ? aif::fieldLabel(*info)
                                        : QString::fromStdString(key);
}

} // namespace aif
