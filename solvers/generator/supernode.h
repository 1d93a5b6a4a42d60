#pragma once

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::generator {

// The racks of a multi-rack supernode (a catalog system with "parts", e.g. CloudMatrix 384:
// 12 compute and 4 network racks) in floor order: the majority part fills the row, each other
// part takes the slots where its share is due (three compute racks, a network rack, …).
// Empty when the system is not a supernode; the design generator and the floor-plan palette
// both place supernodes this way, as one unit.
std::vector<std::string> supernodeRacks(const Catalog &catalog, const std::string &systemId);

// The supernode a catalog system is one rack of (its "supernode" field, or a system listing it
// among its "parts"); empty when it is not such a part. A part is never a system on its own:
// the generator, the wizard and the floor-plan palette offer the whole supernode instead.
std::string supernodeOf(const Catalog &catalog, const std::string &systemId);
inline bool isSupernodePart(const Catalog &catalog, const std::string &systemId)
{
    return !supernodeOf(catalog, systemId).empty();
}

} // namespace aif::generator
