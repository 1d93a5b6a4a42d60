#pragma once

#include "../property.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace aif {

// What every entity has: a stable id (unique in the project, never reused for something else)
// and a display name.
struct EntityBase
{
    std::string id;
    std::string name;
};

// Prepends the id and name fields every kind shares.
template<class T>
std::vector<Field<T>> withBaseFields(std::vector<Field<T>> own)
{
    Field<T> id = fields::text<T>(&T::id, "id", QT_TRANSLATE_NOOP("aif::Field", "Id"), true);
    id.info.readOnly = true;
    id.info.help = QT_TRANSLATE_NOOP(
        "aif::Field", "Stable identifier other items refer to; renaming it updates every reference.");
    Field<T> name = fields::text<T>(&T::name, "name", QT_TRANSLATE_NOOP("aif::Field", "Name"));
    name.info.help = QT_TRANSLATE_NOOP("aif::Field", "Name shown on the plan, in lists and in reports.");
    std::vector<Field<T>> all{id, name};
    for (Field<T> &f : own)
        all.push_back(std::move(f));
    return all;
}

// Equipment rotations are multiples of 90° on the plan.
inline constexpr double kMaxRotationDeg = 359.0;

} // namespace aif
