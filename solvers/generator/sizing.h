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

// CDU slots east of a pair of rows: columns of units side by side along the pair's band (its
// two rows, their hot aisle and half of each cold aisle beside them, 0.1 m kept at each end).
// The hall layout leaves room for `columns`; the cooling plan places the units in them.
struct CduColumns
{
    int perColumn = 1, columns = 1;
    double pitchM = 1.0;      // along the band, unit to unit (its width and a 5 cm gap)
    double columnM = 1.0;     // across, column to column (its depth and 0.2 m)
};
CduColumns cduColumns(const UnitCount &cdus, double bandM);

// Where rated values live and the design margins the generator uses (docs/authoring.md).
inline constexpr double kPduLoading = 0.8;        // NEC 80 % continuous-load rule
inline constexpr double kAirflowMargin = 1.1;     // room units move 10 % more air than the racks
inline constexpr double kPduWidthM = 0.6;         // plan::powerNodeSize("pdu")
// IT one hall may hold: its utility service per path (1.5 x the hall's IT, powerplan.cpp) on
// one 13.8 kV feeder of a 2000 A switchgear bus (a standard continuous rating, IEEE C37.20.2):
// sqrt(3) x 13.8 kV x 2000 A = 47.8 MVA, / 1.5 = 31.9 MW.
inline constexpr double kUtilityMarginFactor = 1.5;
inline constexpr double kHallMaxW = 1.7320508075688772 * 13.8e3 * 2000.0 / kUtilityMarginFactor;
// Rows: 10 servers or 8 rack-scale systems, up to 12 rows a hall before rows grow longer, at
// most 40 racks (the reference halls' conventions; a row also stays within one power block).
inline constexpr int kRowServers = 10;
inline constexpr int kRowRackScale = 8;
inline constexpr int kRowsBeforeLonger = 12;
inline constexpr int kMaxRowRacks = 40;
// Heat-rejection units in one bank: 2N of 50 keeps a bank within the 100 redundant units the
// file format allows (model/entities/heatrejection.cpp redundantUnits 0-100).
inline constexpr int kMaxBankUnits = 50;

} // namespace aif::generator
