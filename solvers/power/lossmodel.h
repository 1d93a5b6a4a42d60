#pragma once

#include "json.h"

#include <utility>
#include <vector>

namespace aif::power {

// Stage loss after Schneider Electric White Paper 113: per module of rating Pr carrying P,
// P_loss = c0·Pr + c1·P + c2·P²/Pr (no-load, proportional and square-law parts).
struct LossModel
{
    double c0 = 0.0;
    double c1 = 0.0;
    double c2 = 0.0;

    // Loss of `modules` identical modules of rating ratedW sharing loadW equally.
    double lossW(double loadW, double ratedW, int modules) const;
    double efficiency(double loadW, double ratedW, int modules) const;
};

// Efficiency measured at load fractions (80 PLUS, UPS datasheets): linear interpolation
// between published points, held flat outside them (no extrapolation beyond the data).
class EfficiencyCurve
{
public:
    EfficiencyCurve() = default;
    explicit EfficiencyCurve(std::vector<std::pair<double, double>> points);
    static EfficiencyCurve fromJson(const Json &points);   // [[loadFraction, efficiency], ...]

    bool isEmpty() const { return m_points.empty(); }
    double efficiency(double loadFraction) const;
    // Input power for an output at loadFraction of rating: P_in = P_out / η.
    double inputW(double outputW, double ratedW) const;

private:
    std::vector<std::pair<double, double>> m_points;   // sorted by load fraction
};

} // namespace aif::power
