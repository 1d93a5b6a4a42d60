#include "supernode.h"

#include "catalog.h"

#include <algorithm>

namespace aif::generator {

std::string supernodeOf(const Catalog &catalog, const std::string &systemId)
{
    const Json *sys = catalog.entry("systems", systemId);
    if (!sys)
        return {};
    if (const auto it = sys->find("supernode"); it != sys->end() && it->is_string() && !it->get<std::string>().empty())
        return it->get<std::string>();
    for (const CatalogEntry *e : catalog.entries("systems")) {
        const auto parts = e->data.find("parts");
        if (parts == e->data.end() || !parts->is_array())
            continue;
        for (const Json &p : *parts)
            if (p.is_object() && p.value("system", std::string()) == systemId)
                return e->id;
    }
    return {};
}

std::vector<std::string> supernodeRacks(const Catalog &catalog, const std::string &systemId)
{
    const Json *sys = catalog.entry("systems", systemId);
    if (!sys || !sys->contains("parts") || !(*sys)["parts"].is_array())
        return {};
    std::vector<std::pair<std::string, int>> kinds;
    int total = 0;
    for (const Json &p : (*sys)["parts"]) {
        if (!p.is_object() || !p.contains("system") || !p["system"].is_string() || !p.contains("racks")
            || !p["racks"].is_number_integer() || p["racks"].get<int>() <= 0 || p["racks"].get<int>() > 1000)
            return {};
        kinds.emplace_back(p["system"].get<std::string>(), p["racks"].get<int>());
        total += kinds.back().second;
    }
    std::stable_sort(kinds.begin(), kinds.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
    std::vector<std::string> out;
    std::vector<int> used(kinds.size(), 0);
    for (int i = 0; i < total; ++i) {
        size_t pick = 0;
        for (size_t k = 1; k < kinds.size(); ++k) {
            if ((i + 1) * kinds[k].second / total > i * kinds[k].second / total)
                pick = k;
        }
        out.push_back(kinds[pick].first);
        ++used[pick];
    }
    for (size_t k = 0; k < kinds.size(); ++k) {
        if (used[k] != kinds[k].second)
            return {};   // shares that collide (three or more parts): not laid out as one row
    }
    return out;
}

} // namespace aif::generator
