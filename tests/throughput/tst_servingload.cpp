// Issue 21, server scenarios as the published runs serve them: continuous batching admits a
// request whenever the engine has room (no wait for a "slot" of the operating batch); Poisson
// prompt arrivals make the mean step slower than the step of the mean; multi-step scheduling
// delays admission; a run's own engine settings (chunked prefill, CUDA graphs, tokens per
// iteration, disaggregation) are carried by its calibration point. That the analytic server point
// holds in the event simulation is tst_mechanisms' p99TpotMeetsLimit.
#include "catalog.h"
#include "throughput/calibration.h"
#include "servingfixture.h"

#include <QtTest>

#include <set>

using namespace aif;
using namespace aif::throughput;

class TestServingLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void continuousBatchingAdmitsWithoutWaiting();
    void staticBatchingWaitsForASlot();
    void poissonStepIsSlowerThanTheMeanStep();
    void multiStepDelaysAdmission();
    void pointSettingsReachTheEngine();
    void mlperfPointsCarryTheirConfigs();
    void disaggregatedRacksSplit28And44();
    void disaggregatedRefusalsSayWhy();
    void tokenBudgetCapsTheBatchNotTheSlots();
    void promptSpreadWidensTheTail();

private:
    ServingConfig config(const char *gpu, const char *model, int gpus, double isl, double osl,
                         const char *engine = "tensorrt-llm");
    ServingConfig b200Interactive();   // Llama 2 70B FP4 on 8 B200, TP1 each, MLPerf interactive limits
    std::vector<std::unique_ptr<Profiles>> m_profiles;
    std::unique_ptr<Catalog> m_catalog;
};

void TestServingLoad::initTestCase()
{
    QString why;
    m_catalog = Catalog::open(&why);
    QVERIFY2(m_catalog != nullptr, qPrintable(why));
}

ServingConfig TestServingLoad::config(const char *gpu, const char *model, int gpus, double isl, double osl,
                                      const char *engine)
{
    return servingConfig(*m_catalog, &m_profiles, gpu, model, gpus, isl, osl, engine);
}

ServingConfig TestServingLoad::b200Interactive()
{
    ServingConfig c = config("b200", "llama-2-70b", 8, 300, 290);
    c.autoPlacement = false;
    c.placement = {1, 1, 1};
    c.precision = Precision::Fp4;
    c.workload.mode = ServingMode::Interactive;
    applyBenchmarkLimits("llama-2-70b", &c.workload);
    return c;
}

// MLPerf B200 interactive, one replica per GPU: the published run's p99 TTFT is 140 ms, far
// under its 450 ms limit. Well below the engine's concurrency limit nobody queues: the load is
// 1 and the TTFT is the prefill alone.
void TestServingLoad::continuousBatchingAdmitsWithoutWaiting()
{
    ServingConfig c = b200Interactive();
    const OperatingPoint op = solveServing(c);
    QVERIFY2(op.feasible, op.why.c_str());
    QVERIFY2(op.batch < 0.9 * op.maxBatch, qPrintable(QString("batch %1 of %2").arg(op.batch).arg(op.maxBatch)));
    QCOMPARE(op.load, 1.0);
    QVERIFY2(op.ttftS < 0.25, qPrintable(QString("TTFT %1 s").arg(op.ttftS)));
    QVERIFY(op.tpotP99S <= 0.040 + 1e-9);
}

// Static batching (a batch is prefilled, then decoded to its end) has only the batch's slots:
// requests queue for them, so at the same limits it serves below its full load.
void TestServingLoad::staticBatchingWaitsForASlot()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-8b", 1, 1000, 200);
    c.autoPlacement = false;
    c.placement = {1, 1, 1};
    c.workload.mode = ServingMode::Server;
    c.workload.ttftLimitS = 2.0;
    c.workload.tpotLimitS = 0.2;
    c.workload.limitsGiven = true;
    EngineProfile staticEngine = *c.engine;
    staticEngine.continuousBatching = false;
    c.engine = &staticEngine;
    const OperatingPoint op = solveServing(c);
    QVERIFY2(op.feasible, op.why.c_str());
    QVERIFY2(op.load < 1.0, qPrintable(QString("load %1").arg(op.load)));
}

// Jensen: a step's time is convex in the prompt tokens it carries (each operator is the larger
// of compute and memory), so the expectation over Poisson arrivals exceeds the mean step; with
// no prompts riding along both are the decode step.
void TestServingLoad::poissonStepIsSlowerThanTheMeanStep()
{
    const ServingConfig c = config("h100-sxm", "llama-3.1-70b", 8, 2048, 256);
    const CostInputs at = costInputs(c, Placement{8, 1, 1}, 1.0);
    IterationBatch mean;
    mean.decodeSeqs = 64;
    mean.decodeContext = 2176;
    mean.prefillSeqs = 0.25;
    mean.prefillTokens = 0.25 * 2048;
    mean.prefillContext = 1024;
    const double expected = expectedStepS(at, mean);
    const double ofMean = iterationCost(at, mean).timeS;
    QVERIFY2(expected > 1.05 * ofMean, qPrintable(QString("E[step] %1 s, step(mean) %2 s").arg(expected).arg(ofMean)));
    IterationBatch decode = mean;
    decode.prefillSeqs = decode.prefillTokens = 0.0;
    QCOMPARE(expectedStepS(at, decode), iterationCost(at, decode).timeS);
}

// vLLM --num-scheduler-steps k admits new requests only every k steps: the TTFT grows by k - 1
// steps, with and without chunked prefill.
void TestServingLoad::multiStepDelaysAdmission()
{
    for (const bool chunked : {true, false}) {
        ServingConfig c = config("mi300x", "llama-2-70b", 1, 300, 290, "rocm-vllm");
        c.autoPlacement = false;
        c.placement = {1, 1, 1};
        EngineProfile e = *c.engine;
        e.chunkedPrefill = chunked;
        e.schedulerSteps = 1;
        c.engine = &e;
        const OperatingPoint one = evaluateAggregated(c, c.placement, 64);
        e.schedulerSteps = 8;
        const OperatingPoint eight = evaluateAggregated(c, c.placement, 64);
        QVERIFY(one.feasible && eight.feasible);
        // Eight steps amortize the host's cost, so the step itself is a little shorter.
        const double step = eight.iteration.timeS;
        QVERIFY2(eight.ttftS - one.ttftS > 6.0 * step,
                 qPrintable(QString("chunked %1: TTFT %2 -> %3 s, step %4 s").arg(chunked).arg(one.ttftS).arg(eight.ttftS).arg(step)));
    }
}

// A published run's own settings change the prediction the way the engine would: no chunked
// prefill stalls decoding for prompts; CUDA graphs shorten launch overhead.
void TestServingLoad::pointSettingsReachTheEngine()
{
    CalibrationPoint p = calibrationPoint("mlperf51-8xmi300x-70b-offline");
    QCOMPARE(p.chunkedPrefill, 0);
    const double stalled = predictPoint(*m_catalog, p).predicted;
    p.chunkedPrefill = 1;
    const double chunked = predictPoint(*m_catalog, p).predicted;
    QVERIFY2(stalled > 0.0 && chunked > stalled, qPrintable(QString("%1 vs %2").arg(stalled).arg(chunked)));

    CalibrationPoint g = calibrationPoint("mlperf51-8xb200-70b-interactive");
    QCOMPARE(g.cudaGraphs, 0);
    const double eager = predictPoint(*m_catalog, g).predicted;
    g.cudaGraphs = 1;
    QVERIFY(predictPoint(*m_catalog, g).predicted > eager);
}

// Every NVIDIA-platform MLPerf Llama 2 70B point runs as its submission did: TP1 PP1 per GPU, with its batch
// cap and tokens per iteration; only the RTX interactive runs and the decode workers replay
// CUDA graphs.
void TestServingLoad::mlperfPointsCarryTheirConfigs()
{
    int n = 0;
    for (const CalibrationPoint &p : calibrationPoints()) {
        // Llama 2 70B; the other benchmarks keep their own layouts (tst_calibrationsets)
        if (p.engine != "tensorrt-llm" || p.id.rfind("mlperf", 0) != 0 || p.model != "llama-2-70b")
            continue;
        ++n;
        QCOMPARE(p.placement.tp, 1);
        QCOMPARE(p.placement.pp, 1);
        QVERIFY2(p.maxBatch > 0 && p.maxTokensPerIteration > 0, p.id.c_str());
        QVERIFY2(p.source.find("configs/") != std::string::npos, p.id.c_str());
        const bool graphs = p.decodeGpus > 0 || (p.gpu == "rtx-pro-6000-server" && p.scenario == "interactive");
        QCOMPARE(p.cudaGraphs, graphs ? 1 : 0);
    }
    QVERIFY(n >= 40);
    // AMD's runs (and its partners', on AMD's harness) carry max_num_batched_tokens and whether
    // prefill was chunked; v5.0 is predicted with the engine's defaults.
    int amd = 0;
    for (const CalibrationPoint &p : calibrationPoints()) {
        const bool mlperf = p.id.rfind("mlperf5", 0) == 0 || p.id.rfind("mlperf6", 0) == 0;
        if (p.engine != "rocm-vllm" || !mlperf || p.id.rfind("mlperf50", 0) == 0 || p.model != "llama-2-70b")
            continue;
        ++amd;
        QVERIFY2(p.maxTokensPerIteration > 0 && p.chunkedPrefill >= 0 && p.maxBatch > 0, p.id.c_str());
        QCOMPARE(p.placement.tp, 1);
        QCOMPARE(p.vendor, std::string("AMD"));
    }
    QVERIFY(amd >= 25);
}

void TestServingLoad::disaggregatedRacksSplit28And44()
{
    int racks = 0;
    for (const CalibrationPoint &p : calibrationPoints()) {
        if (p.decodeGpus <= 0 || p.metric != "tokens_per_s")
            continue;
        ++racks;
        QCOMPARE(p.prefillGpus + p.decodeGpus, p.gpus);
        QCOMPARE(p.decodeGpus, 44);
        QVERIFY(p.scenario == "server" || p.scenario == "interactive");
        // The servers calibrate (their graph replays tell the eager launch cost), the interactive runs judge.
        QCOMPARE(p.set, p.scenario == "server" ? PointSet::Calibration : PointSet::Validation);
        const CalibrationRow r = predictPoint(*m_catalog, p);
        QVERIFY2(r.predicted > 0.0, r.note.c_str());
        QVERIFY2(r.note.find("x44") != std::string::npos, r.note.c_str());   // 44 decode replicas
    }
    QCOMPARE(racks, 4);
}

// A disaggregated deployment that cannot run says which limit it broke, not a generic TPOT line.
void TestServingLoad::disaggregatedRefusalsSayWhy()
{
    auto rack = [&]() {
        ServingConfig c = config("gb200", "llama-2-70b", 72, 300, 290);
        c.precision = Precision::Fp4;
        c.autoPlacement = false;
        c.placement = {1, 1, 1};
        c.prefillGpus = 28;
        c.decodeGpus = 44;
        c.workload.mode = ServingMode::Interactive;
        applyBenchmarkLimits("llama-2-70b", &c.workload);
        return c;
    };
    ServingConfig huge = rack();
    huge.fixedBatch = 100000;
    OperatingPoint op = solveServing(huge);
    QVERIFY(!op.feasible);
    QVERIFY2(op.why.find("pinned batch 100000") != std::string::npos && op.why.find("kv_capacity") != std::string::npos,
             op.why.c_str());
    ServingConfig hurried = rack();
    hurried.workload.ttftLimitS = 0.001;
    hurried.workload.limitsGiven = true;
    op = solveServing(hurried);
    QVERIFY(!op.feasible);
    QVERIFY2(op.why.find("TTFT limit (1 ms)") != std::string::npos, op.why.c_str());
    ServingConfig pinned = rack();
    pinned.fixedBatch = 400;
    op = solveServing(pinned);
    QVERIFY2(op.feasible, op.why.c_str());
    QCOMPARE(op.batch <= 400.0, true);
}

// A tight token budget (GIGABYTE's B200 interactive run: 512 tokens per iteration, batch cap
// 768) limits how fast prompts are prefilled, so it caps the running batch; the engine still
// holds up to its max batch, so requests do not queue for budget-sized slots. A true batch cap
// of the same size does make them queue.
void TestServingLoad::tokenBudgetCapsTheBatchNotTheSlots()
{
    ServingConfig c = b200Interactive();
    EngineProfile tight = *c.engine;
    tight.maxTokensPerIteration = 512;
    tight.maxBatch = 768;
    c.engine = &tight;
    const OperatingPoint budget = solveServing(c);
    QVERIFY2(budget.feasible, budget.why.c_str());
    QVERIFY2(budget.engineSlots > budget.maxBatch,
             qPrintable(QString("slots %1, batch cap %2").arg(budget.engineSlots).arg(budget.maxBatch)));
    EngineProfile capped = tight;
    capped.maxTokensPerIteration = 8192;
    capped.maxBatch = int(budget.maxBatch);
    c.engine = &capped;
    const OperatingPoint cappedOp = solveServing(c);
    QVERIFY2(cappedOp.feasible, cappedOp.why.c_str());
    QCOMPARE(cappedOp.engineSlots, cappedOp.maxBatch);
    QVERIFY2(budget.load > cappedOp.load, qPrintable(QString("load %1 (budget) vs %2 (slots)").arg(budget.load).arg(cappedOp.load)));
}

// Prompts of different lengths make the per-step prompt work vary more than prompts of one length
// (compound Poisson: rate x E[L^2]): a wider p99 TPOT at the same batch, so fewer sequences under
// the interactive limit; offline has no tail and does not move.
void TestServingLoad::promptSpreadWidensTheTail()
{
    ServingConfig c = b200Interactive();
    const OperatingPoint fixed = evaluateAggregated(c, c.placement, 200.0);
    c.workload.inputTokensCv = 0.77;   // MLPerf's OpenOrca prompts
    const OperatingPoint spread = evaluateAggregated(c, c.placement, 200.0);
    QCOMPARE(spread.tpotS, fixed.tpotS);
    QVERIFY2(spread.tpotP99S > fixed.tpotP99S, qPrintable(QString("%1 vs %2").arg(spread.tpotP99S).arg(fixed.tpotP99S)));
    QVERIFY(solveServing(c).tokensPerS <= solveServing(b200Interactive()).tokensPerS);
    c.workload.mode = ServingMode::Offline;
    ServingConfig o = b200Interactive();
    o.workload.mode = ServingMode::Offline;
    QCOMPARE(solveServing(c).tokensPerS, solveServing(o).tokensPerS);
}

QTEST_GUILESS_MAIN(TestServingLoad)
#include "tst_servingload.moc"
