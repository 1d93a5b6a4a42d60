#include "property.h"

#include <cmath>
#include <sstream>

namespace aif {

namespace {
std::string shortest(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}
} // namespace

std::string checkType(const PropertyInfo &info, const Json &value)
{
    switch (info.type) {
    case PropType::Number:
        if (!value.is_number())
            return "expected a number (" + units::siSymbol(info.quantity).toStdString() + ")";
        return {};
    case PropType::Integer:
        if (!value.is_number_integer())
            return "expected an integer";
        // Range-checked before any conversion to int: llabs(INT64_MIN) overflows, and a value
        // that does not fit would wrap (-9223372036854775808 became 0).
        if (value.is_number_unsigned())
            return value.get<unsigned long long>() > 2147483647ull ? "integer out of range" : "";
        if (const long long v = value.get<long long>(); v < -2147483647ll - 1 || v > 2147483647ll)
            return "integer out of range";
        return {};
    case PropType::Bool:
        return value.is_boolean() ? std::string() : std::string("expected true or false");
    case PropType::Text:
    case PropType::Choice:
    case PropType::Ref:
    case PropType::CatalogRef:
        return value.is_string() ? std::string() : std::string("expected a string");
    case PropType::RefList:
        if (!value.is_array())
            return "expected an array of ids";
        for (const Json &v : value) {
            if (!v.is_string())
                return "expected an array of ids (strings)";
        }
        return {};
    case PropType::OverrideList:
        if (!value.is_array())
            return "expected an array of {entity, property, value}";
        for (const Json &o : value) {
            if (!o.is_object() || !o.contains("entity") || !o["entity"].is_string()
                || !o.contains("property") || !o["property"].is_string() || !o.contains("value"))
                return "each override needs string 'entity', string 'property' and a 'value'";
        }
        return {};
    }
    return {};
}

std::string checkValue(const PropertyInfo &info, const Json &value)
{
    if (info.type == PropType::Number || info.type == PropType::Integer) {
        const double v = value.get<double>();
        if (!std::isfinite(v))
            return "must be a finite number";
        if (v < info.min || v > info.max) {
            const std::string unit = units::siSymbol(info.quantity).toStdString();
            std::string range = "[" + shortest(info.min) + ", " + shortest(info.max) + "]";
            if (std::isinf(info.max))
                range = ">= " + shortest(info.min);
            else if (std::isinf(info.min))
                range = "<= " + shortest(info.max);
            return shortest(v) + (unit.empty() ? "" : " " + unit) + " is out of range " + range;
        }
        return {};
    }
    if (info.type == PropType::Choice) {
        const std::string s = value.get<std::string>();
        for (const std::string &c : info.choices) {
            if (c == s)
                return {};
        }
        std::string all;
        for (const std::string &c : info.choices)
            all += (all.empty() ? "" : ", ") + c;
        return "'" + s + "' is not one of: " + all;
    }
    if (info.required && (info.type == PropType::Ref || info.type == PropType::CatalogRef
                          || info.type == PropType::Text)) {
        if (value.get<std::string>().empty())
            return "is required";
    }
    return {};
}

} // namespace aif
