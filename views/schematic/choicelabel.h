#pragma once

#include "inspector/propertyeditor.h"

#include <QString>

#include <string>

namespace aif {

// The words the model's field table gives a choice value (PowerNode "type" "rectifier" ->
// "800 VDC rectifier"), so the diagrams name things as the inspector does; the value itself
// when the table has no label for it.
template<class Entity> QString choiceLabel(const std::string &key, const std::string &value)
{
    for (const auto &field : Entity::fields())
        if (field.info.key == key)
            return PropertyEditor::choiceLabel(field.info, value);
    return QString::fromStdString(value);
}

} // namespace aif
