#include "memoryplan.h"

#include <algorithm>
#include <cstdio>

namespace aif::throughput {

MemoryPlan memoryPlan(const CostInputs &in)
{
    const ModelCard &m = *in.model;
    const GpuProfile &g = *in.gpu;
    const Placement &p = in.placement;
    Precision used = in.precision;
    g.peakFlops(in.precision, &used);
    const double wB = weightBytes(used);

    MemoryPlan plan;
    const double stageLayers = double(m.layers) / p.pp;
    const double moeShare = double(m.moeLayers()) / m.layers;
    // Attention, dense MLP, shared experts and router split over tp; routed experts over the stage.
    double perLayerTp = m.attentionParams() + (1.0 - moeShare) * m.denseMlpParams();
    if (m.moe)
        perLayerTp += moeShare * (m.sharedExperts * m.expertParams() + m.routerParams());
    const double routed = m.moe ? moeShare * m.routedExperts * m.expertParams() : 0.0;
    // Embedding table on the first stage, LM head (bf16) on the last; one GPU with pp = 1 holds both.
    const double tables = (p.pp == 1 ? 2.0 : 1.0) * m.embeddingParams() * 2.0 / p.tp;
    plan.weightsPerGpuB = stageLayers * (perLayerTp * wB / p.tp + routed * wB / p.stageGpus()) + tables;
    if (in.engine->kvCacheFreeFraction > 0.0) {
        // TensorRT-LLM: a share of what weights and activations leave (negative: does not fit)
        const double left = g.hbmBytes - plan.weightsPerGpuB - activationWorkspaceBytes(m, *in.engine, p.tp);
        plan.kvFreePerGpuB = left > 0.0 ? in.engine->kvCacheFreeFraction * left : left;
        plan.reservePerGpuB = g.hbmBytes - plan.weightsPerGpuB - plan.kvFreePerGpuB;
    } else {
        // vLLM: what its share leaves out plus the profile pass's activations; else a share of
        // HBM (SGLang's by tp_size, which spans a stage's GPUs: experts inside the TP group)
        plan.reservePerGpuB = in.engine->gpuMemoryUtilization > 0.0
            ? g.hbmBytes * (1.0 - in.engine->gpuMemoryUtilization) + activationWorkspaceBytes(m, *in.engine, p.tp)
            : g.hbmBytes * in.engine->reserveShareFor(p.stageGpus());
        plan.kvFreePerGpuB = g.hbmBytes - plan.reservePerGpuB - plan.weightsPerGpuB;
    }

    // Local-attention layers hold only their window: average the per-token size over the
    // context a sequence keeps cached (in.kvContext; 0 sizes every layer for the full context).
    const double kvPerLayer = in.kvContext > 0.0 ? m.kvElementsPerTokenLayerAt(in.kvContext)
                                                 : m.kvElementsPerTokenLayer();
    const double kvLayer = kvPerLayer * in.engine->kvBytesFor(used);
    plan.kvBytesPerToken = kvLayer * m.layers;
    plan.kvBytesPerTokenPerGpu = stageLayers * kvLayer / m.kvShards(p.tp);
    if (plan.kvFreePerGpuB <= 0.0) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "weights need %.1f GB per GPU, %.1f GB available",
                      plan.weightsPerGpuB / 1e9, (g.hbmBytes - plan.reservePerGpuB) / 1e9);
        plan.why = buf;
        return plan;
    }
    plan.kvTokensPerReplica = p.attentionGroups() * plan.kvFreePerGpuB / plan.kvBytesPerTokenPerGpu;
    plan.fits = true;
    return plan;
}

double activationWorkspaceBytes(const ModelCard &m, const EngineProfile &e, int tp)
{
    const double t = std::max(1, tp);
    // The widest MLP: a dense layer's, or the routed (and shared) experts a token visits.
    const double mlp = std::max(double(m.ffn), double(m.expertsPerToken + m.sharedExperts) * m.expertFfn);
    // Logits are gathered whole on every rank (and charged to every pipeline stage: a little high).
    return e.maxTokensPerIteration * (m.hidden + 2.0 * mlp / t) * 2.0 + double(e.maxBatch) * m.vocab * 4.0;
}

} // namespace aif::throughput
