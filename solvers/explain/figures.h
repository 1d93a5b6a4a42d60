#pragma once

// Inside the explain module: the context a figure's explainer reads and the helpers that add
// inputs with their sources. Not for use outside solvers/explain.
#include "explain.h"

#include <string>
#include <vector>

namespace aif {
struct CatalogEntry;
}

namespace aif::explain::detail {

// The value at an RFC 6901 pointer, or null when the pointer is malformed or absent.
const Json *jsonAt(const Json &result, const std::string &pointer);

struct Context
{
    const Json &result;
    const Project &project;
    const Catalog &catalog;
    std::vector<int> index; // the list indices the pattern's N matched, in order

    const Json *at(const std::string &pointer) const; // null when absent
    double number(const std::string &pointer, double fallback = 0.0) const;
};

// Source of a value read from the solve result: the solver that wrote that section.
std::string resultSource(const std::string &pointer);

// Adds the number at `pointer` of the solve result as an input (nothing when it is absent).
bool addResult(Explanation &e, const Context &c, const std::string &name,
               const std::string &pointer, const std::string &unit, Role role = Role::Context,
               const std::string &entity = {});
// The sum of `key` over the objects of the list at `listPointer` (a plant figure over 50,000 racks
// is one input, not 50,000); its pointer names the pattern ("/power/racks/N/it_kw").
bool addResultSum(Explanation &e, const Context &c, const std::string &name,
                  const std::string &listPointer, const std::string &key, const std::string &unit,
                  Role role = Role::Context);
// A value from a catalog entry's data (key path with '/'), cited with the entry's source.
bool addCatalog(Explanation &e, const CatalogEntry *entry, const std::string &name,
                const std::string &key, const std::string &unit, Role role = Role::Context);
// A field of a project entity, read through the field table.
bool addProject(Explanation &e, const Project &p, const std::string &entityId,
                const std::string &key, const std::string &name, const std::string &unit,
                Role role = Role::Context);
// A constant defined by a standard or a documented assumption.
void addStandard(Explanation &e, const std::string &name, double value, const std::string &unit,
                 const std::string &source, Role role = Role::Context);

// Sets a title with run-time parts: `format` (QT_TRANSLATE_NOOP'd) with %1, %2 … for `args`.
void setTitle(Explanation &e, const char *format, const std::vector<std::string> &args);

// Index of the entity with this id in a solve-result list of {id, ...} objects, or -1.
int indexOfId(const Json *list, const std::string &id);

std::string str(int i); // "/"-ready list index

// Sources of the metrics themselves.
inline constexpr const char *kPueStandard = "The Green Grid WP#49 (PUE: a comprehensive "
                                            "examination of the metric, 2012); ISO/IEC 30134-2";
inline constexpr const char *kWueStandard
    = "The Green Grid WP#35 (Water Usage Effectiveness, 2011); ISO/IEC 30134-9";
inline constexpr const char *kRciRtiStandard
    = "ASHRAE TC 9.9 / Herrlin 2005 (Rack Cooling Index, Return Temperature Index; ASHRAE "
      "Transactions 111(2))";
inline constexpr const char *kAshraeClasses
    = "ASHRAE TC 9.9, Thermal Guidelines for Data Processing Environments, 5th ed. (2021)";

using Handler = void (*)(Explanation &e, const Context &c);
struct Figure
{
    const char *pattern; // JSON pointer, "N" for any list index
    Handler handler;
};

const std::vector<Figure> &powerFigures(); // explainpower.cpp: PUE, IT and facility power
const std::vector<Figure> &thermalFigures(); // explainthermal.cpp: inlet, RCI, RTI, junction
const std::vector<Figure> &
throughputFigures(); // explainthroughput.cpp: tokens, tokens/J, TTFT, TPOT
const std::vector<Figure> &costFigures(); // explaincost.cpp: annual energy, water, TCO
const std::vector<Figure> &siteFigures(); // explainsites.cpp: per site and the whole factory
const std::vector<Figure> &energyFigures(); // explainenergy.cpp: heat reuse, carbon, water per token

} // namespace aif::explain::detail
