#include "deployment.h"

namespace aif {

const std::vector<Field<Deployment>> &Deployment::fields()
{
    using D = Deployment;
    using namespace fields;
    static const auto f = withBaseFields<D>({
        catalogRef<D>(&D::model, "model", "LLM", "models", true),
        refList<D>(&D::racks, "racks", "GPU pool (racks)", {EntityKind::Rack}),
        integer<D>(&D::gpus, "gpus", "GPUs used", 0, 10000000),
        choice<D>(&D::precision, "precision", "Precision", {"bf16", "fp8", "fp4"}),
        integer<D>(&D::tp, "tp", "Tensor parallel", 1, 1024),
        integer<D>(&D::pp, "pp", "Pipeline parallel", 1, 1024),
        integer<D>(&D::ep, "ep", "Expert parallel", 1, 4096),
        integer<D>(&D::dp, "dp", "Data parallel", 1, 1000000),
        choice<D>(&D::mode, "mode", "Mode", {"offline", "server", "interactive", "training"}),
        text<D>(&D::engine, "engine", "Serving engine"),
        integer<D>(&D::inputTokens, "inputTokens", "Input tokens", 1, 10000000),
        integer<D>(&D::outputTokens, "outputTokens", "Output tokens", 1, 10000000),
        integer<D>(&D::prefillGpus, "prefillGpus", "Prefill GPUs (PD split)", 0, 10000000),
        integer<D>(&D::decodeGpus, "decodeGpus", "Decode GPUs (PD split)", 0, 10000000),
        number<D>(&D::kvHitRate, "kvHitRate", "KV-cache hit rate", Quantity::Fraction, 0, 1),
        number<D>(&D::ttftLimitS, "ttftLimitS", "TTFT limit (p99)", Quantity::Time, 1e-3, 600),
        number<D>(&D::tpotLimitS, "tpotLimitS", "TPOT limit (p99)", Quantity::Time, 1e-4, 60),
        number<D>(&D::utilization, "utilization", "Utilization", Quantity::Fraction, 0, 1),
    });
    return f;
}

} // namespace aif
