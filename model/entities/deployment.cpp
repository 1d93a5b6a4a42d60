#include "deployment.h"

namespace aif {

const std::vector<Field<Deployment>> &Deployment::fields()
{
    using D = Deployment;
    using namespace fields;
    static const auto f = withBaseFields<D>({
        catalogRef<D>(&D::model, "model", "LLM", "models", true)
            .explain("The LLM served or trained (catalog)."),
        refList<D>(&D::racks, "racks", "GPU pool (racks)", {EntityKind::Rack})
            .explain("Racks whose GPUs form the deployment's pool; pick them on the plan (right-click ▸ GPU pool)."),
        integer<D>(&D::gpus, "gpus", "GPUs used", 0, 10000000)
            .explain("GPUs the deployment uses; 0 uses every GPU in the pool's racks."),
        choice<D>(&D::precision, "precision", "Precision", {"bf16", "fp8", "fp4", "int8"})
            .explain("Number format of weights and math: bf16, fp8, fp4 or int8.")
            .labels({"BF16", "FP8", "FP4", "INT8"}),
        integer<D>(&D::tp, "tp", "Tensor parallel", 1, 1024)
            .explain("Tensor parallelism: GPUs that split every layer (within one scale-up domain)."),
        integer<D>(&D::pp, "pp", "Pipeline parallel", 1, 1024)
            .explain("Pipeline parallelism: stages the layers are split into."),
        integer<D>(&D::ep, "ep", "Expert parallel", 1, 4096)
            .explain("Expert parallelism: GPUs the experts of a mixture-of-experts model are spread over."),
        integer<D>(&D::dp, "dp", "Data parallel", 1, 1000000)
            .explain("Data parallelism: independent replicas (training: gradient groups)."),
        choice<D>(&D::mode, "mode", "Mode", {"offline", "server", "interactive", "training"})
            .explain("Offline: maximum throughput; server: requests within latency limits; interactive: tight per-user latency; training: model training.")
            .labels({"Offline (throughput)", "Server (latency limits)", "Interactive", "Training"}),
        text<D>(&D::engine, "engine", "Serving engine")
            .explain("Serving or training software (TensorRT-LLM, vLLM, SGLang, MindIE, Megatron-LM …)."),
        integer<D>(&D::inputTokens, "inputTokens", "Input tokens", 1, 10000000)
            .explain("Prompt length per request (training: sequence length)."),
        integer<D>(&D::outputTokens, "outputTokens", "Output tokens", 1, 10000000)
            .explain("Generated tokens per request."),
        integer<D>(&D::prefillGpus, "prefillGpus", "Prefill GPUs (PD split)", 0, 10000000)
            .explain("Prefill/decode disaggregation: GPUs that only process prompts (0: aggregated serving)."),
        integer<D>(&D::decodeGpus, "decodeGpus", "Decode GPUs (PD split)", 0, 10000000)
            .explain("Prefill/decode disaggregation: GPUs that only generate tokens (0: aggregated serving)."),
        number<D>(&D::kvHitRate, "kvHitRate", "KV-cache hit rate", Quantity::Fraction, 0, 1)
            .explain("Share of prompt tokens found in the KV cache (prefix reuse) and not recomputed."),
        number<D>(&D::ttftLimitS, "ttftLimitS", "TTFT limit (p99)", Quantity::Time, 1e-3, 600)
            .explain("Time to first token that 99 % of requests must meet (server and interactive modes)."),
        number<D>(&D::tpotLimitS, "tpotLimitS", "TPOT limit (p99)", Quantity::Time, 1e-4, 60)
            .explain("Time per output token that 99 % of requests must meet (server and interactive modes)."),
        number<D>(&D::utilization, "utilization", "Utilization", Quantity::Fraction, 0, 1)
            .explain("Share of the year the pool serves at this load (the rest idles); drives energy and cost per token."),
        integer<D>(&D::mtpTokens, "mtpTokens", "MTP draft tokens", 0, 8)
            .explain("Multi-token prediction / speculative decoding: draft tokens verified per decode step (0: off)."),
        number<D>(&D::mtpAcceptance, "mtpAcceptance", "MTP acceptance", Quantity::Fraction, 0, 1)
            .explain("Share of draft tokens the model accepts (DeepSeek-V3 reports 0.85-0.90 for its first MTP token)."),
        integer<D>(&D::batch, "batch", "Decode batch (pinned)", 0, 1000000)
            .explain("Decode batch per replica held fixed (0: the solver picks the largest that meets the limits)."),
        // 10 s is beyond any interactive use: a budget above it means none.
        number<D>(&D::latencyBudgetS, "latencyBudgetS", "Network latency budget", Quantity::Time, 0, 10)
            .explain("Longest network round trip to the users this workload tolerates; 0: not latency-bound "
                     "(training, batch). Decides at which sites it may run."),
    });
    return f;
}

} // namespace aif
