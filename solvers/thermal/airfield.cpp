// T1 air field: grid → potential flow → temperature, then the per-rack and per-unit summaries
// and the energy balance. See airfield.h and ../shared/design/physics.md.
#include "thermal/airfield.h"
#include "thermal/airfieldgrid.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace aif::thermal {

using namespace detail;

namespace {

void appendNote(std::string &note, const std::string &line)
{
    if (line.empty())
        return;
    if (!note.empty())
        note += '\n';
    note += line;
}

// Solid cells get the mean of their fluid neighbours (repeated inward), for display only.
void fillSolids(const Grid &g, std::vector<float> &t, float fallback)
{
    std::vector<std::uint8_t> known(g.cells());
    for (int c = 0; c < g.cells(); ++c)
        known[c] = !g.solid[c];
    for (bool changed = true; changed;) {
        changed = false;
        std::vector<std::uint8_t> next = known;
        for (int c = 0; c < g.cells(); ++c) {
            if (known[c])
                continue;
            const int i = c % g.nx, j = (c / g.nx) % g.ny, k = c / (g.nx * g.ny);
            double sum = 0.0;
            int m = 0;
            auto take = [&](int q) {
                if (known[q]) {
                    sum += t[q];
                    ++m;
                }
            };
            if (i > 0) take(c - 1);
            if (i + 1 < g.nx) take(c + 1);
            if (j > 0) take(c - g.nx);
            if (j + 1 < g.ny) take(c + g.nx);
            if (k > 0) take(c - g.nx * g.ny);
            if (k + 1 < g.nz) take(c + g.nx * g.ny);
            if (m > 0) {
                t[c] = float(sum / m);
                next[c] = 1;
                changed = true;
            }
        }
        known.swap(next);
    }
    for (int c = 0; c < g.cells(); ++c)
        if (!known[c])
            t[c] = fallback;
}

std::string recirculationNote(const AirFieldOptions &o)
{
    char buf[800];
    std::snprintf(buf, sizeof buf,
                  "T1 potential flow + upwind advection-diffusion (effective diffusivity %.3g m2/s, "
                  "assumption). Jets: supply air keeps its direction for %.2g m, rack exhaust for "
                  "%.2g m, tiles rise %.2g m before joining the potential flow (assumption). Buoyancy: %s. "
                  "Recirculation "
                  "correction: each rack draws up to %.0f %% of its intake from the hall's mean "
                  "exhaust-zone air, scaled by its distance from the nearest supply or its exposure to "
                  "an open row end (assumption, "
                  "calibrate against CFD; 0 disables).",
                  o.diffusivityM2s, o.supplyThrowM, o.exhaustThrowM, o.tileThrowM,
                  o.buoyancy ? "Boussinesq drift, projected divergence-free" : "off", 100.0 * o.recirculationMix);
    return buf;
}

} // namespace

std::string detail::checkInput(const AirFieldInput &in, const AirFieldOptions &options)
{
    if (!(in.widthM > 0.0 && in.depthM > 0.0 && in.heightM > 0.0))
        return "hall: width, depth and height must be positive";
    if (!(options.cellM > 0.0))
        return "options: cellM must be positive";
    return {};
}

AirFieldResult solveAirField(const AirFieldInput &in, const AirFieldOptions &requested,
                             Progress *progress)
{
    AirFieldOptions options = requested;   // cellM may be coarsened below
    const auto start = std::chrono::steady_clock::now();
    AirFieldResult res;
    res.cellM = options.cellM;
    res.rackInletC.assign(in.racks.size(), std::nan(""));
    res.rackOutletC.assign(in.racks.size(), std::nan(""));
    res.unitReturnC.assign(in.units.size(), std::nan(""));
    auto finish = [&]() -> AirFieldResult & {
        res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return res;
    };
    res.note = checkInput(in, options);
    if (!res.note.empty())
        return finish();
    options.cellM = gridCellM(in, requested, &res.gridNote);
    if (options.cellM <= 0.0) {
        res.note = res.gridNote;   // too big to solve within the memory bound
        return finish();
    }
    if (progress && progress->cancelled()) {
        res.cancelled = true;
        return finish();
    }
    if (progress)
        progress->report(0.0, "air field: grid");
    const Grid g = buildGrid(in, options);
    res.nx = g.nx;
    res.ny = g.ny;
    res.nz = g.nz;
    res.dx = g.dx;
    res.dy = g.dy;
    res.dz = g.dz;
    res.solid = g.solid;
    res.note = recirculationNote(options);
    appendNote(res.note, res.gridNote);
    appendNote(res.note, g.note);

    FaceFlux flux;
    Temperatures temp;
    try {
        flux = solveFlow(g, options, progress);
        if (progress)
            progress->report(0.45, "air field: temperature");
        temp = solveTransport(g, flux, in, options, progress);
        if (options.buoyancy && temp.converged) {
            // Buoyant drift from the forced-flow temperatures, then temperature again on the sum
            // (one correction: the drift is a perturbation of the forced flow).
            AirFieldOptions warm = options;
            std::vector<float> start(temp.cellC.begin(), temp.cellC.end());
            warm.warmStartTemperature = &start;
            addBuoyancy(g, temp.cellC, options, progress, flux);
            const int first = temp.iterations;
            temp = solveTransport(g, flux, in, warm, progress);
            temp.iterations += first;
        }
    } catch (const Cancelled &) {
        res.cancelled = true;
        res.flowIterations = flux.iterations;
        return finish();
    }
    res.flowIterations = flux.iterations;
    res.flowResidual = flux.residual;
    res.thermalIterations = temp.iterations;
    res.thermalResidual = temp.residual;
    res.converged = flux.converged && temp.converged;
    if (!flux.converged)
        appendNote(res.note, "flow: not converged (or an enclosed pocket whose sources do not balance)");
    if (!temp.converged)
        appendNote(res.note, "temperature: not converged");

    // Cell-centred fields.
    const int n = g.cells();
    res.temperatureC.assign(n, 0.0f);
    res.vx.assign(n, 0.0f);
    res.vy.assign(n, 0.0f);
    res.vz.assign(n, 0.0f);
    for (int k = 0; k < g.nz; ++k)
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                const int c = g.index(i, j, k);
                res.temperatureC[c] = float(temp.cellC[c]);
                if (g.solid[c])
                    continue;
                res.vx[c] = float(0.5 * (flux.x[g.faceX(i, j, k)] + flux.x[g.faceX(i + 1, j, k)])
                                  / (g.dy * g.dz));
                res.vy[c] = float(0.5 * (flux.y[g.faceY(i, j, k)] + flux.y[g.faceY(i, j + 1, k)])
                                  / (g.dx * g.dz));
                res.vz[c] = float(0.5 * (flux.z[g.faceZ(i, j, k)] + flux.z[g.faceZ(i, j, k + 1)])
                                  / (g.dx * g.dy));
            }

    // Summaries and the energy balance: Σ P_rack + roomHeat = Σ ρ c_p V (T_return − T_supply).
    double supplyFlow = 0.0;
    const double supplyHeat = supplyHeatFlow(g, &supplyFlow);
    for (size_t r = 0; r < g.racks.size(); ++r) {
        res.rackInletC[g.racks[r].rack] = temp.rackInletC[r];
        res.rackOutletC[g.racks[r].rack] = temp.rackOutletC[r];
        res.heatInW += g.racks[r].heatW;
    }
    if (!g.roomCells.empty())
        res.heatInW += in.roomHeatW;
    for (const UnitPatch &p : g.units) {
        double sum = 0.0;
        for (const auto &[c, q] : p.ret)
            sum += q * temp.cellC[c];
        res.unitReturnC[p.unit] = sum / p.flowM3s;
        res.heatRemovedW += kRhoAir * kCpAir * sum;
    }
    res.heatRemovedW -= kRhoAir * kCpAir * supplyHeat;   // units into the room and tiles
    fillSolids(g, res.temperatureC, float(supplyFlow > 0.0 ? supplyHeat / supplyFlow : 20.0));
    if (res.heatInW != 0.0 && std::abs(res.heatRemovedW - res.heatInW) > 0.005 * std::abs(res.heatInW))
        appendNote(res.note, "energy balance: heat removed differs from heat in by more than 0.5 %");
    if (progress)
        progress->report(1.0, "air field: done");
    return finish();
}

} // namespace aif::thermal
