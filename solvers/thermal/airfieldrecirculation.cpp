// T0 recirculation matrix from the T1 air field (airfield.h, physics.md "Thermal"): the flow
// field and the transport matrix do not depend on rack heat, which enters the right-hand side
// only, so T = T0 + Σ_j P_j δ_j with A T0 = b0 (no rack heat) and A δ_j = h_j (rack j at 1 W).
// The grid, the flow, the matrix and its (ILUT) preconditioner are built once; each column is
// one BiCGSTAB solve. Column j is solved for the increment δ_j itself (rack j at 1 kW, divided by
// 1000 afterwards): that is the base solution as warm start (δ = 0 ⇔ T = T0), with the solver's
// relative tolerance applying to the increment rather than to the whole temperature field.
// With buoyancy the flow field includes the drift of the racks' heats given in the input.
#include "thermal/airfield.h"
#include "thermal/airfieldgrid.h"

#include <chrono>
#include <cmath>

namespace aif::thermal {

using namespace detail;

RecirculationMatrix computeRecirculationMatrix(const AirFieldInput &in, const AirFieldOptions &requested,
                                               Progress *progress)
{
    AirFieldOptions options = requested;   // cellM may be coarsened below
    const auto start = std::chrono::steady_clock::now();
    const size_t n = in.racks.size();
    RecirculationMatrix res;
    for (const AirRack &r : in.racks)
        res.rackIds.push_back(r.id);
    res.baseInletC.assign(n, std::nan(""));
    if (n <= kMaxRecirculationRacks)
        res.dKPerW.assign(n * n, 0.0);
    auto finish = [&]() -> RecirculationMatrix & {
        res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return res;
    };
    res.note = checkInput(in, options);
    if (!res.note.empty())
        return finish();
    // One transport solve per rack and an n x n matrix: bounded like the grid.
    if (n > kMaxRecirculationRacks) {
        res.note = "hall has " + std::to_string(n) + " racks, more than the "
                   + std::to_string(kMaxRecirculationRacks) + " a recirculation matrix is built for (one field solve "
                   "per rack): T0 keeps its plain inlets";
        return finish();
    }
    std::string gridNote;
    options.cellM = gridCellM(in, requested, &gridNote);
    if (options.cellM <= 0.0) {
        res.note = gridNote;
        return finish();
    }
    if (progress && progress->cancelled()) {
        res.cancelled = true;
        return finish();
    }
    if (progress)
        progress->report(0.0, "air field: grid");
    const Grid g = buildGrid(in, options);
    res.note = gridNote;
    if (!g.note.empty())
        res.note += std::string(res.note.empty() ? "" : "\n") + g.note;
    const int racks = int(g.racks.size());
    constexpr double kProbeW = 1000.0;   // unit heat per column, divided out (conditioning)

    try {
        FaceFlux flux = solveFlow(g, options, progress);
        if (options.buoyancy) {
            // The buoyant drift depends on the temperatures: it is frozen at the racks' heats in
            // `in` (the T1 solve's operating point), and the matrix is exact for that flow field.
            const Temperatures forced = solveTransport(g, flux, in, options, progress);
            if (forced.converged)
                addBuoyancy(g, forced.cellC, options, progress, flux);
        }
        res.converged = flux.converged;
        if (!flux.converged)
            res.note += std::string(res.note.empty() ? "" : "\n")
                        + "flow: not converged (or an enclosed pocket whose sources do not balance)";
        const TransportSystem sys = assembleTransport(g, flux, in, options);
        TransportSolver solver(sys, options, /*manyRightHandSides=*/true);
        int iterations = 0;
        double residual = 0.0;
        const double span = 0.55 / double(racks + 1);
        auto stageStart = [&](int column) { return 0.45 + span * double(column); };

        // Base: every rack at 0 W.
        Eigen::VectorXd base = Eigen::VectorXd::Constant(sys.size, sys.supplyMean);
        bool ok = solver.solve(sys.baseRhs, base, progress, stageStart(0), stageStart(1), iterations,
                               residual);
        const std::vector<double> inlet0 = rackInlets(sys, g, base);
        for (int r = 0; r < racks; ++r)
            res.baseInletC[size_t(g.racks[r].rack)] = inlet0[r];
        // Rows of racks the grid ignores stay NaN, like solveAirField's intakes.
        std::vector<std::uint8_t> active(n, 0);
        for (const RackPatch &p : g.racks)
            active[size_t(p.rack)] = 1;
        for (size_t i = 0; i < n; ++i)
            if (!active[i])
                for (size_t j = 0; j < n; ++j)
                    res.dKPerW[i * n + j] = std::nan("");

        // Columns: A δ_j = h_j, from δ = 0 (the base solution).
        Eigen::VectorXd rhs(sys.size), delta(sys.size);
        for (int r = 0; r < racks; ++r) {
            if (progress) {
                if (progress->cancelled())
                    throw Cancelled{};
                progress->report(stageStart(r + 1), "air field: recirculation matrix");
            }
            rhs.setZero();
            addRackHeat(sys, g, r, kProbeW, rhs);
            delta.setZero();
            ok = solver.solve(rhs, delta, progress, stageStart(r + 1), stageStart(r + 2), iterations,
                              residual)
                 && ok;
            const std::vector<double> rise = rackInlets(sys, g, delta);
            const size_t j = size_t(g.racks[r].rack);
            for (int i = 0; i < racks; ++i)
                res.dKPerW[size_t(g.racks[i].rack) * n + j] = rise[i] / kProbeW;
        }
        res.converged = res.converged && ok;
        if (!ok)
            res.note += std::string(res.note.empty() ? "" : "\n") + "temperature: not converged";
    } catch (const Cancelled &) {
        res.cancelled = true;
        res.converged = false;
        return finish();
    }
    if (progress)
        progress->report(1.0, "air field: done");
    return finish();
}

} // namespace aif::thermal
