#include "sweepsensitivity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Cases where every parameter but `k` is at base.
bool onLine(const std::vector<int> &choice, const std::vector<int> &base, size_t k)
{
    for (size_t j = 0; j < base.size(); ++j) {
        if (j != k && (j >= choice.size() || choice[j] != base[j]))
            return false;
    }
    return true;
}

// Per value of parameter k: the objective on its line (one at a time) or the mean over all
// cases with that value (main effect); NaN where no case has one.
std::vector<double> valueLevels(const std::vector<std::vector<int>> &choices,
                                const std::vector<double> &objective, const std::vector<int> &base,
                                size_t k, int count, bool mainEffects)
{
    std::vector<double> sum(size_t(std::max(0, count)), 0.0);
    std::vector<int> n(sum.size(), 0);
    for (size_t i = 0; i < choices.size() && i < objective.size(); ++i) {
        const int v = k < choices[i].size() ? choices[i][k] : -1;
        if (v < 0 || v >= count || !std::isfinite(objective[i]))
            continue;
        if (!mainEffects && !onLine(choices[i], base, k))
            continue;
        sum[size_t(v)] += objective[i];
        ++n[size_t(v)];
    }
    std::vector<double> level(sum.size(), kNaN);
    for (size_t v = 0; v < sum.size(); ++v)
        level[v] = n[v] > 0 ? sum[v] / n[v] : kNaN;
    return level;
}

SensitivityRow rowOf(int parameter, const std::vector<double> &level)
{
    SensitivityRow row;
    row.parameter = parameter;
    row.low = std::numeric_limits<double>::infinity();
    row.high = -row.low;
    for (size_t v = 0; v < level.size(); ++v) {
        if (!std::isfinite(level[v]))
            continue;
        ++row.points;
        if (level[v] < row.low) {
            row.low = level[v];
            row.lowIndex = int(v);
        }
        if (level[v] > row.high) {
            row.high = level[v];
            row.highIndex = int(v);
        }
    }
    return row;
}

} // namespace

Sensitivity sweepSensitivity(const std::vector<std::vector<int>> &choices,
                             const std::vector<double> &objective, const std::vector<int> &base,
                             const std::vector<int> &counts)
{
    Sensitivity s;
    s.base = kNaN;
    for (size_t i = 0; i < choices.size() && i < objective.size(); ++i) {
        if (choices[i] == base)
            s.base = objective[i];
    }
    // One at a time needs every parameter's line, the all-base case included; a random draw
    // rarely has them, so it falls back to main effects for all rows alike.
    bool complete = std::isfinite(s.base);
    for (size_t k = 0; k < base.size() && complete; ++k) {
        const std::vector<double> level = valueLevels(choices, objective, base, k, counts[k], false);
        complete = std::all_of(level.begin(), level.end(), [](double v) { return std::isfinite(v); });
    }
    s.mainEffects = !complete;
    for (size_t k = 0; k < base.size(); ++k) {
        const SensitivityRow row
            = rowOf(int(k), valueLevels(choices, objective, base, k, counts[k], s.mainEffects));
        if (row.points > 0)
            s.rows.push_back(row);
    }
    if (s.mainEffects && !std::isfinite(s.base)) {
        // No all-base case: centre the bars on the mean of every solved case.
        double sum = 0.0;
        int n = 0;
        for (double v : objective) {
            if (std::isfinite(v)) {
                sum += v;
                ++n;
            }
        }
        s.base = n > 0 ? sum / n : kNaN;
    }
    std::stable_sort(s.rows.begin(), s.rows.end(), [](const SensitivityRow &a, const SensitivityRow &b) {
        return a.high - a.low > b.high - b.low;
    });
    return s;
}

} // namespace aif
