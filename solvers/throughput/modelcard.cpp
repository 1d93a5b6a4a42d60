#include "modelcard.h"

#include <algorithm>

namespace aif::throughput {

double ModelCard::attentionParams() const
{
    const double h = hidden;
    if (mla) {
        const double qHead = qkNopeHeadDim + ropeDim;
        const double q = qLoraRank > 0 ? h * qLoraRank + double(qLoraRank) * heads * qHead : h * heads * qHead;
        const double kv = h * (kvLoraRank + ropeDim) + double(kvLoraRank) * heads * (qkNopeHeadDim + vHeadDim);
        const double o = double(heads) * vHeadDim * h;
        return q + kv + o;
    }
    const double q = h * heads * headDim;
    const double kv = 2.0 * h * kvHeads * headDim;
    const double o = double(heads) * headDim * h;
    return q + kv + o;
}

double ModelCard::totalParams() const
{
    double p = layers * attentionParams() + mlpLayers() * denseMlpParams();
    p += moeLayers() * ((routedExperts + sharedExperts) * expertParams() + routerParams());
    return p + 2.0 * embeddingParams();
}

double ModelCard::activeLayerParams() const
{
    double p = layers * attentionParams() + mlpLayers() * denseMlpParams();
    p += moeLayers() * ((expertsPerToken + sharedExperts) * expertParams() + routerParams());
    return p;
}

double ModelCard::kvElementsPerTokenLayer() const
{
    if (mla)
        return double(kvLoraRank + ropeDim);
    return 2.0 * kvHeads * headDim;
}

double ModelCard::kvElementsPerTokenLayerAt(double context) const
{
    if (localLayers <= 0 || context <= localWindow)
        return kvElementsPerTokenLayer();
    const double localShare = double(localLayers) / layers;
    return kvElementsPerTokenLayer() * ((1.0 - localShare) + localShare * localWindow / context);
}

double ModelCard::localContext(double context) const
{
    if (localLayers <= 0 || context <= localWindow)
        return context;
    return chunkedLocal ? localWindow / 2.0 : double(localWindow);
}

double ModelCard::attentionFlopsPerTokenLayer(double context, bool decode) const
{
    auto flops = [&](double ctx) {
        if (mla) {
            if (decode)  // absorbed: scores over (latent + rope), values over the latent
                return 2.0 * heads * (kvLoraRank + ropeDim) * ctx + 2.0 * heads * kvLoraRank * ctx;
            return 2.0 * heads * (qkNopeHeadDim + ropeDim) * ctx + 2.0 * heads * vHeadDim * ctx;
        }
        return 4.0 * heads * headDim * ctx;  // QK^T and PV, 2 FLOPs per multiply-add
    };
    if (localLayers <= 0)
        return flops(context);
    const double localShare = double(localLayers) / layers;
    return (1.0 - localShare) * flops(context) + localShare * flops(localContext(context));
}

int ModelCard::kvShards(int tp) const
{
    if (mla)
        return 1;
    return std::max(1, std::min(tp, kvHeads));
}

namespace {

int integer(const Json &obj, const char *key)
{
    if (obj.is_object() && obj.contains(key) && obj[key].is_number())
        return obj[key].get<int>();
    return 0;
}

} // namespace

bool readModelCard(const Json &e, ModelCard *out, std::string *error)
{
    ModelCard m;
    m.id = e.value("id", std::string());
    m.name = e.value("name", m.id);
    m.layers = integer(e, "layers");
    m.hidden = integer(e, "hidden");
    m.heads = integer(e, "heads");
    m.kvHeads = integer(e, "kvHeads");
    m.headDim = integer(e, "headDim");
    m.ffn = integer(e, "ffn");
    m.vocab = integer(e, "vocab");
    m.maxContext = integer(e, "maxContext");
    if (e.contains("paramsB") && e["paramsB"].is_number())
        m.publishedParamsB = e["paramsB"].get<double>();
    if (e.contains("activeParamsB") && e["activeParamsB"].is_number())
        m.publishedActiveParamsB = e["activeParamsB"].get<double>();
    if (e.contains("activeParamsIncludeEmbedding") && e["activeParamsIncludeEmbedding"].is_boolean())
        m.activeIncludesEmbedding = e["activeParamsIncludeEmbedding"].get<bool>();
    m.mtpLayers = integer(e, "mtpLayers");
    if (m.headDim == 0 && m.heads > 0)
        m.headDim = m.hidden / m.heads;
    if (m.kvHeads == 0)
        m.kvHeads = m.heads;
    if (e.contains("moe") && e["moe"].is_object()) {
        const Json &moe = e["moe"];
        m.moe = true;
        m.routedExperts = integer(moe, "routedExperts");
        m.sharedExperts = integer(moe, "sharedExperts");
        m.expertsPerToken = integer(moe, "expertsPerToken");
        m.expertFfn = integer(moe, "expertFfn");
        m.denseLayers = integer(moe, "denseLayers");
    }
    if (e.contains("mla") && e["mla"].is_object()) {
        const Json &mla = e["mla"];
        m.mla = true;
        m.kvLoraRank = integer(mla, "kvLoraRank");
        m.qLoraRank = integer(mla, "qLoraRank");
        m.ropeDim = integer(mla, "ropeDim");
        m.qkNopeHeadDim = integer(mla, "qkNopeHeadDim");
        m.vHeadDim = integer(mla, "vHeadDim");
    }
    if (e.contains("localAttention") && e["localAttention"].is_object()) {
        const Json &local = e["localAttention"];
        m.chunkedLocal = local.value("kind", std::string()) == "chunked";
        m.localWindow = integer(local, "window");
        m.localLayers = integer(local, "layers");
    }
    const char *missing = nullptr;
    if (m.layers <= 0) missing = "/layers";
    else if (m.hidden <= 0) missing = "/hidden";
    else if (m.heads <= 0) missing = "/heads";
    else if (m.vocab <= 0) missing = "/vocab";
    else if (!m.moe && m.ffn <= 0) missing = "/ffn";
    else if (m.moe && (m.routedExperts <= 0 || m.expertsPerToken <= 0 || m.expertFfn <= 0)) missing = "/moe";
    else if (m.mla && (m.kvLoraRank <= 0 || m.vHeadDim <= 0)) missing = "/mla";
    else if (m.localLayers != 0 && (m.localWindow <= 0 || m.localLayers < 0 || m.localLayers > m.layers))
        missing = "/localAttention";
    if (missing) {
        *error = "model '" + m.id + "': " + missing + ": required by the throughput model";
        return false;
    }
    if (m.maxContext <= 0)
        m.maxContext = 4096;
    *out = m;
    return true;
}

} // namespace aif::throughput
