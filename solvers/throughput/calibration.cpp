#include "calibration.h"

#include "catalog.h"
#include "profiles.h"
#include "training.h"

#include <cmath>
#include <cstdio>

namespace aif::throughput {

namespace {

CalibrationPoint point(const char *id, const char *gpu, const char *model, const char *engine, int gpus,
                       double isl, double osl, const char *metric, double published, bool fit, double tol,
                       const char *source, const char *assumptions)
{
    CalibrationPoint p;
    p.id = id;
    p.gpu = gpu;
    p.model = model;
    p.engine = engine;
    p.precision = "fp8";
    p.gpus = gpus;
    p.placement = Placement{0, 1, 1};
    p.workload.inputTokens = isl;
    p.workload.outputTokens = osl;
    p.metric = metric;
    p.published = published;
    p.fit = fit;
    p.tolerance = tol;
    p.source = source;
    p.assumptions = assumptions;
    return p;
}

std::vector<CalibrationPoint> makePoints()
{
    const char *mlperf = "MLPerf Inference v4.0 results, NVIDIA closed division (calibration/points.json)";
    const char *openorca = "OpenOrca prompts: mean input ~300 tokens (points.json: 'a few hundred'), mean output 290";
    const char *trt = "TensorRT-LLM performance overview tables, v1.0 (calibration/points.json)";
    std::vector<CalibrationPoint> v;
    v.push_back(point("mlperf40-8xh100-offline", "h100-sxm", "llama-2-70b", "tensorrt-llm", 8, 300, 290,
                      "tokens_per_s", 21806, true, 0.15, mlperf, openorca));
    v.push_back(point("trtllm-1xh100-8b-2048-2048", "h100-sxm", "llama-3.1-8b", "tensorrt-llm", 1, 2048, 2048,
                      "tokens_per_s", 9305, true, 0.15, trt, ""));
    v.push_back(point("mlperf40-8xh200-offline", "h200-sxm", "llama-2-70b", "tensorrt-llm", 8, 300, 290,
                      "tokens_per_s", 27738, false, 0.15, mlperf, openorca));
    v.push_back(point("trtllm-1xh100-8b-128-128", "h100-sxm", "llama-3.1-8b", "tensorrt-llm", 1, 128, 128,
                      "tokens_per_s", 28312, false, 0.15, trt, ""));
    CalibrationPoint amd = point("rocm-8xmi300x-70b-2048-2048", "mi300x", "llama-3.1-70b", "vllm", 8, 2048, 2048,
                                 "tokens_per_s", 8217, false, 0.35,
                                 "AMD ROCm published vLLM 0.8.3 throughput tables (calibration/points.json)",
                                 "vLLM efficiencies borrowed from TensorRT-LLM");
    amd.placement = Placement{8, 1, 1};
    v.push_back(amd);
    // DeepSeek-V3 production (H800): PD disaggregation, EP32 prefill, EP144 decode, 20-22
    // tokens/s per user. Published per-node averages over a day of production load.
    const char *ds = "DeepSeek Open Infra Index: DeepSeek-V3/R1 inference system overview (2025-03)";
    const char *dsAssume = "input:output = 3.6:1 from the published daily totals (608B in, 168B out); "
                           "absolute lengths 4000/1100 assumed; TPOT limit 1/21 s from 20-22 tokens/s per user";
    // Llama 3 405B pre-training on 16,384 H100 (TP8, PP16, DP128, 8K sequences, 16M-token
    // batches): 38 % BF16 MFU (41 % on 8,192 GPUs).
    CalibrationPoint train = point("llama3-405b-16k-h100-training-mfu", "h100-sxm", "llama-3.1-405b", "megatron-lm",
                                   16384, 8192, 1, "training_mfu", 0.38, false, 0.25,
                                   "Llama 3 Herd of Models, arXiv:2407.21783, Table 4",
                                   "interleaved schedule with 4 virtual stages; 80 % of the gradient reduction hidden");
    train.precision = "bf16";
    train.placement = Placement{8, 16, 1};
    v.push_back(train);
    for (const bool decode : {true, false}) {
        CalibrationPoint p = point(decode ? "deepseek-v3-h800-decode-node" : "deepseek-v3-h800-prefill-node",
                                   "h800-sxm", "deepseek-v3", "deepseek-inference", 176, 4000, 1100,
                                   decode ? "decode_tokens_per_s_per_node" : "prefill_input_tokens_per_s_per_node",
                                   decode ? 14800 : 73700, false, 0.25, ds, dsAssume);
        p.placement = Placement{1, 1, 144};
        p.prefillPlacement = Placement{1, 1, 32};
        p.prefillGpus = 32;
        p.decodeGpus = 144;
        p.workload.kvHitRate = 0.563;
        p.workload.mode = ServingMode::Server;
        p.workload.tpotLimitS = 1.0 / 21.0;
        p.workload.ttftLimitS = 5.0;
        p.workload.limitsGiven = true;   // production, not a benchmark
        v.push_back(p);
    }
    return v;
}

} // namespace

const std::vector<CalibrationPoint> &calibrationPoints()
{
    static const std::vector<CalibrationPoint> points = makePoints();
    return points;
}

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
    return row;
}

FitResult fitEngine(const Catalog &catalog, const std::string &engineId)
{
    std::vector<const CalibrationPoint *> fitPoints;
    for (const CalibrationPoint &p : calibrationPoints())
        if (p.fit && p.engine == engineId)
            fitPoints.push_back(&p);
    auto cost = [&](double ce, double me) {
        EngineProfile e;
        e.computeEfficiency = ce;
        e.memoryEfficiency = me;
        double sum = 0.0;
        for (const CalibrationPoint *p : fitPoints) {
            const CalibrationRow r = predictPoint(catalog, *p, &e);
            const double d = r.predicted > 0.0 ? std::log(r.predicted / p->published) : 10.0;
            sum += d * d;
        }
        return fitPoints.empty() ? 0.0 : sum / fitPoints.size();
    };
    // Coarse grid, then two finer grids around the best: robust, and cheap enough (each
    // evaluation is a full layout and batch search).
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

std::vector<CalibrationRow> calibrationReport(const Catalog &catalog)
{
    std::vector<CalibrationRow> rows;
    for (const CalibrationPoint &p : calibrationPoints())
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
