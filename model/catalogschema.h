#pragma once

#include "json.h"

#include <map>
#include <set>
#include <string>

namespace aif {

// The JSON types the shipped catalog uses for each key of each category, learned from its
// entries: a user entry may add keys, but a key the shipped catalog has must hold the same kind
// of value ("vendor" a string, "gpuCount" a number, "thermal.psiJcKPerW" a number), so code that
// reads the catalog never meets a string where it reads a number. Paths are JSON pointers with
// "*" for array elements ("/monthlyMeanC/*").
class CatalogSchema
{
public:
    void learn(const std::string &category, const Json &entry);
    // Why an entry does not fit its category ("/vendor: expected a string, not a number"), or "".
    std::string check(const std::string &category, const Json &entry) const;

    // The schema of the shipped catalog (compiled in), learned once.
    static const CatalogSchema &shipped();

private:
    void learn(const std::string &category, const std::string &path, const Json &value);
    std::string check(const std::string &category, const std::string &path, const Json &value) const;

    std::map<std::string, std::map<std::string, std::set<std::string>>> m_kinds;   // category → path → kinds
};

} // namespace aif
