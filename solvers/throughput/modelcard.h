#pragma once

#include "json.h"

#include <string>

namespace aif::throughput {

// An LLM's architecture from a catalog "models" entry, and the formulas that turn it into
// parameters, FLOPs and bytes. Counts are elements (multiply by bytes per element).
struct ModelCard
{
    std::string id;
    std::string name;
    int layers = 0;
    int hidden = 0;
    int heads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int ffn = 0;            // dense MLP intermediate size
    int vocab = 0;
    int maxContext = 0;
    double publishedParamsB = 0.0;

    bool moe = false;
    int routedExperts = 0;
    int sharedExperts = 0;
    int expertsPerToken = 0;
    int expertFfn = 0;
    int denseLayers = 0;    // leading dense layers of an MoE model

    bool mla = false;       // DeepSeek multi-head latent attention
    int kvLoraRank = 0;
    int qLoraRank = 0;
    int ropeDim = 0;
    int qkNopeHeadDim = 0;
    int vHeadDim = 0;

    int moeLayers() const { return moe ? layers - denseLayers : 0; }
    int mlpLayers() const { return layers - moeLayers(); }

    // Weights of one layer's attention block (Q, K, V, O projections; MLA down/up projections).
    double attentionParams() const;
    double denseMlpParams() const { return 3.0 * hidden * ffn; }     // gated MLP: gate, up, down
    double expertParams() const { return 3.0 * hidden * expertFfn; }
    double routerParams() const { return moe ? double(hidden) * routedExperts : 0.0; }
    double embeddingParams() const { return double(vocab) * hidden; }  // input table; LM head the same
    double totalParams() const;
    // Weights one token multiplies with in the layers (embedding lookup excluded, LM head
    // counted separately because only tokens that produce logits use it).
    double activeLayerParams() const;
    double activeParams() const { return activeLayerParams() + 2.0 * embeddingParams(); }

    // KV cache elements stored per token per layer (GQA: K and V of every KV head; MLA: the
    // compressed latent plus the shared RoPE key).
    double kvElementsPerTokenLayer() const;
    double kvElementsPerToken() const { return kvElementsPerTokenLayer() * layers; }
    // Attention score + value FLOPs for one query token against `context` cached tokens in
    // one layer. MLA decode uses the absorbed form (latent dimension), prefill the expanded one.
    double attentionFlopsPerTokenLayer(double context, bool decode) const;
    // How many ways the KV cache splits under tensor parallelism (heads, capped by KV heads;
    // the MLA latent is shared by all heads, so it does not split).
    int kvShards(int tp) const;
};

// Reads a catalog entry; returns false with *error naming the missing field.
bool readModelCard(const Json &entry, ModelCard *out, std::string *error);

} // namespace aif::throughput
