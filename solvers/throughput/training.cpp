#include "training.h"

#include <algorithm>
#include <cmath>

namespace aif::throughput {

TrainingPoint solveTraining(const ServingConfig &c, const TrainingConfig &t)
{
    TrainingPoint r;
    const ModelCard &m = *c.model;
    const GpuProfile &g = *c.gpu;
    Placement p = c.placement.tp > 0 ? c.placement : Placement{std::min(8, g.scaleUpDomain), 1, 1};
    const int replica = p.gpus();
    r.dp = c.gpus / replica;
    if (r.dp < 1) {
        r.why = "the layout needs " + std::to_string(replica) + " GPUs, the job has " + std::to_string(c.gpus);
        return r;
    }
    // Weights, gradients and Adam state (bf16 weights + fp32 master, 2 moments: 16 B/param)
    // sharded over tp x pp (and over dp with a distributed optimizer: the 12 B of optimizer state).
    const double params = m.totalParams();
    const double perGpu = params / (p.tp * p.pp) * (4.0 + 12.0 / r.dp);
    if (perGpu > g.hbmBytes * 0.9) {
        r.why = "weights, gradients and optimizer state need " + std::to_string(int(perGpu / 1e9))
                + " GB per GPU; use more tensor or pipeline parallelism";
        return r;
    }
    const double seq = t.sequenceTokens;
    r.microBatches = std::max(1, int(std::ceil(t.globalBatchTokens / (seq * r.dp))));

    // One micro-batch through one stage: the serving cost model's prefill of a whole sequence
    // gives the forward pass; backward costs twice the forward compute.
    CostInputs in;
    in.model = c.model;
    in.gpu = c.gpu;
    in.engine = c.engine;
    in.placement = Placement{p.tp, 1, p.ep};
    in.precision = c.precision;
    in.clockFactor = c.clockFactor;
    IterationBatch b;
    b.prefillTokens = seq;
    b.prefillSeqs = 1;
    b.prefillContext = seq / 2.0;
    GpuPower power;   // a binding power cap slows the clock of the whole step
    const IterationCost fwd = costWithPower(c, in.placement, b, &power);
    const double stageFraction = 1.0 / p.pp;
    const double computeS = 3.0 * (fwd.computeS + fwd.memoryS) * stageFraction;
    const double tpCommS = 2.0 * fwd.commS * stageFraction;   // forward all-reduces again in backward
    const double microS = computeS + tpCommS + fwd.overheadS * stageFraction * 3.0;
    // Interleaved 1F1B: each GPU holds v model chunks, so the fill and drain cost (pp - 1)
    // chunk times of microS / v instead of whole stage times.
    const int v = p.pp > 1 ? std::max(1, t.virtualStages) : 1;
    const double pipelineS = (double(v) * r.microBatches + p.pp - 1) * microS / v;
    // Data-parallel gradient reduction (bf16) over the scale-out fabric.
    // Each GPU reduces its shard with its peers in the other replicas: over the NICs unless
    // the whole job sits in one scale-up domain.
    const double gradBytes = 2.0 * params / (p.tp * p.pp);
    const double bw = (c.gpus <= g.scaleUpDomain ? g.scaleUpBps : g.scaleOutBpsFor(c.gpus)) * c.engine->linkEfficiency;
    const double dpS = r.dp > 1 ? c.engine->collectiveLatencyS + g.scaleAcrossLatencyFor(c.gpus) + 2.0 * (r.dp - 1.0) / r.dp * gradBytes / bw : 0.0;
    const double exposedDp = dpS * (1.0 - t.gradientOverlap);
    r.stepS = pipelineS + exposedDp;
    r.bubbleShare = (p.pp - 1) * microS / v / r.stepS;
    r.commShare = (r.microBatches * tpCommS + exposedDp) / r.stepS;
    r.tokensPerS = t.globalBatchTokens / r.stepS;
    r.gpusUsed = r.dp * replica;
    r.tokensPerSPerGpu = r.tokensPerS / r.gpusUsed;
    Precision used;
    const double peak = g.peakFlops(c.precision, &used);
    r.mfu = 6.0 * m.activeLayerParams() * r.tokensPerSPerGpu / peak;
    r.bound = r.commShare > 0.3 ? "network" : "compute";

    // Power: the forward pass's activity while computing, idle-level in bubbles and waits.
    r.power = power;
    r.power.powerW = g.idleW + (r.power.powerW - g.idleW) * (1.0 - r.bubbleShare - r.commShare);
    r.gpuPowerW = r.power.powerW * r.dp * replica;
    r.serverPowerW = r.gpuPowerW + c.nodeOverheadPerGpuW * r.dp * replica;
    r.tokensPerJoule = r.serverPowerW > 0.0 ? r.tokensPerS / r.serverPowerW : 0.0;
    r.feasible = true;
    return r;
}

} // namespace aif::throughput
