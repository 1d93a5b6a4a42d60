#include "airmetrics.h"

#include <algorithm>

namespace aif::thermal {

double rciHi(const std::vector<double> &t, double rec, double allow)
{
    if (t.empty() || allow <= rec)
        return 100.0;
    double over = 0.0;
    for (double x : t)
        over += std::max(0.0, x - rec);
    return (1.0 - over / ((allow - rec) * double(t.size()))) * 100.0;
}

double rciLo(const std::vector<double> &t, double rec, double allow)
{
    if (t.empty() || allow >= rec)
        return 100.0;
    double under = 0.0;
    for (double x : t)
        under += std::max(0.0, rec - x);
    return (1.0 - under / ((rec - allow) * double(t.size()))) * 100.0;
}

double rti(double returnC, double supplyC, double equipmentDeltaTK)
{
    return equipmentDeltaTK > 0 ? (returnC - supplyC) / equipmentDeltaTK * 100.0 : 0.0;
}

double shi(const std::vector<double> &in, const std::vector<double> &out, double supplyC)
{
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < in.size() && i < out.size(); ++i) {
        if (out[i] - supplyC > 1e-9) {
            sum += (in[i] - supplyC) / (out[i] - supplyC);
            ++n;
        }
    }
    return n ? sum / n : 0.0;
}

} // namespace aif::thermal
