#pragma once

#include "diagnostic.h"
#include "json.h"
#include "project.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace aif {

// What the Scenarios panel asks of the model, kept free of widgets: names for new scenarios,
// the fields an override may set, a new override's starting value, and the checks validation
// makes on an override (checkWorkloads), worded in the user's units.
class ScenarioEdits
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioEdits)

public:
    // "Scenario N", N from the number of scenarios + 1 up to the first name not taken.
    static QString newName(const Project &project);
    // "Name (copy)", then "Name (copy 2)" ... : the first not taken.
    static QString copyName(const Project &project, const QString &name);

    // Fields an override may set on this kind: every editable one except the id and a
    // scenario's own override list.
    static std::vector<const PropertyInfo *> editableFields(const Project &project,
                                                            EntityKind kind);
    // The editable fields in the order a what-if most likely wants them: "failed" first, then
    // ratings and prices, then choices, then placement and references; never the name.
    static std::vector<const PropertyInfo *> likelyFields(const Project &project, EntityKind kind);
    // The field a new override starts on: the first of likelyFields.
    static const PropertyInfo *defaultField(const Project &project, EntityKind kind);
    // An override of `entityId` setting `key` (empty: the default field) to the entity's
    // current value, so a new row changes nothing until the user edits it. Null if no entity.
    static Json makeOverride(const Project &project, const std::string &entityId,
                             const std::string &key = {});

    // A new override of `entityId` for `overrides` (a scenario's list): the first of
    // likelyFields the list does not set yet for that item. Null if none is left.
    static Json nextOverride(const Project &project, const std::string &entityId,
                             const Json &overrides);

    // Why the override cannot apply, or empty: the rules of validation's checkWorkloads (the
    // item exists, the field is editable, the value has its type and range), with ranges in
    // the user's units rather than SI.
    static QString check(const Project &project, const Json &override, UnitSystem units);

    // What is wrong with each of the scenario's overrides ("" = fine): check() at once, then
    // whatever `validation` (validateProject's findings on this very project, or null) says
    // beyond it about the row.
    static QStringList overrideProblems(const Project &project, const std::string &scenarioId,
                                        const Diagnostics *validation, UnitSystem units);
    // The first thing wrong with the scenario ("Override 2: ..."), or empty.
    static QString scenarioProblem(const Project &project, const std::string &scenarioId,
                                   const Diagnostics *validation, UnitSystem units);

    // "CRAH-1 (crah-1): Failed (what-if) = yes", for tooltips and messages.
    static QString describe(const Project &project, const Json &override, UnitSystem units);

    // The scenario's overrides as stored (an empty array when there is no such scenario).
    static Json overridesOf(const Project &project, const std::string &scenarioId);
    // "Name (id)", or the id alone when the name is empty or the same.
    static QString entityLabel(const Project &project, EntityRef ref);
    // What a field is called on screen: its label (never the raw key unless it has none).
    static QString fieldLabel(const Project &project, const std::string &entityId,
                              const std::string &key);
};

} // namespace aif
