#pragma once

#include "plenum.h"
#include "project.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace aif::thermal {

// Tier T0's per-rack air path: which share of each rack's intake is exhaust, and why.
//   a_k = min(0.9, max(s_k + (1 − s_k) · o_k, w · e_k))   (contained: max(s_k, leakage))
// s_k  short supply: the part of the rack's airflow its own cold-aisle tiles do not deliver
//      (raised floor: the tile flows of the plenum solve in front of it; otherwise the hall's
//      units against its racks);
// o_k  open-aisle recirculation: the containment's leakage, 0 in a tile-fed open aisle, else
//      project.airModel.openAisleRecirculation times the return-path factor;
// w e_k row-end wrap-around: project.airModel.rowEndRecirculation times the rack's exposure.
// Missing blanking panels add b_k of the rack's own exhaust to its intake (internal).
// All constants are assumptions with their sources in airpath.cpp and docs/thermal.md.
struct RackAirPath
{
    double share = 0.0;          // a_k: share of intake air drawn from the room's exhaust
    double internal = 0.0;       // b_k: share recirculated inside the rack (no blanking panels)
    double localSupply = 1.0;    // tile (or unit) air delivered in front of it / its airflow
    double rowEnd = 0.0;         // exposure to the open row end, 1 at the end rack, decaying inwards
};

struct AirPathInput
{
    const Project *project = nullptr;
    const Hall *hall = nullptr;
    std::vector<size_t> racks;               // project rack indices in the hall
    std::vector<double> airflowM3s;          // parallel to racks
    double hallSupplyM3s = 0.0;              // working units' airflow
    double openRecirculation = 0.15;         // o without containment, before the factors
    double rowEndRecirculation = 0.24;       // w: share of an end rack's intake wrapping around
    std::unordered_map<std::string, double> rowLeakage;   // contained rows → leakage fraction
    const PlenumResult *plenum = nullptr;    // tile flows (raised floors)
};

std::vector<RackAirPath> rackAirPaths(const AirPathInput &in);

// Exposure of each rack to an open end of its row: exp(−d / decayM), d the distance from the
// rack's outer edge to the row end (decayM 0: 1 at the end rack only). 0 in contained rows.
std::vector<double> rowEndExposure(const Project &p, const std::vector<size_t> &racks,
                                   const std::unordered_map<std::string, double> &rowLeakage, double decayM);

} // namespace aif::thermal
