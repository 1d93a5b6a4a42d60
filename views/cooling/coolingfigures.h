#pragma once

#include "schematic/schematicview.h"

#include <string>

namespace aif {

struct Project;
namespace thermal {
struct ThermalResult;
}

namespace coolingplant {

// The colour of a loop type (facility, chilled water, TCS): the stripe of the boxes on it
// and its lines.
QColor loopColor(const std::string &type);
// What a cooling-schematic box shows for the entities it stands for: title, figures from the
// last solve (supply/return temperatures, heat and utilisation, in the user's units), fill,
// stripe colour, ports, tool tip. `view` gives the fill colours (washed out while stale).
void describe(SchematicNode *box, const Project &project, const thermal::ThermalResult *result,
              const SchematicView &view);

} // namespace coolingplant
} // namespace aif
