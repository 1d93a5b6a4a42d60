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
    // Speculative decoding / MTP: each decoding sequence verifies this many draft tokens per
    // step (the main model runs 1 + draft rows per sequence) after a draft model of
    // draftLayers layers proposed them one at a time.
    int draftTokens = 0;
    double draftLayers = 1.0;     // DeepSeek-V3 MTP module: one transformer block (arXiv:2412.19437 §2.2)
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
    // Mean tokens a sequence keeps cached (input + half the output) for sizing the KV cache of
    // local-attention layers, which hold only their window; 0: every layer holds everything.
    double kvContext = 0.0;
};

// Rows a GEMM needs before tensor cores run at their measured rate: efficiency M/(M + m0).
// Assumption (labelled in docs/throughput.md): tile quantisation of 64-128-row tiles.
constexpr double kGemmHalfRows = 32.0;

// kGroupedGemmEfficiency (DeepGEMM's grouped-vs-dense figure, the default MoE efficiency of an
// engine) lives in engineprofile.h beside EngineProfile::moeGemmEfficiency.

// Share of the GPU's peak the engine's GEMMs reach at a precision the GPU has: the GPU's
// measured GEMM fraction (hardware + vendor library ceiling) x the engine's fitted efficiency.
// Each factor is applied once: the efficiency is fitted as a share *of the measured ceiling*
// of the fit GPU (H100), not of its peak, so a GPU with a lower measured ceiling (MI300X 54 %
// bf16, 49 % fp8) is not charged the H100's ceiling again. (Replacing the product by the lower
// of the two shares of peak, min(f_gpu, 0.807 x 0.538), was tried: it moves the held-out
// MI300X vLLM point from +21.5 % to +53 %, so the data side with the product; docs/throughput.md.)
double engineComputeShare(const GpuProfile &gpu, const EngineProfile &engine, Precision used);
// The FLOP/s one GPU's GEMMs reach at a precision (falls back as GpuProfile::peakFlops does).
double gemmFlopsPerS(const GpuProfile &gpu, const EngineProfile &engine, Precision p, Precision *used = nullptr);
// What runs at which precision for a deployment precision: linear layers (attention
// projections, dense MLP, experts) in the deployment's format; the attention core at bf16
// (FlashAttention/FlashMLA on a 16-bit or FP8 KV cache); the LM head in bf16.
Precision linearPrecision(Precision deployment);

IterationCost iterationCost(const CostInputs &in, const IterationBatch &batch);

// Time for a collective over `group` GPUs moving `bytes` per GPU.
double allReduceS(const CostInputs &in, int group, double bytes, bool *scaleOut);
double allToAllS(const CostInputs &in, int group, double bytes, bool *scaleOut);

} // namespace aif::throughput
