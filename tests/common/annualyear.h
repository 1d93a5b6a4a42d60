#pragma once

// The weather year of a design at a climate, as the solve job runs it (busy and idle power
// points blended by utilization): shared by the energy suites.
#include "catalog.h"
#include "energy/annual.h"
#include "power/powersolver.h"
#include "project.h"

#include <string>

namespace aif::testing {

inline energy::AnnualResult annualYear(Project p, const Catalog &catalog, const std::string &climate,
                                       double utilization = 0.7)
{
    p.site().climate = climate;
    const power::PowerResult busy = power::solvePower(p, catalog);
    power::PowerOptions o;
    o.load.defaultActivity = 0.0;
    const power::PowerResult idle = power::solvePower(p, catalog, o);
    return energy::annualEnergy(p, catalog, busy, idle, energy::AnnualOptions{utilization});
}

} // namespace aif::testing
