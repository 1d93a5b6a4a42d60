// Fitting project.airModel's constants to CFD cases (docs/cfd.md "Calibrate"): Nelder-Mead
// (Nelder & Mead 1965, standard coefficients 1, 2, 0.5, 0.5) on the constants normalised to
// [0, 1] within their bounds, minimising the per-rack inlet RMS over all cases.
#include "cfd/cfdcompare.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace aif::cfd {

const std::vector<AirConstant> &airConstants()
{
    // Bounds: what the constants can mean physically, wide enough not to bind on a real fit.
    static const std::vector<AirConstant> k = {
        {"openAisleRecirculation", 0.0, 0.6, &AirModel::openAisleRecirculation},   // share of intake air
        {"rowEndRecirculation", 0.0, 0.6, &AirModel::rowEndRecirculation},         // T0 wrap-around
        {"rackJetThrowM", 0.0, 6.0, &AirModel::rackJetThrowM},                     // up to half a hall
        {"unitJetThrowM", 0.0, 8.0, &AirModel::unitJetThrowM},
        {"tileJetThrowM", 0.0, 3.0, &AirModel::tileJetThrowM},                     // floor to rack top
        {"turbulentDiffusivityM2s", 0.001, 0.2, &AirModel::turbulentDiffusivityM2s},
        {"recirculationCoefficient", 0.0, 0.6, &AirModel::recirculationCoefficient},
    };
    return k;
}

namespace {

struct Objective
{
    const std::vector<CalibrationCase> &cases;
    const Catalog &catalog;
    std::vector<const AirConstant *> params;
    bool airField;
    int evaluations = 0;

    std::vector<double> values(const std::vector<double> &x) const
    {
        std::vector<double> v(params.size());
        for (size_t i = 0; i < params.size(); ++i)
            v[i] = params[i]->lo + std::clamp(x[i], 0.0, 1.0) * (params[i]->hi - params[i]->lo);
        return v;
    }

    // RMS over all racks of all cases; per-case RMS into *perCase when given.
    double operator()(const std::vector<double> &x, std::vector<double> *perCase = nullptr)
    {
        ++evaluations;
        const std::vector<double> v = values(x);
        double sum = 0;
        size_t n = 0;
        if (perCase)
            perCase->clear();
        for (const CalibrationCase &c : cases) {
            Project p = c.project;
            for (size_t i = 0; i < params.size(); ++i)
                p.airModel.*(params[i]->member) = v[i];
            std::vector<std::string> ids;
            std::vector<double> cfd;
            for (const RackInlet &r : c.cfd)
                if (r.found)
                    ids.push_back(r.id), cfd.push_back(r.inletC);
            const std::vector<double> fast = fastInlets(p, catalog, ids, airField);
            double caseSum = 0;
            size_t caseN = 0;
            for (size_t i = 0; i < ids.size(); ++i) {
                // A rack the model cannot solve counts as a large error, so the fit avoids it.
                const double d = std::isfinite(fast[i]) ? fast[i] - cfd[i] : 100.0;
                caseSum += d * d;
                ++caseN;
            }
            sum += caseSum;
            n += caseN;
            if (perCase)
                perCase->push_back(caseN ? std::sqrt(caseSum / double(caseN)) : 0.0);
        }
        return n ? std::sqrt(sum / double(n)) : 0.0;
    }
};

// Minimises f over [0,1]^d from x0; returns the best point.
template<class F>
std::vector<double> nelderMead(F &f, std::vector<double> x0, int maxEvaluations, int *used, Progress *progress)
{
    const size_t d = x0.size();
    std::vector<std::vector<double>> simplex{x0};
    for (size_t i = 0; i < d; ++i) {
        std::vector<double> x = x0;
        x[i] = x[i] + (x[i] < 0.8 ? 0.2 : -0.2);   // a step of a fifth of the range, inside the bounds
        simplex.push_back(x);
    }
    auto clamp = [](std::vector<double> x) {
        for (double &v : x)
            v = std::clamp(v, 0.0, 1.0);
        return x;
    };
    std::vector<double> fx;
    for (auto &x : simplex)
        fx.push_back(f(x));
    int evals = int(simplex.size());
    while (evals < maxEvaluations && !(progress && progress->cancelled())) {
        std::vector<size_t> order(simplex.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return fx[a] < fx[b]; });
        const size_t best = order.front(), worst = order.back(), second = order[order.size() - 2];
        if (fx[worst] - fx[best] < 1e-4)
            break;   // 0.1 mK: nothing left to gain
        if (progress)
            progress->report(double(evals) / maxEvaluations, "calibrating: RMS " + std::to_string(fx[best]) + " K");
        std::vector<double> centroid(d, 0.0);
        for (size_t i : order)
            if (i != worst)
                for (size_t k = 0; k < d; ++k)
                    centroid[k] += simplex[i][k] / double(d);
        auto along = [&](double t) {
            std::vector<double> x(d);
            for (size_t k = 0; k < d; ++k)
                x[k] = centroid[k] + t * (simplex[worst][k] - centroid[k]);
            return clamp(x);
        };
        const std::vector<double> xr = along(-1.0);
        const double fr = f(xr);
        ++evals;
        if (fr < fx[best]) {
            const std::vector<double> xe = along(-2.0);
            const double fe = f(xe);
            ++evals;
            simplex[worst] = fe < fr ? xe : xr;
            fx[worst] = std::min(fe, fr);
        } else if (fr < fx[second]) {
            simplex[worst] = xr;
            fx[worst] = fr;
        } else {
            const std::vector<double> xc = along(fr < fx[worst] ? -0.5 : 0.5);
            const double fc = f(xc);
            ++evals;
            if (fc < std::min(fr, fx[worst])) {
                simplex[worst] = xc;
                fx[worst] = fc;
            } else {
                for (size_t i : order) {   // shrink towards the best
                    if (i == best)
                        continue;
                    for (size_t k = 0; k < d; ++k)
                        simplex[i][k] = simplex[best][k] + 0.5 * (simplex[i][k] - simplex[best][k]);
                    fx[i] = f(simplex[i]);
                    ++evals;
                }
            }
        }
    }
    *used = evals;
    return simplex[size_t(std::min_element(fx.begin(), fx.end()) - fx.begin())];
}

} // namespace

CalibrationResult calibrate(const std::vector<CalibrationCase> &cases, const Catalog &catalog,
                            const CalibrationOptions &options, Progress *progress)
{
    CalibrationResult r;
    if (cases.empty()) {
        r.error = "no cases";
        return r;
    }
    Objective f{cases, catalog, {}, options.airField};
    for (const AirConstant &k : airConstants()) {
        if (options.parameters.empty()
            || std::find(options.parameters.begin(), options.parameters.end(), k.key) != options.parameters.end())
            f.params.push_back(&k);
    }
    if (f.params.size() != (options.parameters.empty() ? airConstants().size() : options.parameters.size())) {
        r.error = "unknown parameter (the constants are openAisleRecirculation, rowEndRecirculation, "
                  "rackJetThrowM, unitJetThrowM, tileJetThrowM, turbulentDiffusivityM2s, "
                  "recirculationCoefficient)";
        return r;
    }
    // Start from the first case's values (the project's own constants).
    std::vector<double> x0;
    for (const AirConstant *k : f.params) {
        const double v = cases.front().project.airModel.*(k->member);
        x0.push_back(std::clamp((v - k->lo) / (k->hi - k->lo), 0.0, 1.0));
        r.parameters.push_back(k->key);
    }
    r.before = f.values(x0);
    r.rmsBeforeK = f(x0, &r.caseRmsBeforeK);
    int used = 0;
    const std::vector<double> best = nelderMead(f, x0, options.maxEvaluations, &used, progress);
    r.after = f.values(best);
    r.rmsAfterK = f(best, &r.caseRmsAfterK);
    if (r.rmsAfterK > r.rmsBeforeK) {   // never hand back something worse than the start
        r.after = r.before;
        r.rmsAfterK = r.rmsBeforeK;
        r.caseRmsAfterK = r.caseRmsBeforeK;
    }
    r.evaluations = f.evaluations;
    return r;
}

Json CalibrationResult::toJson() const
{
    Json j;
    if (!error.empty())
        j["error"] = error;
    Json params = Json::object();
    for (size_t i = 0; i < parameters.size(); ++i)
        params[parameters[i]] = {{"before", before[i]}, {"after", after[i]}};
    j["parameters"] = params;
    j["rmsBeforeK"] = rmsBeforeK;
    j["rmsAfterK"] = rmsAfterK;
    j["caseRmsBeforeK"] = caseRmsBeforeK;
    j["caseRmsAfterK"] = caseRmsAfterK;
    j["evaluations"] = evaluations;
    return j;
}

} // namespace aif::cfd
