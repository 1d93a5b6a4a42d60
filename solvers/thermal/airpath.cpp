// Tier T0's per-rack air path (airpath.h). The constants are assumptions; docs/thermal.md says
// where each comes from and what the validation halls show.
#include "airpath.h"

#include "plangeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif::thermal {

namespace {

// Returns through grilles into a ceiling plenum (or ducts) draw the hot-aisle exhaust up and
// out before it spreads over the racks: they remove about half of what an open room return
// recirculates. Assumption, in line with the 40–60 % cuts in recirculation index Sorell (2007,
// "The Best Air Flow Design for Your Data Center", HPAC) and Schneider Electric White Paper 55
// (Rasmussen, "The different types of air distribution for IT environments") report for
// ducted hot-aisle returns; aif cfd calibrate refines it.
constexpr double kCeilingReturnFactor = 0.5;
// Without blanking panels the rack's own exhaust loops back through the empty U inside it:
// 10 % of its airflow. Assumption: Schneider Electric White Paper 44 (Rasmussen, "Improving Rack
// Cooling Performance Using Airflow Management Blanking Panels", rev. 4) measured intakes up to
// 8 K hotter with open U; at a 12 K rise through the rack that is a two-thirds share at the
// worst server and about a tenth over a whole rack.
constexpr double kMissingBlankingShare = 0.10;
// Row-end wrap-around: exhaust flows around the open end of a row into the end rack's intake.
// In the issue-16 OpenFOAM runs only the end rack is touched (the second rack of the row sees
// the supply temperature when the aisle is fed), so the exposure decays within a quarter rack.
// Its strength is project.airModel.rowEndRecirculation (calibrated, docs/thermal.md).
constexpr double kWrapDecayM = 0.15;
// A tile feeds the racks whose intakes face it across at most this distance (a wide cold aisle).
constexpr double kTileReachM = 2.4;

struct Front
{
    double cx, cy;           // centre of the intake face
    double nx, ny;           // outward normal of the intake face
    double lo, hi;           // extent along the row (x for rows along x, else y)
    bool alongX;
};

Front frontOf(const Rack &r)
{
    const plan::Footprint f = plan::footprint(r.xM, r.yM, r.widthM, r.depthM, r.rotationDeg);
    const int q = plan::quarterTurns(r.rotationDeg);   // 0: −y, 1: +x, 2: +y, 3: −x
    const double cx = 0.5 * (f.x0 + f.x1), cy = 0.5 * (f.y0 + f.y1);
    switch (q) {
    case 1: return {f.x1, cy, 1, 0, f.y0, f.y1, false};
    case 2: return {cx, f.y1, 0, 1, f.x0, f.x1, true};
    case 3: return {f.x0, cy, -1, 0, f.y0, f.y1, false};
    default: return {cx, f.y0, 0, -1, f.x0, f.x1, true};
    }
}

} // namespace

std::vector<double> rowEndExposure(const Project &p, const std::vector<size_t> &racks,
                                   const std::unordered_map<std::string, double> &rowLeakage, double decayM)
{
    std::vector<Front> fronts;
    for (size_t r : racks)
        fronts.push_back(frontOf(p.racks[r]));
    std::vector<double> out(racks.size(), 0.0);
    for (size_t k = 0; k < racks.size(); ++k) {
        const Rack &rack = p.racks[racks[k]];
        if (rowLeakage.count(rack.row))
            continue;   // contained: the aisle ends are doors
        // The row: racks of the same row id (or, without one, facing the same way in line).
        double lo = fronts[k].lo, hi = fronts[k].hi;
        for (size_t m = 0; m < racks.size(); ++m) {
            const Rack &other = p.racks[racks[m]];
            const bool same = !rack.row.empty()
                                  ? other.row == rack.row
                                  : (fronts[m].alongX == fronts[k].alongX && fronts[m].nx == fronts[k].nx
                                     && fronts[m].ny == fronts[k].ny
                                     && std::abs(fronts[k].alongX ? fronts[m].cy - fronts[k].cy
                                                                  : fronts[m].cx - fronts[k].cx) < 0.1);
            if (same && fronts[m].alongX == fronts[k].alongX) {
                lo = std::min(lo, fronts[m].lo);
                hi = std::max(hi, fronts[m].hi);
            }
        }
        const double d = std::max(0.0, std::min(fronts[k].lo - lo, hi - fronts[k].hi));
        out[k] = decayM > 0.0 ? std::exp(-d / decayM) : (d <= 0.0 ? 1.0 : 0.0);
    }
    return out;
}

std::vector<RackAirPath> rackAirPaths(const AirPathInput &in)
{
    const Project &p = *in.project;
    const size_t n = in.racks.size();
    std::vector<RackAirPath> out(n);
    double rackFlow = 0.0;
    for (double v : in.airflowM3s)
        rackFlow += v;
    const std::vector<double> exposure = rowEndExposure(p, in.racks, in.rowLeakage, kWrapDecayM);

    // Local supply: the tile flow in front of each rack, or the hall's supply ratio.
    std::vector<double> delivered(n, 0.0);
    const bool tiles = in.plenum && !in.plenum->tiles.empty();
    if (tiles) {
        std::vector<Front> fronts;
        for (size_t r : in.racks)
            fronts.push_back(frontOf(p.racks[r]));
        double pooled = 0.0;
        for (const VentFlow &tf : in.plenum->tiles) {
            const Vent *v = p.get<Vent>(tf.id);
            if (!v)
                continue;
            std::vector<double> w(n, 0.0);
            double sum = 0.0;
            for (size_t k = 0; k < n; ++k) {
                const Front &f = fronts[k];
                const double ahead = (v->xM - f.cx) * f.nx + (v->yM - f.cy) * f.ny;
                if (ahead <= 0.0 || ahead > kTileReachM)
                    continue;
                const double c = f.alongX ? v->xM : v->yM, half = 0.5 * (f.alongX ? v->widthM : v->depthM);
                const double overlap = std::min(f.hi, c + half) - std::max(f.lo, c - half);
                if (overlap > 1e-6) {
                    w[k] = overlap * in.airflowM3s[k];
                    sum += w[k];
                }
            }
            if (sum <= 0.0) {
                pooled += tf.flowM3s;   // a tile in front of no rack still cools the room
                continue;
            }
            for (size_t k = 0; k < n; ++k)
                delivered[k] += tf.flowM3s * w[k] / sum;
        }
        for (size_t k = 0; k < n; ++k)
            delivered[k] += rackFlow > 0.0 ? pooled * in.airflowM3s[k] / rackFlow : 0.0;
        // Units that still discharge into the room (not underfloor) supply the hall as a whole.
        const double roomSupply = std::max(0.0, in.hallSupplyM3s - in.plenum->supplyM3s);
        for (size_t k = 0; k < n; ++k)
            delivered[k] += rackFlow > 0.0 ? roomSupply * in.airflowM3s[k] / rackFlow : 0.0;
    } else {
        for (size_t k = 0; k < n; ++k)
            delivered[k] = rackFlow > 0.0 ? in.hallSupplyM3s * in.airflowM3s[k] / rackFlow : 0.0;
    }

    // Short supply per rack where it arises: the CFD runs spread an aisle's deficit over its racks
    // about evenly (the end rack's extra comes from the wrap-around below, not from the deficit).
    const std::string &ret = in.hall->returnPath;
    const double returnFactor = ret == "ceiling-plenum" || ret == "ducted" ? kCeilingReturnFactor : 1.0;
    for (size_t k = 0; k < n; ++k) {
        const Rack &rack = p.racks[in.racks[k]];
        out[k].localSupply = in.airflowM3s[k] > 0.0 ? delivered[k] / in.airflowM3s[k] : 1.0;
        out[k].rowEnd = exposure[k];
        const double s = std::clamp(1.0 - out[k].localSupply, 0.0, 1.0);
        // Open-aisle recirculation over the rack tops: the containment's leakage; none where tiles
        // fill the cold aisle (it is then at or above the racks' demand, and what they lack is
        // s); otherwise the project's share through the return-path factor.
        const auto leak = in.rowLeakage.find(rack.row);
        const double open = leak != in.rowLeakage.end() ? leak->second
                            : tiles                       ? 0.0
                                                          : in.openRecirculation * returnFactor;
        // Behind containment the deficit is drawn through the leaks: the leakage share, or the
        // deficit when it is larger (not both). In an open room the two paths add.
        const double mixed = leak != in.rowLeakage.end() ? std::max(s, std::clamp(open, 0.0, 1.0))
                                                         : s + (1.0 - s) * std::clamp(open, 0.0, 1.0);
        // The wrap-around is not added to the deficit: in the under-supplied run the end rack's
        // intake is about as hot as what the wrap alone gives, so the two are one inflow.
        out[k].share = std::min(0.9, std::max(mixed, in.rowEndRecirculation * exposure[k]));
        out[k].internal = rack.blankingPanels ? 0.0 : kMissingBlankingShare;
    }
    return out;
}

} // namespace aif::thermal
