// CFD vs the fast air model, rack by rack (docs/cfd.md "Import").
#include "cfd/cfdcompare.h"

#include "solvejob.h"
#include "thermal/thermalsolver.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace aif::cfd {

ModelError modelError(const std::vector<double> &cfd, const std::vector<double> &fast)
{
    ModelError e;
    std::vector<size_t> used;
    for (size_t i = 0; i < cfd.size() && i < fast.size(); ++i)
        if (std::isfinite(cfd[i]) && std::isfinite(fast[i]))
            used.push_back(i);
    if (used.empty())
        return e;
    double sum = 0, maxCfd = -1e300, maxFast = -1e300;
    size_t hotCfd = used[0], hotFast = used[0];
    for (size_t i : used) {
        const double d = fast[i] - cfd[i];
        sum += d * d;
        e.maxAbsK = std::max(e.maxAbsK, std::abs(d));
        if (cfd[i] > maxCfd)
            maxCfd = cfd[i], hotCfd = i;
        if (fast[i] > maxFast)
            maxFast = fast[i], hotFast = i;
    }
    e.rmsK = std::sqrt(sum / double(used.size()));
    e.maxInletK = maxFast - maxCfd;
    // Ties count: the CFD's hottest rack is among the model's hottest (within 0.01 K, symmetric halls).
    e.hottestAgree = hotCfd == hotFast || fast[hotCfd] >= maxFast - 0.01;
    // The hottest quarter (at least one rack) by each: how many of the CFD's the model also flags.
    const size_t q = std::max<size_t>(1, used.size() / 4);
    auto top = [&](const std::vector<double> &t) {
        std::vector<size_t> order = used;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return t[a] > t[b]; });
        order.resize(q);
        std::sort(order.begin(), order.end());
        return order;
    };
    const std::vector<size_t> a = top(cfd), b = top(fast);
    std::vector<size_t> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    e.topQuarterOverlap = double(both.size()) / double(q);
    return e;
}

std::vector<double> fastInlets(const Project &project, const Catalog &catalog, const std::vector<std::string> &rackIds,
                               bool airField, double *seconds)
{
    SolveOptions options;
    options.only = {"power", "thermal"};
    options.airField = airField;
    options.cellM = project.airModel.cellM > 0 ? project.airModel.cellM : options.cellM;
    QElapsedTimer timer;
    timer.start();
    const SolveResult r = runSolve(project, catalog, options);
    if (seconds)
        *seconds = timer.nsecsElapsed() * 1e-9;
    std::vector<double> out(rackIds.size(), std::numeric_limits<double>::quiet_NaN());
    if (!r.thermal)
        return out;
    for (size_t i = 0; i < rackIds.size(); ++i) {
        for (size_t r2 = 0; r2 < project.racks.size() && r2 < r.thermal->racks.size(); ++r2) {
            if (project.racks[r2].id == rackIds[i]) {
                out[i] = r.thermal->racks[r2].inletC;
                break;
            }
        }
    }
    return out;
}

Comparison compare(const Project &project, const Catalog &catalog, const std::vector<RackInlet> &cfd, bool withT1)
{
    Comparison c;
    std::vector<std::string> ids;
    std::vector<double> cfdC;
    for (const RackInlet &r : cfd) {
        if (!r.found)
            continue;
        ids.push_back(r.id);
        cfdC.push_back(r.inletC);
    }
    const std::vector<double> t0 = fastInlets(project, catalog, ids, false, &c.t0Seconds);
    std::vector<double> t1(ids.size(), std::numeric_limits<double>::quiet_NaN());
    if (withT1) {
        t1 = fastInlets(project, catalog, ids, true, &c.t1Seconds);
        c.t1Solved = std::any_of(t1.begin(), t1.end(), [](double v) { return std::isfinite(v); });
    }
    for (size_t i = 0; i < ids.size(); ++i)
        c.rows.push_back({ids[i], cfdC[i], t0[i], t1[i]});
    c.t0 = modelError(cfdC, t0);
    if (c.t1Solved)
        c.t1 = modelError(cfdC, t1);
    return c;
}

namespace {

Json errorJson(const ModelError &e)
{
    return {{"rmsK", e.rmsK}, {"maxAbsK", e.maxAbsK}, {"maxInletErrorK", e.maxInletK},
            {"hottestRackAgrees", e.hottestAgree}, {"hottestQuarterOverlap", e.topQuarterOverlap}};
}

Json number(double v)
{
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

} // namespace

Json Comparison::toJson() const
{
    Json j;
    Json racks = Json::array();
    for (const InletRow &r : rows)
        racks.push_back({{"id", r.id}, {"cfdInletC", number(r.cfdC)}, {"t0InletC", number(r.t0C)}, {"t1InletC", number(r.t1C)}});
    j["racks"] = racks;
    j["t0"] = errorJson(t0);
    j["t0"]["seconds"] = t0Seconds;
    if (t1Solved) {
        j["t1"] = errorJson(t1);
        j["t1"]["seconds"] = t1Seconds;
    }
    return j;
}

} // namespace aif::cfd
