#include "serving.h"

#include "queueing.h"

#include <algorithm>
#include <cmath>

namespace aif::throughput {

double ServingConfig::tokensPerStep() const
{
    const double a = std::clamp(draftAcceptance, 0.0, 1.0);
    double sum = 1.0, term = 1.0;
    for (int i = 0; i < draftTokens; ++i)
        sum += (term *= a);
    return sum;
}

double ServingConfig::tokensPerStepVariance() const
{
    // X = 1 + j with P(j) = a^j (1 - a) for j < k and a^k for j = k.
    const double a = std::clamp(draftAcceptance, 0.0, 1.0);
    const double mean = tokensPerStep();
    double var = 0.0, p = 1.0;
    for (int j = 0; j <= draftTokens; ++j) {
        const double pj = j < draftTokens ? p * (1.0 - a) : p;
        var += pj * (1.0 + j - mean) * (1.0 + j - mean);
        p *= a;
    }
    return var;
}

CostInputs costInputs(const ServingConfig &c, const Placement &p, double clock)
{
    CostInputs in;
    in.model = c.model;
    in.gpu = c.gpu;
    in.engine = c.engine;
    in.placement = p;
    in.precision = c.precision;
    in.clockFactor = clock;
    in.kvContext = c.workload.inputTokens + c.workload.outputTokens / 2.0;
    return in;
}

// The iteration cost at a clock, and the power it draws; a binding power cap slows the clock
// and the cost is evaluated again (one step is enough: memory-bound work barely changes).
IterationCost costWithPower(const ServingConfig &c, const Placement &p, const IterationBatch &b, GpuPower *power)
{
    CostInputs in = costInputs(c, p, c.clockFactor);
    IterationCost cost = iterationCost(in, b);
    *power = gpuPower(*c.gpu, cost, c.powerLimitW, c.leakageFactor);
    if (power->capped) {
        in.clockFactor = c.clockFactor * power->clockFactor;
        cost = iterationCost(in, b);
        const double clock = power->clockFactor;
        *power = gpuPower(*c.gpu, cost, c.powerLimitW, c.leakageFactor);
        power->clockFactor = clock;
        power->capped = true;
    }
    return cost;
}

std::string boundOf(const IterationCost &cost)
{
    if (cost.commS >= cost.computeS && cost.commS >= cost.memoryS)
        return "network";
    return cost.computeS >= cost.memoryS ? "compute" : "memory";
}

namespace {

// Continuous batching in steady state: with B sequences decoding, B / osl requests finish per
// iteration, so as many start, and their (non-cached) prompt tokens ride along as prefill chunks.
IterationBatch aggregatedBatch(const ServingConfig &c, double batch)
{
    const Workload &w = c.workload;
    // With speculative decoding a request needs osl / tokensPerStep steps.
    const double osl = std::max(1.0, w.outputTokens) / c.tokensPerStep();
    IterationBatch b;
    b.decodeSeqs = batch;
    b.draftTokens = c.draftTokens;
    b.draftLayers = c.draftLayers;
    b.decodeContext = w.inputTokens + std::max(1.0, w.outputTokens) / 2.0;
    b.prefillTokens = batch * w.prefillTokens() / osl;
    b.prefillSeqs = batch / osl;
    b.prefillContext = w.inputTokens * w.kvHitRate + w.prefillTokens() / 2.0;
    return b;
}

IterationBatch decodeOnly(const ServingConfig &c, double batch)
{
    const Workload &w = c.workload;
    IterationBatch b;
    b.decodeSeqs = batch;
    b.draftTokens = c.draftTokens;
    b.draftLayers = c.draftLayers;
    b.decodeContext = w.inputTokens + std::max(1.0, w.outputTokens) / 2.0;
    return b;
}

IterationBatch prefillOnly(const Workload &w, double tokens)
{
    IterationBatch b;
    b.prefillTokens = tokens;
    b.prefillSeqs = tokens / std::max(1.0, w.prefillTokens());
    b.prefillContext = w.inputTokens * w.kvHitRate + w.prefillTokens() / 2.0;
    return b;
}

// The most sequences a replica can run at once, and what sets it.
double concurrencyLimit(const ServingConfig &c, const Placement &p, const MemoryPlan &mem,
                        bool withPrefill, std::string *limitedBy)
{
    const Workload &w = c.workload;
    const double groups = p.attentionGroups();
    // Paged KV: a sequence holds its prompt and, on average, half its output.
    const double kv = mem.kvTokensPerReplica / c.engine->kvTokensPerSequence(w.inputTokens, std::max(1.0, w.outputTokens));
    const double engine = double(c.engine->maxBatch) * groups;
    double budget = 1e30;
    // Per step a sequence takes 1 + draftTokens rows of the token budget (its drafts are verified,
    // as vLLM and TensorRT-LLM count them) and the prompts that replace finished sequences take
    // their share: tokensPerStep x prefill / output tokens per sequence.
    const double rows = 1.0 + std::max(0, c.draftTokens);
    if (withPrefill && c.engine->chunkedPrefill)
        budget = c.engine->maxTokensPerIteration * groups
                 / (rows + c.tokensPerStep() * w.prefillTokens() / std::max(1.0, w.outputTokens));
    else if (c.draftTokens > 0)
        budget = c.engine->maxTokensPerIteration * groups / rows;
    double limit = kv;
    *limitedBy = "kv_capacity";
    if (engine < limit) {
        limit = engine;
        *limitedBy = "max_batch";
    }
    if (budget < limit) {
        limit = budget;
        *limitedBy = "token_budget";
    }
    return std::floor(limit);
}


// Batch sizes worth evaluating: a geometric ladder up to the limit, and the limit itself.
std::vector<double> batchLadder(double limit)
{
    std::vector<double> out;
    for (double b = 1.0; b < limit; b = std::max(b + 1.0, std::round(b * 1.41)))
        out.push_back(b);
    if (limit >= 1.0)
        out.push_back(limit);
    return out;
}

void fillBreakdown(OperatingPoint *op, const IterationCost &cost, double tpot)
{
    const double scale = cost.timeS > 0.0 ? tpot / cost.timeS : 1.0;
    op->perTokenComputeS = cost.computeS * scale;
    op->perTokenMemoryS = cost.memoryS * scale;
    op->perTokenCommS = cost.commS * scale;
    op->perTokenOverheadS = cost.overheadS * scale;
}

void fillPower(OperatingPoint *op, const ServingConfig &c)
{
    op->gpuPowerW = op->power.powerW * op->gpusUsed;
    op->serverPowerW = op->gpuPowerW + c.nodeOverheadPerGpuW * op->gpusUsed;
    op->tokensPerJouleGpu = op->gpuPowerW > 0.0 ? op->tokensPerS / op->gpuPowerW : 0.0;
    op->tokensPerJoule = op->serverPowerW > 0.0 ? op->tokensPerS / op->serverPowerW : 0.0;
}


} // namespace

OperatingPoint evaluateAggregated(const ServingConfig &c, const Placement &p, double batch)
{
    OperatingPoint op;
    op.placement = p;
    const Workload &w = c.workload;
    const CostInputs in = costInputs(c, p, c.clockFactor);
    op.memory = memoryPlan(in);
    if (!op.memory.fits) {
        op.why = op.memory.why;
        return op;
    }
    op.maxBatch = concurrencyLimit(c, p, op.memory, true, &op.limitedBy);
    std::string heldBy;
    op.engineSlots = std::max(op.maxBatch, concurrencyLimit(c, p, op.memory, false, &heldBy));
    if (op.maxBatch < 1.0) {
        op.why = "the KV cache cannot hold one request of " + std::to_string(int(w.inputTokens + w.outputTokens)) + " tokens";
        return op;
    }
    batch = std::clamp(batch, 1.0, op.maxBatch);
    if (batch < op.maxBatch)
        op.limitedBy = "batch";
    op.batch = batch;
    const double osl = std::max(1.0, w.outputTokens);
    double perReplica = 0.0;
    double tpot = 0.0;
    double ttft = 0.0;
    const EngineProfile &e = *c.engine;
    const double perStep = c.tokensPerStep();
    double tail = 1.0;   // p99 / mean TPOT
    if (e.continuousBatching && e.chunkedPrefill) {
        const IterationBatch ib = aggregatedBatch(c, batch);
        op.iteration = costWithPower(c, p, ib, &op.power);
        const CostInputs at = costInputs(c, p, c.clockFactor * op.power.clockFactor);
        const double step = w.mode == ServingMode::Offline ? op.iteration.timeS : expectedStepS(at, ib);
        tpot = step / perStep;
        perReplica = batch * perStep / step;
        // A new prompt gets the iteration's spare token budget until it is prefilled.
        const double spare = std::max(256.0, e.maxTokensPerIteration * p.attentionGroups()
                                                 - batch * (1.0 + std::max(0, c.draftTokens)));
        ttft = std::ceil(w.prefillTokens() / spare) * step;
        // Multi-step scheduling (vLLM --num-scheduler-steps k) admits new requests only at the
        // boundary of k steps: a prompt arriving just after one waits k - 1 steps more.
        ttft += (std::max(1, e.schedulerSteps) - 1) * step;
        // The TPOT tail: the prompts riding along vary from step to step (queueing.h).
        // A prompt's cost, scaled so that its square is the mean square over the prompt lengths.
        const double promptS = ib.prefillSeqs > 0.0
            ? std::max(0.0, step - iterationCost(at, decodeOnly(c, batch)).timeS) / ib.prefillSeqs
                  * std::sqrt(1.0 + w.inputTokensCv * w.inputTokensCv)
            : 0.0;
        double occupancyCv = 0.0;
        if (w.mode != ServingMode::Offline)
            occupancyCv = std::max(0.0, expectedStepS(at, aggregatedBatch(c, batch + std::sqrt(batch))) - step) / step;
        tail = tpotTailFactor(step, promptS, ib.prefillSeqs, osl / perStep, perStep, c.tokensPerStepVariance(), osl,
                              occupancyCv);
    } else {
        // Prefill runs in iterations of its own that stall every decoding sequence.
        GpuPower prefillPower;
        op.iteration = costWithPower(c, p, decodeOnly(c, batch), &op.power);
        if (e.continuousBatching) {
            // batch/osl prompts arrive per decode step; each prefill iteration takes the prompts
            // waiting (at least one), so a small batch prefills one prompt every osl/batch steps.
            const double arrivals = batch * perStep / osl;
            const double prompts = std::max(1.0, arrivals);
            op.prefillIteration = costWithPower(c, p, prefillOnly(w, prompts * w.prefillTokens()), &prefillPower);
            tpot = (op.iteration.timeS + arrivals / prompts * op.prefillIteration.timeS) / perStep;
            perReplica = batch / tpot;
            ttft = costWithPower(c, p, prefillOnly(w, w.prefillTokens()), &prefillPower).timeS + op.iteration.timeS;
            ttft += (std::max(1, e.schedulerSteps) - 1) * op.iteration.timeS;   // multi-step admission, as above
        } else {  // static batches: the whole batch is prefilled, then decoded to the end
            op.prefillIteration = costWithPower(c, p, prefillOnly(w, batch * w.prefillTokens()), &prefillPower);
            const double cycle = op.prefillIteration.timeS + osl / perStep * op.iteration.timeS;
            tpot = cycle / osl;
            perReplica = batch * osl / cycle;
            ttft = op.prefillIteration.timeS;
        }
    }
    op.replicas = std::max(1, c.gpus / p.gpus());
    op.gpusUsed = op.replicas * p.gpus();
    op.tpotS = tpot;
    op.tpotP99S = tpot * tail;
    op.tokensPerStep = perStep;
    op.ttftS = ttft;
    op.tokensPerS = perReplica * op.replicas;
    op.tokensPerSPerGpu = op.tokensPerS / op.gpusUsed;
    op.tokensPerSPerUser = 1.0 / tpot;
    op.requestsPerS = op.tokensPerS / osl;
    op.bound = (op.limitedBy == "kv_capacity") ? "kv_capacity" : boundOf(op.iteration);
    fillBreakdown(&op, op.iteration, tpot);
    fillPower(&op, c);
    op.feasible = true;
    return op;
}

std::vector<Placement> candidatePlacements(const ServingConfig &c, int gpus)
{
    std::vector<Placement> out;
    const ModelCard &m = *c.model;
    const int domain = c.gpu->scaleUpDomain;
    for (int tp = 1; tp <= std::min(gpus, domain) && tp <= m.heads; tp *= 2) {
        if (m.heads % tp)
            continue;
        for (int pp = 1; pp * tp <= gpus && pp <= std::max(16, c.pinPp) && pp <= m.layers; pp *= 2) {
            if (c.pinPp > 0 && pp != c.pinPp)
                continue;
            std::vector<int> eps = {1};
            if (m.moe)
                for (int ep = 2 * tp; ep * pp <= gpus && ep <= 4 * m.routedExperts; ep *= 2)
                    eps.push_back(ep);
            // A pinned ep runs with any tp it is a multiple of (ep == tp: experts split over
            // the tensor-parallel group, TensorRT-LLM's TP x EP).
            if (c.pinEp > 0)
                eps = (c.pinEp == 1 || (c.pinEp >= tp && c.pinEp % tp == 0)) ? std::vector<int>{c.pinEp} : std::vector<int>{};
            for (int ep : eps) {
                Placement p{tp, pp, ep};
                if (p.gpus() > gpus)
                    continue;
                if (memoryPlan(costInputs(c, p, 1.0)).fits)
                    out.push_back(p);
            }
        }
    }
    return out;
}

namespace {

// Server modes: the highest load at which the p99 TTFT estimate still meets the limit.
void applyLatencyLimits(const ServingConfig &c, OperatingPoint *op)
{
    const Workload &w = c.workload;
    if (w.mode == ServingMode::Offline)
        return;
    // Each replica is a many-slot server, service time = TTFT + (osl - 1) x TPOT. With
    // continuous batching a request is admitted whenever the engine has room, so the slots are
    // the requests the engine holds (max batch, KV) and the batch evaluated is the mean
    // occupancy (Little's law): requests queue only as it nears that limit. The token budget
    // caps the batch (it paces prefill) but not the slots. Static batching has only the batch's.
    const double service = op->ttftS + (std::max(1.0, w.outputTokens) - 1.0) * op->tpotS;
    const double concurrency = c.engine->continuousBatching ? std::max(op->batch, op->engineSlots) : op->batch;
    const double budget = w.effectiveTtftLimitS() - op->ttftS;
    const double occupancy = op->batch / concurrency;
    double load = 1.0;
    const double maxOccupancy = maxLoadForWait(concurrency, service, budget, 0.99);
    if (maxOccupancy < occupancy)
        load = maxOccupancy / occupancy;
    op->load = load;
    op->tokensPerS *= load;
    op->tokensPerSPerGpu *= load;
    op->requestsPerS *= load;
    op->ttftS += waitQuantile(concurrency, service, occupancy * load, 0.99);
    // Below full load the GPUs idle part of the time: power falls with the tokens.
    op->power.powerW = c.gpu->idleW + (op->power.powerW - c.gpu->idleW) * load;
    op->power.activity *= load;
    fillPower(op, c);
}

} // namespace

OperatingPoint solveDisaggregated(const ServingConfig &c);

OperatingPoint solveServing(const ServingConfig &c)
{
    if (c.disaggregated())
        return solveDisaggregated(c);
    std::vector<Placement> layouts;
    if (c.autoPlacement || c.placement.tp <= 0)
        layouts = candidatePlacements(c, c.gpus);
    else
        layouts.push_back(c.placement);
    OperatingPoint best;
    best.why = layouts.empty() ? "the model does not fit on " + std::to_string(c.gpus) + " GPUs" : std::string();
    const bool server = c.workload.mode != ServingMode::Offline;
    for (const Placement &p : layouts) {
        if (p.gpus() > c.gpus) {
            best.why = "the layout needs " + std::to_string(p.gpus()) + " GPUs, the deployment has " + std::to_string(c.gpus);
            continue;
        }
        const OperatingPoint top = evaluateAggregated(c, p, 1e9);
        if (!top.feasible) {
            if (!best.feasible)
                best.why = top.why;
            continue;
        }
        if (c.fixedBatch > top.maxBatch) {
            if (!best.feasible)
                best.why = "the pinned batch " + std::to_string(int(c.fixedBatch)) + " exceeds what this layout allows ("
                           + std::to_string(int(top.maxBatch)) + ", " + top.limitedBy + ")";
            continue;
        }
        // One batch: evaluated, held to the limits, kept if best. False when it breaks them.
        auto tryBatch = [&](double b) {
            OperatingPoint op = evaluateAggregated(c, p, b);
            if (!op.feasible)
                return false;
            if (server) {
                // The limits are p99s: the TPOT tail and the (queueing) TTFT, never the mean.
                // A pinned batch is reported even over the TPOT limit.
                if ((c.fixedBatch <= 0.0 && op.tpotP99S > c.workload.effectiveTpotLimitS())
                    || op.ttftS > c.workload.effectiveTtftLimitS())
                    return false;
                applyLatencyLimits(c, &op);
                if (op.load <= 0.0)
                    return false;
            }
            if (!best.feasible || op.tokensPerS > best.tokensPerS)
                best = op;
            return true;
        };
        const std::vector<double> ladder = c.fixedBatch > 0.0 ? std::vector<double>{c.fixedBatch} : batchLadder(top.maxBatch);
        double lastMet = 0.0, firstBroken = 0.0;
        for (double b : ladder) {
            if (tryBatch(b))
                lastMet = b;
            else if (lastMet > 0.0 && firstBroken <= 0.0)
                firstBroken = b;
        }
        // The ladder's steps are 41 % apart: where a limit cuts between two of them, bisect to
        // the largest batch that still meets it (within 1 %).
        while (server && lastMet > 0.0 && firstBroken > lastMet && firstBroken - lastMet > std::max(1.0, 0.01 * lastMet)) {
            const double mid = std::floor((lastMet + firstBroken) / 2.0);
            if (mid <= lastMet)
                break;
            (tryBatch(mid) ? lastMet : firstBroken) = mid;
        }
    }
    if (server && !best.feasible && best.why.empty())
        best.why = "no batch size meets the latency limits (TTFT " + std::to_string(c.workload.effectiveTtftLimitS())
                   + " s, TPOT " + std::to_string(c.workload.effectiveTpotLimitS()) + " s)";
    if (best.feasible && server && best.batch < best.maxBatch && c.fixedBatch <= 0.0)
        best.limitedBy = best.tpotP99S > 0.9 * c.workload.effectiveTpotLimitS() ? "tpot_limit" : "ttft_limit";
    if (best.feasible && c.fixedBatch > 0.0)
        best.limitedBy = "pinned_batch";
    return best;
}

std::vector<ParetoPoint> paretoSweep(const ServingConfig &c)
{
    std::vector<ParetoPoint> pts;
    for (const Placement &p : candidatePlacements(c, c.gpus)) {
        const OperatingPoint top = evaluateAggregated(c, p, 1e9);
        if (!top.feasible)
            continue;
        for (double b : batchLadder(top.maxBatch)) {
            const OperatingPoint op = evaluateAggregated(c, p, b);
            if (op.feasible)
                pts.push_back({p, b, op.tokensPerSPerGpu, op.tokensPerSPerUser, false});
        }
    }
    // The front: no other point is faster per user and higher per GPU.
    std::sort(pts.begin(), pts.end(), [](const ParetoPoint &a, const ParetoPoint &b) {
        return a.tokensPerSPerUser > b.tokensPerSPerUser;
    });
    double bestPerGpu = -1.0;
    for (ParetoPoint &pt : pts) {
        if (pt.tokensPerSPerGpu > bestPerGpu) {
            pt.onFront = true;
            bestPerGpu = pt.tokensPerSPerGpu;
        }
    }
    return pts;
}

} // namespace aif::throughput
