// The published results of AMD Instinct systems (see calibrationpoints.cpp). AMD points fit
// and use only the rocm-vllm cells: the GPU's measured GEMM fraction is hardware, so the
// engine efficiency on top of it must be AMD's own, never an NVIDIA-fitted one.
#include "calibration.h"

namespace aif::throughput::detail {

namespace {

// AMD's own MLPerf Inference submissions, Llama 2 70B on one node of 8 GPUs, one model copy
// per GPU (TP1 x 8). Each run's harness settings come from its code/llama2-70b-99/harness_llm
// configs: max_num_seqs, num_scheduler_steps (vLLM V0 multi-step scheduling), and from v6.0
// on the V1 engine's async scheduling.
void amdMlperfPoints(std::vector<CalibrationPoint> *v)
{
    constexpr PointSet kCal = PointSet::Calibration;
    constexpr PointSet kVal = PointSet::Validation;
    const char *v51 = "MLPerf Inference v5.1 datacenter, closed division, AMD (mlcommons/inference_results_v5.1 "
                      "closed/AMD/results/<system>/llama2-70b-99/<scenario>/performance/run_1/mlperf_log_summary.txt; "
                      "harness settings from closed/AMD/code/llama2-70b-99/harness_llm/models/llama2-70b/*.yaml)";
    const char *v60 = "MLPerf Inference v6.0 datacenter, closed division, AMD (mlcommons/inference_results_v6.0 "
                      "closed/AMD/results/8xMI355X_2xEPYC_9575F/llama2-70b-99/; settings from closed/AMD/setup and "
                      "code/llama2-70b-99 configs; rocm.blogs.amd.com/artificial-intelligence/mlperf-inf_v6.0-repro)";
    const char *v51open = "MLPerf Inference v5.1 datacenter, open division, AMD (mlcommons/inference_results_v5.1 "
                          "open/AMD/results/8xMI355X_2xEPYC_9575F/llama2-70b-99/Offline)";
    const char *v50 = "MLPerf Inference v5.0 datacenter, closed division, AMD (mlcommons/inference_results_v5.0 "
                      "closed/AMD/results/8xMI325X_2xEPYC_9575F/summary.html; rocm.blogs.amd.com/artificial-"
                      "intelligence/mi325x-accelerates-mlperf-inference)";
    const char *orca = "OpenOrca mean input 222.3, output 290 tokens; MLPerf latency limits of llama2-70b; "
                       "max_num_seqs and scheduler settings as the harness config sets them";
    struct Row {
        const char *id; PointSet set; const char *gpu, *precision, *scenario; int maxSeqs, steps, async; double tps;
        double memoryFraction;   // gpu_memory_utilization of the run's <scenario>_<gpu>.yaml (0: not carried over)
        const char *src;
        int chunked = -1;   // enable_chunked_prefill (vLLM V0 runs: False but for the MI325X interactive V1 run)
        int maxTokens = 0;  // max_num_batched_tokens
        int gpus = 8;       // one model copy per GPU
    };
    // v6.0 partner systems of 8 MI355X and AMD's own 87-GPU multi-node run, with AMD's harness
    // settings (closed/<submitter>/src/llama2-70b-99/<scenario>_mi355x.yaml, identical to AMD's;
    // the multi-node run's *_mi355x_mn.yaml likewise). They repeat the fitted cdna4 run on other
    // systems and at 11-node scale.
    const char *dell = "MLPerf Inference v6.0 closed, Dell (inference_results_v6.0 closed/Dell/results/8xMI355X_2xEPYC_9655; "
                       "settings closed/Dell/src/llama2-70b-99/<scenario>_mi355x.yaml)";
    const char *giga = "MLPerf Inference v6.0 closed, GIGABYTE (inference_results_v6.0 closed/GigaComputing/results/"
                       "8xMI355X_2xEPYC-9575F; settings closed/GigaComputing/src/llama2-70b-99/<scenario>_mi355x.yaml)";
    const char *hpe = "MLPerf Inference v6.0 closed, HPE (inference_results_v6.0 closed/HPE/results/"
                      "HPE_ProLiant_XD685_MI355X_288GBx8; settings closed/HPE/src/llama2-70b-99/<scenario>_mi355x.yaml)";
    const char *smc = "MLPerf Inference v6.0 closed, Supermicro (inference_results_v6.0 closed/Supermicro/results/"
                      "8xMI355X_2xEPYC-9575F; settings closed/Supermicro/configs/.../<scenario>_mi355x.yaml)";
    const char *amdMn = "MLPerf Inference v6.0 closed, AMD (inference_results_v6.0 closed/AMD/results/87xMI355X_22xEPYC_9575F; "
                        "settings closed/AMD/src/llama2-70b-99/<scenario>_mi355x_mn.yaml)";
    const Row rows[] = {
        // vLLM 0.9.0.2 (V0 engine, multi-step scheduling), ROCm 6.4.1, Quark FP8 weights and KV.
        {"mlperf51-8xmi300x-70b-offline", kCal, "mi300x", "fp8", "offline", 1792, 11, 0, 27803.9, 0.98, v51, 0, 40960},
        {"mlperf51-8xmi300x-70b-server", kVal, "mi300x", "fp8", "server", 650, 9, 0, 24593.77, 1.0, v51, 0, 40960},
        {"mlperf51-8xmi300x-70b-interactive", kCal, "mi300x", "fp8", "interactive", 600, 8, 0, 8840.42, 1.0, v51, 0, 40960},
        {"mlperf51-8xmi325x-70b-offline", kVal, "mi325x", "fp8", "offline", 2700, 7, 0, 34520.4, 0.98, v51, 0, 65536},
        {"mlperf51-8xmi325x-70b-server", kVal, "mi325x", "fp8", "server", 1024, 9, 0, 32027.57, 1.0, v51, 0, 40960},
        {"mlperf51-8xmi325x-70b-interactive", kVal, "mi325x", "fp8", "interactive", 3840, 1, 0, 18407.20, 1.0, v51, 1, 43008},
        // vLLM V1 (preview 0.14 build) with async scheduling, ROCm 7.0, MXFP4 weights (Quark), FP8 KV.
        {"mlperf60-8xmi355x-70b-offline", kCal, "mi355x", "fp4", "offline", 3392, 1, 1, 103480.0, 0.95, v60, 1, 65536},
        {"mlperf60-8xmi355x-70b-server", kVal, "mi355x", "fp4", "server", 3096, 1, 1, 100282.36, 0.95, v60, 1, 40960},
        {"mlperf60-8xmi355x-70b-interactive", kCal, "mi355x", "fp4", "interactive", 4096, 1, 1, 73608.25, 0.95, v60, 1, 8192},
        // Open division (MXFP4 weights and activations), vLLM 0.9.1 V0 with 19 scheduler steps.
        {"mlperf51-8xmi355x-70b-offline-open", kVal, "mi355x", "fp4", "offline", 3450, 19, 0, 93045.8, 0.93, v51open, 0, 40960},
        // v5.0: vLLM 0.6.5 (AMD's mlperf50 build); its harness settings are not carried over:
        // predicted with the engine's defaults.
        {"mlperf50-8xmi325x-70b-offline", kVal, "mi325x", "fp8", "offline", 0, 0, -1, 33928.1, 0, v50},
        {"mlperf50-8xmi325x-70b-server", kVal, "mi325x", "fp8", "server", 0, 0, -1, 30724.5, 0, v50},
        {"mlperf60-dell-8xmi355x-70b-offline", kVal, "mi355x", "fp4", "offline", 3392, 1, 1, 100008, 0.95, dell, 1, 65536},
        {"mlperf60-dell-8xmi355x-70b-server", kVal, "mi355x", "fp4", "server", 3096, 1, 1, 96734.37, 0.95, dell, 1, 40960},
        {"mlperf60-dell-8xmi355x-70b-interactive", kVal, "mi355x", "fp4", "interactive", 4096, 1, 1, 70610.83, 0.95, dell, 1, 8192},
        {"mlperf60-giga-8xmi355x-70b-offline", kVal, "mi355x", "fp4", "offline", 3392, 1, 1, 100310, 0.95, giga, 1, 65536},
        {"mlperf60-giga-8xmi355x-70b-server", kVal, "mi355x", "fp4", "server", 3096, 1, 1, 98157.19, 0.95, giga, 1, 40960},
        {"mlperf60-giga-8xmi355x-70b-interactive", kVal, "mi355x", "fp4", "interactive", 4096, 1, 1, 72547.30, 0.95, giga, 1, 8192},
        {"mlperf60-hpe-8xmi355x-70b-offline", kVal, "mi355x", "fp4", "offline", 3392, 1, 1, 100019, 0.95, hpe, 1, 65536},
        {"mlperf60-hpe-8xmi355x-70b-server", kVal, "mi355x", "fp4", "server", 3096, 1, 1, 95544.29, 0.95, hpe, 1, 40960},
        {"mlperf60-hpe-8xmi355x-70b-interactive", kVal, "mi355x", "fp4", "interactive", 4096, 1, 1, 70954.06, 0.95, hpe, 1, 8192},
        {"mlperf60-smc-8xmi355x-70b-offline", kVal, "mi355x", "fp4", "offline", 3392, 1, 1, 100754, 0.95, smc, 1, 65536},
        {"mlperf60-smc-8xmi355x-70b-server", kVal, "mi355x", "fp4", "server", 3096, 1, 1, 97586.97, 0.95, smc, 1, 40960},
        {"mlperf60-smc-8xmi355x-70b-interactive", kVal, "mi355x", "fp4", "interactive", 4096, 1, 1, 71295.53, 0.95, smc, 1, 8192},
        {"mlperf60-87xmi355x-70b-offline", kVal, "mi355x", "fp4", "offline", 3392, 1, 1, 1042110, 0.94, amdMn, 1, 65536, 87},
        {"mlperf60-87xmi355x-70b-server", kVal, "mi355x", "fp4", "server", 3096, 1, 1, 1016375.00, 0.94, amdMn, 1, 40960, 87},
        {"mlperf60-87xmi355x-70b-interactive", kVal, "mi355x", "fp4", "interactive", 4096, 1, 1, 785521.65, 0.94, amdMn, 1, 8192, 87},
    };
    for (const Row &r : rows) {
        CalibrationPoint p = makePoint(r.id, r.set, r.gpu, "llama-2-70b", "rocm-vllm", r.precision, r.gpus, {1, 1, 1}, kOpenOrcaPrompts.mean,
                                       290, r.scenario, r.tps, r.src, orca);
        setDatasetPrompts(&p, kOpenOrcaPrompts);
        p.maxBatch = r.maxSeqs;
        p.schedulerSteps = r.steps;
        p.asyncScheduling = r.async;
        p.chunkedPrefill = r.chunked;
        p.maxTokensPerIteration = r.maxTokens;
        p.memoryFraction = r.memoryFraction;
        p.vendor = "AMD";
        v->push_back(p);
    }
}

} // namespace

std::vector<CalibrationPoint> amdPoints()
{
    constexpr PointSet kCal = PointSet::Calibration;
    constexpr PointSet kVal = PointSet::Validation;
    // AMD ROCm "Performance results" page, vLLM throughput table: docker rocm/vllm:
    // rocm7.0.0_vllm_0.10.2_20251006, 8x MI300X, benchmark client at an unbounded request rate.
    const char *rocm = "AMD ROCm performance results, vLLM throughput measurements on 8x MI300X, container "
                       "rocm/vllm:rocm7.0.0_vllm_0.10.2_20251006 (https://www.amd.com/zh-cn/developer/resources/rocm-hub/"
                       "dev-ai/performance-results.html, release 2025-10-06)";
    const char *assume = "table 'Throughput' read as output tokens/s (as the earlier vLLM 0.8.3 point); TP8 as published; "
                         "the table's Max. Seqs (= its prompt count) caps the running sequences";
    // Both model sizes in the calibration set: only 70B against 405B can tell the host's
    // per-sequence cost (the same for both) from the GEMM time (5.7x larger for 405B).
    struct Row { const char *id; PointSet set; const char *model; double isl, osl; int maxSeqs; double tps; };
    const Row rows[] = {
        {"rocm70-8xmi300x-70b-128-2048", kCal, "llama-3.1-70b", 128, 2048, 3200, 13212.5},
        {"rocm70-8xmi300x-70b-2048-2048", kCal, "llama-3.1-70b", 2048, 2048, 1500, 7252.1},
        {"rocm70-8xmi300x-405b-128-2048", kCal, "llama-3.1-405b", 128, 2048, 1500, 4201.7},
        {"rocm70-8xmi300x-405b-128-4096", kCal, "llama-3.1-405b", 128, 4096, 1500, 3176.3},
        {"rocm70-8xmi300x-70b-500-2000", kVal, "llama-3.1-70b", 500, 2000, 2000, 11376.7},
        {"rocm70-8xmi300x-70b-128-4096", kVal, "llama-3.1-70b", 128, 4096, 1500, 11312.8},
        {"rocm70-8xmi300x-405b-2048-2048", kVal, "llama-3.1-405b", 2048, 2048, 500, 2153.7},
        {"rocm70-8xmi300x-405b-500-2000", kVal, "llama-3.1-405b", 500, 2000, 2000, 2992.0},
    };
    std::vector<CalibrationPoint> v;
    for (const Row &r : rows) {
        CalibrationPoint p = makePoint(r.id, r.set, "mi300x", r.model, "rocm-vllm-container", "fp8", 8, {8, 1, 1}, r.isl, r.osl,
                                       "offline", r.tps, rocm, assume);
        p.maxBatch = r.maxSeqs;
        p.schedulerSteps = 1;      // the docker's vLLM V1 defaults: one step, synchronous scheduling
        p.asyncScheduling = 0;
        p.oneWave = true;          // prompts = max seqs: one wave
        p.vendor = "AMD";
        v.push_back(p);
    }
    // A batch sweep at a fixed batch (vLLM benchmark_latency.py, 128 in / 128 out, TP8): batch 1
    // is weight streaming and per-step overhead alone, so it pins the memory efficiency that the
    // large-batch, long-context throughput rows cannot tell from their other costs.
    const char *oci = "Oracle Cloud Infrastructure blog 'Serving Llama 3.1 405B model with AMD MI300X GPUs' "
                      "(BM.GPU.MI300X.8, vLLM benchmark_latency.py, input 128, output 128; https://blogs.oracle.com/"
                      "cloud-infrastructure/serving-llama-31-405b-model-with-amd-mi300x-gpus)";
    const struct { const char *id; int batch; double tps; } sweep[] = {
        {"oci-8xmi300x-405b-bs1", 1, 36},
        {"oci-8xmi300x-405b-bs16", 16, 468},
        {"oci-8xmi300x-405b-bs256", 256, 1846},
    };
    for (const auto &r : sweep) {
        CalibrationPoint p = makePoint(r.id, kCal, "mi300x", "llama-3.1-405b", "rocm-vllm-container", "fp8", 8, {8, 1, 1}, 128, 128,
                                       "offline", r.tps, oci,
                                       "2024 ROCm vLLM build (version not stated), FP8 weights and KV; the batch is "
                                       "fixed and starts at once; output tokens/s as the table reports it");
        p.maxBatch = r.batch;
        p.schedulerSteps = 1;
        p.asyncScheduling = 0;
        p.oneWave = true;
        p.vendor = "AMD";
        v.push_back(p);
    }
    // Issue #6 point (calibration/points.json): vLLM 0.8.3 on ROCm, now predicted with the
    // rocm-vllm cells instead of borrowing TensorRT-LLM's.
    CalibrationPoint old = makePoint("rocm-8xmi300x-70b-2048-2048", kVal, "mi300x", "llama-3.1-70b", "rocm-vllm-container", "fp8",
                                     8, {8, 1, 1}, 2048, 2048, "offline", 8217,
                                     "AMD ROCm published vLLM 0.8.3 throughput tables (calibration/points.json)",
                                     "engine rocm-vllm (the ROCm build of vLLM 0.8.3)");
    old.maxBatch = 1500;   // the vLLM 0.8.3 table's Max Num Seqs for 2048/2048
    old.schedulerSteps = 1;
    old.asyncScheduling = 0;
    old.oneWave = true;
    old.vendor = "AMD";
    old.legacy = true;
    old.tolerance = 0.35;
    v.push_back(old);
    amdMlperfPoints(&v);
    return v;
}

} // namespace aif::throughput::detail
