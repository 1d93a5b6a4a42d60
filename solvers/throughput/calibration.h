#pragma once

#include "serving.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::throughput {

// Which set a point belongs to. CALIBRATION points fit the engine efficiency table
// (efficiencytable.h); VALIDATION points are never used for fitting, only predicted, and their
// error is what we claim (fitCell() refuses them; tst_calibrationsets checks it).
enum class PointSet { Calibration, Validation };

// A published end-to-end result the model must reproduce, with its source. `legacy` marks the
// issue #6 points (../shared/calibration/points.json): calibrationReport() judges those, and
// their "fit" flag sets the engine default pair (engines[].calibration), the table's last fallback.
struct CalibrationPoint
{
    std::string id;
    std::string gpu, model, engine, precision;
    int gpus = 8;
    Placement placement;         // tp 0: the model picks the layout (max-throughput tables)
    Placement prefillPlacement{0, 1, 1};
    int prefillGpus = 0, decodeGpus = 0;
    Workload workload;
    // The run's own engine settings where it published them (0: the engine's defaults):
    int maxBatch = 0;            // cap on running sequences (vLLM --max-num-seqs)
    int maxTokensPerIteration = 0; // token budget per iteration (TensorRT-LLM max_num_tokens, vLLM --max-num-batched-tokens)
    int schedulerSteps = 0;      // vLLM --num-scheduler-steps
    int asyncScheduling = -1;    // 1 / 0: async scheduling on / off; -1: the engine's default
    int cudaGraphs = -1;         // 1 / 0: steps replayed as CUDA graphs / launched kernel by kernel (TensorRT-LLM harness use_graphs)
    int chunkedPrefill = -1;     // 1 / 0: prompts ride along with decode in chunks / stall it (vLLM V0 --enable-chunked-prefill)
    int kvCacheFp8 = -1;         // 1 / 0: KV cache in FP8 / 16-bit (vLLM --kv-cache-dtype); -1: the engine's default
    // The memory share the run set, in its engine's own terms (EngineProfile::setMemoryFraction:
    // vLLM --gpu-memory-utilization, SGLang --mem-fraction-static, TensorRT-LLM
    // kvcache_free_gpu_mem_frac); 0: the engine's default.
    double memoryFraction = 0.0;
    // Every prompt admitted at once (prompt count = max-num-seqs): the sequences grow in
    // lockstep, so at the wave's end KV holds input + output for all of them (or the engine
    // preempts), unlike the staggered steady state where a sequence holds half its output.
    bool oneWave = false;
    // Calibrates its engine's moeGemmEfficiency (an MoE run; the engine's cells come from its
    // dense runs), so it fits no cell.
    bool fitsMoe = false;
    // False for a point of another software generation than its cell (MLPerf v4.0's TensorRT-LLM
    // of early 2024 beside the v1.0 performance overview): it fits the engine default pair only.
    bool fitsCell = true;
    std::string metric;          // tokens_per_s | decode_tokens_per_s_per_node | prefill_input_tokens_per_s_per_node
    double published = 0.0;
    bool fit = false;
    double tolerance = 0.15;     // issue #6 bounds: dense NVIDIA 15 %, server/MoE/PD 25 %, AMD/Ascend 35 %
    std::string source;
    std::string assumptions;     // what we had to assume to reproduce it
    PointSet set = PointSet::Validation;
    std::string scenario = "offline";   // offline | server | interactive | production | training
    std::string vendor = "NVIDIA";
    bool legacy = false;
};

// Every point, both sets (calibrationpoints.cpp: NVIDIA; calibrationpointsamd.cpp: AMD).
const std::vector<CalibrationPoint> &calibrationPoints();
std::vector<const CalibrationPoint *> pointsIn(PointSet set);
// Ids found in both sets or twice (empty when the sets are clean).
std::vector<std::string> overlappingPointIds();

// The prompts of a benchmark's dataset: mean length (tokens) and spread (standard deviation /
// mean; Workload::inputTokensCv). Set together so a point never gets one dataset's mean with
// another's spread.
struct DatasetPrompts
{
    double mean = 0.0;
    double cv = 0.0;
};
inline void setDatasetPrompts(CalibrationPoint *p, DatasetPrompts d)
{
    p->workload.inputTokens = d.mean;
    p->workload.inputTokensCv = d.cv;
}
// The Llama 2 70B benchmark's (MLPerf's OpenOrca sample of 24,576, each the [INST] <<SYS>>
// chat-formatted prompt in Llama 2 tokens, tok_input_length of
// open_orca_gpt4_tokenized_llama.sampled_24576.pkl): computed over the per-sample counts in
// openshift-psap/performance-dashboard mlperf-data/summaries/llama2-70b-99.csv @71007029
// (min 3, max 1023 tokens; mlcommons/inference language/llama2-70b/processorca.py builds the
// column). The points had assumed ~300 ("a few hundred") and one length.
constexpr DatasetPrompts kOpenOrcaPrompts{222.3, 0.77};

namespace detail {
std::vector<CalibrationPoint> nvidiaPoints();
std::vector<CalibrationPoint> amdPoints();
void nvidiaMlperfPoints(std::vector<CalibrationPoint> *v);   // calibrationpointsmlperf.cpp
void kraiPoints(std::vector<CalibrationPoint> *v);           // calibrationpointskrai.cpp
void intelPoints(std::vector<CalibrationPoint> *v);          // calibrationpointsintel.cpp
void mlperfBenchmarkPoints(std::vector<CalibrationPoint> *v); // calibrationpointsbenchmarks.cpp
CalibrationPoint makePoint(const char *id, PointSet set, const char *gpu, const char *model, const char *engine,
                           const char *precision, int gpus, Placement placement, double isl, double osl,
                           const char *scenario, double published, const char *source, const char *assumptions);
} // namespace detail

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
                            const EngineProfile *engineOverride = nullptr, double moeGemmEfficiency = -1.0);

struct FitResult
{
    double computeEfficiency = 0.0;
    double memoryEfficiency = 0.0;
    double rmsLogError = 0.0;
    double hostOverheadPerSequenceS = -1.0;   // fitted too where the engine's catalog entry has one; -1: not fitted
    double attentionBandwidthShare = -1.0;    // likewise
    double cellHostOverheadPerSequenceS = -1.0; // fitted for the cell alone (pipelined runs expose it); -1: not fitted
};
// Least squares on log error over the "fit" points of one engine.
FitResult fitEngine(const Catalog &catalog, const std::string &engineId);

// The legacy (issue #6) points only, as tst_throughputcalibration judges them.
std::vector<CalibrationRow> calibrationReport(const Catalog &catalog);
std::string formatReport(const std::vector<CalibrationRow> &rows);

// Whether a calibration point's metric can fit an efficiency cell (output tokens/s or training
// MFU; the production per-node figures cannot).
inline bool fitsACell(const CalibrationPoint &p)
{
    return p.fitsCell && !p.fitsMoe && (p.metric == "tokens_per_s" || p.metric == "training_mfu");
}
// The efficiency-table cell a point is predicted with: "generation/precision/engine".
std::string cellKeyFor(const Catalog &catalog, const CalibrationPoint &point);
// Fits one table cell on the CALIBRATION points whose cell key matches (never a validation
// point); the same grid search as fitEngine.
// `kernelLaunchS` > 0 replaces the engine's launch cost per kernel without CUDA graphs (while
// fitting it, below).
FitResult fitCell(const Catalog &catalog, const std::string &cellKey, std::vector<std::string> *fittedOn = nullptr,
                  double kernelLaunchS = -1.0);

// An engine whose calibration set holds runs with CUDA graphs and runs without them (eager
// launches) can tell its launch cost per kernel from its efficiencies: golden-section search of
// kernelLaunchS, every cell of the engine refitted at each trial, least squares over all of the
// engine's calibration points. Returns the value (negative when the set cannot tell) and the rms.
struct LaunchFit
{
    double kernelLaunchS = -1.0;
    double rmsLogError = 0.0;
};
LaunchFit fitKernelLaunch(const Catalog &catalog, const std::string &engineId);

// An engine's MoE expert-kernel efficiency (EngineProfile::moeGemmEfficiency): golden-section
// search over the engine's fitsMoe calibration points with its cells as shipped. value < 0:
// the engine has no such point.
struct MoeFit
{
    double value = -1.0;
    double rmsLogError = 0.0;
    std::vector<std::string> fittedOn;
};
MoeFit fitMoeGemmEfficiency(const Catalog &catalog, const std::string &engineId);

struct SetSummary
{
    int points = 0;              // rows that ran
    int failed = 0;              // rows that could not run (infeasible, missing catalog entry)
    double medianAbsErrorPct = 0.0;
    int within15 = 0;
    std::vector<std::pair<std::string, SetSummary>> byVendor, byScenario;   // validation only
};
// Which published round a point comes from, by its id: "MLPerf v5.x" (v5.0, v5.1 closed and open),
// "MLPerf v6.0", "MLPerf v4.0", or "other published" (engine performance pages, vendor tables,
// papers). The issue names MLPerf v5.x; the other rounds are checks beside it.
std::string benchmarkRound(const CalibrationPoint &point);
// The benchmark validation points per round (benchmarkValidationSummary split by benchmarkRound).
std::vector<std::pair<std::string, SetSummary>> benchmarkValidationByRound(const std::vector<CalibrationRow> &rows);
// One round's benchmark validation points per model (the MLPerf benchmarks differ in prompt
// length, model size and experts, so a round's median hides a model the cells do not carry to).
std::vector<std::pair<std::string, SetSummary>> benchmarkValidationByModel(const std::vector<CalibrationRow> &rows,
                                                                          const std::string &round);
// Both sets, every point predicted (calibration rows first).
std::vector<CalibrationRow> setsReport(const Catalog &catalog);
SetSummary summarize(const std::vector<CalibrationRow> &rows, PointSet set, bool breakdown = false);
std::string formatSets(const std::vector<CalibrationRow> &rows);
Json setsJson(const std::vector<CalibrationRow> &rows);
// The accuracy goal: every validation point within +-15 % and median below 10 %.
bool accuracyGoalMet(const SetSummary &validation);
// The validation points of benchmark scenarios (offline, server, interactive), which the goal is
// stated for; production averages and training MFU are reported beside them.
SetSummary benchmarkValidationSummary(const std::vector<CalibrationRow> &rows);

// GPU power activity weights from the H100 decode anchors (batch 1 and batch 128).
struct PowerFit
{
    double computeWeight = 0.0;
    double memoryWeight = 0.0;
    double batch1W = 0.0, batch128W = 0.0;   // predicted with the shipped constants
};
PowerFit fitPowerWeights(const Catalog &catalog);

} // namespace aif::throughput
