#include "costmodel.h"

#include <algorithm>
#include <cmath>

namespace aif::throughput {

namespace {

// Accumulates operator times into the compute / memory split of the critical path.
struct Roofline
{
    double computeRate = 0.0;  // FLOP/s one GPU reaches on a large GEMM
    double attentionRate = 0.0;// attention kernels (FlashAttention, FlashMLA) compute in bf16
    double memoryRate = 0.0;   // B/s one GPU reaches
    double attentionMemoryRate = 0.0;   // B/s the attention kernels reach reading KV
    double computeS = 0.0;
    double memoryS = 0.0;
    double flops = 0.0;
    double bytes = 0.0;

    bool grouped = false;      // MoE expert GEMMs: slowed by the engine's moeGemmEfficiency
    double groupedEfficiency = 1.0;   // the engine's moeGemmEfficiency, set below

    void op(double f, double b, double rows, bool attention = false)
    {
        const double shape = rows > 0.0 ? rows / (rows + kGemmHalfRows) : 1.0;
        const double tc = f / ((attention ? attentionRate : computeRate) * shape);
        const double tm = b / (attention ? attentionMemoryRate : memoryRate);
        (tc >= tm ? computeS : memoryS) += std::max(tc, tm) / (grouped ? groupedEfficiency : 1.0);
        flops += f;
        bytes += b;
    }
};

double linkBps(const CostInputs &in, int group, bool *scaleOut)
{
    if (group <= in.gpu->scaleUpDomain)
        return in.gpu->scaleUpBps;
    if (scaleOut)
        *scaleOut = true;
    return in.gpu->scaleOutBpsFor(group);
}

} // namespace

double engineComputeShare(const GpuProfile &g, const EngineProfile &e, Precision used)
{
    return g.achievableFraction(used) * e.computeEfficiencyFor(used);
}

double gemmFlopsPerS(const GpuProfile &g, const EngineProfile &e, Precision p, Precision *used)
{
    Precision u = p;
    const double peak = g.peakFlops(p, &u);
    if (used)
        *used = u;
    return peak * engineComputeShare(g, e, u);
}

Precision linearPrecision(Precision deployment)
{
    return deployment;
}

double allReduceS(const CostInputs &in, int group, double bytes, bool *scaleOut)
{
    if (group <= 1 || bytes <= 0.0)
        return 0.0;
    const double bw = linkBps(in, group, scaleOut) * in.engine->linkEfficiency;
    const double n = group;
    // Ring bandwidth term (each GPU sends 2(n-1)/n of the buffer) plus one start-up latency,
    // three times larger when the collective leaves the scale-up domain.
    const double latency = in.engine->collectiveLatencyS * (group <= in.gpu->scaleUpDomain ? 1.0 : 3.0)
                           + in.gpu->scaleAcrossLatencyFor(group);
    return latency + 2.0 * (n - 1.0) / n * bytes / bw;
}

double allToAllS(const CostInputs &in, int group, double bytes, bool *scaleOut)
{
    if (group <= 1 || bytes <= 0.0)
        return 0.0;
    const double n = group;
    const int domain = in.gpu->scaleUpDomain;
    if (group <= domain) {  // (n-1)/n of a GPU's tokens go to its peers
        const double sent = bytes * (n - 1.0) / n;
        return in.engine->collectiveLatencyS + sent / (in.gpu->scaleUpBps * in.engine->linkEfficiency);
    }
    if (scaleOut)
        *scaleOut = true;
    // Peers outside the scale-up domain are reached over the NICs; both parts run at once.
    const double outside = (n - domain) / n;
    const double tUp = bytes * (domain - 1.0) / n / (in.gpu->scaleUpBps * in.engine->linkEfficiency);
    const double tOut = bytes * outside / (in.gpu->scaleOutBpsFor(group) * in.engine->linkEfficiency);
    return 3.0 * in.engine->collectiveLatencyS + in.gpu->scaleAcrossLatencyFor(group) + std::max(tUp, tOut);
}

IterationCost iterationCost(const CostInputs &in, const IterationBatch &full)
{
    const ModelCard &m = *in.model;
    const GpuProfile &g = *in.gpu;
    const EngineProfile &e = *in.engine;
    const Placement &p = in.placement;

    IterationCost c;
    c.peakFlops = g.peakFlops(in.precision, &c.precisionUsed);
    // A format the GPU lacks runs (and is stored) in the wider one it has.
    const Precision used = c.precisionUsed;
    const double wB = weightBytes(used);
    const double kvB = e.kvBytesFor(used);
    const double aB = kActivationBytes;

    Roofline r;
    r.computeRate = c.peakFlops * engineComputeShare(g, e, used) * in.clockFactor;
    r.attentionRate = g.peakBf16 * engineComputeShare(g, e, Precision::Bf16) * in.clockFactor;
    r.memoryRate = g.hbmBps * g.memoryFraction * e.memoryEfficiencyFor(used);
    r.attentionMemoryRate = r.memoryRate * e.attentionBandwidthShare;
    r.groupedEfficiency = e.moeGemmEfficiency;

    // Pipeline: the batch splits into pp micro-batches; each stage works on one at a time.
    const double pp = p.pp;
    const double groups = p.attentionGroups();
    const double tp = p.tp;
    const double stageGpus = p.stageGpus();
    const double decodeSeqs = full.decodeSeqs / pp;
    const double draft = std::max(0, full.draftTokens);
    const double decode = decodeSeqs * (1.0 + draft);   // rows: each sequence verifies its drafts
    const double prefillTok = full.prefillTokens / pp;
    const double prefillSeqs = full.prefillSeqs / pp;
    const double M = decode + prefillTok;
    const double Mg = M / groups;
    const double layers = double(m.layers) / pp;
    const double moeShare = double(m.moeLayers()) / m.layers;
    const double kvShard = m.kvShards(p.tp);
    // Writes: every layer stores each new token; reads: local layers read only their window.
    const double kvLayer = m.kvElementsPerTokenLayer() * kvB;
    auto kvRead = [&](double ctx) { return ctx * m.kvElementsPerTokenLayerAt(ctx) * kvB / kvShard; };

    double commS = 0.0;
    bool scaleOut = false;

    // One layer on one GPU of the stage; multiplied by the layers the stage holds.
    Roofline layer = r;
    layer.computeS = layer.memoryS = layer.flops = layer.bytes = 0.0;
    const double attnW = m.attentionParams();
    layer.op(2.0 * Mg * attnW / tp, attnW * wB / tp + 4.0 * Mg * m.hidden * aB / tp, Mg);
    if (decode > 0.0) {
        const double dg = decode / groups;
        // The drafts' queries share their sequence's KV read.
        layer.op(dg * m.attentionFlopsPerTokenLayer(full.decodeContext, true) / tp,
                 decodeSeqs / groups * kvRead(full.decodeContext), 0.0, true);
    }
    if (prefillTok > 0.0) {
        const double pg = prefillTok / groups;
        const double ctx = full.prefillContext;
        layer.op(pg * m.attentionFlopsPerTokenLayer(ctx, false) / tp,
                 (prefillSeqs / groups) * kvRead(ctx) + pg * kvLayer / kvShard, pg, true);
    }
    layer.op(0.0, e.elementwisePasses() * Mg * m.hidden * aB, 0.0);

    // MLP: dense layers split over tp; MoE layers route each token to k experts over the stage.
    Roofline dense = r;
    dense.computeS = dense.memoryS = dense.flops = dense.bytes = 0.0;
    Roofline moe = dense;
    double moeComm = 0.0;
    double denseComm = 0.0;
    if (m.mlpLayers() > 0) {
        const double w = m.denseMlpParams();
        dense.op(2.0 * Mg * w / tp, w * wB / tp + Mg * (2.0 * m.hidden + 3.0 * m.ffn / tp) * aB, Mg);
        denseComm = allReduceS(in, p.tp, Mg * m.hidden * aB, &scaleOut);
    }
    if (m.moe) {
        const double E = m.routedExperts;
        const double k = m.expertsPerToken;
        const double assignments = M * k;
        const double touched = E * (1.0 - std::pow(1.0 - k / E, M));
        const double w = m.expertParams();
        moe.grouped = true;
        moe.op(2.0 * assignments * w / stageGpus,
               touched * w * wB / stageGpus + assignments * 2.0 * m.hidden * aB / stageGpus,
               touched > 0.0 ? assignments / touched : 0.0);
        moe.grouped = false;
        if (m.sharedExperts > 0)
            moe.op(2.0 * Mg * m.sharedExperts * w / tp, m.sharedExperts * w * wB / tp, Mg);
        moe.op(2.0 * Mg * m.hidden * E / tp, m.routerParams() * aB / tp, Mg);
        if (p.ep > 1)  // dispatch and combine
            moeComm = 2.0 * allToAllS(in, p.ep, (assignments / stageGpus) * m.hidden * aB, &scaleOut);
        else
            moeComm = allReduceS(in, p.tp, Mg * m.hidden * aB, &scaleOut);
    }

    const double attnComm = allReduceS(in, p.tp, Mg * m.hidden * aB, &scaleOut);
    const double mlpLayers = layers * (1.0 - moeShare);
    const double moeLayers = layers * moeShare;
    double stageCompute = layers * layer.computeS + mlpLayers * dense.computeS + moeLayers * moe.computeS;
    double stageMemory = layers * layer.memoryS + mlpLayers * dense.memoryS + moeLayers * moe.memoryS;
    commS = layers * attnComm + mlpLayers * denseComm + moeLayers * moeComm;
    double flops = layers * layer.flops + mlpLayers * dense.flops + moeLayers * moe.flops;
    double bytes = layers * layer.bytes + mlpLayers * dense.bytes + moeLayers * moe.bytes;

    // LM head on the last stage (the slowest stage sets the pipeline's pace): kept in bf16.
    Roofline head = r;
    head.computeS = head.memoryS = head.flops = head.bytes = 0.0;
    const double logitRows = (decode + prefillSeqs) / groups;
    if (logitRows > 0.0) {
        const double w = m.embeddingParams();
        head.op(2.0 * logitRows * w / tp, w * 2.0 / tp + logitRows * m.vocab * 4.0 / tp, logitRows);
    }
    stageCompute += head.computeS;
    stageMemory += head.memoryS;
    flops += head.flops;
    bytes += head.bytes;

    // The draft model proposes `draft` tokens one after another: each pass costs draftLayers
    // of the mean layer plus an LM head (evaluated at this iteration's rows, slightly
    // pessimistic for a memory-bound decode where the weights dominate).
    if (draft > 0.0 && layers > 0.0) {
        const double perLayerCompute = (stageCompute - head.computeS) / layers;
        const double perLayerMemory = (stageMemory - head.memoryS) / layers;
        const double passes = draft * full.draftLayers / pp;
        stageCompute += passes * perLayerCompute + draft / pp * head.computeS;
        stageMemory += passes * perLayerMemory + draft / pp * head.memoryS;
    }

    if (p.pp > 1) {  // activations to the next stage
        bool out = false;
        const double bw = (p.gpus() <= g.scaleUpDomain ? g.scaleUpBps : (out = true, g.scaleOutBpsFor(p.gpus())));
        scaleOut = scaleOut || out;
        const double across = g.crossesDomains(p.gpus()) ? g.scaleAcrossLatencyS : 0.0;   // one hop between halls
        commS += e.collectiveLatencyS + across + M * m.hidden * aB / groups / (bw * e.linkEfficiency);
    }

    const double exposedComm = commS * (1.0 - e.commOverlap);
    const double launches = (layers * e.kernelsPerLayer() + 4.0) * e.kernelOverheadS();
    const double stage = stageCompute + stageMemory + exposedComm + launches;

    c.computeS = pp * stageCompute;
    c.memoryS = pp * stageMemory;
    c.commS = pp * exposedComm;
    // The host prepares and samples every running sequence of the replica once per scheduling
    // round (micro-batches or not); the GPU waits for it unless scheduling is asynchronous.
    const double host = e.hostSecondsPerIteration(full.decodeSeqs + full.prefillSeqs, used);
    const double gpu = pp * stage;
    const double waited = e.asyncFor(p.pp) ? std::max(0.0, host - gpu) : host;
    c.overheadS = pp * launches + e.iterationOverheadS + waited;
    c.timeS = gpu + e.iterationOverheadS + waited;
    c.flopsPerGpu = pp * flops;
    c.bytesPerGpu = pp * bytes;
    c.scaleOut = scaleOut;
    return c;
}

} // namespace aif::throughput
