#pragma once

#include "entity.h"

namespace aif {

// A workload: an LLM served (or trained) on a pool of GPUs with a parallelism plan.
struct Deployment : EntityBase
{
    std::string model;                  // catalog "models"
    std::vector<std::string> racks;     // the GPU pool
    int gpus = 0;                       // GPUs used (0: every GPU in the racks)
    std::string precision = "fp8";      // bf16, fp8, fp4, int8
    int tp = 1;
    int pp = 1;
    int ep = 1;
    int dp = 1;
    std::string mode = "offline";       // offline, server, interactive, training
    std::string engine = "TensorRT-LLM";
    int inputTokens = 1024;
    int outputTokens = 256;
    int prefillGpus = 0;                // prefill/decode split (0/0: aggregated serving)
    int decodeGpus = 0;
    double kvHitRate = 0.0;
    double ttftLimitS = 2.0;            // MLPerf Llama-2-70B server: TTFT p99 <= 2 s
    double tpotLimitS = 0.2;            //                             TPOT p99 <= 200 ms
    double utilization = 0.7;           // share of the year the pool serves at this load
    // Multi-token prediction / speculative decoding: draft tokens per step (0: off) and the
    // share of drafts the main model accepts; 0/0 keeps files written before them unchanged.
    int mtpTokens = 0;
    double mtpAcceptance = 0.0;
    int batch = 0;                      // pinned decode batch per replica (0: the solver picks)
    // Share of GPU memory the engine may use, in its own terms (vLLM --gpu-memory-utilization,
    // SGLang --mem-fraction-static, TensorRT-LLM kv_cache_free_gpu_mem_fraction); 0: its default.
    double memoryFraction = 0.0;
    // Longest network round trip its users tolerate (s; 0: not latency-bound, e.g. training):
    // decides at which sites it may run (docs/multisite.md).
    double latencyBudgetS = 0.0;

    static const std::vector<Field<Deployment>> &fields();
};

} // namespace aif
