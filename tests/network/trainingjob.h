#pragma once

#include "project.h"

// The Llama 3.1 405B training job (TP 8, PP 8, bf16, Megatron-LM) the fabric tests run on a pool
// of racks to see the network in tokens/s.
inline aif::Deployment llama405bTraining(std::vector<std::string> racks = {})
{
    aif::Deployment d;
    d.id = "dep-train";
    d.model = "llama-3.1-405b";
    d.mode = "training";
    d.precision = "bf16";
    d.engine = "Megatron-LM";
    d.tp = 8;
    d.pp = 8;
    d.racks = std::move(racks);
    return d;
}
