#include "builder.h"

#include "catalog.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aif::generator {

Builder::Builder(const DesignRequest &r, const Catalog &c)
    : request(r)
    , catalog(c)
{
}

void Builder::add(EntityKind kind, Json entity)
{
    if (std::string e = project.insert(kind, entity, -1); !e.empty())
        throw GenerateError("internal: " + std::string(kindNames(kind).label) + " "
                            + entity.value("id", std::string()) + ": " + e);
}

const Json &Builder::entry(const std::string &category, const std::string &id) const
{
    const Json *e = catalog.entry(category, id);
    if (!e)
        throw GenerateError("the catalog has no " + category + " entry '" + id + "'");
    return *e;
}

double Builder::num(const Json &j, const char *key, double fallback)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

std::vector<std::string> Builder::sides() const
{
    return request.redundancy == "2n" ? std::vector<std::string>{"A", "B"} : std::vector<std::string>{"N"};
}

int Builder::installed(int n) const
{
    if (request.redundancy == "2n")
        return 2 * n;
    return request.redundancy == "n+1" ? n + 1 : n;
}

bool Builder::liquidSide() const
{
    return entry("systems", request.system).value("cooling", std::string("air")) != "air";
}

bool Builder::rearDoors() const
{
    return request.cooling == "rdhx" || request.cooling == "liquid";
}

const CatalogEntry &Builder::standardRack(const std::string &forWhat) const
{
    const CatalogEntry *best = nullptr;
    for (const CatalogEntry *r : catalog.entries("racks")) {
        // "nvl…" entries are the cabinets of rack-scale systems, sized to them alone.
        if (r->id.find("nvl") == std::string::npos && (!best || num(r->data, "maxPowerW") > num(best->data, "maxPowerW")))
            best = r;
    }
    if (!best)
        throw GenerateError("the catalog has no standard rack for " + forWhat);
    return *best;
}

double Builder::standardRackLimitW(const CatalogEntry &rack) const
{
    const double ratedW = num(rack.data, "maxPowerW");
    return rearDoors() ? std::min(ratedW, num(entry("cooling", "rdhx-75kw"), "capacityW")) : ratedW;
}

double HallPlan::itW() const
{
    double w = 0;
    for (const auto &row : rows)
        for (const RackSpec &s : row)
            w += rackBudgetW(s);
    return w;
}

double rackBudgetW(const RackSpec &rack)
{
    return std::ceil(rack.powerW / 100.0) * 100.0;
}

std::vector<double> rackBudgetsW(const std::vector<RackSpec> &racks)
{
    std::vector<double> w;
    w.reserve(racks.size());
    for (const RackSpec &r : racks)
        w.push_back(rackBudgetW(r));
    return w;
}

std::string formatNumber(double value, int digits)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    return text;
}

std::string rowLetters(int index)
{
    std::string s;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        s.insert(s.begin(), char('A' + (i - 1) % 26));
    return s;
}

} // namespace aif::generator
