#pragma once

// "Explain this number" (issue 19, docs/explain.md): for a figure of the `aif solve --json`
// document, named by its JSON pointer, the definition, the formula and each input with its value,
// unit and source. The value is always the one at that pointer in the result (read, never
// recomputed), so the explanation cannot disagree with what the views and the CLI show. A pure
// function of (solve result, project, catalog, pointer): `aif explain` and the studio's panel
// both call it.
#include "json.h"

#include <optional>
#include <string>
#include <vector>

namespace aif {
class Catalog;
struct Project;
} // namespace aif

namespace aif::explain {

// How an input enters the formula when the formula is a plain combination (recompute()).
enum class Role {
    Context, // shown for understanding only (a limit, a breakdown, a comparison)
    Term, // summed (the numerator of a quotient)
    Minus, // subtracted from that sum
    Divisor, // summed into the denominator of a quotient
    Factor, // multiplied
    Weight, // the weight of the Term at the same position (weighted mean)
};

enum class Combination {
    None, // not a plain combination (a solver's model); the inputs explain, not recompute
    Sum, // scale × Σ terms / Σ divisors (no divisors: the sum)
    Product, // scale × Π factors
    Max, // the largest term
    WeightedMean, // Σ term_i × weight_i / Σ weight_i
};

struct Input
{
    std::string name;
    double value = 0.0;
    std::string unit;
    std::string source; // the solver that computed it, the catalog entry's citation or the standard
    std::string pointer; // where in the solve result it is read (empty: not from the result)
    std::string entity; // the project entity it belongs to (empty: none)
    std::string catalog; // "category/id" of the catalog entry it comes from (empty: none)
    Role role = Role::Context;
};

struct Explanation
{
    bool ok = false;
    std::string error; // why not (unknown pointer: names it and lists what is explained)
    std::string pointer;
    std::string title; // short name ("PUE (design point)")
    // The title before the ids were put in ("Tokens per second of %1") and the ids, so the studio
    // can show it translated; empty where the title has no run-time part.
    std::string titleFormat;
    std::vector<std::string> titleArgs;
    double value = 0.0; // the number at `pointer` in the solve result
    std::string unit;
    std::string definition; // one or two plain sentences
    std::string formula; // as text
    std::string reference; // the standard or document that defines the metric
    std::vector<Input> inputs;
    std::vector<std::string> entities; // ids of project entities the figure depends on
    Combination combination = Combination::None;
    double scale = 1.0; // unit factor of the combination (kW → W, tokens → Mtok ...)
};

Explanation explain(const Json &solveResult, const Project &project, const Catalog &catalog,
                    const std::string &pointer);

// The figure recomputed from the inputs by the combination; nullopt when the formula is not a
// plain combination. Tests and the panel use it to show that the inputs add up to the value.
std::optional<double> recompute(const Explanation &explanation);

// {value, unit, definition, formula, inputs[{name, value, unit, source, ...}], pointer, title,
// reference, entities, recomputed}
Json explanationJson(const Explanation &explanation);

// Plain text for a terminal or a tooltip: title, value, definition, formula, inputs, entities.
std::string explanationText(const Explanation &explanation);

// Every explained pointer that exists in this solve result (deployments expanded), in a stable
// order: what `aif explain --list` prints and what the views can offer.
std::vector<std::string> explainedPointers(const Json &solveResult);

// The explained figures as patterns, N standing for a list index
// ("/throughput/deployments/N/ttft_ms").
std::vector<std::string> explainedPatterns();

} // namespace aif::explain
