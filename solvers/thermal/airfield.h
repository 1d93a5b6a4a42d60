#pragma once

#include "common/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace aif::thermal {

// Tier T1 air field of a data hall (../shared/design/physics.md, "Thermal"): potential flow for
// velocity, steady upwind advection–diffusion for temperature on a uniform grid, Eigen sparse
// iterative solvers. Pure function of its input; no Qt, no VTK.

struct AirBox
{
    double x0, y0, z0, x1, y1, z1;   // metres, hall coordinates (x width, y depth, z up from floor)
};

// Horizontal faces. Rack rotation 0 => front (intake) faces MinusY, 90 => PlusX, 180 => PlusY,
// 270 => MinusX; the exhaust is the opposite face.
enum class Face { MinusY = 0, PlusX = 1, PlusY = 2, MinusX = 3 };

// Pulls air in over its front face and blows it out of its rear face, heated by heatW.
struct AirRack
{
    std::string id;
    AirBox box;
    Face front;
    double airflowM3s;
    double heatW;
    // Exposure to an open row end (airpath.h rowEndExposure): 1 at the end rack, decaying
    // inwards; scales the recirculation correction (exhaust wraps around open row ends).
    double rowEnd = 0.0;
};

// CRAH / fan wall / in-row cooler: supplies airflowM3s at supplyTempC through the lower half of
// supplyFace and takes the same flow back through its top face (returnOnTop) or, when false
// (in-row coolers), through the face opposite supplyFace.
struct FieldUnit
{
    std::string id;
    AirBox box;
    Face supplyFace;
    double airflowM3s;
    double supplyTempC;
    bool returnOnTop = true;
    // false: the unit discharges under a raised floor; its air enters the room through the
    // tiles (AirTile) and it supplies nothing through its face.
    bool suppliesRoom = true;
};

// A supply floor tile: flowM3s at supplyTempC rises from the floor cells under its footprint
// (box z ignored) as a vertical jet (AirFieldOptions::tileThrowM).
struct AirTile
{
    std::string id;
    AirBox box;
    double flowM3s;
    double supplyTempC;
};

// A ceiling return grille (or return duct) over the room: the returns of the units that
// return on top are taken here instead, in proportion to weight (open area), from the cells
// under the ceiling (box z ignored). The ceiling plenum mixes them: every such unit sees the
// same return temperature.
struct AirGrille
{
    std::string id;
    AirBox box;
    double weight;
};

// A contained hot aisle: side walls and ceiling are walls with leakageFraction of open area.
// Racks whose rear faces open into it exhaust into it; when units return on top, the
// containment's top is ducted to their returns (a ceiling plenum), carrying (1 − leakage) of
// the exhaust flow into it; the rest leaves through the leaky walls.
struct AirContainment
{
    AirBox box;
    double leakageFraction;
};

struct AirFieldInput
{
    double widthM, depthM, heightM;
    std::vector<AirRack> racks;
    std::vector<FieldUnit> units;
    std::vector<AirContainment> containments;
    std::vector<AirBox> obstacles;
    double roomHeatW = 0.0;   // extra heat spread uniformly in the room's air, e.g. PDU losses
    std::vector<AirTile> tiles;
    std::vector<AirGrille> grilles;
};

struct AirFieldOptions
{
    double cellM = 0.4;   // 0.2–0.5 m (physics.md T1)
    int maxIterations = 2000;   // per linear solve
    double tolerance = 1e-6;   // relative residual of each linear solve
    // Recirculation correction (potential flow has no buoyancy or entrainment and under-predicts
    // hot-air recirculation, physics.md "Known limit"). Each rack draws a fraction
    // m_r = recirculationMix · max(d_r / d_max, rowEnd) of its intake from the hall's mean
    // exhaust-zone air, d_r being the horizontal distance from its intake to the nearest unit
    // supply (0 with a floor tile in front of it), rowEnd its exposure to an open row end. Exhaust
    // inside a containment counts only with its leakage fraction. The exchange is mass- and
    // energy-neutral (the same flow of intake air goes back to the exhaust zone). 0 disables.
    // Assumption: 0.1, to be calibrated against T2 CFD (OpenFOAM).
    double recirculationMix = 0.1;
    // Effective (turbulent) diffusivity of heat in the hall air. Assumption: ν_t ≈ C·U·L with
    // turbulence intensity C ≈ 0.1, U ≈ 0.5 m/s, L ≈ 0.4 m (rack-scale eddies) → 0.02 m²/s.
    double diffusivityM2s = 0.02;
    // Jet throw. Potential flow has no momentum: a source spreads equally in all directions, so a
    // unit whose return sits above its supply, or a rack whose intake is 1.2 m from its exhaust,
    // would mostly short-circuit to itself. Supply and exhaust air is therefore carried straight
    // out of its face (prescribed face fluxes) for this distance, or until a wall, solid or
    // containment wall, and only then released into the potential field; intakes and returns
    // stay potential sinks (sinks draw from all directions, as real intakes do). Assumptions:
    // CRAH / fan-wall discharge ~2–3 m/s keeps its direction for a few metres (3 m); a rack
    // exhaust (~1 m/s) reaches the middle of a 1.2 m hot aisle (0.6 m). 0 disables.
    double supplyThrowM = 3.0;
    double exhaustThrowM = 0.6;
    double tileThrowM = 1.5;   // a floor tile's supply rises as a jet this high
    // Buoyancy (airfieldbuoyancy.cpp): after a first temperature solve, a vertical Boussinesq
    // drift w = C_b sqrt(g β |T − T̄| Δz) sign(T − T̄) is added on the horizontal faces, made
    // divergence-free by a pressure projection, and temperature is solved again on the sum.
    bool buoyancy = false;
    double buoyancyCoefficient = 0.25;
    const std::vector<float> *warmStartTemperature = nullptr;   // a previous temperatureC
};

struct AirFieldResult
{
    int nx = 0, ny = 0, nz = 0;
    double cellM = 0.0;   // requested cell size
    double dx = 0.0, dy = 0.0, dz = 0.0;   // actual spacing: the hall divided into whole cells
    std::vector<float> temperatureC;   // cell-centred, index i + nx*(j + ny*k)
    std::vector<float> vx, vy, vz;   // m/s, cell-centred averages of the face velocities
    std::vector<std::uint8_t> solid;   // 1 inside racks, units and obstacles
    std::vector<double> rackInletC, rackOutletC;   // parallel to input.racks (intake / exhaust)
    std::vector<double> unitReturnC;   // parallel to input.units
    int flowIterations = 0, thermalIterations = 0;
    double flowResidual = 0.0, thermalResidual = 0.0, seconds = 0.0;
    bool converged = false;
    bool cancelled = false;
    double heatInW = 0.0, heatRemovedW = 0.0;
    std::string note;
    // Set when the grid had to be coarsened to stay within its memory bound, or the hall was
    // too big to solve at all (then nx == 0 and the hall keeps its T0 values).
    std::string gridNote;
};

AirFieldResult solveAirField(const AirFieldInput &in, const AirFieldOptions &options = {},
                             Progress *progress = nullptr);

// T0 recirculation matrix from the T1 field (physics.md: for a fixed flow field temperature is
// linear in rack power): T_in = baseInletC + D·P, P the rack heats in W. baseInletC is the intake
// temperature of every rack with all rack heats 0 (supply temperatures and room heat only);
// column j of D is the rise of every rack's intake per watt of rack j's heat (K/W). One flow
// solve, one transport matrix and preconditioner, one transport solve per rack. Racks that
// solveAirField ignores (no airflow, blocked faces) get NaN in baseInletC and their row of D,
// and a zero column. The racks' heatW in `in` only sets the buoyant drift (options.buoyancy),
// which is frozen at that operating point.
struct RecirculationMatrix
{
    std::vector<std::string> rackIds;   // parallel to AirFieldInput::racks
    std::vector<double> baseInletC;   // T_in0, °C
    std::vector<double> dKPerW;   // row-major n×n: d[i*n + j] = ∂T_in,i / ∂P_j
    double seconds = 0;
    bool cancelled = false;
    bool converged = false;   // the flow and every transport solve converged
    std::string note;   // input problems and non-convergence
};

RecirculationMatrix computeRecirculationMatrix(const AirFieldInput &in,
                                               const AirFieldOptions &options = {},
                                               Progress *progress = nullptr);

// VTK XML ImageData (.vti), ASCII, cell data "temperature_c", "velocity_m_s" (3 components) and
// "solid"; origin 0, spacing dx dy dz (cellM when the hall divides evenly).
bool writeVti(const AirFieldResult &r, const std::string &path, std::string *error);

} // namespace aif::thermal
