#pragma once

#include "diagnostic.h"

namespace aif {

class Catalog;
struct Project;

// The one list of a design's issues that `aif validate` prints and the studio's Issues panel
// shows (docs/floorplan.md "Layout checks"): validation, then the layout checks, without repeats.
Diagnostics designIssues(const Project &project, const Catalog *catalog);

// Drops exact repeats (same severity, code, entity, pointer and message) and the layout findings
// that restate a validation rule on the same entity (layout.unpowered = rack.unpowered,
// layout.uncooled = rack.cooling, layout.outside = rack.outside): validation's finding stays, as
// it decides whether the file is valid. Order is kept.
Diagnostics withoutRepeats(const Diagnostics &diagnostics);

// Where a finding comes from, for grouping: the file and its rules, the floor-plan layout checks,
// or a solver. Solver findings carry no file pointer (they name results, not fields).
enum class IssueKind { Validation, Layout, Solver };
IssueKind issueKind(const Diagnostic &diagnostic);
const char *issueKindName(IssueKind kind);   // "validation", "layout", "solver"

} // namespace aif
