#pragma once

#include "power/itload.h"

#include <string>
#include <vector>

namespace aif::thermal {

struct LoopThermal
{
    std::string id;
    std::string type;
    double heatW = 0.0;
    double flowM3s = 0.0;
    double supplyC = 0.0;
    double returnC = 0.0;
    double capacityW = 0.0;       // CDUs in service (TCS) or heat rejection installed (facility)
    double pressureDropPa = 0.0;  // TCS: pump head at this flow, Δp = Δp_rated·(Q/Q_rated)²
    double pumpW = 0.0;           // TCS: pump power P = Q·Δp/η of the working CDUs
    double utilization = 0.0;
    bool flowLimited = false;     // pumps at full flow and still short of the design ΔT
    bool supplyAboveSetpoint = false;
    bool nPlusOne = true;         // loses its largest CDU and still carries the heat
    bool noSteadyState = false;   // TCS: heat but no CDU in service: nothing moves or cools the coolant
};

struct RackCoolant
{
    bool cooled = false;
    double supplyC = 0.0;
    double returnC = 0.0;
    double flowM3s = 0.0;
    double lpmPerKw = 0.0;        // L/min per kW of liquid heat (OCP guidance 1.25-2.0)
    bool noFlow = false;          // on a TCS loop with no CDU in service: the cold plates see no flow
};

struct LiquidSide
{
    std::vector<LoopThermal> loops;   // every liquid loop, in file order
    std::vector<RackCoolant> racks;   // parallel to project.racks
};

// Technology cooling loops: secondary supply = max(setpoint, primary supply + approach·Q/Q_rated)
// (ε-NTU with fixed flows: the approach grows in proportion to the load); flow held at the
// design ΔT up to the working CDUs' pump capacity; racks share the flow in proportion to their
// liquid heat. Facility loops: heat of the CDUs (plus their pumps) and of CRAH coils.
LiquidSide solveLiquidSide(const Project &project, const std::vector<power::RackLoad> &racks,
                           const std::vector<double> &cduPumpW, const std::vector<double> &airCoilHeatByLoop);

} // namespace aif::thermal
