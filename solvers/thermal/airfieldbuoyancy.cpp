// Buoyancy in the T1 field (AirFieldOptions::buoyancy). Potential flow knows no gravity: warm
// exhaust neither rises to the ceiling returns nor spills around row ends as a warm layer. In
// the Boussinesq approximation the buoyant acceleration is g β (T − T̄), β = 1/T̄ for an ideal
// gas; the free-convection velocity scale it gives over a length ℓ is sqrt(g β |ΔT| ℓ)
// (Turner, Buoyancy Effects in Fluids, 1973, ch. 7; Tritton, Physical Fluid Dynamics, 2nd ed.
// 1988, §14). We take ℓ = the cell height and a coefficient C_b (assumption, 0.25: the drift
// stays a correction to the forced flow of fans and jets; aif cfd calibrate refines it), add
//   w_b = C_b sqrt(g β |T_f − T̄| Δz) · sign(T_f − T̄)
// on every open horizontal face (T_f the mean of its two cells, T̄ the hall's mean air), and
// remove its divergent part with a pressure projection: solve ∇·(∇ψ) = −∇·w_b on the same
// potential-flow operator and add w_b + ∇ψ. What remains circulates — warm columns rise, cool
// ones sink, and nothing piles up against the ceiling or floor — and the summed field is
// divergence-free to the solver tolerance, so the transport step's heat balance stays exact.
#include "thermal/airfieldgrid.h"

#include <algorithm>
#include <cmath>

namespace aif::thermal::detail {

void addBuoyancy(const Grid &g, const std::vector<double> &cellC, const AirFieldOptions &options,
                 const Progress *progress, FaceFlux &flux)
{
    constexpr double kG = 9.81;
    double mean = 0.0;
    int fluid = 0;
    for (int c = 0; c < g.cells(); ++c)
        if (!g.solid[c]) {
            mean += cellC[c];
            ++fluid;
        }
    if (fluid == 0 || g.nz < 2 || !(options.buoyancyCoefficient > 0.0))
        return;
    mean /= fluid;
    const double beta = 1.0 / (mean + 273.15);
    const double area = g.dx * g.dy;
    std::vector<double> w(flux.z.size(), 0.0);
    std::vector<double> source(g.cells(), 0.0);
    for (int k = 1; k < g.nz; ++k)
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                const int f = g.faceZ(i, j, k);
                if (g.openZ[f] <= 0.0f)
                    continue;
                const int below = g.index(i, j, k - 1), above = g.index(i, j, k);
                const double dT = 0.5 * (cellC[below] + cellC[above]) - mean;
                const double v = options.buoyancyCoefficient * std::sqrt(kG * beta * std::abs(dT) * g.dz);
                w[f] = (dT > 0.0 ? v : -v) * area * g.openZ[f];
                source[below] -= w[f];   // −(net outflow of w_b): the projection takes it back
                source[above] += w[f];
            }
    // solvePotential returns the flux whose net outflow per cell equals the source, the
    // opposite of w_b's: w_b + that flux is divergence-free.
    const FaceFlux psi = solvePotential(g, source, options, progress);
    for (size_t f = 0; f < flux.x.size(); ++f)
        flux.x[f] += psi.x[f];
    for (size_t f = 0; f < flux.y.size(); ++f)
        flux.y[f] += psi.y[f];
    for (size_t f = 0; f < flux.z.size(); ++f)
        flux.z[f] += psi.z[f] + w[f];
    flux.iterations += psi.iterations;
    flux.residual = std::max(flux.residual, psi.residual);
    flux.converged = flux.converged && psi.converged;
}

double supplyHeatFlow(const Grid &g, double *flowM3s)
{
    double heat = 0.0, flow = 0.0;
    for (const UnitPatch &p : g.units)
        if (!p.supply.empty()) {
            heat += p.flowM3s * p.supplyTempC;
            flow += p.flowM3s;
        }
    for (const TilePatch &t : g.tiles) {
        heat += t.flowM3s * t.supplyTempC;
        flow += t.flowM3s;
    }
    *flowM3s = flow;
    return heat;
}

} // namespace aif::thermal::detail
