// The published results of AMD Instinct systems (see calibrationpoints.cpp). AMD points fit
// and use only the rocm-vllm cells: the GPU's measured GEMM fraction is hardware, so the
// engine efficiency on top of it must be AMD's own, never an NVIDIA-fitted one.
#include "calibration.h"

namespace aif::throughput::detail {

std::vector<CalibrationPoint> amdPoints()
{
    constexpr PointSet kCal = PointSet::Calibration;
    constexpr PointSet kVal = PointSet::Validation;
    // AMD ROCm "Performance results" page, vLLM throughput table: docker rocm/vllm:
    // rocm7.0.0_vllm_0.10.2_20251006, 8x MI300X, benchmark client at an unbounded request rate.
    const char *rocm = "AMD ROCm performance results, vLLM throughput measurements on 8x MI300X, container "
                       "rocm/vllm:rocm7.0.0_vllm_0.10.2_20251006 (https://www.amd.com/zh-cn/developer/resources/rocm-hub/"
                       "dev-ai/performance-results.html, release 2025-10-06)";
    const char *assume = "table 'Throughput' read as output tokens/s (as the earlier vLLM 0.8.3 point); TP8 as published";
    struct Row { const char *id; PointSet set; const char *model; double isl, osl, tps; };
    const Row rows[] = {
        {"rocm70-8xmi300x-70b-128-2048", kCal, "llama-3.1-70b", 128, 2048, 13212.5},
        {"rocm70-8xmi300x-70b-2048-2048", kCal, "llama-3.1-70b", 2048, 2048, 7252.1},
        {"rocm70-8xmi300x-70b-500-2000", kVal, "llama-3.1-70b", 500, 2000, 11376.7},
        {"rocm70-8xmi300x-70b-128-4096", kVal, "llama-3.1-70b", 128, 4096, 11312.8},
        {"rocm70-8xmi300x-405b-2048-2048", kVal, "llama-3.1-405b", 2048, 2048, 2153.7},
        {"rocm70-8xmi300x-405b-500-2000", kVal, "llama-3.1-405b", 500, 2000, 2992.0},
    };
    std::vector<CalibrationPoint> v;
    for (const Row &r : rows) {
        CalibrationPoint p = makePoint(r.id, r.set, "mi300x", r.model, "rocm-vllm", "fp8", 8, {8, 1, 1}, r.isl, r.osl,
                                       "offline", r.tps, rocm, assume);
        p.vendor = "AMD";
        v.push_back(p);
    }
    // Issue #6 point (calibration/points.json): vLLM 0.8.3 on ROCm, now predicted with the
    // rocm-vllm cells instead of borrowing TensorRT-LLM's.
    CalibrationPoint old = makePoint("rocm-8xmi300x-70b-2048-2048", kVal, "mi300x", "llama-3.1-70b", "rocm-vllm", "fp8",
                                     8, {8, 1, 1}, 2048, 2048, "offline", 8217,
                                     "AMD ROCm published vLLM 0.8.3 throughput tables (calibration/points.json)",
                                     "engine rocm-vllm (the ROCm build of vLLM 0.8.3)");
    old.vendor = "AMD";
    old.legacy = true;
    old.tolerance = 0.35;
    v.push_back(old);
    // MLPerf Inference v6.0, Llama 2 70B server, one node of 8 MI355X (AMD's own submission).
    CalibrationPoint mi355 = makePoint("mlperf60-8xmi355x-70b-server", kVal, "mi355x", "llama-2-70b", "rocm-vllm", "fp4",
                                       8, {0, 1, 1}, 300, 290, "server", 100282,
                                       "MLPerf Inference v6.0 datacenter results (MLCommons, 2026-04-01), as reported by "
                                       "Digital Today: https://www.digitaltoday.co.kr/en/view/44917/mlperf-v60-benchmark-"
                                       "released-ai-inference-datacenter-chip-performance-race-intensifies",
                                       "MXFP4 weights (AMD's MLPerf MI355X submissions, rocm.blogs.amd.com v6.0 repro); "
                                       "OpenOrca mean input ~300, output 290 tokens; server limits 2 s / 200 ms");
    mi355.vendor = "AMD";
    v.push_back(mi355);
    return v;
}

} // namespace aif::throughput::detail
