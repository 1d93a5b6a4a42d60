#pragma once

#include "serving.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::throughput {

// A published end-to-end result the model must reproduce (../shared/calibration/points.json,
// copied with its source). "fit" points set the engine's software efficiencies; "holdout"
// points are only predicted, and their error is what we claim.
struct CalibrationPoint
{
    std::string id;
    std::string gpu, model, engine, precision;
    int gpus = 8;
    Placement placement;         // tp 0: the model picks the layout (max-throughput tables)
    Placement prefillPlacement{0, 1, 1};
    int prefillGpus = 0, decodeGpus = 0;
    Workload workload;
    std::string metric;          // tokens_per_s | decode_tokens_per_s_per_node | prefill_input_tokens_per_s_per_node
    double published = 0.0;
    bool fit = false;
    double tolerance = 0.15;     // issue #6 bounds: dense NVIDIA 15 %, server/MoE/PD 25 %, AMD/Ascend 35 %
    std::string source;
    std::string assumptions;     // what we had to assume to reproduce it
};

const std::vector<CalibrationPoint> &calibrationPoints();

struct CalibrationRow
{
    const CalibrationPoint *point = nullptr;
    double predicted = 0.0;
    double errorPct = 0.0;       // (predicted - published) / published
    bool withinTolerance = false;
    std::string note;            // chosen layout and bound, or why it failed
};

// Predicts one point with the catalog's profiles; `engineOverride` replaces the engine's
// efficiencies (used while fitting).
CalibrationRow predictPoint(const Catalog &catalog, const CalibrationPoint &point,
                            const EngineProfile *engineOverride = nullptr);

struct FitResult
{
    double computeEfficiency = 0.0;
    double memoryEfficiency = 0.0;
    double rmsLogError = 0.0;
};
// Least squares on log error over the "fit" points of one engine.
FitResult fitEngine(const Catalog &catalog, const std::string &engineId);

std::vector<CalibrationRow> calibrationReport(const Catalog &catalog);
std::string formatReport(const std::vector<CalibrationRow> &rows);

// GPU power activity weights from the H100 decode anchors (batch 1 and batch 128).
struct PowerFit
{
    double computeWeight = 0.0;
    double memoryWeight = 0.0;
    double batch1W = 0.0, batch128W = 0.0;   // predicted with the shipped constants
};
PowerFit fitPowerWeights(const Catalog &catalog);

} // namespace aif::throughput
