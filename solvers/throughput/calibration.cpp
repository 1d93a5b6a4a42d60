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

CalibrationRow predictPoint(const Catalog &catalog, const CalibrationPoint &pt, const EngineProfile *engineOverride,
                            double moeGemmEfficiency)
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
        prof.engine.hostOverheadPerSequenceS = engineOverride->hostOverheadPerSequenceS;
        prof.engine.attentionBandwidthShare = engineOverride->attentionBandwidthShare;
        if (engineOverride->kernelLaunchS > 0.0)
            prof.engine.kernelLaunchS = engineOverride->kernelLaunchS;
    }
    if (moeGemmEfficiency > 0.0)
        prof.engine.moeGemmEfficiency = moeGemmEfficiency;
    if (pt.maxBatch > 0)
        prof.engine.maxBatch = pt.maxBatch;
    if (pt.maxTokensPerIteration > 0)
        prof.engine.maxTokensPerIteration = pt.maxTokensPerIteration;
    if (pt.schedulerSteps > 0)
        prof.engine.schedulerSteps = pt.schedulerSteps;
    if (pt.oneWave)
        prof.engine.reservesFullOutput = true;
    if (pt.asyncScheduling >= 0)
        prof.engine.asyncScheduling = pt.asyncScheduling == 1;
    if (pt.cudaGraphs >= 0)
        prof.engine.cudaGraphs = pt.cudaGraphs == 1;
    if (pt.chunkedPrefill >= 0)
        prof.engine.chunkedPrefill = pt.chunkedPrefill == 1;
    if (pt.kvCacheFp8 >= 0)
        prof.engine.kvCacheFp8 = pt.kvCacheFp8 == 1;
    prof.engine.setMemoryFraction(pt.memoryFraction);   // 0: the engine's default stays
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

namespace {

// The goal is stated for benchmark results "across offline, server and interactive".
bool isBenchmarkScenario(const std::string &scenario)
{
    return scenario == "offline" || scenario == "server" || scenario == "interactive";
}

} // namespace

SetSummary benchmarkValidationSummary(const std::vector<CalibrationRow> &rows)
{
    std::vector<CalibrationRow> kept;
    for (const CalibrationRow &r : rows)
        if (r.point->set == PointSet::Validation && isBenchmarkScenario(r.point->scenario))
            kept.push_back(r);
    return summarize(kept, PointSet::Validation);
}

std::string benchmarkRound(const CalibrationPoint &p)
{
    auto starts = [&](const char *prefix) { return p.id.rfind(prefix, 0) == 0; };
    if (starts("mlperf50-") || starts("mlperf51-") || starts("krai51-"))
        return "MLPerf v5.x";
    if (starts("mlperf60-") || starts("krai60-"))
        return "MLPerf v6.0";
    if (starts("mlperf40-"))
        return "MLPerf v4.0";
    return "other published";
}

std::vector<std::pair<std::string, SetSummary>> benchmarkValidationByRound(const std::vector<CalibrationRow> &rows)
{
    std::map<std::string, std::vector<CalibrationRow>> rounds;
    for (const CalibrationRow &r : rows)
        if (r.point->set == PointSet::Validation && isBenchmarkScenario(r.point->scenario))
            rounds[benchmarkRound(*r.point)].push_back(r);
    std::vector<std::pair<std::string, SetSummary>> out;
    for (const auto &[round, kept] : rounds)
        out.push_back({round, summarize(kept, PointSet::Validation)});
    return out;
}

std::vector<std::pair<std::string, SetSummary>> benchmarkValidationByModel(const std::vector<CalibrationRow> &rows,
                                                                          const std::string &round)
{
    std::map<std::string, std::vector<CalibrationRow>> models;
    for (const CalibrationRow &r : rows)
        if (r.point->set == PointSet::Validation && isBenchmarkScenario(r.point->scenario) && benchmarkRound(*r.point) == round)
            models[r.point->model].push_back(r);
    std::vector<std::pair<std::string, SetSummary>> out;
    for (const auto &[model, kept] : models)
        out.push_back({model, summarize(kept, PointSet::Validation)});
    return out;
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
    const SetSummary bench = benchmarkValidationSummary(rows);
    out += summaryLine("validation benchmarks", bench);
    const auto rounds = benchmarkValidationByRound(rows);
    for (const auto &[round, s] : rounds) {
        out += summaryLine(("  " + round).c_str(), s);
        if (round.rfind("MLPerf", 0) == 0)
            for (const auto &[model, m] : benchmarkValidationByModel(rows, round))
                out += summaryLine(("    " + model).c_str(), m);
    }
    out += std::string("issue goal (benchmark validation points, offline/server/interactive, within +-15 %, median < 10 %): ")
           + (accuracyGoalMet(bench) ? "met\n" : "NOT met\n");
    for (const auto &[round, s] : rounds)
        if (round == "MLPerf v5.x")
            out += std::string("  on the MLPerf v5.x results the issue names alone: ") + (accuracyGoalMet(s) ? "met\n" : "NOT met\n");
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
        if (p.memoryFraction > 0.0)   // the run's own memory share, in its engine's terms
            points.back()["memoryFraction"] = p.memoryFraction;
    }
    const SetSummary v = summarize(rows, PointSet::Validation, true);
    const SetSummary bench = benchmarkValidationSummary(rows);
    Json validation = summaryJson(v);
    for (const auto &[vendor, s] : v.byVendor)
        validation["byVendor"][vendor] = summaryJson(s);
    for (const auto &[scenario, s] : v.byScenario)
        validation["byScenario"][scenario] = summaryJson(s);
    Json benchmarks = summaryJson(bench);
    for (const auto &[round, s] : benchmarkValidationByRound(rows)) {
        benchmarks["byRound"][round] = summaryJson(s);
        benchmarks["byRound"][round]["goalMet"] = accuracyGoalMet(s);
        for (const auto &[model, m] : benchmarkValidationByModel(rows, round))
            benchmarks["byRound"][round]["byModel"][model] = summaryJson(m);
    }
    return Json{{"points", points},
                {"calibration", summaryJson(summarize(rows, PointSet::Calibration))},
                {"validation", validation},
                {"benchmarks", benchmarks},
                {"goalMet", accuracyGoalMet(bench)}};
}

} // namespace aif::throughput
