#pragma once

#include "itload.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace aif::power {

// Load on one cooling component (air unit, CDU, heat-rejection bank).
struct CoolingUnitLoad
{
    std::string id;
    std::string type;
    double heatW = 0.0;
    double capacityW = 0.0;     // of the units in service
    double utilization = 0.0;
    double powerW = 0.0;        // fans, pumps or compressors
};

// Power of the cooling plant at the design heat load, from each unit's rated values and
// part-load laws (fans and pumps: affinity laws; chillers: rated COP). Weather-dependent
// operation (economizer hours, chiller curves) arrives with the thermal and annual solvers.
struct CoolingPower
{
    double airFansW = 0.0;
    double cduPumpsW = 0.0;
    double chillersW = 0.0;
    double dryCoolersW = 0.0;
    double towersW = 0.0;
    double heatReuseW = 0.0;   // pumps of heat-reuse exchangers
    double totalW = 0.0;
    double liquidHeatW = 0.0;        // into technology cooling loops
    double airHeatW = 0.0;           // into hall air (rack air share + in-hall chain losses)
    double unrejectedHeatW = 0.0;    // heat on loops or halls with nothing to remove it
    double electricalRoomHeatW = 0.0;// chain losses outside the halls (rooms not modelled yet)
    std::vector<CoolingUnitLoad> units;
    std::string basis;
};

// racks: loads after the chain solve (inputW = heat); nodeLossW/nodeInHall: chain losses per
// power node and whether that node's heat is released in a hall (and not already in a rack).
// rackPowered: racks without a live feed draw nothing and make no heat.
// hallNetworkW: network gear at the fabric planner's automatic positions (no rack of its own),
// whose heat goes into its hall's air (power::NetworkDraw).
CoolingPower computeCoolingPower(const Project &project, const std::vector<RackLoad> &racks,
                                 const std::vector<double> &nodeLossW, const std::vector<bool> &rackPowered,
                                 const std::map<std::string, double> &hallNetworkW = {});

// The share of a hall's air heat one air unit removes. In a well-mixed hall every unit returns
// air at the same temperature, so each removes heat in proportion to the air it moves.
// hallSupplyM3s: airflow of the hall's working units.
inline double airUnitHeatW(const AirUnit &unit, double hallAirHeatW, double hallSupplyM3s)
{
    return unit.failed || hallSupplyM3s <= 0 ? 0.0 : hallAirHeatW * unit.airflowM3s / hallSupplyM3s;
}

// A rear door: an rdhx unit hung on a rack (AirUnit::rack) that exists.
bool isRearDoor(const Project &project, const AirUnit &unit);

// Heat each air unit removes (parallel to project.airUnits), the one rule the power and thermal
// solvers share: a working rear door takes its rack's air heat up to its capacity (doors are run
// room-neutral: the air leaves at the temperature it entered the rack); the rest of each hall's
// air heat is shared by its other working units in proportion to their airflow (airUnitHeatW),
// or by its doors when it has no other unit. hallAirHeatW by hall id; rackAirHeatW by rack index.
// rackDoorW (optional, parallel to racks): what the doors take out of each rack's exhaust.
std::vector<double> airUnitHeats(const Project &project, const std::unordered_map<std::string, double> &hallAirHeatW,
                                 const std::vector<double> &rackAirHeatW, std::vector<double> *rackDoorW = nullptr);

// Fluid properties at typical loop temperatures (25-35 °C).
struct Fluid
{
    double densityKgM3;
    double specificHeatJkgK;
};
Fluid fluidProperties(const std::string &fluid);

} // namespace aif::power
