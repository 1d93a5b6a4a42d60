// The published results the throughput model is judged on, NVIDIA systems (AMD in
// calibrationpointsamd.cpp). Every number is copied from the source named with it; the
// CALIBRATION set fits the engine efficiency table, the VALIDATION set is never fitted on.
#include "calibration.h"

#include <map>

namespace aif::throughput {

namespace detail {

CalibrationPoint makePoint(const char *id, PointSet set, const char *gpu, const char *model, const char *engine,
                           const char *precision, int gpus, Placement placement, double isl, double osl,
                           const char *scenario, double published, const char *source, const char *assumptions)
{
    CalibrationPoint p;
    p.id = id;
    p.set = set;
    p.gpu = gpu;
    p.model = model;
    p.engine = engine;
    p.precision = precision;
    p.gpus = gpus;
    p.placement = placement;
    p.workload.inputTokens = isl;
    p.workload.outputTokens = osl;
    p.scenario = scenario;
    p.workload.mode = std::string(scenario) == "server" ? ServingMode::Server
                      : std::string(scenario) == "interactive" ? ServingMode::Interactive
                                                               : ServingMode::Offline;
    p.metric = "tokens_per_s";
    p.published = published;
    p.source = source;
    p.assumptions = assumptions;
    return p;
}

namespace {

constexpr PointSet kCal = PointSet::Calibration;
constexpr PointSet kVal = PointSet::Validation;

// The issue #6 points (../shared/calibration/points.json), kept with their ids.
void legacyPoints(std::vector<CalibrationPoint> *v)
{
    const char *mlperf = "MLPerf Inference v4.0 results, NVIDIA closed division (calibration/points.json)";
    const char *openorca = "OpenOrca prompts: mean input 222.3 tokens (the benchmark's 24,576 prompts; points.json said "
                           "'a few hundred'), mean output 290";
    const char *trt = "TensorRT-LLM performance overview tables, v1.0 (calibration/points.json)";
    auto legacy = [&](CalibrationPoint p, bool fit, double tol) {
        p.legacy = true;
        p.fit = fit;
        p.tolerance = tol;
        v->push_back(p);
    };
    // MLPerf v4.0 ran the TensorRT-LLM of early 2024: it fits the issue-6 engine default pair, not
    // the hopper/fp8 cell of the v1.0 performance overview (a year of software apart).
    CalibrationPoint v40 = makePoint("mlperf40-8xh100-offline", kCal, "h100-sxm", "llama-2-70b", "tensorrt-llm-bench", "fp8", 8,
                                     {0, 1, 1}, kOpenOrcaPrompts.mean, 290, "offline", 21806, mlperf, openorca);
    v40.fitsCell = false;
    setDatasetPrompts(&v40, kOpenOrcaPrompts);
    legacy(v40, true, 0.15);
    legacy(makePoint("trtllm-1xh100-8b-2048-2048", kCal, "h100-sxm", "llama-3.1-8b", "tensorrt-llm-bench", "fp8", 1,
                     {0, 1, 1}, 2048, 2048, "offline", 9305, trt, ""), true, 0.15);
    legacy(makePoint("mlperf40-8xh200-offline", kVal, "h200-sxm", "llama-2-70b", "tensorrt-llm-bench", "fp8", 8,
                     {0, 1, 1}, kOpenOrcaPrompts.mean, 290, "offline", 27738, mlperf, openorca), false, 0.15);
    legacy(makePoint("trtllm-1xh100-8b-128-128", kVal, "h100-sxm", "llama-3.1-8b", "tensorrt-llm-bench", "fp8", 1,
                     {0, 1, 1}, 128, 128, "offline", 28312, trt, ""), false, 0.15);
    // Llama 3 405B pre-training (Table 4: TP8, CP1, PP16, 8K sequences, 16M-token batches):
    // 430 TFLOPs/GPU = 43 % BF16 MFU on 8,192 H100 (DP64), 400 TFLOPs/GPU = 41 % on 16,384
    // (DP128). The table's 38 % row is the 131K-token context-parallel (CP16) stage, not this
    // layout. The 8,192-GPU row fits the megatron-lm hopper/bf16 cell; the 16,384 row validates.
    const char *llama3 = "Llama 3 Herd of Models, arXiv:2407.21783, Table 4";
    const char *llama3Assume = "interleaved schedule with 4 virtual stages; 80 % of the gradient reduction hidden; "
                               "MFU counts 6 x parameters per token";
    CalibrationPoint train8k = makePoint("llama3-405b-8k-h100-training-mfu", kCal, "h100-sxm", "llama-3.1-405b",
                                         "megatron-lm", "bf16", 8192, {8, 16, 1}, 8192, 1, "training", 0.43, llama3,
                                         llama3Assume);
    train8k.metric = "training_mfu";
    v->push_back(train8k);
    CalibrationPoint train = makePoint("llama3-405b-16k-h100-training-mfu", kVal, "h100-sxm", "llama-3.1-405b",
                                       "megatron-lm", "bf16", 16384, {8, 16, 1}, 8192, 1, "training", 0.41, llama3,
                                       llama3Assume);
    train.metric = "training_mfu";
    legacy(train, false, 0.25);
    // DeepSeek-V3 production (H800): PD disaggregation, EP32 prefill, EP144 decode, 20-22
    // tokens/s per user. Published per-node averages over a day of production load.
    const char *ds = "DeepSeek Open Infra Index: DeepSeek-V3/R1 inference system overview (2025-03)";
    const char *dsAssume = "input:output = 3.6:1 from the published daily totals (608B in, 168B out); "
                           "absolute lengths 4000/1100 assumed; TPOT limit 1/21 s from 20-22 tokens/s per user";
    for (const bool decode : {true, false}) {
        CalibrationPoint p = makePoint(decode ? "deepseek-v3-h800-decode-node" : "deepseek-v3-h800-prefill-node", kVal,
                                       "h800-sxm", "deepseek-v3", "deepseek-inference", "fp8", 176, {1, 1, 144}, 4000,
                                       1100, "production", decode ? 14800 : 73700, ds, dsAssume);
        p.metric = decode ? "decode_tokens_per_s_per_node" : "prefill_input_tokens_per_s_per_node";
        p.prefillPlacement = Placement{1, 1, 32};
        p.prefillGpus = 32;
        p.decodeGpus = 144;
        p.workload.kvHitRate = 0.563;
        p.workload.mode = ServingMode::Server;
        p.workload.tpotLimitS = 1.0 / 21.0;
        p.workload.ttftLimitS = 5.0;
        p.workload.limitsGiven = true;   // production, not a benchmark
        legacy(p, false, 0.25);
    }
}

// TensorRT-LLM v1.0 performance overview: trtllm-bench max-throughput runs (requests at an
// unbounded rate), "Total Output Throughput (tokens/sec)", fixed ISL/OSL, the TP (and PP) in
// the column header. Llama 3.3 70B runs as the catalog's llama-3.1-70b: the same architecture.
void trtllmPoints(std::vector<CalibrationPoint> *v)
{
    const char *src = "TensorRT-LLM v1.0 performance overview, docs/source/performance/perf-overview.md "
                      "(NVIDIA/TensorRT-LLM commit 00f37686; https://nvidia.github.io/TensorRT-LLM/performance/"
                      "perf-overview.html)";
    const char *l33 = "Llama 3.3 70B modelled as llama-3.1-70b (same architecture)";
    struct Row { const char *id; PointSet set; const char *gpu, *model, *precision; int gpus, tp, pp; double isl, osl, tps; };
    const Row rows[] = {
        // CALIBRATION
        {"trtllm10-1xh200-70b-1000-1000", kCal, "h200-sxm", "llama-3.1-70b", "fp8", 1, 1, 1, 1000, 1000, 2909},
        {"trtllm10-2xh100-70b-1000-1000", kCal, "h100-sxm", "llama-3.1-70b", "fp8", 2, 2, 1, 1000, 1000, 4205},
        {"trtllm10-8xh200-405b-1000-1000", kCal, "h200-sxm", "llama-3.1-405b", "fp8", 8, 8, 1, 1000, 1000, 3330},
        {"trtllm10-1xb200-70b-fp4-1000-1000", kCal, "b200", "llama-3.1-70b", "fp4", 1, 1, 1, 1000, 1000, 7007},
        {"trtllm10-1xgb200-70b-fp4-1000-1000", kCal, "gb200", "llama-3.1-70b", "fp4", 1, 1, 1, 1000, 1000, 7326},
        {"trtllm10-4xb200-405b-fp4-1000-1000", kCal, "b200", "llama-3.1-405b", "fp4", 4, 4, 1, 1000, 1000, 5209},
        // RTX PRO 6000 (no NVLink) at 1, 2, 4 and 8 pipeline stages: per GPU, 8 stages deliver
        // about half of what one GPU does, because the pipelined executor loop has no overlap
        // scheduler (the host time per sequence is exposed). Rows at every depth so the cell's
        // host time is told apart from its GPU efficiencies; the other depths and shapes of the
        // same table validate.
        {"trtllm10-8xrtx-70b-fp4-1000-1000", kCal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 8, 1, 8, 1000, 1000, 8166},
        {"trtllm10-8xrtx-70b-fp4-128-2048", kCal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 8, 1, 8, 128, 2048, 9833},
        {"trtllm10-4xrtx-70b-fp4-128-2048", kCal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 4, 1, 4, 128, 2048, 7922},
        {"trtllm10-2xrtx-70b-fp4-1000-1000", kCal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 2, 1, 2, 1000, 1000, 3707},
        {"trtllm10-1xrtx-70b-fp4-128-2048", kCal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 1, 1, 1, 128, 2048, 2422},
        {"trtllm10-1xrtx-70b-fp4-2048-2048", kCal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 1, 1, 1, 2048, 2048, 1074},
        // A long-output row for the FP4 cells, so compute and memory efficiency are not fitted on
        // one sequence shape alone (the 1000/1000 rows cannot tell them apart).
        {"trtllm10-1xb200-70b-fp4-128-2048", kCal, "b200", "llama-3.1-70b", "fp4", 1, 1, 1, 128, 2048, 9922},
        // VALIDATION
        {"trtllm10-1xh200-70b-2048-2048", kVal, "h200-sxm", "llama-3.1-70b", "fp8", 1, 1, 1, 2048, 2048, 2003},
        {"trtllm10-2xh100-70b-2048-2048", kVal, "h100-sxm", "llama-3.1-70b", "fp8", 2, 2, 1, 2048, 2048, 3082},
        {"trtllm10-2xh100-70b-128-2048", kVal, "h100-sxm", "llama-3.1-70b", "fp8", 2, 2, 1, 128, 2048, 6651},
        {"trtllm10-8xh100-405b-2048-2048", kVal, "h100-sxm", "llama-3.1-405b", "fp8", 8, 8, 1, 2048, 2048, 2296},
        {"trtllm10-8xh200-405b-500-2000", kVal, "h200-sxm", "llama-3.1-405b", "fp8", 8, 8, 1, 500, 2000, 4724},
        {"trtllm10-1xh200-8b-1000-1000", kVal, "h200-sxm", "llama-3.1-8b", "fp8", 1, 1, 1, 1000, 1000, 17744},
        {"trtllm10-1xh100-8b-500-2000", kVal, "h100-sxm", "llama-3.1-8b", "fp8", 1, 1, 1, 500, 2000, 17660},
        {"trtllm10-1xb200-70b-fp4-2048-2048", kVal, "b200", "llama-3.1-70b", "fp4", 1, 1, 1, 2048, 2048, 4783},
        {"trtllm10-1xb200-70b-fp4-500-2000", kVal, "b200", "llama-3.1-70b", "fp4", 1, 1, 1, 500, 2000, 7762},
        {"trtllm10-1xgb200-70b-fp4-2048-2048", kVal, "gb200", "llama-3.1-70b", "fp4", 1, 1, 1, 2048, 2048, 5646},
        {"trtllm10-4xgb200-405b-fp4-2048-2048", kVal, "gb200", "llama-3.1-405b", "fp4", 4, 4, 1, 2048, 2048, 4407},
        {"trtllm10-4xb200-405b-fp4-500-2000", kVal, "b200", "llama-3.1-405b", "fp4", 4, 4, 1, 500, 2000, 6244},
        {"trtllm10-8xrtx-70b-fp4-2048-2048", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 8, 1, 8, 2048, 2048, 6078},
        {"trtllm10-8xrtx-70b-fp4-500-2000", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 8, 1, 8, 500, 2000, 9435},
        {"trtllm10-4xrtx-70b-fp4-1000-1000", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 4, 1, 4, 1000, 1000, 5961},
        {"trtllm10-4xrtx-70b-fp4-500-2000", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 4, 1, 4, 500, 2000, 6939},
        {"trtllm10-4xrtx-70b-fp4-2048-2048", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 4, 1, 4, 2048, 2048, 3870},
        {"trtllm10-2xrtx-70b-fp4-128-2048", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 2, 1, 2, 128, 2048, 4993},
        {"trtllm10-2xrtx-70b-fp4-500-2000", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 2, 1, 2, 500, 2000, 4114},
        {"trtllm10-2xrtx-70b-fp4-2048-2048", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 2, 1, 2, 2048, 2048, 2336},
        {"trtllm10-1xrtx-70b-fp4-1000-1000", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 1, 1, 1, 1000, 1000, 1787},
        {"trtllm10-1xrtx-70b-fp4-500-2000", kVal, "rtx-pro-6000-server", "llama-3.1-70b", "fp4", 1, 1, 1, 500, 2000, 1856},
        {"trtllm10-8xh200-maverick-1000-1000", kVal, "h200-sxm", "llama-4-maverick", "fp8", 8, 8, 1, 1000, 1000, 31782},
        {"trtllm10-8xh200-qwen3-235b-1000-1000", kVal, "h200-sxm", "qwen3-235b-a22b", "fp8", 8, 8, 1, 1000, 1000, 23789},
        {"trtllm10-8xb200-qwen3-235b-fp4-1000-1000", kVal, "b200", "qwen3-235b-a22b", "fp4", 8, 8, 1, 1000, 1000, 42391},
    };
    for (const Row &r : rows) {
        const bool is33 = std::string(r.model) == "llama-3.1-70b";
        // trtllm-bench with the table's defaults (the MLPerf-tuned engine is fitted on MLPerf runs).
        v->push_back(makePoint(r.id, r.set, r.gpu, r.model, "tensorrt-llm-bench", r.precision,
                               r.gpus, {r.tp, r.pp, 1}, r.isl, r.osl, "offline", r.tps, src,
                               is33 ? l33 : "model as in the table"));
    }
}

} // namespace

std::vector<CalibrationPoint> nvidiaPoints()
{
    std::vector<CalibrationPoint> v;
    legacyPoints(&v);
    trtllmPoints(&v);
    nvidiaMlperfPoints(&v);
    kraiPoints(&v);
    return v;
}

} // namespace detail

const std::vector<CalibrationPoint> &calibrationPoints()
{
    static const std::vector<CalibrationPoint> points = [] {
        std::vector<CalibrationPoint> v = detail::nvidiaPoints();
        for (CalibrationPoint &p : detail::amdPoints())
            v.push_back(std::move(p));
        detail::intelPoints(&v);
        detail::mlperfBenchmarkPoints(&v);
        return v;
    }();
    return points;
}

std::vector<const CalibrationPoint *> pointsIn(PointSet set)
{
    std::vector<const CalibrationPoint *> out;
    for (const CalibrationPoint &p : calibrationPoints())
        if (p.set == set)
            out.push_back(&p);
    return out;
}

std::vector<std::string> overlappingPointIds()
{
    std::map<std::string, int> seen;
    std::vector<std::string> out;
    for (const CalibrationPoint &p : calibrationPoints())
        if (++seen[p.id] == 2)
            out.push_back(p.id);
    return out;
}

} // namespace aif::throughput
