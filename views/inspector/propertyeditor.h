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

    // `value` is the current SI value; `commit` is called with the new SI value on edit.
    static QWidget *create(const PropertyInfo &info, const Json &value, const Project &project,
                           const Catalog *catalog, UnitSystem units, Commit commit, QWidget *parent);
};

} // namespace aif
