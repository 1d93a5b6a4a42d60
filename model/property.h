#pragma once

#include "entitykind.h"
#include "json.h"
#include "units.h"

#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace aif {

enum class PropType { Number, Integer, Text, Choice, Bool, Ref, RefList, CatalogRef, OverrideList };

// Describes one editable field of an entity: its file key, label, unit and valid range.
// The same table drives loading, saving, validation, the inspector and undo commands,
// so a field is declared exactly once (the entities' .cpp files hold the tables).
struct PropertyInfo
{
    std::string key;
    std::string label;
    PropType type = PropType::Number;
    Quantity quantity = Quantity::None;
    double min = -std::numeric_limits<double>::infinity(); // SI, inclusive
    double max = std::numeric_limits<double>::infinity();
    bool required = false;               // Ref/CatalogRef/Text: must be non-empty
    std::vector<std::string> choices;    // Choice
    std::vector<std::string> choiceLabels; // Choice: the words shown for each choice (same order)
    std::vector<EntityKind> refKinds;    // Ref/RefList: kinds a reference may point at
    std::string catalogCategory;         // CatalogRef: catalog category ("systems", "cooling" ...)
    std::string help;
    bool readOnly = false;               // id
};

// A field of entity type T: the description plus typed access through Json values.
template<class T>
struct Field
{
    PropertyInfo info;
    std::function<Json(const T &)> get;
    // Sets from a Json value already checked for the right JSON type by checkType().
    std::function<void(T &, const Json &)> set;

    // What the field means, in words (the inspector's tooltip; never the raw key):
    // number<Rack>(...).explain("...").
    Field explain(std::string text) &&
    {
        info.help = std::move(text);
        return std::move(*this);
    }
    // The words shown for a choice field's values, in the order of the choices.
    Field labels(std::vector<std::string> words) &&
    {
        info.choiceLabels = std::move(words);
        return std::move(*this);
    }
};

// Checks that a JSON value has the JSON type the property needs (not the range).
// Returns an empty string when fine, otherwise the reason.
std::string checkType(const PropertyInfo &info, const Json &value);
// Range, choice and required checks on a value of the right type. Empty when fine.
std::string checkValue(const PropertyInfo &info, const Json &value);

namespace fields {

inline PropertyInfo makeInfo(std::string key, std::string label, PropType type, Quantity q = Quantity::None,
                             double min = -std::numeric_limits<double>::infinity(),
                             double max = std::numeric_limits<double>::infinity())
{
    PropertyInfo i;
    i.key = std::move(key);
    i.label = std::move(label);
    i.type = type;
    i.quantity = q;
    i.min = min;
    i.max = max;
    return i;
}

template<class T>
Field<T> number(double T::*m, std::string key, std::string label, Quantity q, double min, double max,
                std::string help = {})
{
    PropertyInfo i = makeInfo(key, label, PropType::Number, q, min, max);
    i.help = std::move(help);
    return {i, [m](const T &e) { return Json(e.*m); }, [m](T &e, const Json &v) { e.*m = v.get<double>(); }};
}

template<class T>
Field<T> integer(int T::*m, std::string key, std::string label, int min, int max, std::string help = {})
{
    PropertyInfo i = makeInfo(key, label, PropType::Integer, Quantity::Count, double(min), double(max));
    i.help = std::move(help);
    return {i, [m](const T &e) { return Json(e.*m); }, [m](T &e, const Json &v) { e.*m = v.get<int>(); }};
}

template<class T>
Field<T> text(std::string T::*m, std::string key, std::string label, bool required = false)
{
    PropertyInfo i = makeInfo(key, label, PropType::Text);
    i.required = required;
    return {i, [m](const T &e) { return Json(e.*m); },
            [m](T &e, const Json &v) { e.*m = v.get<std::string>(); }};
}

template<class T>
Field<T> choice(std::string T::*m, std::string key, std::string label, std::vector<std::string> choices)
{
    PropertyInfo i = makeInfo(key, label, PropType::Choice);
    i.choices = std::move(choices);
    i.required = true;
    return {i, [m](const T &e) { return Json(e.*m); },
            [m](T &e, const Json &v) { e.*m = v.get<std::string>(); }};
}

template<class T>
Field<T> flag(bool T::*m, std::string key, std::string label)
{
    PropertyInfo i = makeInfo(key, label, PropType::Bool);
    return {i, [m](const T &e) { return Json(e.*m); }, [m](T &e, const Json &v) { e.*m = v.get<bool>(); }};
}

template<class T>
Field<T> ref(std::string T::*m, std::string key, std::string label, std::vector<EntityKind> kinds,
             bool required)
{
    PropertyInfo i = makeInfo(key, label, PropType::Ref);
    i.refKinds = std::move(kinds);
    i.required = required;
    return {i, [m](const T &e) { return Json(e.*m); },
            [m](T &e, const Json &v) { e.*m = v.get<std::string>(); }};
}

template<class T>
Field<T> refList(std::vector<std::string> T::*m, std::string key, std::string label,
                 std::vector<EntityKind> kinds)
{
    PropertyInfo i = makeInfo(key, label, PropType::RefList);
    i.refKinds = std::move(kinds);
    return {i, [m](const T &e) { return Json(e.*m); },
            [m](T &e, const Json &v) { e.*m = v.get<std::vector<std::string>>(); }};
}

template<class T>
Field<T> catalogRef(std::string T::*m, std::string key, std::string label, std::string category,
                    bool required)
{
    PropertyInfo i = makeInfo(key, label, PropType::CatalogRef);
    i.catalogCategory = std::move(category);
    i.required = required;
    return {i, [m](const T &e) { return Json(e.*m); },
            [m](T &e, const Json &v) { e.*m = v.get<std::string>(); }};
}

} // namespace fields
} // namespace aif
