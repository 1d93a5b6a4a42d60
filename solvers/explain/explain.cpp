// The dispatcher: a pointer is matched against the explained figures' patterns, the value is read
// from the solve result at that pointer, and the figure's explainer adds the words and inputs.
#include "figures.h"

#include "catalog.h"
#include "project.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace aif::explain {

namespace {

using detail::Figure;

const std::vector<const std::vector<Figure> *> &figureTables()
{
    static const std::vector<const std::vector<Figure> *> tables {
        &detail::powerFigures(), &detail::thermalFigures(), &detail::throughputFigures(),
        &detail::costFigures(), &detail::energyFigures(), &detail::siteFigures()};
    return tables;
}

std::vector<std::string> split(const std::string &pointer)
{
    std::vector<std::string> parts;
    size_t start = 1;
    while (start <= pointer.size()) {
        const size_t slash = pointer.find('/', start);
        const size_t end = slash == std::string::npos ? pointer.size() : slash;
        parts.push_back(pointer.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool isIndex(const std::string &token)
{
    if (token.empty() || token.size() > 9 || (token.size() > 1 && token[0] == '0'))
        return false;
    return std::all_of(token.begin(), token.end(),
                       [](unsigned char ch) { return std::isdigit(ch) != 0; });
}

// Matches a pointer against a pattern; the indices N stood for go to *index.
bool matches(const std::string &pattern, const std::string &pointer, std::vector<int> *index)
{
    if (pointer.empty() || pointer[0] != '/')
        return false;
    const std::vector<std::string> p = split(pattern), q = split(pointer);
    if (p.size() != q.size())
        return false;
    index->clear();
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] == "N" && isIndex(q[i]))
            index->push_back(std::stoi(q[i]));
        else if (p[i] != q[i])
            return false;
    }
    return true;
}

// The pattern with each N replaced by every index its list has in this result.
void expand(const Json &result, const std::vector<std::string> &tokens, size_t at,
            const std::string &prefix, std::vector<std::string> *out)
{
    if (at == tokens.size()) {
        const Json *v = detail::jsonAt(result, prefix);
        if (v && v->is_number())
            out->push_back(prefix);
        return;
    }
    if (tokens[at] != "N") {
        expand(result, tokens, at + 1, prefix + "/" + tokens[at], out);
        return;
    }
    const Json *list = detail::jsonAt(result, prefix);
    if (!list || !list->is_array())
        return;
    for (size_t i = 0; i < list->size(); ++i)
        expand(result, tokens, at + 1, prefix + "/" + std::to_string(i), out);
}

std::string joined(const std::vector<std::string> &items)
{
    std::string s;
    for (const std::string &x : items)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

const char *roleName(Role r)
{
    switch (r) {
    case Role::Term:
        return "term";
    case Role::Minus:
        return "minus";
    case Role::Divisor:
        return "divisor";
    case Role::Factor:
        return "factor";
    case Role::Weight:
        return "weight";
    case Role::Context:
        break;
    }
    return "context";
}

const char *combinationName(Combination c)
{
    switch (c) {
    case Combination::Sum:
        return "sum";
    case Combination::Product:
        return "product";
    case Combination::Max:
        return "max";
    case Combination::WeightedMean:
        return "weighted_mean";
    case Combination::None:
        break;
    }
    return "none";
}

} // namespace

Explanation explain(const Json &solveResult, const Project &project, const Catalog &catalog,
                    const std::string &pointer)
{
    Explanation e;
    e.pointer = pointer;
    for (const std::vector<Figure> *table : figureTables()) {
        for (const Figure &f : *table) {
            detail::Context c {solveResult, project, catalog, {}};
            if (!matches(f.pattern, pointer, &c.index))
                continue;
            const Json *v = c.at(pointer);
            if (!v || !v->is_number()) {
                e.error = pointer
                    + ": not in this solve result (the solver that writes it did not run, or the "
                      "list "
                      "has no such entry; `aif explain FILE --list` lists this result's figures)";
                return e;
            }
            e.value = v->get<double>();
            f.handler(e, c);
            e.ok = true;
            return e;
        }
    }
    e.error = pointer + ": not an explained figure; explained: " + joined(explainedPatterns())
        + " (N: a list index)";
    return e;
}

std::optional<double> recompute(const Explanation &e)
{
    std::vector<double> terms, minus, divisors, factors, weights;
    for (const Input &in : e.inputs) {
        switch (in.role) {
        case Role::Term:
            terms.push_back(in.value);
            break;
        case Role::Minus:
            minus.push_back(in.value);
            break;
        case Role::Divisor:
            divisors.push_back(in.value);
            break;
        case Role::Factor:
            factors.push_back(in.value);
            break;
        case Role::Weight:
            weights.push_back(in.value);
            break;
        case Role::Context:
            break;
        }
    }
    auto sum = [](const std::vector<double> &v) {
        double s = 0.0;
        for (double x : v)
            s += x;
        return s;
    };
    switch (e.combination) {
    case Combination::None:
        return std::nullopt;
    case Combination::Sum:
        if (terms.empty())
            return std::nullopt;
        if (divisors.empty())
            return e.scale * (sum(terms) - sum(minus));
        if (sum(divisors) == 0.0)
            return std::nullopt;
        return e.scale * (sum(terms) - sum(minus)) / sum(divisors);
    case Combination::Product: {
        if (factors.empty())
            return std::nullopt;
        double p = e.scale;
        for (double x : factors)
            p *= x;
        return p;
    }
    case Combination::Max:
        if (terms.empty())
            return std::nullopt;
        return *std::max_element(terms.begin(), terms.end());
    case Combination::WeightedMean: {
        if (terms.empty() || terms.size() != weights.size() || sum(weights) <= 0.0)
            return std::nullopt;
        double s = 0.0;
        for (size_t i = 0; i < terms.size(); ++i)
            s += terms[i] * weights[i];
        return s / sum(weights);
    }
    }
    return std::nullopt;
}

Json explanationJson(const Explanation &e)
{
    if (!e.ok)
        return Json {{"pointer", e.pointer}, {"error", e.error}};
    Json inputs = Json::array();
    for (const Input &in : e.inputs) {
        Json j {{"name", in.name},
                {"value", in.value},
                {"unit", in.unit},
                {"source", in.source},
                {"role", roleName(in.role)}};
        if (!in.pointer.empty())
            j["pointer"] = in.pointer;
        if (!in.entity.empty())
            j["entity"] = in.entity;
        if (!in.catalog.empty())
            j["catalog"] = in.catalog;
        inputs.push_back(std::move(j));
    }
    Json j {{"value", e.value},
            {"unit", e.unit},
            {"definition", e.definition},
            {"formula", e.formula},
            {"inputs", std::move(inputs)},
            {"pointer", e.pointer},
            {"title", e.title},
            {"reference", e.reference},
            {"entities", e.entities},
            {"combination", combinationName(e.combination)}};
    if (const std::optional<double> r = recompute(e))
        j["recomputed"] = *r;
    return j;
}

std::vector<std::string> explainedPatterns()
{
    std::vector<std::string> out;
    for (const std::vector<Figure> *table : figureTables())
        for (const Figure &f : *table)
            out.push_back(f.pattern);
    return out;
}

std::vector<std::string> explainedPointers(const Json &solveResult)
{
    std::vector<std::string> out;
    for (const std::string &pattern : explainedPatterns())
        expand(solveResult, split(pattern), 0, {}, &out);
    return out;
}

} // namespace aif::explain
