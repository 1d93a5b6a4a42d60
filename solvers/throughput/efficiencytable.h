#pragma once

#include "engineprofile.h"
#include "gpuprofile.h"

#include <string>
#include <vector>

namespace aif::throughput {

// The engine efficiency table: software efficiency per GPU generation x precision x engine
// (catalog engines[].efficiencyTable), fitted on the calibration set of calibrationpoints*.cpp.
//
// Fallback order when the exact cell is missing (documented in docs/throughput.md):
//   0. the cell (generation, precision) of this engine;
//   1. the same generation and engine at another precision (nearest first, e.g. fp4 -> fp8 -> bf16);
//   2. the same engine on a sister generation of the same vendor line (blackwell-ultra ->
//      blackwell -> hopper, cdna4 -> cdna3), same precision first. Never across vendors: an AMD
//      part's GEMM fraction is its own measured hardware figure, so an NVIDIA-fitted software
//      efficiency on top of it would count NVIDIA's inefficiency twice;
//   3. the engine default (engines[].calibration).

// GPU generation from the catalog entry's vendor, name and scale-up technology.
std::string gpuGeneration(const GpuProfile &gpu);

struct ResolvedEfficiency
{
    double computeEfficiency = 0.0;
    double memoryEfficiency = 0.0;
    int level = 3;                  // fallback level above
    const EfficiencyCell *cell = nullptr;   // null at level 3
    std::string describe() const;   // "hopper/fp8 (exact)" / "engine default"
};

ResolvedEfficiency resolveEfficiency(const EngineProfile &engine, const std::string &generation, Precision p);

// Fills engine->resolved* for every precision on this GPU (call once per loaded profile).
void resolveEfficiencyTable(EngineProfile *engine, const GpuProfile &gpu);

// The generations a generation may borrow from at level 2, nearest first.
const std::vector<std::string> &sisterGenerations(const std::string &generation);

} // namespace aif::throughput
