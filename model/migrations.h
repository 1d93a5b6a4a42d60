#pragma once

#include "diagnostic.h"
#include "json.h"

namespace aif {

// Upgrades a parsed project file in place, one step per format version, to kFormatVersion.
// Returns false with a diagnostic when the file cannot be upgraded (too old, newer than us).
bool migrateProjectJson(Json &doc, int fromVersion, Diagnostics *diagnostics);

} // namespace aif
