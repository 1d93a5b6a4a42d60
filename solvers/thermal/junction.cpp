#include "junction.h"

#include <algorithm>
#include <cmath>

namespace aif::thermal {

namespace {
// Leakage ≈ 10 % of chip power at the nominal junction (physics.md). Nominal junction 65 °C and
// a doubling of leakage every 25 K are assumptions (typical of 4-5 nm CMOS), exposed here.
constexpr double kLeakShare = 0.10;
constexpr double kNominalJunctionC = 65.0;
const double kLeakPerK = std::log(2.0) / 25.0;

double powerAt(double nominalW, double junctionC)
{
    return nominalW * (1.0 + kLeakShare * (std::exp(kLeakPerK * (junctionC - kNominalJunctionC)) - 1.0));
}
} // namespace

GpuThermalLimits gpuLimits(const Json *gpu)
{
    GpuThermalLimits l;
    if (!gpu)
        return l;
    const Json t = gpu->value("thermal", Json::object());
    l.maxOperatingC = t.value("maxOperatingC", l.maxOperatingC);
    l.slowdownC = t.value("slowdownC", l.slowdownC);
    l.shutdownC = t.value("shutdownC", l.shutdownC);
    l.psiJcKPerW = t.value("psiJcKPerW", l.psiJcKPerW);
    return l;
}

GpuThermal gpuJunction(const GpuThermalLimits &lim, double localC, double nominalW, bool liquid)
{
    GpuThermal g;
    const double psi = lim.psiJcKPerW + (liquid ? kColdPlateKPerW : kAirHeatSinkKPerW);
    // Fixed point T_j = T_local + P(T_j)·ψ; converges while dP/dT·ψ < 1, i.e. away from runaway.
    double tj = localC + nominalW * psi;
    for (int i = 0; i < 100; ++i) {
        const double next = localC + powerAt(nominalW, tj) * psi;
        const bool done = std::abs(next - tj) < 1e-6;
        tj = next;
        if (done || tj > lim.shutdownC + 50)
            break;
    }
    g.junctionC = tj;
    g.powerW = powerAt(nominalW, tj);
    g.leakageFactor = nominalW > 0 ? g.powerW / nominalW : 1.0;
    if (tj > lim.slowdownC) {
        // Hardware slowdown holds the junction at the slowdown point by cutting clocks.
        g.throttled = true;
        const double allowedW = std::max(0.0, (lim.slowdownC - localC) / psi);
        const double unthrottledAtSlowdown = powerAt(nominalW, lim.slowdownC);
        g.powerFactor = unthrottledAtSlowdown > 0 ? std::min(1.0, allowedW / unthrottledAtSlowdown) : 0.0;
        g.clockFactor = std::cbrt(g.powerFactor);   // P ∝ C·V²·f with V ∝ f under DVFS
        g.junctionC = allowedW > 0 ? lim.slowdownC : localC;
        g.powerW = allowedW;
        // What the chip draws against its nominal power: the power solve uses this factor, so
        // a throttled GPU's heat is what its slowdown allows (not its leakage at a junction
        // it never reaches, which fed back into more heat and ran away).
        g.leakageFactor = nominalW > 0 ? g.powerW / nominalW : 1.0;
        g.shutdown = localC >= lim.shutdownC || allowedW <= 0;
    }
    g.aboveMaxOperating = g.junctionC > lim.maxOperatingC;
    return g;
}

} // namespace aif::thermal
