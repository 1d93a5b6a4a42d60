#pragma once

#include "engineprofile.h"
#include "gpuprofile.h"
#include "modelcard.h"

namespace aif::throughput {

// How one model replica is laid out. Attention and dense layers are split over tp GPUs;
// experts over ep GPUs. When ep > tp the attention runs data-parallel (ep/tp groups, each
// with its own sequences) as DeepSeek and SGLang deploy MoE models. pp stages each hold
// layers/pp layers. A replica therefore uses pp * max(tp, ep) GPUs.
struct Placement
{
    int tp = 1;
    int pp = 1;
    int ep = 1;

    int stageGpus() const { return tp > ep ? tp : ep; }
    int gpus() const { return pp * stageGpus(); }
    int attentionGroups() const { return stageGpus() / tp; }
};

// What one engine iteration processes, for the whole replica.
struct IterationBatch
{
    double decodeSeqs = 0.0;      // sequences producing one token each
    double decodeContext = 0.0;   // their mean cached context (tokens)
    double prefillTokens = 0.0;   // prompt tokens processed in this iteration (chunks)
    double prefillContext = 0.0;  // mean context the prefill tokens attend to
    double prefillSeqs = 0.0;     // sequences those chunks belong to (their last token gives logits)
};

// The time of one iteration and where it goes. Times in seconds per iteration; compute,
// memory and communication are the parts of the critical path each limit owns.
struct IterationCost
{
    double timeS = 0.0;
    double computeS = 0.0;     // operator time where FLOPs bind
    double memoryS = 0.0;      // operator time where bytes bind
    double commS = 0.0;        // TP all-reduce, EP all-to-all, PP send/recv (exposed part)
    double overheadS = 0.0;    // kernel launches and engine scheduling
    double flopsPerGpu = 0.0;  // per iteration
    double bytesPerGpu = 0.0;  // HBM traffic per iteration
    double peakFlops = 0.0;    // per GPU at the precision used
    Precision precisionUsed = Precision::Bf16;
    bool scaleOut = false;     // some collective left the scale-up domain
};

struct CostInputs
{
    const ModelCard *model = nullptr;
    const GpuProfile *gpu = nullptr;
    const EngineProfile *engine = nullptr;
    Placement placement;
    Precision precision = Precision::Fp8;
    double clockFactor = 1.0;  // < 1 when the GPU is power-capped or thermally throttled
};

// Rows a GEMM needs before tensor cores run at their measured rate: efficiency M/(M + m0).
// Assumption (labelled in docs/throughput.md): tile quantisation of 64-128-row tiles.
constexpr double kGemmHalfRows = 32.0;

IterationCost iterationCost(const CostInputs &in, const IterationBatch &batch);

// Time for a collective over `group` GPUs moving `bytes` per GPU.
double allReduceS(const CostInputs &in, int group, double bytes, bool *scaleOut);
double allToAllS(const CostInputs &in, int group, double bytes, bool *scaleOut);

} // namespace aif::throughput
