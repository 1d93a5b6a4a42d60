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

} // namespace aif::generator
