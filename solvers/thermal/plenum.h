#pragma once

#include "project.h"

#include <string>
#include <vector>

namespace aif::thermal {

// Flow through one vent. Supply tiles: the flow the plenum pushes through it at its local
// static pressure; return grilles: the share of the hall's return they take (by open area).
struct VentFlow
{
    std::string id;
    double flowM3s = 0.0;
    double staticPressurePa = 0.0;   // plenum static pressure under the tile (0 for grilles)
    double supplyC = 0.0;            // temperature of the air it delivers (tiles)
};

// The raised-floor plenum of one hall, solved after Karki, Patankar & Radmehr (2003),
// "Techniques for controlling airflow distribution in raised-floor data centers", ASHRAE
// Transactions 109(2), and Karki & Patankar (2006), "Airflow distribution through perforated
// tiles in raised-floor data centers", Building and Environment 41: the plenum air is a 2D flow
// of effective depth h = raisedFloorM · (1 − plenumBlockage) over the hall plan, the total
// pressure is uniform (Bernoulli along streamlines, friction neglected, which Karki & Patankar
// show is small against the tile resistance), the static pressure under a tile is the total
// less the dynamic pressure ½ρ|u|² of the plenum flow there, and the tile passes
//   Q = A · f · sqrt(2 Δp / (ρ K)),  f = openArea · damper,
// with K the loss coefficient of a thin perforated plate referred to the velocity in its holes:
//   K = (0.707 (1 − f)^0.375 + 1 − f)²
// (Idelchik, Handbook of Hydraulic Resistance, 3rd ed. 1994, Diagram 8-1: ζ = K / f² referred
// to the approach velocity, thin sharp-edged plate, Re > 10⁵). The plenum velocity is a
// potential flow (irrotational, as Karki & Patankar's idealised model): the units' underfloor
// discharge enters over their footprints, the tile flows leave as sinks. The common total
// pressure is set so that the tiles pass exactly what the units supply (mass balance).
struct PlenumResult
{
    std::string hall;
    std::vector<VentFlow> tiles;   // supply vents of the hall, in project order
    double totalPressurePa = 0.0;
    double minStaticPa = 0.0, maxStaticPa = 0.0;
    double supplyM3s = 0.0;        // underfloor discharge of the hall's working units
    double supplyC = 0.0;          // its flow-weighted temperature
    double depthM = 0.0;           // effective depth
    int iterations = 0;
    std::string note;              // why a hall has no plenum solve, or a tile passing nothing
};

// Loss coefficient of a perforated plate of open-area fraction f, referred to the hole velocity.
double perforatedPlateK(double openFraction);

// unitSupplyC: each air unit's supply temperature (parallel to project.airUnits; empty: their
// supplyTempC). A hall without a raised floor, underfloor units or supply tiles gets no result.
bool hasPlenum(const Project &project, const Hall &hall);
PlenumResult solvePlenum(const Project &project, const Hall &hall, double cellM,
                         const std::vector<double> &unitSupplyC = {});

} // namespace aif::thermal
