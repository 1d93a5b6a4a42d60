// Fitting the engine efficiency table: least squares on log error over the CALIBRATION set,
// one cell (generation x precision x engine) at a time, plus the engine default pair and the
// GPU power weights. Predictions and the reports are in calibration.cpp.
#include "calibration.h"

#include "catalog.h"
#include "efficiencytable.h"
#include "profiles.h"

#include <cmath>
#include <set>
#include <utility>

namespace aif::throughput {

namespace {

// Least squares on log error over `points` with a trial efficiency pair. Coarse grid, then
// two finer grids around the best: robust, and cheap enough (each evaluation is a full
// layout and batch search).
FitResult gridFit(const Catalog &catalog, const std::vector<const CalibrationPoint *> &points, double hostPerSeqS,
                  double attentionShare, double launchS = -1.0)
{
    auto cost = [&](double ce, double me) {
        EngineProfile e;
        e.computeEfficiency = ce;
        e.memoryEfficiency = me;
        e.hostOverheadPerSequenceS = hostPerSeqS;
        e.attentionBandwidthShare = attentionShare;
        e.kernelLaunchS = launchS;   // negative: the catalog's
        double sum = 0.0;
        for (const CalibrationPoint *p : points) {
            const CalibrationRow r = predictPoint(catalog, *p, &e);
            const double d = r.predicted > 0.0 ? std::log(r.predicted / p->published) : 10.0;
            sum += d * d;
        }
        return points.empty() ? 0.0 : sum / points.size();
    };
    FitResult best{0.6, 0.8, 1e30};
    double step = 0.05;
    // Compute above 1 where the GPU's GEMM fraction is borrowed or conservative; never past the
    // 1.5 the catalog accepts (readEngineProfile).
    constexpr double kMaxCompute = 1.5;
    double cLo = 0.2, cHi = kMaxCompute, mLo = 0.2, mHi = 1.2;
    for (int level = 0; level < 3; ++level) {
        for (double ce = cLo; ce <= cHi + 1e-9; ce += step) {
            for (double me = mLo; me <= mHi + 1e-9; me += step) {
                const double v = cost(ce, me);
                if (v < best.rmsLogError)
                    best = {ce, me, v};
            }
        }
        cLo = std::max(0.05, best.computeEfficiency - step);
        cHi = std::min(kMaxCompute, best.computeEfficiency + step);
        mLo = std::max(0.05, best.memoryEfficiency - step);
        mHi = best.memoryEfficiency + step;
        step /= 5.0;
    }
    best.rmsLogError = std::sqrt(best.rmsLogError);
    return best;
}

// The engine's host and attention mechanisms as the catalog ships them.
EngineProfile catalogEngine(const Catalog &catalog, const std::vector<const CalibrationPoint *> &points)
{
    Profiles prof;
    std::string error;
    if (points.empty() || !loadProfiles(catalog, points[0]->gpu, points[0]->model, points[0]->engine, &prof, &error))
        return EngineProfile();
    return prof.engine;
}

// Golden-section search of f over [lo, hi]; returns the best argument and its fit.
template<typename F>
std::pair<double, FitResult> golden(double lo, double hi, int steps, F f)
{
    const double g = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
    FitResult fa = f(a), fb = f(b);
    for (int i = 0; i < steps; ++i) {
        if (fa.rmsLogError < fb.rmsLogError) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - g * (hi - lo);
            fa = f(a);
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + g * (hi - lo);
            fb = f(b);
        }
    }
    return fa.rmsLogError < fb.rmsLogError ? std::make_pair(a, fa) : std::make_pair(b, fb);
}

// Compute and memory efficiency, plus the engine's host overhead per sequence and attention
// bandwidth share where its catalog entry declares them (nested golden-section searches, each
// trial a full grid fit). Only a set whose points differ in model size can tell a per-sequence
// cost from a per-FLOP one, and only one with long and short contexts KV reads from weights.
FitResult fitWithEngineMechanisms(const Catalog &catalog, const std::vector<const CalibrationPoint *> &points,
                                  double launchS = -1.0)
{
    std::set<std::string> models;
    for (const CalibrationPoint *p : points)
        models.insert(p->model);
    const EngineProfile shipped = catalogEngine(catalog, points);
    const bool fitHost = shipped.hostOverheadPerSequenceS > 0.0 && models.size() >= 2;
    // An engine that hides its host time behind the GPU only without pipeline parallelism
    // exposes it in pipelined runs: a set with both kinds tells the host time of the cell's
    // systems from their GPU efficiency.
    bool unpipelined = false, pipelined = false;
    for (const CalibrationPoint *p : points)
        (p->placement.pp > 1 ? pipelined : unpipelined) = true;
    const bool fitCellHost = !fitHost && shipped.asyncScheduling && !shipped.asyncSchedulingWithPp && unpipelined
                             && pipelined;
    const bool fitAttention = shipped.attentionBandwidthShare < 1.0 && models.size() >= 2;
    auto atAttention = [&](double attention) {
        if (!fitHost && !fitCellHost)
            return gridFit(catalog, points, shipped.hostOverheadPerSequenceS, attention, launchS);
        auto [host, r] = golden(0.0, 200.0e-6, 10, [&](double h) { return gridFit(catalog, points, h, attention, launchS); });
        (fitHost ? r.hostOverheadPerSequenceS : r.cellHostOverheadPerSequenceS) = host;
        return r;
    };
    if (!fitAttention)
        return atAttention(shipped.attentionBandwidthShare);
    auto [attention, r] = golden(0.05, 1.0, 9, atAttention);
    r.attentionBandwidthShare = attention;
    return r;
}

} // namespace

// The engine default pair (engines[].calibration): the legacy "fit" points of one engine.
FitResult fitEngine(const Catalog &catalog, const std::string &engineId)
{
    std::vector<const CalibrationPoint *> fitPoints;
    for (const CalibrationPoint &p : calibrationPoints())
        if (p.legacy && p.fit && p.engine == engineId)
            fitPoints.push_back(&p);
    const EngineProfile shipped = catalogEngine(catalog, fitPoints);
    return gridFit(catalog, fitPoints, shipped.hostOverheadPerSequenceS, shipped.attentionBandwidthShare);
}

std::string cellKeyFor(const Catalog &catalog, const CalibrationPoint &pt)
{
    Profiles prof;
    std::string error;
    if (!loadProfiles(catalog, pt.gpu, pt.model, pt.engine, &prof, &error))
        return std::string();
    Precision p = Precision::Fp8;
    parsePrecision(pt.precision, &p);
    Precision used = p;
    prof.gpu.peakFlops(p, &used);
    return gpuGeneration(prof.gpu) + "/" + precisionName(used) + "/" + pt.engine;
}

FitResult fitCell(const Catalog &catalog, const std::string &cellKey, std::vector<std::string> *fittedOn,
                  double kernelLaunchS)
{
    std::vector<const CalibrationPoint *> points;
    // Only the CALIBRATION set: a validation point never informs a fitted number.
    for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
        if (fitsACell(*p) && cellKeyFor(catalog, *p) == cellKey)
            points.push_back(p);
    if (fittedOn) {
        fittedOn->clear();
        for (const CalibrationPoint *p : points)
            fittedOn->push_back(p->id);
    }
    return fitWithEngineMechanisms(catalog, points, kernelLaunchS);
}

LaunchFit fitKernelLaunch(const Catalog &catalog, const std::string &engineId)
{
    std::set<std::string> cells;
    std::vector<const CalibrationPoint *> points;
    for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
        if (p->engine == engineId && fitsACell(*p))
            points.push_back(p);
    // A point without its own setting runs as the engine does by default.
    const EngineProfile shipped = catalogEngine(catalog, points);
    bool graphs = false, eager = false;
    for (const CalibrationPoint *p : points) {
        cells.insert(cellKeyFor(catalog, *p));
        (p->cudaGraphs >= 0 ? p->cudaGraphs == 1 : shipped.cudaGraphs) ? graphs = true : eager = true;
    }
    const int count = int(points.size());
    LaunchFit best;
    if (!graphs || !eager || count == 0)
        return best;
    auto trial = [&](double launchS) {
        double sum = 0.0;
        for (const std::string &cell : cells) {
            std::vector<std::string> on;
            const FitResult f = fitCell(catalog, cell, &on, launchS);
            sum += f.rmsLogError * f.rmsLogError * on.size();
        }
        FitResult r;
        r.rmsLogError = std::sqrt(sum / count);
        return r;
    };
    // Between a replayed graph node (2 us) and a slow host launch path (30 us per kernel).
    const auto [launch, fit] = golden(2.0e-6, 30.0e-6, 12, trial);
    best.kernelLaunchS = launch;
    best.rmsLogError = fit.rmsLogError;
    return best;
}

MoeFit fitMoeGemmEfficiency(const Catalog &catalog, const std::string &engineId)
{
    MoeFit fit;
    std::vector<const CalibrationPoint *> points;
    for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
        if (p->fitsMoe && p->engine == engineId)
            points.push_back(p);
    if (points.empty())
        return fit;
    auto trial = [&](double eff) {
        double sum = 0.0;
        for (const CalibrationPoint *p : points) {
            const CalibrationRow row = predictPoint(catalog, *p, nullptr, eff);
            const double e = row.predicted > 0.0 ? std::log(row.predicted / p->published) : 10.0;
            sum += e * e;
        }
        FitResult r;
        r.rmsLogError = std::sqrt(sum / double(points.size()));
        return r;
    };
    // Between a fifth of the dense rate and the dense rate itself.
    const auto [value, r] = golden(0.2, 1.0, 16, trial);
    fit.value = value;
    fit.rmsLogError = r.rmsLogError;
    for (const CalibrationPoint *p : points)
        fit.fittedOn.push_back(p->id);
    return fit;
}

PowerFit fitPowerWeights(const Catalog &catalog)
{
    PowerFit fit;
    Profiles prof;
    std::string error;
    // The anchors were measured on plain serving, not an MLPerf-tuned stack: their utilizations
    // come from the trtllm-bench profile.
    if (!loadProfiles(catalog, "h100-sxm", "llama-3.1-8b", "tensorrt-llm-bench", &prof, &error))
        return fit;
    const Json *g = catalog.entry("gpus", "h100-sxm");
    const Json anchors = g->value("power", Json::object());
    const double w1 = anchors.value("decodeBatch1W", 0.0);
    const double w128 = anchors.value("decodeBatch128W", 0.0);
    // The anchors are decode power on one H100; assumed Llama-3.1-8B in bf16, 1024-token context.
    CostInputs in;
    in.model = &prof.model;
    in.gpu = &prof.gpu;
    in.engine = &prof.engine;
    in.precision = Precision::Bf16;
    auto util = [&](double batch, double *uc, double *um) {
        IterationBatch b;
        b.decodeSeqs = batch;
        b.decodeContext = 1024;
        const IterationCost c = iterationCost(in, b);
        const GpuPower p = gpuPower(prof.gpu, c, 0.0, 1.0, 0.0, 0.0);
        *uc = p.computeUtilization;
        *um = p.memoryUtilization;
        return c;
    };
    double c1, m1, c2, m2;
    const IterationCost k1 = util(1, &c1, &m1);
    const IterationCost k2 = util(128, &c2, &m2);
    // Solve  a1 = wc c1 + wm m1,  a2 = wc c2 + wm m2  for the two weights.
    const double span = prof.gpu.tdpW - prof.gpu.idleW;
    const double a1 = (w1 - prof.gpu.idleW) / span;
    const double a2 = (w128 - prof.gpu.idleW) / span;
    const double det = c1 * m2 - c2 * m1;
    if (std::abs(det) > 1e-12) {
        fit.computeWeight = (a1 * m2 - a2 * m1) / det;
        fit.memoryWeight = (c1 * a2 - c2 * a1) / det;
    }
    fit.batch1W = gpuPower(prof.gpu, k1, 0.0).powerW;
    fit.batch128W = gpuPower(prof.gpu, k2, 0.0).powerW;
    return fit;
}

} // namespace aif::throughput
