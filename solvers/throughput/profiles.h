#pragma once

#include "engineprofile.h"
#include "gpuprofile.h"
#include "modelcard.h"

#include <string>

namespace aif {
class Catalog;
}

namespace aif::throughput {

// The three catalog entries one throughput evaluation needs, read and checked together.
struct Profiles
{
    GpuProfile gpu;
    ModelCard model;
    EngineProfile engine;
    std::string systemId;   // a catalog system with this GPU (for node overhead), may be empty
};

// Errors name the catalog category and the id, and list the ids that exist.
bool loadProfiles(const Catalog &catalog, const std::string &gpuId, const std::string &modelId,
                  const std::string &engineId, Profiles *out, std::string *error);

// The serving engine a GPU's vendor ships, for when none is named: NVIDIA TensorRT-LLM, AMD
// vLLM on ROCm, Intel Gaudi the vllm-gaudi plugin, Huawei Ascend MindIE; each only when the
// catalog has it, TensorRT-LLM otherwise (also for an unknown GPU).
std::string defaultEngineId(const Catalog &catalog, const std::string &gpuId);

// Server power per GPU beyond the GPU itself (CPUs, NICs, platform, fans, PSU loss) at a GPU
// activity, from the power solver's IT-load model of `systemId`. Without a system: the
// design notes' 15-20 % node overhead (17.5 % of the GPU power, labelled assumption).
double nodeOverheadPerGpuW(const Catalog &catalog, const std::string &systemId, double activity, double gpuW);

} // namespace aif::throughput
