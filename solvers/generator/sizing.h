#pragma once

#include <string>

namespace aif::generator {

class Builder;

// How many units of a kind a load needs, and how many the redundancy installs. Rated values
// come from the catalog entry (model).
struct UnitCount
{
    std::string model;
    int needed = 0;
    int installed = 0;
    double capacityW = 0.0;   // per unit
    double widthM = 0.0, depthM = 0.0;
};

// Room air units for a hall's air-side heat and airflow, on its west and east walls: 150 kW
// CRAHs where they fit along walls of `wallM` (and the air side stays under 1.5 MW), else 400 kW
// fan walls, which carry more heat per metre of wall.
UnitCount roomUnits(const Builder &b, double airHeatW, double airflowM3s, double wallM);
UnitCount roomUnitsOf(const Builder &b, const std::string &model, double airHeatW, double airflowM3s);
// CDUs for one technology cooling loop's liquid heat: 1.35 MW row CDUs, 250 kW in-rack ones
// for small loads.
UnitCount cdus(const Builder &b, double liquidW);
// AC PDUs (300 kVA) one power path of a row needs, each loaded to at most 80 % of its rating.
int pdusPerSide(const Builder &b, double rowLoadW);

// Where rated values live and the design margins the generator uses (docs/authoring.md).
inline constexpr double kBlockW = 2.4e6;          // IT per power block: a 2.5 MVA transformer at 97 %
inline constexpr double kPduLoading = 0.8;        // NEC 80 % continuous-load rule
inline constexpr double kAirflowMargin = 1.1;     // room units move 10 % more air than the racks
inline constexpr double kPduWidthM = 0.6;         // plan::powerNodeSize("pdu")

} // namespace aif::generator
