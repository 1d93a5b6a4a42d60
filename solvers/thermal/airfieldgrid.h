#pragma once

// Internal to the T1 air-field solver: the discretised hall shared by the flow and transport
// steps. Not part of the public interface (airfield.h).

#include "thermal/airfield.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace aif::thermal::detail {

// ρ and c_p of air at ~25 °C (physics.md, "Air side").
constexpr double kRhoAir = 1.16;   // kg/m³
constexpr double kCpAir = 1006.0;   // J/(kg·K)

// Thrown from inside the iterative solvers when Progress::cancelled() turns true.
struct Cancelled
{};

// A rack reduced to the fluid cells at its faces.
struct RackPatch
{
    int rack = -1;   // index into AirFieldInput::racks
    std::vector<int> intake, exhaust;   // cell indices; flow is spread evenly over each list
    double flowM3s = 0.0;
    double heatW = 0.0;
    double mix = 0.0;   // recirculation fraction m_r
    // Parallel to exhaust: weight of each cell in the hall's exhaust-zone mean (1 in the open,
    // the containment's leakage fraction inside a containment).
    std::vector<double> exhaustOpenness;
};

struct UnitPatch
{
    int unit = -1;
    std::vector<int> supply;   // flow spread evenly
    std::vector<std::pair<int, double>> ret;   // (cell, m³/s); sums to flowM3s
    double flowM3s = 0.0;
    double supplyTempC = 0.0;
};

// A supply floor tile: flow enters at supplyTempC through the floor cells.
struct TilePatch
{
    int tile = -1;
    std::vector<int> supply;
    double flowM3s = 0.0;
    double supplyTempC = 0.0;
};

struct Grid
{
    int nx = 0, ny = 0, nz = 0;
    double dx = 0.0, dy = 0.0, dz = 0.0;
    std::vector<std::uint8_t> solid;
    // Open-area fraction of each face: X faces indexed i + (nx+1)*(j + ny*k) for the face at
    // x = i·dx, likewise Y and Z. 0 on walls and solids, the leakage fraction on containment walls.
    std::vector<float> openX, openY, openZ;
    // Volume sources of the potential-flow problem (m³/s per cell): + where supply and exhaust
    // jets release their air, − at intakes and returns. Transport uses the patches instead.
    std::vector<double> source;
    // Jet fluxes (m³/s on faces, same indexing as openX/Y/Z) carrying supply and exhaust air
    // straight out of their faces for their throw before it is released into the potential
    // field: momentum the potential flow lacks (see AirFieldOptions::supplyThrowM).
    std::vector<double> jetX, jetY, jetZ;   // horizontal jets, and floor tiles' vertical ones
    std::vector<RackPatch> racks;
    std::vector<UnitPatch> units;
    std::vector<TilePatch> tiles;
    std::vector<int> roomCells;   // fluid cells; roomHeatW is spread over them by volume
    std::string note;

    int cells() const { return nx * ny * nz; }
    int index(int i, int j, int k) const { return i + nx * (j + ny * k); }
    int faceX(int i, int j, int k) const { return i + (nx + 1) * (j + ny * k); }
    int faceY(int i, int j, int k) const { return i + nx * (j + (ny + 1) * k); }
    int faceZ(int i, int j, int k) const { return i + nx * (j + ny * k); }
};

// Volume fluxes through the faces (m³/s, positive along +x/+y/+z), same indexing as openX/Y/Z.
struct FaceFlux
{
    std::vector<double> x, y, z;
    int iterations = 0;
    double residual = 0.0;
    bool converged = false;
};

struct Temperatures
{
    std::vector<double> cellC;   // per cell (solid cells unset)
    std::vector<double> rackInletC, rackOutletC;   // parallel to Grid::racks
    int iterations = 0;
    double residual = 0.0;
    bool converged = false;
};

// The linear temperature problem A x = b on a fixed flow field. A does not depend on rack heat:
// heat only enters b, so x is affine in the rack heats (used for the recirculation matrix).
// Unknowns: the fluid cells, then θ_r per Grid::racks entry, then H and Θ when mixing.
struct TransportSystem
{
    std::vector<int> unknown;   // cell → unknown, −1 for solid cells
    int count = 0;   // fluid cells
    int size = 0;   // all unknowns
    int theta0 = 0, hRow = 0;
    bool mixing = false;
    double supplyMean = 20.0;
    Eigen::SparseMatrix<double, Eigen::RowMajor> A;
    Eigen::VectorXd baseRhs;   // supply temperatures, room heat and held cells; no rack heat
    std::vector<std::uint8_t> held;   // rows of sealed-off cells held at supplyMean
};

// Returns the first problem that prevents a solve (empty when the input can be solved).
std::string checkInput(const AirFieldInput &in, const AirFieldOptions &options);

Grid buildGrid(const AirFieldInput &in, const AirFieldOptions &options);
// The plan cell range [i0, i1) × [j0, j1) a box covers (edges snapped to grid lines, at least one).
void boxCells(const Grid &grid, const AirBox &box, int *i0, int *i1, int *j0, int *j1);
// Ceiling grilles (AirFieldInput::grilles): (cell under the ceiling, share of the return), the
// shares summing to 1; empty without open grilles. Notes blocked ones in grid.note.
std::vector<std::pair<int, double>> grilleReturnCells(Grid &grid, const AirFieldInput &in);
// Floor tiles: their patches (Grid::tiles), and their vertical jets and released sources.
void addTiles(Grid &grid, const AirFieldInput &in);
void addTileJets(Grid &grid, const AirFieldOptions &options);

// The cell size the grid is built with: options.cellM, or larger when the hall would need more
// than kMaxCells cells (memory stays bounded; *note says so). 0 when even kMaxCellM would not
// do: the hall is too big for the T1 field and *note says why.
constexpr double kMaxCells = 3.0e6;   // ~1 GB peak with the flow and transport systems
constexpr double kMaxCellM = 1.0;     // coarser cells no longer resolve a 0.6 m rack
constexpr size_t kMaxRecirculationRacks = 2000;   // 32 MB matrix, 2000 transport solves
double gridCellM(const AirFieldInput &in, const AirFieldOptions &options, std::string *note);
FaceFlux solveFlow(const Grid &grid, const AirFieldOptions &options, const Progress *progress);
// The potential-flow part alone for a given volume source per cell (no jets).
FaceFlux solvePotential(const Grid &grid, const std::vector<double> &source, const AirFieldOptions &options,
                        const Progress *progress);
// Buoyancy (AirFieldOptions::buoyancy): a divergence-free vertical drift from the temperatures
// of a first solve, added to flux.
void addBuoyancy(const Grid &grid, const std::vector<double> &cellC, const AirFieldOptions &options,
                 const Progress *progress, FaceFlux &flux);
// Σ over supplies (units into the room and tiles) of flow × supply temperature, and the flow.
double supplyHeatFlow(const Grid &grid, double *flowM3s);
TransportSystem assembleTransport(const Grid &grid, const FaceFlux &flux, const AirFieldInput &in,
                                  const AirFieldOptions &options);
// Adds the right-hand side of Grid::racks[r] dissipating heatW to b.
void addRackHeat(const TransportSystem &sys, const Grid &grid, int r, double heatW, Eigen::VectorXd &b);
// Intake temperature of every Grid::racks entry (θ_r mixed with H as the exchange prescribes).
std::vector<double> rackInlets(const TransportSystem &sys, const Grid &grid, const Eigen::VectorXd &x);

// BiCGSTAB on a TransportSystem's matrix (which must outlive it), Jacobi-preconditioned with an
// ILUT fallback, or ILUT first with a Jacobi fallback when manyRightHandSides (the factorisation
// then pays off). Each preconditioner is computed on first need and reused by every solve.
class TransportSolver
{
public:
    TransportSolver(const TransportSystem &sys, const AirFieldOptions &options,
                    bool manyRightHandSides = false);
    ~TransportSolver();
    TransportSolver(const TransportSolver &) = delete;
    TransportSolver &operator=(const TransportSolver &) = delete;
    // x holds the initial guess on entry and the solution on exit. Progress is reported over
    // [from, to]; throws Cancelled. Adds to iterations, sets residual; returns convergence.
    bool solve(const Eigen::VectorXd &b, Eigen::VectorXd &x, const Progress *progress, double from,
               double to, int &iterations, double &residual);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
    bool m_ilutFirst = false;
};

Temperatures solveTransport(const Grid &grid, const FaceFlux &flux, const AirFieldInput &in,
                            const AirFieldOptions &options, const Progress *progress);

// Wraps an Eigen preconditioner so that every application polls Progress::cancelled() (throws
// Cancelled) and reports progress now and then: cancellation without restarting Krylov solvers.
template<typename Base>
class CancellablePreconditioner : public Base
{
public:
    void watch(const Progress *progress, double from, double to, const char *stage)
    {
        m_progress = progress;
        m_from = from;
        m_to = to;
        m_stage = stage;
        m_calls = 0;
    }
    template<typename Rhs>
    const Eigen::Solve<Base, Rhs> solve(const Eigen::MatrixBase<Rhs> &b) const
    {
        if (m_progress) {
            if (m_progress->cancelled())
                throw Cancelled{};
            if (++m_calls % 25 == 0) {
                const double done = double(m_calls) / double(m_calls + 100);
                m_progress->report(m_from + (m_to - m_from) * done, m_stage);
            }
        }
        return Base::solve(b);
    }

private:
    const Progress *m_progress = nullptr;
    double m_from = 0.0, m_to = 1.0;
    const char *m_stage = "";
    mutable long m_calls = 0;
};

} // namespace aif::thermal::detail
