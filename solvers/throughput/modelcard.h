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
    double publishedActiveParamsB = 0.0;
    // Whether the publisher's active count includes the input-embedding table (a lookup, no
    // multiply): Meta, Qwen and DeepSeek count both tables, OpenAI only the unembedding.
    bool activeIncludesEmbedding = true;

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

    // Local attention on some layers: a sliding window (each token sees the last `localWindow`
    // tokens, gpt-oss) or chunks (each token sees its own chunk of `localWindow`, Llama 4).
    // Those layers keep at most localWindow tokens of KV cache; the others see the full context.
    bool chunkedLocal = false;
    int localWindow = 0;
    int localLayers = 0;
    int mtpLayers = 0;      // multi-token-prediction modules (DeepSeek), not in the counts

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
    // Per-token active weights as the publisher counts them: the layers, the LM head and, when
    // activeIncludesEmbedding, the input-embedding table.
    double activeParams() const
    {
        return activeLayerParams() + (activeIncludesEmbedding ? 2.0 : 1.0) * embeddingParams();
    }

    // KV cache elements stored per token per layer (GQA: K and V of every KV head; MLA: the
    // compressed latent plus the shared RoPE key).
    double kvElementsPerTokenLayer() const;
    double kvElementsPerToken() const { return kvElementsPerTokenLayer() * layers; }
    // The same, averaged over a sequence of `context` tokens and over the layers: local layers
    // hold only their window, so this is below kvElementsPerTokenLayer() past the window.
    double kvElementsPerTokenLayerAt(double context) const;
    // Tokens one query attends to in a local layer at `context` (decode: the cache length;
    // prefill: the mean over the prompt): the window, or for chunked layers the chunk so far,
    // on average half a chunk once the context spans several.
    double localContext(double context) const;
    // Attention score + value FLOPs for one query token against `context` cached tokens, per
    // layer averaged over the layers (local layers attend to localContext()). MLA decode uses
    // the absorbed form (latent dimension), prefill the expanded one.
    double attentionFlopsPerTokenLayer(double context, bool decode) const;
    // How many ways the KV cache splits under tensor parallelism (heads, capped by KV heads;
    // the MLA latent is shared by all heads, so it does not split).
    int kvShards(int tp) const;
};

// Reads a catalog entry; returns false with *error naming the missing field.
bool readModelCard(const Json &entry, ModelCard *out, std::string *error);

} // namespace aif::throughput
