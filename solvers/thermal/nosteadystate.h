#pragma once

#include "junction.h"

namespace aif {
struct Hall;
}

namespace aif::thermal {

// Cooling lost altogether has no steady state: the heat keeps going in and nothing takes it
// out, so temperatures rise until equipment shuts down. The solvers report that moment rather
// than a temperature that would never settle (or a NaN).

// Seconds for a hall's air to warm from startC to allowableC with netHeatW going into it and
// nothing taken out: t = ρ·c_p·V·ΔT / Q, V the hall's air volume (floor area × height). Only the
// air's heat capacity is counted, so this is the initial rate and a lower bound: racks, walls
// and slab absorb heat too and measured rooms take longer (Khankari, "Rate of heating analysis
// of data centers during power shutdown", ASHRAE Transactions 117(1), 2011, LV-11-C026).
double secondsToAllowable(const Hall &hall, double startC, double allowableC, double netHeatW, double elevationM);

// The GPUs of a rack whose cooling has no steady state: held at their shutdown temperature,
// drawing nothing and running at zero clock (throughput counts them offline).
void shutDownGpus(GpuThermal &gpu, const GpuThermalLimits &limits);

} // namespace aif::thermal
