#pragma once

#include "project.h"

#include <vector>

namespace aif::thermal {

// Where an air unit's fans meet the raised floor (docs/thermal.md "Fan curves"). A unit with a fan
// curve (AirUnit::fanShutoffPa > 0) delivers V(P) = V_max · sqrt(1 − P / P_0): a quadratic curve
// through its shut-off pressure P_0 and its rated point (airflowM3s at ratedStaticPa). The plenum
// and its tiles are a quadratic system, P = c · V² with c from the plenum solve at the rated
// flows (tile flow ∝ sqrt(Δp)). The operating point is where the two meet, found by bisection on P
// (V(P) falls and c·V² − P with it, so there is one root).
double fanCurveFlowM3s(const aif::AirUnit &unit, double staticPa);

// The units' operating airflows (parallel to project.airUnits; units without a curve or not
// feeding a plenum keep their rated airflow). False when no unit of any plenum has a curve.
bool fanCurveFlows(const Project &project, double cellM, std::vector<double> *flowM3s);

} // namespace aif::thermal
