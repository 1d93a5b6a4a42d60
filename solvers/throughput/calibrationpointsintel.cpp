// Intel's published Gaudi 3 inference throughput (the "Model Performance Data for Intel Gaudi 3
// AI Accelerators" page: Intel Gaudi software 1.18.0, PyTorch 2.4.0, HLS-Gaudi3 with eight
// HL-325L cards): Llama 2 70B and Llama 3.1 8B / 70B in FP8 at four sequence shapes, each row
// with the static batch it ran. They give the optimum-habana engine (static batches, HPU graphs)
// a gaudi/fp8 cell of its own instead of factors borrowed from NVIDIA's software.
#include "calibration.h"

namespace aif::throughput::detail {

namespace {

struct IntelRow
{
    const char *id;
    PointSet set;
    const char *model;
    int hpus;
    double isl, osl;
    int batch;       // the table's batch size (one static batch per run)
    double tps;      // the table's throughput, output tokens per second
};

// The fit takes Llama 3.1 70B on two cards (all four shapes: prompt-heavy, decode-heavy and
// both long); the rest validates: the same model on eight cards (TP scaling), Llama 3.1 8B on
// one (model size) and Llama 2 70B on two (another checkpoint, its own batches).
constexpr PointSet kFit = PointSet::Calibration;
constexpr PointSet kCheck = PointSet::Validation;
const IntelRow kRows[] = {
    {"intel118-2xgaudi3-70b-128-128", kFit, "llama-3.1-70b", 2, 128, 128, 3516, 3711},
    {"intel118-2xgaudi3-70b-128-2048", kFit, "llama-3.1-70b", 2, 128, 2048, 450, 5776},
    {"intel118-2xgaudi3-70b-2048-128", kFit, "llama-3.1-70b", 2, 2048, 128, 223, 497},
    {"intel118-2xgaudi3-70b-2048-2048", kFit, "llama-3.1-70b", 2, 2048, 2048, 175, 2588},
    {"intel118-8xgaudi3-70b-128-128", kCheck, "llama-3.1-70b", 8, 128, 128, 4000, 15008},
    {"intel118-8xgaudi3-70b-128-2048", kCheck, "llama-3.1-70b", 8, 128, 2048, 600, 15711},
    {"intel118-8xgaudi3-70b-2048-128", kCheck, "llama-3.1-70b", 8, 2048, 128, 400, 1600},
    {"intel118-8xgaudi3-70b-2048-2048", kCheck, "llama-3.1-70b", 8, 2048, 2048, 600, 8946},
    {"intel118-1xgaudi3-8b-128-128", kCheck, "llama-3.1-8b", 1, 128, 128, 1536, 24310},
    {"intel118-1xgaudi3-8b-128-2048", kCheck, "llama-3.1-8b", 1, 128, 2048, 768, 18830},
    {"intel118-1xgaudi3-8b-2048-128", kCheck, "llama-3.1-8b", 1, 2048, 128, 256, 2652},
    {"intel118-1xgaudi3-8b-2048-2048", kCheck, "llama-3.1-8b", 1, 2048, 2048, 364, 7405},
    {"intel118-2xgaudi3-llama2-70b-128-128", kCheck, "llama-2-70b", 2, 128, 128, 1750, 4433},
    {"intel118-2xgaudi3-llama2-70b-128-2048", kCheck, "llama-2-70b", 2, 128, 2048, 512, 6026},
    {"intel118-2xgaudi3-llama2-70b-2048-128", kCheck, "llama-2-70b", 2, 2048, 128, 231, 498},
    {"intel118-2xgaudi3-llama2-70b-2048-2048", kCheck, "llama-2-70b", 2, 2048, 2048, 240, 2641},
};

} // namespace

void intelPoints(std::vector<CalibrationPoint> *v)
{
    const char *src = "Intel, 'Model Performance Data for Intel Gaudi 3 AI Accelerators', LLM for throughput table "
                      "(Intel Gaudi software 1.18.0, PyTorch 2.4.0; HLS-Gaudi3, eight HL-325L) "
                      "https://www.intel.com/content/www/us/en/developer/platform/gaudi/model-performance.html";
    for (const IntelRow &r : kRows) {
        CalibrationPoint p = makePoint(r.id, r.set, "gaudi3", r.model, "optimum-habana", "fp8", r.hpus, {r.hpus, 1, 1},
                                       r.isl, r.osl, "offline", r.tps, src,
                                       "TP over the row's cards (one replica); the row's batch as the batch cap; "
                                       "throughput = output tokens over the whole run, prefill included");
        p.maxBatch = r.batch;
        p.vendor = "Intel";
        v->push_back(p);
    }
}

} // namespace aif::throughput::detail
