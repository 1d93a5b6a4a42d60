#pragma once

#include "costmodel.h"

namespace aif::throughput {

// GPU board power from what the kernels keep busy: idle + (TDP - idle) x activity, where
// activity = wc x (compute utilisation) + wm x (bandwidth utilisation), capped at 1.
// wc and wm are fitted to the H100 decode power anchors of the ML.ENERGY leaderboard
// (300 W at batch 1, 600 W at batch 128; catalog gpus h100-sxm "power"); tst_throughput
// re-fits them and fails if these constants drift from the anchors.
constexpr double kComputeActivityWeight = 2.83;
constexpr double kMemoryActivityWeight = 0.49;

struct GpuPower
{
    double computeUtilization = 0.0;   // achieved FLOP/s / peak at the precision used
    double memoryUtilization = 0.0;    // achieved B/s / peak HBM bandwidth
    double activity = 0.0;             // 0..1
    double demandW = 0.0;              // before any cap
    double powerW = 0.0;               // after the cap
    double clockFactor = 1.0;          // < 1 when the cap binds (compute slows, memory does not)
    bool capped = false;
};

// powerLimitW <= 0: the TDP. leakageFactor > 1 raises power at hot junctions (from the twin).
GpuPower gpuPower(const GpuProfile &gpu, const IterationCost &cost, double powerLimitW,
                  double leakageFactor = 1.0, double computeWeight = kComputeActivityWeight,
                  double memoryWeight = kMemoryActivityWeight);

} // namespace aif::throughput
