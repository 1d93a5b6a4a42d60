// Raised-floor plenum: 2D potential flow over the hall plan, tile flows from the static pressure
// under each tile (plenum.h for the model and its sources).
#include "plenum.h"

#include "airproperties.h"
#include "plangeometry.h"

#include <Eigen/SparseCholesky>
#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>

namespace aif::thermal {

namespace {

// Outer iterations between the velocity field and the tile flows: the dynamic pressure is a
// small correction to the tile pressure drop, so a few suffice; the limit is a safeguard.
constexpr int kMaxIterations = 60;
// Cells per hall side at most: the plan grid is coarsened beyond this (bounded memory).
constexpr int kMaxCellsPerSide = 600;

struct PlanGrid
{
    int nx = 1, ny = 1;
    double dx = 1.0, dy = 1.0;
    int index(int i, int j) const { return i + nx * j; }
};

// Cells whose centres lie in the rectangle, or the cell holding its centre when none does.
std::vector<int> cellsIn(const PlanGrid &g, double x0, double y0, double x1, double y1)
{
    std::vector<int> out;
    for (int j = 0; j < g.ny; ++j) {
        const double y = (j + 0.5) * g.dy;
        if (y < y0 || y > y1)
            continue;
        for (int i = 0; i < g.nx; ++i) {
            const double x = (i + 0.5) * g.dx;
            if (x >= x0 && x <= x1)
                out.push_back(g.index(i, j));
        }
    }
    if (out.empty()) {
        const int i = std::clamp(int(0.5 * (x0 + x1) / g.dx), 0, g.nx - 1);
        const int j = std::clamp(int(0.5 * (y0 + y1) / g.dy), 0, g.ny - 1);
        out.push_back(g.index(i, j));
    }
    return out;
}

bool feedsPlenum(const AirUnit &a, const Hall &hall)
{
    return a.hall == hall.id && !a.failed && a.discharge == "underfloor" && a.airflowM3s > 0.0;
}

} // namespace

double perforatedPlateK(double f)
{
    f = std::clamp(f, 1e-6, 1.0);
    const double k = 0.707 * std::pow(1.0 - f, 0.375) + 1.0 - f;
    // A fully open face still costs the exit of its jet (K ≥ 1 referred to its velocity would
    // double-count; Idelchik's formula gives 0 at f = 1, kept with a floor for the division).
    return std::max(k * k, 1e-3);
}

bool hasPlenum(const Project &p, const Hall &hall)
{
    if (hall.floor != "raised" || !(hall.raisedFloorM > 0.0))
        return false;
    bool units = false, tiles = false;
    for (const AirUnit &a : p.airUnits)
        units = units || feedsPlenum(a, hall);
    for (const Vent &v : p.vents)
        tiles = tiles || (v.hall == hall.id && v.isSupply());
    return units && tiles;
}

PlenumResult solvePlenum(const Project &p, const Hall &hall, double cellM, const std::vector<double> &unitSupplyC)
{
    PlenumResult res;
    res.hall = hall.id;
    res.depthM = hall.raisedFloorM * (1.0 - std::clamp(hall.plenumBlockage, 0.0, 0.95));
    PlanGrid g;
    const double h = std::max(cellM > 0.0 ? cellM : 0.3, std::max(hall.widthM, hall.depthM) / kMaxCellsPerSide);
    g.nx = std::max(1, int(std::lround(hall.widthM / h)));
    g.ny = std::max(1, int(std::lround(hall.depthM / h)));
    g.dx = hall.widthM / g.nx;
    g.dy = hall.depthM / g.ny;
    const int n = g.nx * g.ny;

    // Sources: the units' discharge over their footprints.
    std::vector<double> unitSource(n, 0.0);
    double supplyTemp = 0.0;
    for (size_t u = 0; u < p.airUnits.size(); ++u) {
        const AirUnit &a = p.airUnits[u];
        if (!feedsPlenum(a, hall))
            continue;
        const plan::Footprint f = plan::footprint(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg);
        const std::vector<int> cells = cellsIn(g, f.x0, f.y0, f.x1, f.y1);
        for (int c : cells)
            unitSource[c] += a.airflowM3s / double(cells.size());
        res.supplyM3s += a.airflowM3s;
        supplyTemp += a.airflowM3s * (u < unitSupplyC.size() ? unitSupplyC[u] : a.supplyTempC);
    }
    res.supplyC = res.supplyM3s > 0.0 ? supplyTemp / res.supplyM3s : 0.0;
    const double rho = airDensity(res.supplyC, p.siteOf(hall).elevationM);

    struct Tile
    {
        size_t vent;
        std::vector<int> cells;
        double coeff;   // Q = coeff · sqrt(Δp)
        double dynamicPa = 0.0;
    };
    std::vector<Tile> tiles;
    double coeffSum = 0.0;
    for (size_t v = 0; v < p.vents.size(); ++v) {
        const Vent &vent = p.vents[v];
        if (vent.hall != hall.id || !vent.isSupply())
            continue;
        const double f = std::clamp(vent.openArea, 0.0, 1.0) * std::clamp(vent.damper, 0.0, 1.0);
        const double area = std::max(0.0, vent.widthM) * std::max(0.0, vent.depthM) * f;
        const double coeff = area > 0.0 ? area * std::sqrt(2.0 / (rho * perforatedPlateK(f))) : 0.0;
        tiles.push_back({v, cellsIn(g, vent.xM - 0.5 * vent.widthM, vent.yM - 0.5 * vent.depthM,
                                    vent.xM + 0.5 * vent.widthM, vent.yM + 0.5 * vent.depthM), coeff});
        coeffSum += coeff;
    }
    if (res.supplyM3s <= 0.0 || tiles.empty() || !(res.depthM > 0.0)) {
        res.note = "no underfloor supply or no supply tiles: plenum not solved";
        return res;
    }
    if (coeffSum <= 0.0) {
        res.note = "every supply tile is closed: the underfloor supply has no way into the room";
        for (const Tile &t : tiles)
            res.tiles.push_back({p.vents[t.vent].id, 0.0, 0.0, res.supplyC});
        return res;
    }

    // Potential flow: flux between neighbours G (φ_P − φ_N), G = depth · face length / spacing.
    // One cell is pinned (pure Neumann problem; the sources always sum to zero).
    const double gx = res.depthM * g.dy / g.dx, gy = res.depthM * g.dx / g.dy;
    std::vector<Eigen::Triplet<double>> trip;
    std::vector<double> diag(n, 0.0);
    auto couple = [&](int a, int b, double G) {
        diag[a] += G;
        diag[b] += G;
        if (a != 0 && b != 0) {
            trip.emplace_back(a, b, -G);
            trip.emplace_back(b, a, -G);
        }
    };
    for (int j = 0; j < g.ny; ++j)
        for (int i = 0; i < g.nx; ++i) {
            if (i + 1 < g.nx)
                couple(g.index(i, j), g.index(i + 1, j), gx);
            if (j + 1 < g.ny)
                couple(g.index(i, j), g.index(i, j + 1), gy);
        }
    for (int a = 0; a < n; ++a)
        trip.emplace_back(a, a, a == 0 ? 1.0 : diag[a]);
    Eigen::SparseMatrix<double> A(n, n);
    A.setFromTriplets(trip.begin(), trip.end());
    Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> solver(A);

    // Tile flows at total pressure P: Q_t = c_t sqrt(max(0, P − ½ρu_t²)). Monotonic in P, so the
    // P that passes exactly the supply is found by bisection.
    auto flowAt = [&](double P, std::vector<double> *q) {
        double sum = 0.0;
        for (size_t t = 0; t < tiles.size(); ++t) {
            const double v = tiles[t].coeff * std::sqrt(std::max(0.0, P - tiles[t].dynamicPa));
            sum += v;
            if (q)
                (*q)[t] = v;
        }
        return sum;
    };
    auto balance = [&](std::vector<double> &q) {
        double lo = 0.0, hi = 1.0;
        for (const Tile &t : tiles)
            hi = std::max(hi, t.dynamicPa + 1.0);
        while (flowAt(hi, nullptr) < res.supplyM3s)
            hi *= 2.0;
        for (int it = 0; it < 200 && hi - lo > 1e-13 * hi; ++it) {
            const double mid = 0.5 * (lo + hi);
            (flowAt(mid, nullptr) < res.supplyM3s ? lo : hi) = mid;
        }
        const double P = 0.5 * (lo + hi);
        const double sum = flowAt(P, &q);
        // The bisection leaves a relative error of ~1e-13; the last scaling closes the balance.
        for (double &v : q)
            v *= res.supplyM3s / sum;
        return P;
    };

    std::vector<double> q(tiles.size());
    for (size_t t = 0; t < tiles.size(); ++t)
        q[t] = res.supplyM3s * tiles[t].coeff / coeffSum;   // first guess: no plenum velocity
    double P = 0.0;
    Eigen::VectorXd b(n), phi;
    for (res.iterations = 1; res.iterations <= kMaxIterations; ++res.iterations) {
        b = Eigen::Map<const Eigen::VectorXd>(unitSource.data(), n);
        for (size_t t = 0; t < tiles.size(); ++t)
            for (int c : tiles[t].cells)
                b[c] -= q[t] / double(tiles[t].cells.size());
        b[0] = 0.0;
        phi = solver.solve(b);
        // Velocity under a tile: the vector mean of its cells' centred velocities, in which the
        // tile's own inflow (symmetric about its centre) cancels; what is left is the air
        // streaming past it.
        for (Tile &t : tiles) {
            double ux = 0.0, uy = 0.0;
            for (int c : t.cells) {
                const int i = c % g.nx, j = c / g.nx;
                const double fl = i > 0 ? gx * (phi[c - 1] - phi[c]) : 0.0;
                const double fr = i + 1 < g.nx ? gx * (phi[c] - phi[c + 1]) : 0.0;
                const double fd = j > 0 ? gy * (phi[c - g.nx] - phi[c]) : 0.0;
                const double fu = j + 1 < g.ny ? gy * (phi[c] - phi[c + g.nx]) : 0.0;
                ux += 0.5 * (fl + fr) / (res.depthM * g.dy);
                uy += 0.5 * (fd + fu) / (res.depthM * g.dx);
            }
            ux /= double(t.cells.size());
            uy /= double(t.cells.size());
            t.dynamicPa = 0.5 * rho * (ux * ux + uy * uy);
        }
        std::vector<double> next(tiles.size());
        P = balance(next);
        double change = 0.0;
        for (size_t t = 0; t < tiles.size(); ++t) {
            change = std::max(change, std::abs(next[t] - q[t]));
            q[t] = next[t];
        }
        if (change < 1e-9 * res.supplyM3s)
            break;
    }
    res.iterations = std::min(res.iterations, kMaxIterations);
    res.totalPressurePa = P;
    res.minStaticPa = P;
    res.maxStaticPa = -1e300;
    for (size_t t = 0; t < tiles.size(); ++t) {
        const double ps = P - tiles[t].dynamicPa;
        res.minStaticPa = std::min(res.minStaticPa, ps);
        res.maxStaticPa = std::max(res.maxStaticPa, ps);
        res.tiles.push_back({p.vents[tiles[t].vent].id, q[t], ps, res.supplyC});
        if (q[t] <= 0.0 && tiles[t].coeff > 0.0)
            res.note = "tile " + p.vents[tiles[t].vent].id
                       + ": plenum velocity leaves no static pressure under it (no flow; in a real floor "
                         "it may draw room air down)";
    }
    return res;
}

} // namespace aif::thermal
