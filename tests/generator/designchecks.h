#pragma once

#include "project.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

// Limits a generated design must keep, checked from the project itself (tst_generator): each
// returns what breaks them, in words, or nothing.
namespace aif::designchecks {

// Every power stage carries what hangs below it with the losses of the stages between (their
// catalog loss models, all of it on one path of a 2N design), its redundant modules out;
// PDUs within 80 % of their rating.
std::vector<std::string> powerStages(const Project &p);
// No switch has more links than ports (its own and its catalog model's); every leaf has as
// many uplinks as down links when it has uplinks; every GPU rack has its NICs' links.
std::vector<std::string> fabric(const Project &p, const Catalog &catalog);
// Every network rack holds its switches within its rack type's height and power rating.
std::vector<std::string> networkRacks(const Project &p, const Catalog &catalog);
// Nothing stands within 3 m in front of a wall air unit.
std::vector<std::string> wallClearance(const Project &p);
// Everything on a hall's floor stands inside the hall and on nothing else.
std::vector<std::string> overlaps(const Project &p);

// The air units and CDUs left after the redundant ones fail carry the heat (rear doors on every
// rack otherwise); every loop is served.
std::vector<std::string> cooling(const Project &p, const Catalog &catalog, const std::string &redundancy);

std::vector<std::string> all(const Project &p, const Catalog &catalog);

} // namespace aif::designchecks
