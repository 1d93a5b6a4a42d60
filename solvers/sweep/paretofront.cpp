#include "sweep/paretofront.h"

#include "report/keyfigures.h"
#include "solvejob.h"

#include <cmath>

namespace aif::sweep {

namespace {

bool finite(const std::vector<double> &p)
{
    for (double v : p) {
        if (!std::isfinite(v))
            return false;
    }
    return !p.empty();
}

} // namespace

Sense objectiveSense(const Objective &objective)
{
    if (objective.figureKey.empty())
        return Sense::Minimize;
    // The figures of an empty result carry their labels and directions (their values are NaN).
    static const std::vector<KeyFigure> figures = keyFigures(SolveResult{});
    const KeyFigure *f = findFigure(figures, QString::fromStdString(objective.figureKey));
    return f && f->better == KeyFigure::Better::Higher ? Sense::Maximize : Sense::Minimize;
}

bool dominates(const std::vector<double> &a, const std::vector<double> &b,
               const std::vector<Sense> &senses)
{
    if (!finite(a) || !finite(b) || a.size() != b.size() || a.size() != senses.size())
        return false;
    bool better = false;
    for (size_t k = 0; k < a.size(); ++k) {
        const double gain = senses[k] == Sense::Minimize ? b[k] - a[k] : a[k] - b[k];
        if (gain < 0)
            return false;
        better = better || gain > 0;
    }
    return better;
}

std::vector<bool> paretoFront(const std::vector<std::vector<double>> &points,
                              const std::vector<Sense> &senses)
{
    std::vector<bool> front(points.size(), false);
    for (size_t i = 0; i < points.size(); ++i) {
        if (!finite(points[i]) || points[i].size() != senses.size())
            continue;
        bool dominated = false;
        for (size_t j = 0; j < points.size() && !dominated; ++j)
            dominated = j != i && dominates(points[j], points[i], senses);
        front[i] = !dominated;
    }
    return front;
}

} // namespace aif::sweep
