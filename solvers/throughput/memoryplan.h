#pragma once

#include "costmodel.h"

#include <string>

namespace aif::throughput {

// Where one GPU's HBM goes for a replica: weights, reserve, and what is left for the KV cache.
struct MemoryPlan
{
    double weightsPerGpuB = 0.0;
    double reservePerGpuB = 0.0;
    double kvFreePerGpuB = 0.0;
    double kvBytesPerTokenPerGpu = 0.0;  // on one GPU of an attention group, its stage's layers
    double kvTokensPerReplica = 0.0;     // tokens the replica can keep cached
    double kvBytesPerToken = 0.0;        // the whole model, one token (for KV transfers)
    bool fits = false;
    std::string why;                     // when it does not fit
};

MemoryPlan memoryPlan(const CostInputs &in);

// The activation memory an engine sets aside before it sizes KV (vLLM's profile pass,
// TensorRT-LLM's workspace): one layer's widest activations (hidden plus the gate and up
// projections of the widest MLP, dense or the experts a token visits; 16-bit) for the whole token
// budget, and fp32 logits over the full vocabulary for every running sequence.
// CUDA-graph and communication buffers are not counted.
double activationWorkspaceBytes(const ModelCard &model, const EngineProfile &engine, int tp);

} // namespace aif::throughput
