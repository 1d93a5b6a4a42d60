#pragma once

#include "diagnostic.h"

namespace aif {

class Catalog;
struct Project;

// Layout rules a designer would otherwise find on site (pure functions, no widgets). They live in
// the model so `aif validate`, the studio's floor plan and Issues panel, and reports give one list
// (designissues.h merges them with validation):
//   layout.overlap    footprints of racks, air units or CDUs in one hall overlap
//   layout.outside    a rack, air unit or CDU is not inside its hall
//   layout.aisle      the clear aisle in front of a rack is narrower than the hall's minimum
//   layout.unpowered  a rack with equipment installed has no power feed
//   layout.uncooled   a liquid-cooled system's rack has no cooling loop (needs the catalog)
// All are warnings: a plan in progress is allowed to be wrong, and solving must not be blocked.
Diagnostics checkLayout(const Project &project, const Catalog *catalog);

} // namespace aif
