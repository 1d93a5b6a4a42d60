#pragma once

#include "diagnostic.h"
#include "project.h"

namespace aif {

class Catalog;

// Checks a loaded project: ranges with units, required fields, references (existence and
// kind), catalog references (when a catalog is given), and the design rules a designer would
// otherwise find the hard way (a PDU with no upstream, a loop with no CDU ...).
Diagnostics validateProject(const Project &project, const Catalog *catalog = nullptr);

// Holds every number outside its field's range at the nearest limit (what a solve runs on when
// validation found "range" errors; the errors still name them). Returns how many changed.
int clampToRanges(Project &project);

// Why one scenario override cannot apply (no such entity, no such editable field, a value of
// the wrong type or out of range), or an empty string.
std::string overrideProblem(const Project &project, const Override &override);

// JSON pointer of an entity or of one of its properties: "/racks/3", "/racks/3/xM".
std::string entityPointer(const Project &project, EntityRef ref, const std::string &key = {});

} // namespace aif
