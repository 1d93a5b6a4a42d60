#pragma once

#include "engineprofile.h"
#include "gpuprofile.h"
#include "json.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::throughput {

// What a fitted efficiency cell implies on one GPU: the share of the datasheet peaks its
// kernels are credited with. The fit is free to trade one efficiency for the other, so a cell
// can reproduce its calibration runs with a GEMM rate past the datasheet peak or a memory rate
// far below the measured copy bandwidth: the fit has then absorbed a cost the model does not
// describe, and a deployment outside the fitted regime (a small-batch decode that only streams
// weights) inherits the distortion. This says so instead of hiding it.
struct CellBound
{
    std::string engine;
    std::string cell;             // "blackwell/fp4"
    std::string gpu;
    double gemmShareOfPeak = 0.0;     // achievable fraction x compute efficiency
    double memoryShareOfPeak = 0.0;   // measured copy fraction x memory efficiency
    bool gemmAbovePeak = false;
    bool memoryAboveCopy = false;     // faster than the GPU's measured copy bandwidth
    bool memoryLow = false;
    std::string warning() const;      // empty when neither
};

// Below this share of the HBM peak a cell's memory rate is flagged: every fitted cell whose
// runs stream weights at a realistic rate lands at 0.6-0.9 (docs/throughput.md).
constexpr double kLowMemoryShare = 0.5;

// The bound of the cell the engine resolves on this GPU for a deployment at `deployment`
// precision (after resolveEfficiencyTable; a format the GPU lacks falls back as the cost model's).
CellBound cellBound(const GpuProfile &gpu, const EngineProfile &engine, Precision deployment);

// Every exact cell of every catalog engine on every catalog GPU of the cell's generation.
std::vector<CellBound> cellBounds(const Catalog &catalog);
std::string formatCellBounds(const std::vector<CellBound> &bounds);
Json cellBoundsJson(const std::vector<CellBound> &bounds);

} // namespace aif::throughput
