// The engine efficiency table and its two point sets: the sets never share a point, every
// table cell names calibration points only, the fallback order holds, and the errors are
// computed. Validation accuracy is printed (aif throughput --calibration, aif bench), not
// gated here beyond a loose sanity bound.
#include "catalog.h"
#include "throughput/calibration.h"
#include "throughput/efficiencytable.h"
#include "throughput/memoryplan.h"
#include "throughput/profiles.h"
#include "servingfixture.h"

#include <QtTest>

#include <map>
#include <set>

using namespace aif;
using namespace aif::throughput;

class TestCalibrationSets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setsAreDisjoint();
    void cellsNameCalibrationPoints();
    void fallbackOrder();
    void amdNeverBorrowsNvidia();
    void vllmAndSglangHaveTheirOwnCells();
    void vllmKeepsSixteenBitKv();
    void errorsAreComputed();
    void roundsPartitionTheBenchmarks();
    void otherBenchmarksRunAsSubmitted();
    void runsSizeKvByTheirMemoryFraction();
    void hbmCountsBinaryGigabytes();
    void tensorRtLlmSharesWhatWeightsLeave();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestCalibrationSets::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCalibrationSets::setsAreDisjoint()
{
    QVERIFY(overlappingPointIds().empty());
    QVERIFY(pointsIn(PointSet::Calibration).size() >= 8);
    QVERIFY(pointsIn(PointSet::Validation).size() >= 8);
    for (const CalibrationPoint &p : calibrationPoints()) {
        QVERIFY2(!p.source.empty(), p.id.c_str());
        QVERIFY2(p.published > 0.0, p.id.c_str());
    }
}

void TestCalibrationSets::cellsNameCalibrationPoints()
{
    std::set<std::string> calibration, validation;
    for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
        calibration.insert(p->id);
    for (const CalibrationPoint *p : pointsIn(PointSet::Validation))
        validation.insert(p->id);
    int cells = 0;
    for (const CatalogEntry *entry : m_catalog->entries("engines")) {
        EngineProfile e;
        std::string error;
        QVERIFY2(readEngineProfile(entry->data, &e, &error), error.c_str());
        for (const EfficiencyCell &c : e.table) {
            ++cells;
            const std::string key = e.id + " " + c.generation + "/" + c.precision;
            QVERIFY2(!c.fittedOn.empty(), key.c_str());
            QVERIFY2(!c.source.empty(), key.c_str());
            for (const std::string &id : c.fittedOn) {
                QVERIFY2(calibration.count(id), (key + ": " + id + " is not a calibration point").c_str());
                QVERIFY2(!validation.count(id), (key + ": fitted on validation point " + id).c_str());
                // The point really predicts with this cell.
                for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
                    if (p->id == id)
                        QCOMPARE(cellKeyFor(*m_catalog, *p), c.generation + "/" + c.precision + "/" + e.id);
            }
        }
    }
    QVERIFY(cells >= 3);
}

void TestCalibrationSets::fallbackOrder()
{
    EngineProfile e;
    e.computeEfficiency = 0.5;
    e.memoryEfficiency = 0.6;
    auto cell = [](const char *gen, const char *prec, double ce) {
        EfficiencyCell c;
        c.generation = gen;
        c.precision = prec;
        c.computeEfficiency = ce;
        c.memoryEfficiency = ce;
        c.fittedOn = {"x"};
        return c;
    };
    e.table = {cell("hopper", "fp8", 0.7), cell("blackwell", "fp4", 0.9), cell("blackwell", "bf16", 0.8),
               cell("cdna3", "fp8", 0.4)};
    struct Case { const char *generation; Precision precision; int level; double compute; };
    const Case cases[] = {
        {"blackwell", Precision::Fp4, 0, 0.9},        // 0: exact
        {"blackwell", Precision::Fp8, 1, 0.9},        // 1: same generation, nearest precision (fp8 -> fp4 before bf16)
        {"hopper", Precision::Bf16, 1, 0.7},
        {"blackwell-ultra", Precision::Fp4, 2, 0.9},  // 2: sister generation, same precision first
        {"cdna4", Precision::Fp4, 2, 0.4},
        {"gaudi", Precision::Fp8, 3, 0.5},            // 3: engine default, never another vendor's cell
    };
    for (const Case &c : cases) {
        const ResolvedEfficiency r = resolveEfficiency(e, c.generation, c.precision);
        QVERIFY2(r.level == c.level && r.computeEfficiency == c.compute,
                 qPrintable(QString("%1 %2: level %3, compute %4").arg(c.generation).arg(precisionName(c.precision))
                                .arg(r.level).arg(r.computeEfficiency)));
    }
    QCOMPARE(resolveEfficiency(e, "gaudi", Precision::Fp8).memoryEfficiency, 0.6);
}

void TestCalibrationSets::amdNeverBorrowsNvidia()
{
    // On an AMD GPU no engine may resolve to an NVIDIA generation's cell.
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "mi300x", "llama-3.1-70b", "rocm-vllm", &prof, &error), error.c_str());
    QCOMPARE(gpuGeneration(prof.gpu), std::string("cdna3"));
    for (const std::string &from : prof.engine.resolvedFrom)
        QVERIFY2(from.find("hopper") == std::string::npos && from.find("blackwell") == std::string::npos, from.c_str());
    QVERIFY2(prof.engine.resolvedFrom[int(Precision::Fp8)].find("cdna3/fp8 (exact)") != std::string::npos,
             prof.engine.resolvedFrom[int(Precision::Fp8)].c_str());
}

void TestCalibrationSets::vllmAndSglangHaveTheirOwnCells()
{
    // Issue 21: "vLLM borrows TensorRT-LLM's numbers". On Hopper both engines now resolve to a
    // cell of their own, fitted on their own MLPerf runs (Krai, v5.1 open division).
    for (const char *engine : {"vllm", "sglang"}) {
        Profiles prof;
        std::string error;
        QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "llama-3.1-70b", engine, &prof, &error), error.c_str());
        const std::string &from = prof.engine.resolvedFrom[int(Precision::Fp8)];
        QVERIFY2(from.find(std::string("hopper/fp8 (exact)")) != std::string::npos, from.c_str());
        QVERIFY2(prof.engine.calibrated, engine);
        QVERIFY2(prof.engine.calibratedOn.find("krai51-") != std::string::npos, prof.engine.calibratedOn.c_str());
    }
}

void TestCalibrationSets::vllmKeepsSixteenBitKv()
{
    // vLLM and SGLang keep the model's 16-bit KV cache unless --kv-cache-dtype fp8 is given;
    // TensorRT-LLM's FP8 checkpoints store KV in FP8: twice the tokens in the same memory.
    Profiles vllm, trt;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "llama-3.1-70b", "vllm", &vllm, &error), error.c_str());
    QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "llama-3.1-70b", "tensorrt-llm", &trt, &error), error.c_str());
    QVERIFY(!vllm.engine.kvCacheFp8);
    QVERIFY(trt.engine.kvCacheFp8);
    QCOMPARE(vllm.engine.kvBytesFor(Precision::Fp8), 2.0);
    QCOMPARE(trt.engine.kvBytesFor(Precision::Fp8), 1.0);
    QCOMPARE(trt.engine.kvBytesFor(Precision::Bf16), 2.0);
}

void TestCalibrationSets::errorsAreComputed()
{
    const std::vector<CalibrationRow> rows = setsReport(*m_catalog);
    qInfo("\n%s", formatSets(rows).c_str());
    for (const CalibrationRow &r : rows) {
        if (r.point->set != PointSet::Calibration)
            continue;
        QVERIFY2(r.predicted > 0.0 && std::isfinite(r.errorPct), (r.point->id + ": " + r.note).c_str());
    }
    const SetSummary v = summarize(rows, PointSet::Validation, true);
    QVERIFY(v.points > 0);
    QVERIFY(std::isfinite(v.medianAbsErrorPct));
    QVERIFY2(v.medianAbsErrorPct < 50.0, "validation median error past the sanity bound");
}

// The per-round lines (MLPerf v5.x is what the issue names) split the benchmark validation set
// without losing or double-counting a point.
void TestCalibrationSets::roundsPartitionTheBenchmarks()
{
    CalibrationPoint p;
    p.id = "mlperf51-x";
    QCOMPARE(benchmarkRound(p), std::string("MLPerf v5.x"));
    p.id = "krai51-x";
    QCOMPARE(benchmarkRound(p), std::string("MLPerf v5.x"));
    p.id = "mlperf60-x";
    QCOMPARE(benchmarkRound(p), std::string("MLPerf v6.0"));
    p.id = "trtllm10-x";
    QCOMPARE(benchmarkRound(p), std::string("other published"));

    const std::vector<CalibrationRow> rows = setsReport(*m_catalog);
    const SetSummary all = benchmarkValidationSummary(rows);
    int points = 0, within = 0;
    bool v5 = false;
    for (const auto &[round, s] : benchmarkValidationByRound(rows)) {
        points += s.points + s.failed;
        within += s.within15;
        v5 = v5 || (round == "MLPerf v5.x" && s.points >= 60);
    }
    QCOMPARE(points, all.points + all.failed);
    QCOMPARE(within, all.within15);
    QVERIFY(v5);
    QVERIFY(formatSets(rows).find("MLPerf v5.x") != std::string::npos);
    QVERIFY(setsJson(rows)["benchmarks"]["byRound"].contains("MLPerf v5.x"));
}


// MLPerf v5.1's and v6.0's other benchmarks (Llama 3.1 405B and 8B, Mixtral, DeepSeek-R1) validate but two,
// each with its dataset's mean prompt, the run's own output mean and the run's config; every
// one predicts, and the report splits the round by model.
void TestCalibrationSets::otherBenchmarksRunAsSubmitted()
{
    const std::map<std::string, double> meanInput = {
        {"llama-3.1-405b", 9428.6}, {"llama-3.1-8b", 870.7}, {"mixtral-8x7b", 427.4}, {"deepseek-r1", 803.8}};
    std::map<std::string, int> seen;
    for (const CalibrationPoint &p : calibrationPoints()) {
        if ((p.id.rfind("mlperf51-", 0) != 0 && p.id.rfind("mlperf60-", 0) != 0) || !meanInput.count(p.model))
            continue;
        ++seen[p.model];
        // Only the two Mixtral offline runs that fit their engine's MoE efficiency calibrate.
        QVERIFY2(p.set == (p.fitsMoe ? PointSet::Calibration : PointSet::Validation), p.id.c_str());
        QVERIFY2(!p.fitsMoe || (p.model == "mixtral-8x7b" && p.scenario == "offline"), p.id.c_str());
        QCOMPARE(p.workload.inputTokens, meanInput.at(p.model));
        QVERIFY2(p.maxBatch > 0 && p.maxTokensPerIteration > 0, p.id.c_str());
        QVERIFY2(p.memoryFraction > 0.0 && p.memoryFraction <= 1.0, p.id.c_str());
        if (p.model == "llama-3.1-405b")
            QVERIFY2(p.workload.outputTokens > 600 && p.workload.outputTokens < 700, p.id.c_str());   // README: 684.68
        if (p.model == "deepseek-r1") {   // attention data-parallel: TP1 attention in each of 8 expert ranks
            QCOMPARE(p.placement.tp, 1);
            QCOMPARE(p.placement.ep, 8);
        }
        const CalibrationRow row = predictPoint(*m_catalog, p);
        QVERIFY2(row.predicted > 0.0, (p.id + ": " + row.note).c_str());
    }
    for (const auto &[model, mean] : meanInput)
        QVERIFY2(seen[model] >= 2, model.c_str());

    const std::vector<CalibrationRow> rows = setsReport(*m_catalog);
    QVERIFY(formatSets(rows).find("    llama-3.1-405b") != std::string::npos);
    QVERIFY(setsJson(rows)["benchmarks"]["byRound"]["MLPerf v5.x"]["byModel"].contains("deepseek-r1"));
}

// vLLM's rule is the engine's own (gpuMemoryUtilization, 0.9 by default): the share holds the
// weights, the profile pass's activations and logits, and KV. A run that states its fraction is
// predicted with it; SGLang's mem-fraction-static holds weights and KV only. More memory for the
// engine means more KV tokens, never fewer.
void TestCalibrationSets::runsSizeKvByTheirMemoryFraction()
{
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "llama-3.1-70b", "vllm", &prof, &error), error.c_str());
    QCOMPARE(prof.engine.gpuMemoryUtilization, 0.9);   // vLLM's documented default
    prof.engine.maxTokensPerIteration = 8121;
    prof.engine.maxBatch = 1232;
    CostInputs in = fp8Inputs(prof);
    prof.engine.setMemoryFraction(0.95);   // a run's --gpu-memory-utilization
    QCOMPARE(prof.engine.gpuMemoryUtilization, 0.95);
    const MemoryPlan vllm = memoryPlan(in);
    QVERIFY(vllm.fits);
    // 8121 x (8192 + 2 x 28672) x 2 B + 1232 x 128256 x 4 B = 1.70 GB of 141 GiB: 0.011
    const double peak = 8121.0 * (8192 + 2.0 * 28672) * 2.0 + 1232.0 * 128256 * 4.0;
    QVERIFY2(std::abs(vllm.reservePerGpuB - (0.05 * prof.gpu.hbmBytes + peak)) < 1.0,
             std::to_string(vllm.reservePerGpuB).c_str());
    QVERIFY(peak / prof.gpu.hbmBytes > 0.005 && peak / prof.gpu.hbmBytes < 0.02);
    QVERIFY(std::abs(vllm.weightsPerGpuB + vllm.reservePerGpuB + vllm.kvFreePerGpuB - prof.gpu.hbmBytes) < 1.0);

    Profiles sglang;
    QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "llama-3.1-70b", "sglang", &sglang, &error), error.c_str());
    sglang.engine.setMemoryFraction(0.95);   // a run's --mem-fraction-static
    QCOMPARE(sglang.engine.memoryReserve, 1.0 - 0.95);
    QCOMPARE(sglang.engine.gpuMemoryUtilization, 0.0);
    in.engine = &sglang.engine;
    QVERIFY(memoryPlan(in).kvFreePerGpuB > vllm.kvFreePerGpuB);   // no workspace inside the share
    // Without a stated fraction SGLang keeps less for weights and KV as TP grows (0.88 at TP1,
    // 0.81 at TP8: server_args.py).
    QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "llama-3.1-70b", "sglang", &sglang, &error), error.c_str());
    QCOMPARE(sglang.engine.reserveShareFor(1), 1.0 - 0.88);
    QCOMPARE(sglang.engine.reserveShareFor(4), 1.0 - 0.85);
    QCOMPARE(sglang.engine.reserveShareFor(8), 1.0 - 0.81);
    in.placement = {8, 1, 1};
    QVERIFY(std::abs(memoryPlan(in).reservePerGpuB - 0.19 * sglang.gpu.hbmBytes) < 1.0);
    in.placement = {1, 1, 1};
    sglang.engine.setMemoryFraction(0.95);   // a stated fraction holds at every TP
    QCOMPARE(sglang.engine.reserveShareFor(8), 1.0 - 0.95);
    in.engine = &prof.engine;
    prof.engine.setMemoryFraction(1.0);
    QVERIFY(memoryPlan(in).kvFreePerGpuB > vllm.kvFreePerGpuB);
    QVERIFY(memoryPlan(in).reservePerGpuB > 0.0);

    // Every Krai and AMD MLPerf run that publishes its fraction carries it (and every
    // NVIDIA-platform MLPerf run its TensorRT-LLM share: the harness default 0.80 the lowest).
    int carried = 0;
    for (const CalibrationPoint &c : calibrationPoints()) {
        if (c.memoryFraction > 0.0 && c.engine != "tensorrt-llm") {
            ++carried;
            QVERIFY2(c.memoryFraction >= 0.85 && c.memoryFraction <= 1.0, c.id.c_str());
        }
        if (c.memoryFraction > 0.0)
            QVERIFY2(c.memoryFraction >= 0.80 && c.memoryFraction <= 1.0, c.id.c_str());
        if (c.id.rfind("krai51-8xh200-vllm", 0) == 0)
            QVERIFY2(c.memoryFraction == 0.95, c.id.c_str());   // README: gpu_memory_utilization=0.95
    }
    QVERIFY(carried >= 40);

    // The run's fraction reaches the prediction: the H200 vLLM offline run holds more
    // sequences at 0.95 than at the engine's default (vLLM's 0.9).
    const CalibrationPoint *krai = nullptr;
    for (const CalibrationPoint &c : calibrationPoints())
        if (c.id == "krai51-8xh200-vllm-70b-offline")
            krai = &c;
    QVERIFY(krai);
    CalibrationPoint defaults = *krai;
    defaults.memoryFraction = 0.0;
    const CalibrationRow withFraction = predictPoint(*m_catalog, *krai);
    const CalibrationRow withDefault = predictPoint(*m_catalog, defaults);
    QVERIFY2(withFraction.predicted > withDefault.predicted, (withFraction.note + " / " + withDefault.note).c_str());
}

// Vendors state HBM in binary gigabytes: an "80 GB" H100 exposes 81,559 MiB (85.52e9 bytes,
// nvidia-smi); read as 10^9 bytes the HBM comes out 7.4 % small (the KV pool more). A B300
// exposes 275,040 MiB of its marketed 288 GB: the catalog carries that.
void TestCalibrationSets::hbmCountsBinaryGigabytes()
{
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "h100-sxm", "llama-3.1-8b", "vllm", &prof, &error), error.c_str());
    QCOMPARE(prof.gpu.hbmBytes, 80.0 * 1073741824.0);
    const double nvidiaSmi = 81559.0 * 1048576.0;
    QVERIFY(std::abs(prof.gpu.hbmBytes - nvidiaSmi) / nvidiaSmi < 0.01);
    QVERIFY2(loadProfiles(*m_catalog, "b300", "llama-3.1-8b", "vllm", &prof, &error), error.c_str());
    const double b300 = 275040.0 * 1048576.0;
    QVERIFY(std::abs(prof.gpu.hbmBytes - b300) / b300 < 0.01);
}
// TensorRT-LLM gives KV a share (kv_cache_free_gpu_memory_fraction, 0.9 by default) of what
// the weights and its activation workspace leave; each MLPerf run carries its config's share.
void TestCalibrationSets::tensorRtLlmSharesWhatWeightsLeave()
{
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "llama-2-70b", "tensorrt-llm", &prof, &error), error.c_str());
    QCOMPARE(prof.engine.kvCacheFreeFraction, 0.9);
    CostInputs in = fp8Inputs(prof);
    const MemoryPlan plan = memoryPlan(in);
    QVERIFY(plan.fits);
    const double act = activationWorkspaceBytes(prof.model, prof.engine, 1);
    QVERIFY(act > 0.0 && act < 0.05 * prof.gpu.hbmBytes);
    const double expected = 0.9 * (prof.gpu.hbmBytes - plan.weightsPerGpuB - act);
    QVERIFY2(std::abs(plan.kvFreePerGpuB - expected) < 1.0, std::to_string(plan.kvFreePerGpuB).c_str());
    QVERIFY(std::abs(plan.weightsPerGpuB + plan.reservePerGpuB + plan.kvFreePerGpuB - prof.gpu.hbmBytes) < 1.0);
    // A larger share, more KV; weights that do not fit still do not.
    prof.engine.kvCacheFreeFraction = 0.95;
    QVERIFY(memoryPlan(in).kvFreePerGpuB > plan.kvFreePerGpuB);
    in.precision = Precision::Bf16;
    prof.gpu.hbmBytes = 100e9;
    QVERIFY2(!memoryPlan(in).fits, "138 GB of bf16 weights in 100 GB");

    std::map<std::string, double> fraction;
    for (const CalibrationPoint &c : calibrationPoints())
        fraction[c.id] = c.memoryFraction;
    QCOMPARE(fraction["mlperf51-8xb200-70b-offline"], 0.95);   // configs/B200-SXM-180GBx8/Offline
    QCOMPARE(fraction["mlperf51-8xh200-70b-offline"], 0.90);   // Dell XE9680 H200
    QCOMPARE(fraction["mlperf60-72xgb200-70b-server"], 0.80);  // none set: llmlib/config.py default
    QCOMPARE(fraction["mlperf60-hpe-2xrtx-70b-offline"], 0.99);
    // Every RTX PRO 6000 system states its own share: none may fall back to the default.
    for (const CalibrationPoint &c : calibrationPoints())
        if (c.gpu == "rtx-pro-6000-server" && c.id.rfind("mlperf", 0) == 0)
            QVERIFY2(c.memoryFraction > 0.0, c.id.c_str());
}

QTEST_GUILESS_MAIN(TestCalibrationSets)
#include "tst_calibrationsets.moc"
