#pragma once

#include "gpuprofile.h"
#include "json.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace aif::throughput {

// Grouped (MoE expert) GEMMs reach a lower share of the dense GEMM rate: per-expert tiles are
// ragged and the groups' rows are few. DeepGEMM's H800 FP8 tables (README of the 2025-02
// release, deepseek-ai/DeepGEMM), each grouped row against the dense row of the same N and K at
// M = 4096 with the M/(M + 32) row factor (kGemmHalfRows, costmodel.h) taken out: the masked
// layout (decode under CUDA graphs, 256-1024 rows per group) reaches 0.80-0.97, mean 0.89; the
// contiguous layout (prefill, 4096-8192 rows per group) 0.99-1.07. 0.90 is the decode figure, the
// default of EngineProfile::moeGemmEfficiency: a prefill-heavy MoE step is charged up to ~10 % too
// much expert time.
constexpr double kGroupedGemmEfficiency = 0.90;

// One cell of an engine's efficiency table (catalog engines[].efficiencyTable): the software
// efficiencies this engine reaches on one GPU generation at one precision, fitted on the
// calibration points it names (see efficiencytable.h for the fallback order).
struct EfficiencyCell
{
    std::string generation;            // hopper, blackwell, blackwell-ultra, cdna3, cdna4, ascend, gaudi ...
    std::string precision;             // bf16 (also fp16), fp8, fp4, int8
    double computeEfficiency = 0.0;
    double memoryEfficiency = 0.0;
    std::vector<std::string> fittedOn; // calibration point ids (never validation points)
    std::string source;
    // Host time per sequence per iteration fitted on this cell's systems (their CPUs and the
    // engine build); negative: the engine's hostOverheadPerSequenceS applies.
    double hostOverheadPerSequenceS = -1.0;
};

// A serving engine as mechanisms the cost model applies (catalog "engines"). The software
// efficiencies are the only fitted numbers: they scale the GPU's measured achievable compute
// and bandwidth to what the engine's kernels reach end to end (see calibration.h).
struct EngineProfile
{
    std::string id;
    std::string name;
    double computeEfficiency = 0.8;    // fitted: share of measured GEMM rate reached in serving
    double memoryEfficiency = 0.8;     // fitted: share of measured copy bandwidth reached
    bool calibrated = false;           // fitted on published points (else borrowed, low confidence)
    std::string calibratedOn;          // which points, for reports
    std::string method;                // the catalog's calibration/method text (says what it borrows)
    // The engine default above is the last fallback; the table below is keyed by GPU generation
    // and precision. resolveEfficiencyTable() (efficiencytable.h) picks one cell per precision
    // for the GPU in use; until then (or for a hand-made profile) the default pair applies.
    std::vector<EfficiencyCell> table;
    bool tableResolved = false;
    double resolvedCompute[4] = {0.0, 0.0, 0.0, 0.0};   // indexed by Precision
    double resolvedMemory[4] = {0.0, 0.0, 0.0, 0.0};
    std::string resolvedFrom[4];                       // cell used and fallback level, for `why`
    double resolvedHost[4] = {-1.0, -1.0, -1.0, -1.0}; // the cell's host overhead (negative: engine's)

    // Operator fusion: kernels per transformer layer and the extra activation passes of the
    // unfused element-wise ops (norms, residual adds, activation functions, RoPE).
    int kernelsPerLayerFused = 10;
    int kernelsPerLayerUnfused = 22;
    int elementwisePassesFused = 2;
    int elementwisePassesUnfused = 10;
    bool fused = true;
    // Per-kernel fixed cost: launch + tail. CUDA graphs replace CPU launches with a replay.
    double kernelLaunchS = 5.0e-6;
    double kernelGraphS = 2.0e-6;
    bool cudaGraphs = true;
    double iterationOverheadS = 0.5e-3; // scheduler/sampling time per iteration not hidden by the GPU
    // Host (CPU) time per running sequence per iteration that the GPU waits for: scheduling,
    // input preparation, sampling, output processing. Python engines pay it per sequence
    // (the vLLM v0.6.0 profile: scheduling and the API server took 62 % of a step on 8B/H100);
    // C++ runtimes with an overlapped scheduler (TensorRT-LLM) hide it: 0 there.
    double hostOverheadPerSequenceS = 0.0;
    // Multi-step scheduling (vLLM --num-scheduler-steps) schedules N iterations at once, so the
    // host's per-sequence cost is paid once per N; async scheduling prepares the next
    // iteration while the GPU runs this one, so the step takes the longer of the two.
    // Share of the weight-streaming bandwidth the paged-attention kernels reach reading KV:
    // scattered pages of a few tokens and small heads read less efficiently than dense
    // weights (1: as fast).
    double attentionBandwidthShare = 1.0;
    // Share of the dense GEMM rate the engine's MoE expert kernels reach, end to end (the
    // grouped GEMMs with their token permutation, gather and scatter; "moeGemmEfficiency"). It
    // divides the expert layers' time, compute and weight streaming alike. Default: DeepGEMM's
    // grouped-vs-dense figure (kGroupedGemmEfficiency); an engine with MoE calibration points
    // carries its own, fitted on them (docs/throughput.md).
    double moeGemmEfficiency = kGroupedGemmEfficiency;
    int schedulerSteps = 1;
    bool asyncScheduling = false;
    // Whether the asynchronous scheduler also runs with pipeline parallelism. TensorRT-LLM's
    // PyTorch executor has a separate pipeline loop (pp > 1) without the overlap scheduler: every
    // stage prepares its micro-batch, then runs it, so the host time is exposed there.
    bool asyncSchedulingWithPp = true;
    // KV cache in FP8 whenever the weights run FP8 or FP4 (TensorRT-LLM's quantized checkpoints,
    // AMD's MLPerf builds); false: 16-bit KV unless asked (vLLM and SGLang --kv-cache-dtype auto).
    bool kvCacheFp8 = true;
    double kvBytesFor(Precision used) const { return kvCacheFp8 ? kvBytes(used) : kvBytes(Precision::Bf16); }
    bool asyncFor(int pp) const { return asyncScheduling && (pp <= 1 || asyncSchedulingWithPp); }
    double hostOverheadFor(Precision p) const
    {
        return tableResolved && resolvedHost[int(p)] >= 0.0 ? resolvedHost[int(p)] : hostOverheadPerSequenceS;
    }
    double hostSecondsPerIteration(double sequences, Precision p) const
    {
        return hostOverheadFor(p) * sequences / std::max(1, schedulerSteps);
    }

    int maxBatch = 2048;               // sequences per replica
    int maxTokensPerIteration = 8192;  // chunked-prefill token budget per iteration
    bool chunkedPrefill = true;        // prefill chunks ride along with decode (else they stall it)
    bool continuousBatching = true;    // finished sequences are replaced at once (else static batches)
    double memoryReserve = 0.10;       // share of HBM kept for activations, workspace, fragmentation
    // SGLang's default ("memFractionStaticByTp", [[tp, fraction], ...] by rising tp): its
    // mem_fraction_static (weights + KV) shrinks as TP grows, for larger communication buffers
    // and CUDA graphs; the reserve is 1 - the fraction of the largest tp <= the stage's GPUs
    // (max(tp, ep), SGLang's tp_size). SGLang 0.4's rule; later releases size it by GPU memory.
    // Empty: memoryReserve at every tp.
    std::vector<std::pair<int, double>> memFractionStaticByTp;
    double reserveShareFor(int tp) const
    {
        double share = memoryReserve;
        for (const auto &[minTp, fraction] : memFractionStaticByTp)
            if (tp >= minTp)
                share = 1.0 - fraction;
        return share;
    }
    // TensorRT-LLM's rule ("kvCacheFreeFraction", its kv_cache_free_gpu_memory_fraction): KV gets
    // this share of the memory left after weights and activations; 0: the memoryReserve rule.
    double kvCacheFreeFraction = 0.0;
    // vLLM's rule ("gpuMemoryUtilization", its --gpu-memory-utilization, 0.9 by default): the
    // engine may use this share of HBM for weights, the profile pass's activations and KV, so
    // KV = share x HBM - weights - activation workspace; 0: the memoryReserve rule. Takes
    // precedence over memoryReserve; kvCacheFreeFraction takes precedence over both.
    double gpuMemoryUtilization = 0.0;
    // The memory share a deployment sets, in the engine's own terms: TensorRT-LLM's
    // kv_cache_free_gpu_mem_fraction, vLLM's --gpu-memory-utilization, SGLang's
    // --mem-fraction-static (weights + KV), else the plain reserve 1 - share.
    void setMemoryFraction(double share)
    {
        if (!(share > 0.0 && share <= 1.0))   // 0: the engine's default stays
            return;
        if (kvCacheFreeFraction > 0.0) {
            kvCacheFreeFraction = share;
        } else if (gpuMemoryUtilization > 0.0) {
            gpuMemoryUtilization = share;
        } else {
            memoryReserve = 1.0 - share;
            memFractionStaticByTp.clear();
        }
    }
    // KV admission ("kvReservation"): "on-demand" (vLLM, SGLang: pages as the output grows, a
    // sequence holds input + half its output on average, preempted when KV runs out) or
    // "full-output" (TensorRT-LLM's default GUARANTEED_NO_EVICT: a request starts only when KV
    // for its whole input + output is free, so each holds that much for its life).
    bool reservesFullOutput = false;
    // KV tokens a sequence holds on average under this policy.
    double kvTokensPerSequence(double inputTokens, double outputTokens) const
    {
        return inputTokens + (reservesFullOutput ? outputTokens : outputTokens / 2.0);
    }
    double commOverlap = 0.0;          // share of communication hidden behind compute (micro-batch overlap)
    double collectiveLatencyS = 10.0e-6;// per collective start-up (NCCL small-message latency)
    double linkEfficiency = 0.8;       // achieved share of link bandwidth in collectives

    double computeEfficiencyFor(Precision p) const
    {
        return tableResolved ? resolvedCompute[int(p)] : computeEfficiency;
    }
    double memoryEfficiencyFor(Precision p) const
    {
        return tableResolved ? resolvedMemory[int(p)] : memoryEfficiency;
    }
    double kernelOverheadS() const { return cudaGraphs ? kernelGraphS : kernelLaunchS; }
    int kernelsPerLayer() const { return fused ? kernelsPerLayerFused : kernelsPerLayerUnfused; }
    int elementwisePasses() const { return fused ? elementwisePassesFused : elementwisePassesUnfused; }
};

// Reads a catalog "engines" entry; unknown keys keep the defaults above.
bool readEngineProfile(const Json &entry, EngineProfile *out, std::string *error);

// Maps a deployment's engine text ("TensorRT-LLM", "vLLM 0.8", "sglang") to a catalog id.
std::string engineIdFor(const std::string &engineText);

} // namespace aif::throughput
