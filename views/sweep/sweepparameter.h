#pragma once

// One swept field as the studio's sweep editor holds it: an item (or every item of a kind), a
// field of the kind's table (the inspector's labels and units) and the values it takes, in SI.
// Free of widgets: the editor, the panel and the test use the same conversions.
#include "json.h"
#include "project.h"
#include "sweep/sweepspec.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace aif {

struct SweepParameter
{
    EntityKind kind = EntityKind::Economics;
    std::vector<std::string> ids;   // the item, or every item of the kind (allOfKind)
    bool allOfKind = false;
    std::string key;                // the field (PropertyInfo::key)
    std::vector<Json> values;       // SI, typed as the file stores the field
};

class SweepParameters
{
    Q_DECLARE_TR_FUNCTIONS(SweepParameters)

public:
    // Fields a sweep can move: numbers, integers, choices and flags that are not read-only.
    static bool sweepable(const PropertyInfo &info);
    static std::vector<const PropertyInfo *> sweepableFields(const Project &project, EntityKind kind);

    // "CRAH 1 (crah-1): Supply air temperature", "All air units: Supply air temperature".
    static QString label(const Project &project, const SweepParameter &parameter);
    // One value as the inspector shows it: "24.0 °C", "yes", a choice's words.
    static QString valueText(const PropertyInfo &info, const Json &value, UnitSystem units);
    static QString valuesText(const PropertyInfo &info, const std::vector<Json> &values, UnitSystem units);

    // "v1, v2, ..." in the user's units -> SI values of the field's JSON type. Choices take
    // their keys or their words, flags yes/no/true/false. False with the reason (in the user's
    // units) for a value of the wrong kind or outside the field's range.
    static bool parseValues(const PropertyInfo &info, const QString &text, UnitSystem units,
                            std::vector<Json> *values, QString *error);
    // `steps` evenly spaced values from..to (inclusive) as "v1, v2, ..." text.
    static QString rangeText(double from, double to, int steps, int decimals);

    // "/racks/3/supplyTempC": where the field is in the project file (singletons have no index).
    static std::string pointer(const Project &project, const std::string &id, const std::string &key);

    // The sweep of the design as it is now (its file JSON), one set per parameter (linked
    // pointers for "all of this kind"). False with the reason when a set does not check.
    static bool makeSpec(const Project &project, const std::vector<SweepParameter> &parameters,
                         sweep::SweepSpec *spec, QString *error);

    // A case's values as scenario overrides [{"entity", "property", "value"}, ...].
    static Json overrides(const std::vector<SweepParameter> &parameters, const std::vector<int> &choice);

    // What an objective is called on screen: its key figure's label ("Capex"), else the name.
    static QString objectiveLabel(const std::string &name);

    // The index of the value nearest the design's own (the first item's): the tornado's base.
    static int baseIndex(const Project &project, const SweepParameter &parameter);
};

} // namespace aif
