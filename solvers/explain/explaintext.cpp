// The explanation as plain text (`aif explain` without --json; tooltips).
#include "explain.h"

#include <cmath>
#include <cstdio>

namespace aif::explain {

namespace {

// Six significant digits; large counts (tokens per year, dollars) without an exponent.
std::string number(double v)
{
    char buf[64];
    if (std::abs(v) >= 1e6 && std::abs(v) < 1e18)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

std::string withUnit(double v, const std::string &unit)
{
    return number(v) + (unit.empty() ? "" : " " + unit);
}

} // namespace

std::string explanationText(const Explanation &e)
{
    if (!e.ok)
        return e.error + "\n";
    std::string t = e.title + " = " + withUnit(e.value, e.unit) + "   [" + e.pointer + "]\n";
    t += "  " + e.definition + "\n";
    t += "  Formula: " + e.formula + "\n";
    if (!e.reference.empty())
        t += "  Reference: " + e.reference + "\n";
    t += "  Inputs:\n";
    for (const Input &in : e.inputs) {
        std::string where = in.pointer.empty() ? in.source : in.pointer + "; " + in.source;
        if (!in.catalog.empty())
            where = "catalog " + in.catalog + ": " + where;
        t += "    " + in.name + " = " + withUnit(in.value, in.unit) + "  (" + where + ")\n";
    }
    if (const std::optional<double> r = recompute(e))
        t += "  Recomputed from the inputs: " + withUnit(*r, e.unit) + "\n";
    if (!e.entities.empty()) {
        t += "  Depends on: ";
        const size_t shown = std::min<size_t>(e.entities.size(), 20);
        for (size_t i = 0; i < shown; ++i)
            t += (i ? ", " : "") + e.entities[i];
        if (shown < e.entities.size())
            t += " and " + std::to_string(e.entities.size() - shown) + " more";
        t += "\n";
    }
    return t;
}

} // namespace aif::explain
