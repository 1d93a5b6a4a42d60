#pragma once

// The sweep's sensitivity tornado as numbers: for each parameter, the range an objective spans
// when that parameter moves across its values and the others stay at their base values (the
// design's own, or the nearest swept value). Pure: the chart draws it, the test checks it.
#include <vector>

namespace aif {

struct SensitivityRow
{
    int parameter = 0;   // index into the sweep's parameters
    double low = 0.0;    // lowest objective along the parameter's line
    double high = 0.0;   // highest
    int lowIndex = 0;    // the parameter's value index giving low
    int highIndex = 0;   // and high
    int points = 0;      // cases on the line with a value
};

struct Sensitivity
{
    double base = 0.0;   // the objective at the all-base case (NaN when it was not solved)
    // One-at-a-time when every line is in the results (grid sweeps); otherwise (random draws)
    // each value's mean over the cases that have it, the parameter's main effect.
    bool mainEffects = false;
    std::vector<SensitivityRow> rows;   // largest swing (high - low) first
};

// choices[i]: case i's value index per parameter; objective[i]: its value (NaN if none);
// base: each parameter's base index; counts: how many values each parameter has.
Sensitivity sweepSensitivity(const std::vector<std::vector<int>> &choices,
                             const std::vector<double> &objective, const std::vector<int> &base,
                             const std::vector<int> &counts);

} // namespace aif
