#pragma once

#include <QString>

namespace aif {

struct Project;
struct SolveResult;

// The latest solve's values for one entity, as HTML rows for the inspector: a rack's IT power
// by component, inlet/outlet and GPU junction; a power stage's load, capacity and efficiency;
// a loop's temperatures, flow and heat; an air unit's heat and return temperature. Empty when
// the solve has nothing for it.
QString resultSummary(const Project &project, const SolveResult &result, const QString &id, bool stale);

} // namespace aif
