#pragma once

#include "cfd/cfdgrid.h"
#include "json.h"

#include <array>
#include <string>
#include <vector>

namespace aif::thermal {
struct AirFieldResult;
}

namespace aif::cfd {

// A solved case read back (docs/cfd.md "Import"): the latest time's T (and U when present), in the
// cell order of the mesh aif-case.json describes, and each rack's inlet temperature: the
// area-weighted mean of the first layer of cells in front of its intake (where the intake patch
// takes its air; T is zeroGradient there, so this is also the patch's mean).
struct RackInlet
{
    std::string id;
    double inletC = 0.0;
    double fastT0InletC = 0.0;   // the T0 value stored at export
    bool found = false;          // false: the rack has no intake in the case (blocked or no airflow)
};

struct CfdResult
{
    std::string hall;
    std::string time;   // the time directory read ("2000")
    bool averaged = false;   // TMean (fieldAverage over the second half of the run) rather than T
    int cellsAtLimit = 0;    // cells within 0.5 K of the 0/100 degC guard (system/fvOptions): not a result
    double cellM = 0.0;
    std::array<double, 3> size{};
    CfdGrid grid;
    std::vector<double> temperatureC;            // per OpenFOAM cell
    std::vector<std::array<double, 3>> velocity; // per cell, empty when U is missing
    std::vector<RackInlet> racks;
};

// Reads DIR/aif-case.json and the latest time directory with a T field. False with *error when
// the case was not written by aif cfd export, has no solved time, or the field does not fit.
bool readCfdResult(const std::string &caseDir, CfdResult *out, std::string *error);

// The newest time directory of the case with a T file ("" when only 0/ or none); `processorDirs`
// is set when the case is decomposed and not reconstructed.
std::string latestTime(const std::string &caseDir, bool *processorDirs = nullptr);

// Rack inlets from a temperature per cell (used by readCfdResult; public for tests).
std::vector<RackInlet> rackInlets(const Json &info, const CfdGrid &grid, const std::vector<double> &temperatureC);

// The CFD field resampled on a uniform grid of cellM (nearest cell) as the fast model's
// AirFieldResult, for thermal::writeVti: cells inside racks and units are solid.
thermal::AirFieldResult toAirField(const CfdResult &r, double cellM);

// The grid (lines, divisions, blocks, cell order) from aif-case.json.
bool gridFromInfo(const Json &info, CfdGrid *grid, std::string *error);

} // namespace aif::cfd
