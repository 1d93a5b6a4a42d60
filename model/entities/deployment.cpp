#include "deployment.h"

#include <QtGlobal>

namespace aif {

const std::vector<Field<Deployment>> &Deployment::fields()
{
    using D = Deployment;
    using namespace fields;
    static const auto f = withBaseFields<D>({
        catalogRef<D>(&D::model, "model", QT_TRANSLATE_NOOP("aif::Field", "LLM"), "models", true)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "The LLM served or trained (catalog).")),
        refList<D>(&D::racks, "racks", QT_TRANSLATE_NOOP("aif::Field", "GPU pool (racks)"),
                   {EntityKind::Rack})
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Racks whose GPUs form the deployment's pool; pick them on "
                                       "the plan (right-click ▸ GPU pool).")),
        integer<D>(&D::gpus, "gpus", QT_TRANSLATE_NOOP("aif::Field", "GPUs used"), 0, 10000000)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "GPUs the deployment uses; 0 uses every GPU in the pool's racks.")),
        choice<D>(&D::precision, "precision", QT_TRANSLATE_NOOP("aif::Field", "Precision"),
                  {"bf16", "fp8", "fp4", "int8"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field", "Number format of weights and math: bf16, fp8, fp4 or int8."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "BF16"),
                     QT_TRANSLATE_NOOP("aif::Field", "FP8"), QT_TRANSLATE_NOOP("aif::Field", "FP4"),
                     QT_TRANSLATE_NOOP("aif::Field", "INT8")}),
        integer<D>(&D::tp, "tp", QT_TRANSLATE_NOOP("aif::Field", "Tensor parallel"), 1, 1024)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Tensor parallelism: GPUs that split every layer (within one scale-up domain).")),
        integer<D>(&D::pp, "pp", QT_TRANSLATE_NOOP("aif::Field", "Pipeline parallel"), 1, 1024)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Pipeline parallelism: stages the layers are split into.")),
        integer<D>(&D::ep, "ep", QT_TRANSLATE_NOOP("aif::Field", "Expert parallel"), 1, 4096)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Expert parallelism: GPUs the experts of a "
                                       "mixture-of-experts model are spread over.")),
        integer<D>(&D::dp, "dp", QT_TRANSLATE_NOOP("aif::Field", "Data parallel"), 1, 1000000)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Data parallelism: independent replicas (training: gradient groups).")),
        choice<D>(&D::mode, "mode", QT_TRANSLATE_NOOP("aif::Field", "Mode"),
                  {"offline", "server", "interactive", "training"})
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Offline: maximum throughput; server: requests within latency limits; interactive: "
                "tight per-user latency; training: model training."))
            .labels({QT_TRANSLATE_NOOP("aif::Field", "Offline (throughput)"),
                     QT_TRANSLATE_NOOP("aif::Field", "Server (latency limits)"),
                     QT_TRANSLATE_NOOP("aif::Field", "Interactive"),
                     QT_TRANSLATE_NOOP("aif::Field", "Training")}),
        text<D>(&D::engine, "engine", QT_TRANSLATE_NOOP("aif::Field", "Serving engine"))
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Serving or training software (TensorRT-LLM, vLLM, SGLang, "
                                       "MindIE, Megatron-LM …).")),
        integer<D>(&D::inputTokens, "inputTokens", QT_TRANSLATE_NOOP("aif::Field", "Input tokens"),
                   1, 10000000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Prompt length per request (training: sequence length).")),
        integer<D>(&D::outputTokens, "outputTokens",
                   QT_TRANSLATE_NOOP("aif::Field", "Output tokens"), 1, 10000000)
            .explain(QT_TRANSLATE_NOOP("aif::Field", "Generated tokens per request.")),
        integer<D>(&D::prefillGpus, "prefillGpus",
                   QT_TRANSLATE_NOOP("aif::Field", "Prefill GPUs (PD split)"), 0, 10000000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Prefill/decode disaggregation: GPUs that only process "
                                       "prompts (0: aggregated serving).")),
        integer<D>(&D::decodeGpus, "decodeGpus",
                   QT_TRANSLATE_NOOP("aif::Field", "Decode GPUs (PD split)"), 0, 10000000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Prefill/decode disaggregation: GPUs that only generate "
                                       "tokens (0: aggregated serving).")),
        number<D>(&D::kvHitRate, "kvHitRate", QT_TRANSLATE_NOOP("aif::Field", "KV-cache hit rate"),
                  Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP(
                "aif::Field",
                "Share of prompt tokens found in the KV cache (prefix reuse) and not recomputed.")),
        number<D>(&D::ttftLimitS, "ttftLimitS", QT_TRANSLATE_NOOP("aif::Field", "TTFT limit (p99)"),
                  Quantity::Time, 1e-3, 600)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Time to first token that 99 % of requests must meet "
                                       "(server and interactive modes).")),
        number<D>(&D::tpotLimitS, "tpotLimitS", QT_TRANSLATE_NOOP("aif::Field", "TPOT limit (p99)"),
                  Quantity::Time, 1e-4, 60)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Time per output token that 99 % of requests must meet "
                                       "(server and interactive modes).")),
        number<D>(&D::utilization, "utilization", QT_TRANSLATE_NOOP("aif::Field", "Utilization"),
                  Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Share of the year the pool serves at this load (the rest "
                                       "idles); drives energy and cost per token.")),
        integer<D>(&D::mtpTokens, "mtpTokens", QT_TRANSLATE_NOOP("aif::Field", "MTP draft tokens"),
                   0, 8)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Multi-token prediction / speculative decoding: draft "
                                       "tokens verified per decode step (0: off).")),
        number<D>(&D::mtpAcceptance, "mtpAcceptance",
                  QT_TRANSLATE_NOOP("aif::Field", "MTP acceptance"), Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Share of draft tokens the model accepts (DeepSeek-V3 "
                                       "reports 0.85-0.90 for its first MTP token).")),
        integer<D>(&D::batch, "batch", QT_TRANSLATE_NOOP("aif::Field", "Decode batch (pinned)"), 0,
                   1000000)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Decode batch per replica held fixed (0: the solver picks "
                                       "the largest that meets the limits).")),
        number<D>(&D::memoryFraction, "memoryFraction",
                  QT_TRANSLATE_NOOP("aif::Field", "Engine memory share"), Quantity::Fraction, 0, 1)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "The engine's memory setting: vLLM gpu-memory-utilization, "
                                       "SGLang mem-fraction-static, TensorRT-LLM "
                                       "kv_cache_free_gpu_mem_fraction; other engines keep 1 - "
                                       "share of HBM out of weights and KV (0: the engine's "
                                       "default). Sizes the KV cache.")),
        // 10 s is beyond any interactive use: a budget above it means none.
        number<D>(&D::latencyBudgetS, "latencyBudgetS",
                  QT_TRANSLATE_NOOP("aif::Field", "Network latency budget"), Quantity::Time, 0, 10)
            .explain(QT_TRANSLATE_NOOP("aif::Field",
                                       "Longest network round trip to the users this workload "
                                       "tolerates; 0: not latency-bound "
                                       "(training, batch). Decides at which sites it may run.")),
    });
    return f;
}

} // namespace aif
