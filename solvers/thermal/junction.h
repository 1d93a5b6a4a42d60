#pragma once

#include "json.h"

namespace aif::thermal {

// GPU junction temperature and what it does to the GPU: leakage raises power, and above the
// hardware slowdown temperature clocks drop until the junction holds at slowdown.
struct GpuThermal
{
    double junctionC = 0.0;
    double powerW = 0.0;          // after leakage and throttling
    double leakageFactor = 1.0;   // power at this junction / power at the nominal junction
    double powerFactor = 1.0;     // share of the unthrottled power the GPU may draw
    double clockFactor = 1.0;     // clock relative to unthrottled (dynamic power ∝ f³ under DVFS)
    bool throttled = false;
    bool aboveMaxOperating = false;
    bool shutdown = false;
};

struct GpuThermalLimits
{
    double maxOperatingC = 87.0, slowdownC = 89.0, shutdownC = 92.0;
    double psiJcKPerW = 0.02;
};
GpuThermalLimits gpuLimits(const Json *gpuEntry);

// Thermal path resistance from case to coolant: cold plate (liquid) or heat sink (air).
// Cold plates for GB200-class parts are < 0.03 K/W (physics.md, vendor bound); 0.015 K/W is an
// assumption for a typical microchannel plate well inside that bound. Air heat sinks: 0.05 K/W,
// an assumption that puts a 700 W SXM part near 75 °C at 25 °C inlet.
inline constexpr double kColdPlateKPerW = 0.015;
inline constexpr double kAirHeatSinkKPerW = 0.05;

// Solves T_j = T_local + P(T_j)·ψ with P(T_j) = P_nom·(1 + f·(e^{k(T_j − T0)} − 1)).
GpuThermal gpuJunction(const GpuThermalLimits &limits, double localC, double nominalPowerW, bool liquid);

} // namespace aif::thermal
