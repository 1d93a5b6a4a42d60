#include "techniques.h"

#include <QtGlobal>

namespace aif::throughput {

std::vector<WaterfallStep> techniqueWaterfall(const ServingConfig &target)
{
    std::vector<WaterfallStep> steps;
    EngineProfile engine = *target.engine;
    ServingConfig c = target;
    c.engine = &engine;
    c.prefillGpus = c.decodeGpus = 0;
    c.workload.kvHitRate = 0.0;
    c.precision = Precision::Bf16;
    engine.continuousBatching = false;
    engine.chunkedPrefill = false;
    engine.fused = false;
    engine.cudaGraphs = false;
    // The deployment's own layout when bf16 weights leave a quarter of HBM for the KV cache;
    // else the smallest tensor-parallel layout that does (a bf16 deployment someone would run).
    c.autoPlacement = false;
    c.placement = Placement {0, 1, 1};
    auto roomy = [&](const Placement &p) {
        const MemoryPlan m = memoryPlan(costInputs(c, p, 1.0));
        return m.fits && m.kvFreePerGpuB >= 0.25 * c.gpu->hbmBytes && p.gpus() <= c.gpus;
    };
    if (target.placement.tp > 0 && roomy(target.placement)) {
        c.placement = target.placement;
    } else {
        for (const Placement &p : candidatePlacements(c, c.gpus)) {
            if (p.pp == 1 && p.ep == 1 && roomy(p)) {
                c.placement = p;
                break;
            }
        }
    }
    if (c.placement.tp == 0)
        c.autoPlacement = true;

    // Names and descriptions are shown translated (waterfallchart.cpp); the JSON keeps English.
    double previous = 0.0;
    auto add = [&](const char *name, const char *what) {
        const OperatingPoint op = solveServing(c);
        WaterfallStep s {name, what, op.feasible ? op.tokensPerSPerGpu : 0.0, 0.0, op.feasible};
        if (previous > 0.0 && s.feasible)
            s.deltaPct = 100.0 * (s.tokensPerSPerGpu - previous) / previous;
        if (s.feasible)
            previous = s.tokensPerSPerGpu;
        steps.push_back(s);
    };
    add(QT_TRANSLATE_NOOP("aif::throughput::Waterfall", "baseline"),
        QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                          "static batches, prefill stalls decode, eager kernels, bf16, the "
                          "deployment's layout (or the smallest TP leaving 25 % of HBM for KV)"));
    // Each step turns on what the deployment's engine does (a static-batch engine keeps its
    // static batches, an engine without graphs its launches): the last bar is the deployment.
    engine.continuousBatching = target.engine->continuousBatching;
    add(QT_TRANSLATE_NOOP("aif::throughput::Waterfall", "continuous batching"),
        QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                          "finished sequences are replaced every iteration"));
    engine.chunkedPrefill = target.engine->chunkedPrefill;
    add(QT_TRANSLATE_NOOP("aif::throughput::Waterfall", "chunked prefill"),
        QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                          "prompt chunks ride along with decode under a token budget"));
    engine.fused = target.engine->fused;
    engine.cudaGraphs = target.engine->cudaGraphs;
    add(QT_TRANSLATE_NOOP("aif::throughput::Waterfall", "operator fusion + CUDA graphs"),
        QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                          "fewer kernels and activation passes per layer"));
    c.precision = target.precision;
    add(precisionName(target.precision),
        QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                          "weights and KV cache in the deployment's precision"));
    c.placement = target.placement;
    c.autoPlacement = target.autoPlacement || target.placement.tp <= 0;
    add(QT_TRANSLATE_NOOP("aif::throughput::Waterfall", "parallel layout"),
        QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                          "the deployment's (or the best) TP/PP/EP layout"));
    c.workload.kvHitRate = target.workload.kvHitRate;
    add(QT_TRANSLATE_NOOP("aif::throughput::Waterfall", "KV-cache hits"),
        QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                          "prompt tokens found in the KV pool skip prefill"));
    if (target.disaggregated()) {
        c.prefillGpus = target.prefillGpus;
        c.decodeGpus = target.decodeGpus;
        c.prefillPlacement = target.prefillPlacement;
        add(QT_TRANSLATE_NOOP("aif::throughput::Waterfall", "PD disaggregation"),
            QT_TRANSLATE_NOOP("aif::throughput::Waterfall",
                              "separate prefill and decode pools, KV over the fabric"));
    }
    return steps;
}

} // namespace aif::throughput
