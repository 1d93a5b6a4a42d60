#pragma once

#include <vector>

namespace aif::thermal {

// Rack Cooling Index (Herrlin 2005), in %: 100 when no intake exceeds the recommended limit,
// 0 when every intake sits at the allowable limit. ≥ 96 good, 91-95 acceptable, ≤ 90 poor.
double rciHi(const std::vector<double> &intakesC, double recommendedMaxC, double allowableMaxC);
double rciLo(const std::vector<double> &intakesC, double recommendedMinC, double allowableMinC);

// Return Temperature Index (Herrlin 2007), in %: (T_return − T_supply) / ΔT_equipment.
// Above 100: recirculation; below 100: bypass air.
double rti(double returnC, double supplyC, double equipmentDeltaTK);

// Supply Heat Index (Sharma et al. 2002): share of the inlet's temperature rise already gained
// by recirculation, (T_in − T_sup) / (T_out − T_sup), averaged over racks.
double shi(const std::vector<double> &inletsC, const std::vector<double> &outletsC, double supplyC);

} // namespace aif::thermal
