#pragma once

#include "json.h"
#include "property.h"

#include <QWidget>

#include <functional>

namespace aif {

class Catalog;
class Project;

// Builds the editor widget for one property (spin box with the display unit, combo for
// choices, references and catalog entries, check box, line edit) and converts between the
// SI value and what the user sees and types.
class PropertyEditor
{
public:
    using Commit = std::function<void(const Json &value)>;
    using Refuse = std::function<void(const QString &reason)>;

    // `value` is the current SI value; `commit` is called with the new SI value on edit. A number
    // typed outside the field's valid range is refused at entry: `refuse` gets the reason in the
    // user's units (without it, the value goes to `commit` and the Document refuses it).
    static QWidget *create(const PropertyInfo &info, const Json &value, const Project &project,
                           const Catalog *catalog, UnitSystem units, Commit commit, QWidget *parent,
                           Refuse refuse = nullptr);
    // The valid range in the user's units ("0.30 – 3.00 m", "≥ 0.0 kW"), empty when unbounded.
    static QString rangeText(const PropertyInfo &info, UnitSystem units);
    // What a field means and its valid range, for tooltips (never the raw key).
    static QString toolTip(const PropertyInfo &info, UnitSystem units);
    // The words shown for a choice value.
    static QString choiceLabel(const PropertyInfo &info, const std::string &value);
};

} // namespace aif
