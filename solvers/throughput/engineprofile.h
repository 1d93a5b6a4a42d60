#pragma once

#include "json.h"

#include <string>

namespace aif::throughput {

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

    int maxBatch = 2048;               // sequences per replica
    int maxTokensPerIteration = 8192;  // chunked-prefill token budget per iteration
    bool chunkedPrefill = true;        // prefill chunks ride along with decode (else they stall it)
    bool continuousBatching = true;    // finished sequences are replaced at once (else static batches)
    double memoryReserve = 0.10;       // share of HBM kept for activations, workspace, fragmentation
    double commOverlap = 0.0;          // share of communication hidden behind compute (micro-batch overlap)
    double collectiveLatencyS = 10.0e-6;// per collective start-up (NCCL small-message latency)
    double linkEfficiency = 0.8;       // achieved share of link bandwidth in collectives

    double kernelOverheadS() const { return cudaGraphs ? kernelGraphS : kernelLaunchS; }
    int kernelsPerLayer() const { return fused ? kernelsPerLayerFused : kernelsPerLayerUnfused; }
    int elementwisePasses() const { return fused ? elementwisePassesFused : elementwisePassesUnfused; }
};

// Reads a catalog "engines" entry; unknown keys keep the defaults above.
bool readEngineProfile(const Json &entry, EngineProfile *out, std::string *error);

// Maps a deployment's engine text ("TensorRT-LLM", "vLLM 0.8", "sglang") to a catalog id.
std::string engineIdFor(const std::string &engineText);

} // namespace aif::throughput
