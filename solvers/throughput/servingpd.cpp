// Prefill/decode disaggregation: two pools, each sized and laid out on its own, joined by
// the KV-cache transfer over the fabric. The decode pool never stalls for prefill, so its
// batch can grow until TPOT or memory binds; the prefill pool runs large compute-bound chunks.
#include "queueing.h"
#include "serving.h"

#include <algorithm>
#include <cmath>

namespace aif::throughput {

namespace {

std::vector<Placement> poolLayouts(const ServingConfig &c, int gpus, bool prefill)
{
    if (prefill && c.prefillPlacement.tp > 0)
        return {c.prefillPlacement};
    if (!c.autoPlacement && c.placement.tp > 0) {
        Placement p = c.placement;
        // A pool smaller than the requested layout keeps tp and pp and narrows ep.
        while (p.gpus() > gpus && p.ep > p.tp)
            p.ep /= 2;
        return {p};
    }
    return candidatePlacements(c, gpus);
}

struct PrefillPool
{
    Placement placement;
    IterationCost cost;
    double requestsPerS = 0.0;   // whole pool at full load
    double inputTokensPerS = 0.0;
    double promptS = 0.0;        // one prompt through the pool, without queueing
    double promptsPerChunk = 0.0;// prompts one prefill iteration carries
    int replicas = 0;
    GpuPower power;
};

PrefillPool bestPrefill(const ServingConfig &c)
{
    const Workload &w = c.workload;
    PrefillPool best;
    for (const Placement &p : poolLayouts(c, c.prefillGpus, true)) {
        const CostInputs in = costInputs(c, p, c.clockFactor);
        if (!memoryPlan(in).fits || p.gpus() > c.prefillGpus)
            continue;
        const double chunk = double(c.engine->maxTokensPerIteration) * p.attentionGroups();
        IterationBatch b;
        b.prefillTokens = chunk;
        b.prefillSeqs = chunk / std::max(1.0, w.prefillTokens());
        b.prefillContext = w.inputTokens * w.kvHitRate + w.prefillTokens() / 2.0;
        PrefillPool pool;
        pool.placement = p;
        pool.cost = costWithPower(c, p, b, &pool.power);   // compute-bound prefill is where a cap bites
        pool.replicas = c.prefillGpus / p.gpus();
        const double perReplica = b.prefillSeqs / pool.cost.timeS;
        pool.requestsPerS = perReplica * pool.replicas;
        pool.inputTokensPerS = pool.requestsPerS * w.inputTokens;
        pool.promptS = std::max(1.0, std::ceil(w.prefillTokens() / chunk)) * pool.cost.timeS;
        pool.promptsPerChunk = b.prefillSeqs;
        if (pool.requestsPerS > best.requestsPerS)
            best = pool;
    }
    return best;
}

} // namespace

OperatingPoint solveDisaggregated(const ServingConfig &c)
{
    const Workload &w = c.workload;
    OperatingPoint best;
    const PrefillPool prefill = bestPrefill(c);
    if (prefill.replicas <= 0) {
        best.why = "the model does not fit on the " + std::to_string(c.prefillGpus) + " prefill GPUs";
        return best;
    }
    const bool server = w.mode != ServingMode::Offline;
    const double osl = std::max(1.0, w.outputTokens);

    for (const Placement &p : poolLayouts(c, c.decodeGpus, false)) {
        const CostInputs in = costInputs(c, p, c.clockFactor);
        const MemoryPlan mem = memoryPlan(in);
        if (!mem.fits || p.gpus() > c.decodeGpus)
            continue;
        // KV transfer: every prefill GPU sends its shard over its own links.
        const bool sameDomain = c.prefillGpus + c.decodeGpus <= c.gpu->scaleUpDomain;
        const double linkPerGpu = (sameDomain ? c.gpu->scaleUpBps : c.gpu->scaleOutBpsFor(c.prefillGpus + c.decodeGpus))
                                  * c.engine->linkEfficiency;
        const double kvBytes = w.inputTokens * mem.kvBytesPerToken;
        // One sequence's KV sits on the GPUs of one attention group (tp x pp of them); with
        // data-parallel attention that is not the whole replica.
        const double holders = double(prefill.placement.tp) * prefill.placement.pp;
        const double transferS = c.engine->collectiveLatencyS + kvBytes / (linkPerGpu * holders);
        const double linkRequestsPerS = linkPerGpu * c.prefillGpus / kvBytes;

        const double kvLimit = std::floor(mem.kvTokensPerReplica / c.engine->kvTokensPerSequence(w.inputTokens, osl));
        const double engineLimit = double(c.engine->maxBatch) * p.attentionGroups();
        const double limit = std::min(kvLimit, engineLimit);
        const int replicas = c.decodeGpus / p.gpus();
        if (c.fixedBatch > limit) {
            if (!best.feasible)
                best.why = "the pinned batch " + std::to_string(int(c.fixedBatch)) + " exceeds what a decode replica holds ("
                           + std::to_string(int(limit)) + ", " + (kvLimit <= engineLimit ? "kv_capacity" : "max_batch") + ")";
            continue;
        }
        const double perStep = c.tokensPerStep();
        const double tail = tpotTailFactor(0.0, 0.0, 0.0, osl / perStep, perStep, c.tokensPerStepVariance(), osl);
        auto decodeBatch = [&](double b) {
            IterationBatch ib;
            ib.decodeSeqs = b;
            ib.draftTokens = c.draftTokens;
            ib.draftLayers = c.draftLayers;
            ib.decodeContext = w.inputTokens + osl / 2.0;
            return ib;
        };
        // The decode pool's steps carry no prefill: its TPOT tail is the speculative one.
        auto meetsTpot = [&](double b) {
            GpuPower pw;
            return costWithPower(c, p, decodeBatch(b), &pw).timeS / perStep * tail <= w.effectiveTpotLimitS();
        };
        // The largest batch that meets the TPOT limit (a pinned one as it is): down from the
        // limit in steps of 1.25x, then bisection to within 1 % of where the limit cuts.
        double b = c.fixedBatch > 0.0 ? c.fixedBatch : limit;
        if (server && c.fixedBatch <= 0.0) {
            double broken = 0.0;
            for (; b >= 1.0 && !meetsTpot(b); b = std::floor(b / 1.25))
                broken = b;
            if (b < 1.0)
                continue;
            while (broken - b > std::max(1.0, 0.01 * b)) {
                const double mid = std::floor((b + broken) / 2.0);
                if (mid <= b)
                    break;
                (meetsTpot(mid) ? b : broken) = mid;
            }
        }
        const IterationBatch ib = decodeBatch(b);
        // The same cap model as aggregated serving: a binding cap slows the clock.
        GpuPower power;
        IterationCost cost = costWithPower(c, p, ib, &power);
        CostInputs ci = in;
        if (power.capped)
            ci.clockFactor *= power.clockFactor;
        const double decodeRequestsPerS = b * perStep / (osl * cost.timeS) * replicas;
        double load = 1.0;
        double wait = 0.0;
        const double ttftBase = prefill.promptS + transferS;
        // The prefill pool as a many-server queue: each replica prefills a chunk's worth of
        // prompts at once, each taking promptS.
        const double prefillSlots = prefill.replicas * std::max(1.0, prefill.promptsPerChunk);
        if (server) {
            load = maxLoadForWait(prefillSlots, prefill.promptS, w.effectiveTtftLimitS() - ttftBase, 0.99);
            if (load <= 0.0) {   // whatever the decode batch
                if (!best.feasible)
                    best.why = "the prefill pool misses the TTFT limit (" + std::to_string(int(w.effectiveTtftLimitS() * 1e3))
                               + " ms): a prompt takes " + std::to_string(int(ttftBase * 1e3)) + " ms before any queueing";
                continue;
            }
        }
        double rate = prefill.requestsPerS * load;
        std::string limitedBy = "prefill";
        if (decodeRequestsPerS < rate) {
            rate = decodeRequestsPerS;
            limitedBy = b >= kvLimit ? "kv_capacity" : "decode";
        }
        if (linkRequestsPerS < rate) {
            rate = linkRequestsPerS;
            limitedBy = "kv_transfer";
        }
        if (server)
            wait = waitQuantile(prefillSlots, prefill.promptS, rate / prefill.requestsPerS, 0.99);
        OperatingPoint op;
        op.feasible = true;
        op.placement = p;
        op.prefillPlacement = prefill.placement;
        op.replicas = replicas;
        op.prefillReplicas = prefill.replicas;
        op.gpusUsed = replicas * p.gpus() + prefill.replicas * prefill.placement.gpus();
        op.batch = b * std::min(1.0, rate / decodeRequestsPerS);
        op.maxBatch = limit;
        op.load = rate / prefill.requestsPerS;
        op.requestsPerS = rate;
        op.tokensPerS = rate * osl;
        op.tokensPerSPerGpu = op.tokensPerS / op.gpusUsed;
        // Served below the decode pool's capacity the batch is smaller and each step faster:
        // Little's law, batch = (rate per replica) x osl x TPOT(batch), iterated to its fixed point.
        if (op.batch < b) {
            IterationBatch actual = ib;
            const double perReplica = rate / replicas;
            for (int it = 0; it < 30; ++it) {
                actual.decodeSeqs = std::max(1.0, op.batch);
                cost = iterationCost(ci, actual);
                const double next = std::min(b, perReplica * osl / perStep * cost.timeS);
                const bool done = std::abs(next - op.batch) < 1e-3 * std::max(1.0, op.batch);
                op.batch = next;
                if (done)
                    break;
            }
            actual.decodeSeqs = std::max(1.0, op.batch);
            cost = iterationCost(ci, actual);
            power = gpuPower(*c.gpu, cost, c.powerLimitW, c.leakageFactor);
        }
        op.tpotS = cost.timeS / perStep;
        op.tpotP99S = op.tpotS * tail;
        op.tokensPerStep = perStep;
        op.tokensPerSPerUser = perStep / cost.timeS;
        op.ttftS = ttftBase + wait;
        op.kvTransferS = transferS;
        op.iteration = cost;
        op.prefillIteration = prefill.cost;
        op.memory = mem;
        op.limitedBy = limitedBy;
        op.prefillInputTokensPerSCapacity = prefill.inputTokensPerS;
        op.decodeTokensPerSCapacity = decodeRequestsPerS * osl;
        if (limitedBy == "kv_transfer")
            op.bound = "network";
        else if (limitedBy == "kv_capacity")
            op.bound = "kv_capacity";
        else
            op.bound = boundOf(limitedBy == "prefill" ? prefill.cost : cost);
        // Power: both pools, weighted by their GPUs.
        const double decodeW = power.powerW * replicas * p.gpus();
        const double prefillW = (c.gpu->idleW + (prefill.power.powerW - c.gpu->idleW) * op.load)
                                * prefill.replicas * prefill.placement.gpus();
        op.power = power;
        op.power.powerW = (decodeW + prefillW) / op.gpusUsed;
        op.gpuPowerW = decodeW + prefillW;
        op.serverPowerW = op.gpuPowerW + c.nodeOverheadPerGpuW * op.gpusUsed;
        op.tokensPerJouleGpu = op.tokensPerS / op.gpuPowerW;
        op.tokensPerJoule = op.tokensPerS / op.serverPowerW;
        op.perTokenComputeS = cost.computeS / perStep;
        op.perTokenMemoryS = cost.memoryS / perStep;
        op.perTokenCommS = cost.commS / perStep;
        op.perTokenOverheadS = cost.overheadS / perStep;
        if (!best.feasible || op.tokensPerS > best.tokensPerS)
            best = op;
    }
    if (!best.feasible && best.why.empty())
        best.why = server ? "no decode batch meets the TPOT limit" : "the model does not fit on the decode GPUs";
    return best;
}

} // namespace aif::throughput
