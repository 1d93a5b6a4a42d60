// Fan curves against the raised-floor plenum (fancurve.h).
#include "fancurve.h"

#include "plenum.h"

#include <algorithm>
#include <cmath>

namespace aif::thermal {

double fanCurveFlowM3s(const aif::AirUnit &a, double staticPa)
{
    if (!(a.fanShutoffPa > 0.0))
        return a.airflowM3s;
    // The rated point lies on the curve: V_r = V_max · sqrt(1 − P_r / P_0).
    const double ratedShare = 1.0 - std::clamp(a.ratedStaticPa / a.fanShutoffPa, 0.0, 0.99);
    const double vMax = a.airflowM3s / std::sqrt(ratedShare);
    return vMax * std::sqrt(std::max(0.0, 1.0 - staticPa / a.fanShutoffPa));
}

bool fanCurveFlows(const Project &p, double cellM, std::vector<double> *flows)
{
    flows->assign(p.airUnits.size(), 0.0);
    for (size_t u = 0; u < p.airUnits.size(); ++u)
        (*flows)[u] = p.airUnits[u].airflowM3s;
    bool any = false;
    for (const Hall &hall : p.halls) {
        if (!hasPlenum(p, hall))
            continue;
        std::vector<size_t> feeding;
        bool curve = false;
        for (size_t u = 0; u < p.airUnits.size(); ++u) {
            const AirUnit &a = p.airUnits[u];
            if (a.hall == hall.id && !a.failed && a.discharge == "underfloor" && a.airflowM3s > 0.0) {
                feeding.push_back(u);
                curve = curve || a.fanShutoffPa > 0.0;
            }
        }
        if (!curve)
            continue;
        // The floor's system curve from one plenum solve at the rated flows.
        const PlenumResult rated = solvePlenum(p, hall, cellM);
        if (!(rated.supplyM3s > 0.0) || !(rated.totalPressurePa > 0.0))
            continue;
        const double c = rated.totalPressurePa / (rated.supplyM3s * rated.supplyM3s);
        auto delivered = [&](double pa) {
            double v = 0.0;
            for (size_t u : feeding)
                v += fanCurveFlowM3s(p.airUnits[u], pa);
            return v;
        };
        double lo = 0.0, hi = 0.0;
        for (size_t u : feeding)
            hi = std::max(hi, p.airUnits[u].fanShutoffPa > 0.0 ? p.airUnits[u].fanShutoffPa
                                                               : c * std::pow(p.airUnits[u].airflowM3s, 2));
        hi = std::max(hi, c * std::pow(delivered(hi), 2)) + 1.0;
        for (int it = 0; it < 100; ++it) {   // c·V(P)² − P falls with P: bisection
            const double mid = 0.5 * (lo + hi);
            (c * std::pow(delivered(mid), 2) > mid ? lo : hi) = mid;
        }
        for (size_t u : feeding)
            (*flows)[u] = fanCurveFlowM3s(p.airUnits[u], 0.5 * (lo + hi));
        any = true;
    }
    return any;
}

} // namespace aif::thermal
