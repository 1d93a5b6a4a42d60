#include "calibration.h"

#include "catalog.h"
#include "efficiencytable.h"
#include "profiles.h"
#include "training.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace aif::throughput {

CalibrationRow predictPoint(const Catalog &catalog, const CalibrationPoint &pt, const EngineProfile *engineOverride)
{
    CalibrationRow row;
    row.point = &pt;
    Profiles prof;
    std::string error;
    if (!loadProfiles(catalog, pt.gpu, pt.model, pt.engine, &prof, &error)) {
        row.note = error;
        return row;
    }
    if (engineOverride) {
        prof.engine.tableResolved = false;   // the trial pair replaces the table while fitting
        prof.engine.computeEfficiency = engineOverride->computeEfficiency;
        prof.engine.memoryEfficiency = engineOverride->memoryEfficiency;
    }
    ServingConfig c;
    c.model = &prof.model;
    c.gpu = &prof.gpu;
    c.engine = &prof.engine;
    parsePrecision(pt.precision, &c.precision);
    c.gpus = pt.gpus;
    c.placement = pt.placement;
    c.prefillPlacement = pt.prefillPlacement;
    c.autoPlacement = pt.placement.tp <= 0;
    c.prefillGpus = pt.prefillGpus;
    c.decodeGpus = pt.decodeGpus;
    c.workload = pt.workload;
    applyBenchmarkLimits(pt.model, &c.workload);
    if (pt.metric == "training_mfu") {
        const TrainingPoint t = solveTraining(c);
        row.predicted = t.mfu;
        row.note = t.feasible ? "bubble " + std::to_string(int(100 * t.bubbleShare)) + " %, comm "
                                    + std::to_string(int(100 * t.commShare)) + " %"
                              : t.why;
        row.errorPct = 100.0 * (row.predicted - pt.published) / pt.published;
        row.withinTolerance = t.feasible && std::abs(row.errorPct) <= 100.0 * pt.tolerance;
        return row;
    }
    const OperatingPoint op = solveServing(c);
    if (!op.feasible) {
        row.note = op.why;
        return row;
    }
    if (pt.metric == "decode_tokens_per_s_per_node")
        row.predicted = op.decodeTokensPerSCapacity / (pt.decodeGpus / 8.0);
    else if (pt.metric == "prefill_input_tokens_per_s_per_node")
        row.predicted = op.prefillInputTokensPerSCapacity / (pt.prefillGpus / 8.0);
    else
        row.predicted = op.tokensPerS;
    row.errorPct = 100.0 * (row.predicted - pt.published) / pt.published;
    row.withinTolerance = std::abs(row.errorPct) <= 100.0 * pt.tolerance;
    char buf[200];
    std::snprintf(buf, sizeof buf, "tp%d pp%d ep%d x%d, batch %.0f, %s-bound", op.placement.tp, op.placement.pp,
                  op.placement.ep, op.replicas, op.batch, op.bound.c_str());
    row.note = buf;
    if (prof.engine.tableResolved) {   // which efficiency cell (and fallback level) predicted it
        const std::string &from = prof.engine.resolvedFrom[int(op.iteration.precisionUsed)];
        row.note += "; eff " + from.substr(from.find("<- ") + 3);
    }
    return row;
}

namespace {

// Least squares on log error over `points` with a trial efficiency pair. Coarse grid, then
// two finer grids around the best: robust, and cheap enough (each evaluation is a full
// layout and batch search).
FitResult gridFit(const Catalog &catalog, const std::vector<const CalibrationPoint *> &points)
{
    auto cost = [&](double ce, double me) {
        EngineProfile e;
        e.computeEfficiency = ce;
        e.memoryEfficiency = me;
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
    double cLo = 0.2, cHi = 1.2, mLo = 0.2, mHi = 1.2;
    for (int level = 0; level < 3; ++level) {
        for (double ce = cLo; ce <= cHi + 1e-9; ce += step) {
            for (double me = mLo; me <= mHi + 1e-9; me += step) {
                const double v = cost(ce, me);
                if (v < best.rmsLogError)
                    best = {ce, me, v};
            }
        }
        cLo = std::max(0.05, best.computeEfficiency - step);
        cHi = best.computeEfficiency + step;
        mLo = std::max(0.05, best.memoryEfficiency - step);
        mHi = best.memoryEfficiency + step;
        step /= 5.0;
    }
    best.rmsLogError = std::sqrt(best.rmsLogError);
    return best;
}

} // namespace

// The engine default pair (engines[].calibration): the legacy "fit" points of one engine.
FitResult fitEngine(const Catalog &catalog, const std::string &engineId)
{
    std::vector<const CalibrationPoint *> fitPoints;
    for (const CalibrationPoint &p : calibrationPoints())
        if (p.legacy && p.fit && p.engine == engineId)
            fitPoints.push_back(&p);
    return gridFit(catalog, fitPoints);
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

FitResult fitCell(const Catalog &catalog, const std::string &cellKey, std::vector<std::string> *fittedOn)
{
    std::vector<const CalibrationPoint *> points;
    // Only the CALIBRATION set: a validation point never informs a fitted number.
    for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
        if (p->metric == "tokens_per_s" && cellKeyFor(catalog, *p) == cellKey)
            points.push_back(p);
    if (fittedOn) {
        fittedOn->clear();
        for (const CalibrationPoint *p : points)
            fittedOn->push_back(p->id);
    }
    return gridFit(catalog, points);
}

std::vector<CalibrationRow> calibrationReport(const Catalog &catalog)
{
    std::vector<CalibrationRow> rows;
    for (const CalibrationPoint &p : calibrationPoints())
        if (p.legacy)
            rows.push_back(predictPoint(catalog, p));
    return rows;
}

std::string formatReport(const std::vector<CalibrationRow> &rows)
{
    std::string out = "point                              role     published    predicted   error  bound  layout\n";
    char buf[400];
    for (const CalibrationRow &r : rows) {
        const bool fraction = r.point->published < 10.0;   // MFU rows: show 3 decimals
        std::snprintf(buf, sizeof buf, fraction ? "%-34s %-8s %9.3f %12.3f %+6.1f%%  %3.0f%%%s  %s\n"
                                                : "%-34s %-8s %9.0f %12.0f %+6.1f%%  %3.0f%%%s  %s\n",
                      r.point->id.c_str(),
                      r.point->fit ? "fit" : "held-out", r.point->published, r.predicted, r.errorPct,
                      100.0 * r.point->tolerance, r.withinTolerance ? " " : "!", r.note.c_str());
        out += buf;
    }
    return out;
}

std::vector<CalibrationRow> setsReport(const Catalog &catalog)
{
    std::vector<CalibrationRow> rows;
    for (const PointSet set : {PointSet::Calibration, PointSet::Validation})
        for (const CalibrationPoint *p : pointsIn(set))
            rows.push_back(predictPoint(catalog, *p));
    return rows;
}

namespace {

SetSummary summarizeRows(const std::vector<const CalibrationRow *> &rows)
{
    SetSummary s;
    std::vector<double> errors;
    for (const CalibrationRow *r : rows) {
        if (!(r->predicted > 0.0) || !std::isfinite(r->errorPct)) {
            ++s.failed;
            continue;
        }
        errors.push_back(std::abs(r->errorPct));
        s.within15 += std::abs(r->errorPct) <= 15.0 ? 1 : 0;
    }
    s.points = int(errors.size());
    if (!errors.empty()) {
        std::sort(errors.begin(), errors.end());
        const size_t n = errors.size();
        s.medianAbsErrorPct = n % 2 ? errors[n / 2] : 0.5 * (errors[n / 2 - 1] + errors[n / 2]);
    }
    return s;
}

std::string summaryLine(const char *label, const SetSummary &s)
{
    char buf[240];
    std::snprintf(buf, sizeof buf, "%-24s %3d points, median |error| %5.1f %%, within +-15 %%: %d/%d%s\n", label,
                  s.points, s.medianAbsErrorPct, s.within15, s.points,
                  s.failed ? (" (" + std::to_string(s.failed) + " could not run)").c_str() : "");
    return buf;
}

} // namespace

SetSummary summarize(const std::vector<CalibrationRow> &rows, PointSet set, bool breakdown)
{
    std::vector<const CalibrationRow *> in;
    std::map<std::string, std::vector<const CalibrationRow *>> vendors, scenarios;
    for (const CalibrationRow &r : rows) {
        if (r.point->set != set)
            continue;
        in.push_back(&r);
        vendors[r.point->vendor].push_back(&r);
        scenarios[r.point->scenario].push_back(&r);
    }
    SetSummary s = summarizeRows(in);
    if (breakdown) {
        for (const auto &[vendor, v] : vendors)
            s.byVendor.push_back({vendor, summarizeRows(v)});
        for (const auto &[scenario, v] : scenarios)
            s.byScenario.push_back({scenario, summarizeRows(v)});
    }
    return s;
}

bool accuracyGoalMet(const SetSummary &v)
{
    return v.points > 0 && v.failed == 0 && v.within15 == v.points && v.medianAbsErrorPct < 10.0;
}

std::string formatSets(const std::vector<CalibrationRow> &rows)
{
    std::string out;
    char buf[600];
    for (const PointSet set : {PointSet::Calibration, PointSet::Validation}) {
        const bool cal = set == PointSet::Calibration;
        out += cal ? "CALIBRATION set (fits the engine efficiency table)\n"
                   : "\nVALIDATION set (never used for fitting)\n";
        out += "point                                      role        published    predicted   error  scenario     layout\n";
        for (const CalibrationRow &r : rows) {
            if (r.point->set != set)
                continue;
            const bool fraction = r.point->published < 10.0;
            std::snprintf(buf, sizeof buf,
                          fraction ? "%-42s %-10s %10.3f %12.3f %+6.1f%%  %-11s  %s\n"
                                   : "%-42s %-10s %10.0f %12.0f %+6.1f%%  %-11s  %s\n",
                          r.point->id.c_str(), cal ? "fit" : "validation", r.point->published, r.predicted,
                          r.errorPct, r.point->scenario.c_str(), r.note.c_str());
            out += buf;
        }
    }
    const SetSummary c = summarize(rows, PointSet::Calibration);
    const SetSummary v = summarize(rows, PointSet::Validation, true);
    out += "\n" + summaryLine("calibration", c) + summaryLine("validation", v);
    for (const auto &[vendor, s] : v.byVendor)
        out += summaryLine(("  validation " + vendor).c_str(), s);
    for (const auto &[scenario, s] : v.byScenario)
        out += summaryLine(("  validation " + scenario).c_str(), s);
    out += std::string("issue goal (validation within +-15 %, median < 10 %): ")
           + (accuracyGoalMet(v) ? "met\n" : "NOT met\n");
    return out;
}

Json setsJson(const std::vector<CalibrationRow> &rows)
{
    auto summaryJson = [](const SetSummary &s) {
        return Json{{"points", s.points}, {"failed", s.failed}, {"medianAbsErrorPct", s.medianAbsErrorPct},
                    {"within15", s.within15}};
    };
    Json points = Json::array();
    for (const CalibrationRow &r : rows) {
        const CalibrationPoint &p = *r.point;
        points.push_back({{"id", p.id}, {"set", p.set == PointSet::Calibration ? "calibration" : "validation"},
                          {"gpu", p.gpu}, {"model", p.model}, {"engine", p.engine}, {"precision", p.precision},
                          {"scenario", p.scenario}, {"vendor", p.vendor}, {"published", p.published},
                          {"predicted", r.predicted}, {"errorPct", r.predicted > 0.0 ? Json(r.errorPct) : Json()},
                          {"note", r.note}, {"source", p.source}, {"assumptions", p.assumptions}});
    }
    const SetSummary v = summarize(rows, PointSet::Validation, true);
    Json validation = summaryJson(v);
    for (const auto &[vendor, s] : v.byVendor)
        validation["byVendor"][vendor] = summaryJson(s);
    for (const auto &[scenario, s] : v.byScenario)
        validation["byScenario"][scenario] = summaryJson(s);
    return Json{{"points", points},
                {"calibration", summaryJson(summarize(rows, PointSet::Calibration))},
                {"validation", validation},
                {"goalMet", accuracyGoalMet(v)}};
}

PowerFit fitPowerWeights(const Catalog &catalog)
{
    PowerFit fit;
    Profiles prof;
    std::string error;
    if (!loadProfiles(catalog, "h100-sxm", "llama-3.1-8b", "tensorrt-llm", &prof, &error))
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
