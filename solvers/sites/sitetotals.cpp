// Several sites' years as one factory's: absolute quantities add up (hour by hour where the
// year is kept by the hour), every ratio is taken again from the sums, never averaged.
#include "multisite.h"

#include <algorithm>

namespace aif::sites {

energy::AnnualResult combineAnnual(const std::vector<const energy::AnnualResult *> &years)
{
    energy::AnnualResult w;
    w.ok = !years.empty();
    std::array<double, 12> monthIt{};
    double heatMwh = 0.0, economizedMwh = 0.0, itWeightedFreeHours = 0.0;
    for (const energy::AnnualResult *y : years) {
        w.ok = w.ok && y->ok;
        w.climate += (w.climate.empty() ? "" : "+") + y->climate;
        w.itMwh += y->itMwh;
        w.facilityMwh += y->facilityMwh;
        // Peaks at different sites need not coincide: their sum bounds the factory's peak.
        w.peakFacilityW += y->peakFacilityW;
        w.waterM3 += y->waterM3;
        w.unmetHours = std::max(w.unmetHours, y->unmetHours);
        w.heatLoadMwh += y->heatLoadMwh;
        w.reusedMwh += y->reusedMwh;
        w.rejectedMwh += y->rejectedMwh;
        w.unmetMwh += y->unmetMwh;
        w.heatPumpMwh += y->heatPumpMwh;
        if (w.heatPumpCop <= 0.0 && y->heatPumpCop > 0.0) {
            w.heatPumpCop = y->heatPumpCop;
            w.heatPumpLiftK = y->heatPumpLiftK;
        }
        w.reuseHours = std::max(w.reuseHours, y->reuseHours);
        itWeightedFreeHours += y->itMwh * y->freeCoolingHours;
        for (const energy::AnnualResult::Loop &l : y->loops) {
            w.loops.push_back(l);
            heatMwh += l.heatMwh;
            economizedMwh += l.heatMwh * l.economizerShare;
        }
        for (int m = 0; m < 12; ++m) {
            w.monthlyFacilityMwh[m] += y->monthlyFacilityMwh[m];
            w.monthlyReusedMwh[m] += y->monthlyReusedMwh[m];
            monthIt[m] += y->monthlyPue[m] > 0.0 ? y->monthlyFacilityMwh[m] / y->monthlyPue[m] : 0.0;
        }
        if (w.hourlyFacilityW.size() < y->hourlyFacilityW.size())
            w.hourlyFacilityW.resize(y->hourlyFacilityW.size(), 0.0f);
        for (size_t h = 0; h < y->hourlyFacilityW.size(); ++h)
            w.hourlyFacilityW[h] += y->hourlyFacilityW[h];
    }
    w.pue = w.itMwh > 0.0 ? w.facilityMwh / w.itMwh : 0.0;
    w.wueLPerKwh = w.itMwh > 0.0 ? w.waterM3 / w.itMwh : 0.0;   // m³/MWh = L/kWh
    // The factory's free-cooling hours: the sites' hours weighted by their IT energy.
    w.freeCoolingHours = w.itMwh > 0.0 ? int(std::lround(itWeightedFreeHours / w.itMwh)) : 0;
    w.economizerShare = heatMwh > 0.0 ? economizedMwh / heatMwh : 0.0;
    for (int m = 0; m < 12; ++m) {
        w.monthlyPue[m] = monthIt[m] > 0.0 ? w.monthlyFacilityMwh[m] / monthIt[m] : 0.0;
        w.monthlyEre[m] = monthIt[m] > 0.0 ? (w.monthlyFacilityMwh[m] - w.monthlyReusedMwh[m]) / monthIt[m] : 0.0;
        double hours = 0.0;
        for (const energy::AnnualResult *y : years)
            hours += y->itMwh * y->monthlyFreeCoolingHours[m];
        w.monthlyFreeCoolingHours[m] = w.itMwh > 0.0 ? int(std::lround(hours / w.itMwh)) : 0;
    }
    return w;
}

energy::Sustainability combineSustainability(const std::vector<const energy::Sustainability *> &parts,
                                             const energy::AnnualResult &whole, double tokensPerYear)
{
    energy::Sustainability s;
    energy::Sustainability::HeatReuse &h = s.heatReuse;
    energy::Sustainability::Carbon &c = s.carbon;
    c.set = !parts.empty();
    for (const energy::Sustainability *p : parts) {
        h.reusedMwh += p->heatReuse.reusedMwh;
        h.deliveredMwh += p->heatReuse.deliveredMwh;
        h.heatPumpMwh += p->heatReuse.heatPumpMwh;
        h.revenueUsd += p->heatReuse.revenueUsd;
        h.hours = std::max(h.hours, p->heatReuse.hours);
        if (h.heatPumpCop <= 0.0 && p->heatReuse.heatPumpCop > 0.0) {
            h.heatPumpCop = p->heatReuse.heatPumpCop;
            h.liftK = p->heatReuse.liftK;
        }
        // One site without a grid intensity leaves the factory's carbon unknown, not smaller.
        c.set = c.set && p->carbon.set;
        c.source = c.source.empty() || c.source == p->carbon.source ? p->carbon.source : std::string("each site's own");
        c.scope2T += p->carbon.scope2T;
        c.scope2LocationT += p->carbon.scope2LocationT;
        s.water.m3 += p->water.m3;
    }
    h.pue = whole.pue;
    h.erf = whole.facilityMwh > 0.0 ? h.reusedMwh / whole.facilityMwh : 0.0;
    h.ere = whole.itMwh > 0.0 ? (whole.facilityMwh - h.reusedMwh) / whole.itMwh : 0.0;
    // Location-based tonnes over the energy: the factory's mean grid intensity (t/MWh = kg/kWh).
    c.intensityGPerKwh = whole.facilityMwh > 0.0 ? c.scope2LocationT * 1000.0 / whole.facilityMwh : 0.0;
    c.carbonFreeShare = c.scope2LocationT > 0.0 ? 1.0 - c.scope2T / c.scope2LocationT : 0.0;
    c.cueKgPerKwh = whole.itMwh > 0.0 ? c.scope2T / whole.itMwh : 0.0;   // t/MWh = kg/kWh
    if (tokensPerYear > 0.0)
        c.gPerMtok = c.scope2T * 1e6 / (tokensPerYear / 1e6);
    s.water.wueLPerKwh = whole.itMwh > 0.0 ? s.water.m3 / whole.itMwh : 0.0;
    if (tokensPerYear > 0.0)
        s.water.litresPerMtok = s.water.m3 * 1000.0 / (tokensPerYear / 1e6);
    return s;
}

} // namespace aif::sites
