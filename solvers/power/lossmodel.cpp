#include "lossmodel.h"

#include <algorithm>

namespace aif::power {

double LossModel::lossW(double loadW, double ratedW, int modules) const
{
    if (modules <= 0 || ratedW <= 0)
        return 0.0;
    const double perModule = loadW / modules;
    return modules * (c0 * ratedW + c1 * perModule + c2 * perModule * perModule / ratedW);
}

double LossModel::efficiency(double loadW, double ratedW, int modules) const
{
    if (loadW <= 0)
        return 0.0;
    return loadW / (loadW + lossW(loadW, ratedW, modules));
}

EfficiencyCurve::EfficiencyCurve(std::vector<std::pair<double, double>> points)
    : m_points(std::move(points))
{
    std::sort(m_points.begin(), m_points.end());
}

EfficiencyCurve EfficiencyCurve::fromJson(const Json &points)
{
    std::vector<std::pair<double, double>> p;
    if (!points.is_array())
        return {};
    for (const Json &pt : points) {
        if (pt.is_array() && pt.size() == 2 && pt[0].is_number() && pt[1].is_number()
            && pt[1].get<double>() > 0 && pt[1].get<double>() <= 1)
            p.emplace_back(pt[0].get<double>(), pt[1].get<double>());
    }
    return EfficiencyCurve(std::move(p));
}

double EfficiencyCurve::efficiency(double x) const
{
    if (m_points.empty())
        return 1.0;
    if (x <= m_points.front().first)
        return m_points.front().second;
    if (x >= m_points.back().first)
        return m_points.back().second;
    const auto hi = std::upper_bound(m_points.begin(), m_points.end(), std::pair(x, 2.0));
    const auto lo = hi - 1;
    const double t = (x - lo->first) / (hi->first - lo->first);
    return lo->second + t * (hi->second - lo->second);
}

double EfficiencyCurve::inputW(double outputW, double ratedW) const
{
    if (outputW <= 0)
        return 0.0;
    return outputW / efficiency(ratedW > 0 ? outputW / ratedW : 1.0);
}

} // namespace aif::power
