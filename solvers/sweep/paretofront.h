#pragma once

// The non-dominated cases of a sweep for the objectives chosen (issue 22: the studio's Pareto
// chart). Pure functions, no Qt widgets: the chart draws what these return, and the test checks
// them against a brute-force definition.
#include "sweep/sweepspec.h"

#include <vector>

namespace aif::sweep {

enum class Sense { Minimize, Maximize };

// Whether more or less of an objective is better: the key figure's own direction (the one
// compare mode colours by, solvers/report/keyfigures.h); raw pointers and figures with no
// better side are minimised.
Sense objectiveSense(const Objective &objective);

// points[i][k]: case i's value of objective k. A point is on the front when no other point is
// at least as good in every objective and strictly better in one. Points with a NaN or
// infinite coordinate (a failed case, a figure the solve did not make) are never on the front
// and dominate nothing. Equal points are all on the front. O(n² k): sweeps are small.
std::vector<bool> paretoFront(const std::vector<std::vector<double>> &points,
                              const std::vector<Sense> &senses);

// True when a is at least as good as b everywhere and strictly better somewhere.
bool dominates(const std::vector<double> &a, const std::vector<double> &b,
               const std::vector<Sense> &senses);

} // namespace aif::sweep
