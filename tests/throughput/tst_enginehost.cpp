// Issue 21, AMD: what a Python serving engine's host costs and how published runs set it. The
// host prepares and samples every running sequence each scheduling round (vLLM's v0.6.0
// profile); multi-step scheduling pays it once per N rounds, async scheduling hides it under
// the GPU's step. Paged attention reads KV at its own share of the bandwidth. A published run
// carries its own max-num-seqs, and a run whose prompts all start at once grows in lockstep.
#include "catalog.h"
#include "throughput/calibration.h"
#include "throughput/engineprofile.h"
#include "throughput/profiles.h"
#include "servingfixture.h"

#include <QtTest>

using namespace aif;
using namespace aif::throughput;

class TestEngineHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostCostGrowsWithSequences();
    void schedulerStepsAmortizeIt();
    void asyncSchedulingHidesIt();
    void attentionShareSlowsOnlyKvReads();
    void badValuesNameTheField();
    void publishedMaxSeqsCapsTheBatch();
    void oneWaveHoldsWholeOutputs();
    void mi325xUsesItsOwnGemmRate();
    void tunedAndContainerEnginesDiffer();
    void tunedTensorRtLlmIsNvidiasDefault();
    void pipelinedLoopExposesHostTime();
    void rtxPipelineDepthCostsPerGpu();
    void launchCostIsFittedWhereGraphsAndEagerMix();

private:
    CostInputs inputs(const char *engine, IterationBatch *b);
    std::vector<std::unique_ptr<Profiles>> m_profiles;
    std::unique_ptr<Catalog> m_catalog;
};

void TestEngineHost::initTestCase()
{
    QString why;
    m_catalog = Catalog::open(&why);
    QVERIFY2(m_catalog != nullptr, qPrintable(why));
}

// Llama 3.1 70B on one MI300X at batch 512 and a 1,000-token context.
CostInputs TestEngineHost::inputs(const char *engine, IterationBatch *b)
{
    const ServingConfig c = servingConfig(*m_catalog, &m_profiles, "mi300x", "llama-3.1-70b", 1, 1000, 1000, engine);
    b->decodeSeqs = 512;
    b->decodeContext = 1000;
    return costInputs(c, Placement{1, 1, 1}, 1.0);
}

void TestEngineHost::hostCostGrowsWithSequences()
{
    IterationBatch b;
    CostInputs in = inputs("rocm-vllm-container", &b);
    EngineProfile e = *in.engine;
    e.asyncScheduling = false;
    e.schedulerSteps = 1;
    e.hostOverheadPerSequenceS = 0.0;
    in.engine = &e;
    const double without = iterationCost(in, b).timeS;
    e.hostOverheadPerSequenceS = 20e-6;
    const IterationCost with = iterationCost(in, b);
    QVERIFY(qAbs(with.timeS - without - 512 * 20e-6) < 1e-9);
    QVERIFY(with.overheadS >= 512 * 20e-6);
}

void TestEngineHost::schedulerStepsAmortizeIt()
{
    IterationBatch b;
    CostInputs in = inputs("rocm-vllm-container", &b);
    EngineProfile e = *in.engine;
    e.asyncScheduling = false;
    e.hostOverheadPerSequenceS = 0.0;
    in.engine = &e;
    const double without = iterationCost(in, b).timeS;
    e.hostOverheadPerSequenceS = 20e-6;
    e.schedulerSteps = 8;
    QVERIFY(qAbs(iterationCost(in, b).timeS - without - 512 * 20e-6 / 8) < 1e-9);
}

void TestEngineHost::asyncSchedulingHidesIt()
{
    IterationBatch b;
    CostInputs in = inputs("rocm-vllm", &b);
    EngineProfile e = *in.engine;
    e.asyncScheduling = true;
    e.schedulerSteps = 1;
    e.hostOverheadPerSequenceS = 0.0;
    in.engine = &e;
    const IterationCost gpuOnly = iterationCost(in, b);
    e.hostOverheadPerSequenceS = 1e-6;   // 0.5 ms of host work under a longer GPU step: hidden
    QCOMPARE(iterationCost(in, b).timeS, gpuOnly.timeS);
    e.hostOverheadPerSequenceS = 500e-6; // 256 ms of host work: the GPU waits for the host
    const double host = 512 * 500e-6;
    QVERIFY(host > gpuOnly.timeS);
    QVERIFY(qAbs(iterationCost(in, b).timeS - (host + e.iterationOverheadS)) < 1e-9);
}

void TestEngineHost::attentionShareSlowsOnlyKvReads()
{
    IterationBatch b;
    CostInputs in = inputs("rocm-vllm", &b);
    EngineProfile e = *in.engine;
    e.hostOverheadPerSequenceS = 0.0;
    e.attentionBandwidthShare = 1.0;
    in.engine = &e;
    b.decodeSeqs = 4;   // memory-bound decode
    b.decodeContext = 32000;
    const double full = iterationCost(in, b).memoryS;
    e.attentionBandwidthShare = 0.5;
    const double half = iterationCost(in, b).memoryS;
    QVERIFY2(half > full * 1.05, qPrintable(QString("%1 vs %2").arg(half).arg(full)));
    // Without a context there is no KV to read: the weights stream as fast as before.
    b.decodeContext = 0.0;
    e.attentionBandwidthShare = 1.0;
    const double weights = iterationCost(in, b).memoryS;
    e.attentionBandwidthShare = 0.5;
    QVERIFY(qAbs(iterationCost(in, b).memoryS - weights) < 1e-4 * weights);
}

void TestEngineHost::badValuesNameTheField()
{
    const Json entry = m_catalog->find("engines", "rocm-vllm")->data;
    const struct { const char *key; Json value; } bad[] = {
        {"hostOverheadPerSequenceS", -1e-6},
        {"attentionBandwidthShare", 0.0},
        {"attentionBandwidthShare", 1.5},
        {"schedulerSteps", 0},
        {"schedulerSteps", "eight"},
        {"asyncScheduling", "yes"},
        {"asyncSchedulingWithPp", "no"},
        {"kvCacheFp8", 8},
        {"hostOverheadPerSequenceS", Json::array()},
        {"kvCacheFreeFraction", 1.5},
        {"kvCacheFreeFraction", -0.1},
        {"gpuMemoryUtilization", 1.2},
        {"gpuMemoryUtilization", -0.5},
        {"memFractionStaticByTp", Json::parse("[[1, 0.88], [1, 0.87]]")},
        {"memFractionStaticByTp", Json::parse("[[0, 0.88]]")},
        {"memFractionStaticByTp", Json::parse("[[1, 1.5]]")},
        {"memFractionStaticByTp", "0.88"},
        {"memFractionStaticByTp", Json::parse("[[1.5, 0.88]]")},
        {"memFractionStaticByTp", Json::parse("[[1, 0.88, 7]]")},
        // rocm-vllm has vLLM's rule (gpuMemoryUtilization): a second rule would be ignored
        {"kvCacheFreeFraction", 0.9},
        {"memFractionStaticByTp", Json::parse("[[1, 0.88]]")},
        {"continuousBatching", "yes"},
        {"chunkedPrefill", 3},
        {"moeGemmEfficiency", 0.0},
        {"moeGemmEfficiency", 1.5},
    };
    for (const auto &b : bad) {
        Json e = entry;
        e[b.key] = b.value;
        EngineProfile p;
        std::string why;
        QVERIFY2(!readEngineProfile(e, &p, &why), b.key);
        QVERIFY2(why.find(b.key) != std::string::npos, why.c_str());
    }
}

void TestEngineHost::publishedMaxSeqsCapsTheBatch()
{
    // AMD's table ran 405B 2048/2048 with 500 prompts and max-num-seqs 500.
    const CalibrationRow r = predictPoint(*m_catalog, calibrationPoint("rocm70-8xmi300x-405b-2048-2048"));
    QVERIFY2(r.note.find("batch 500,") != std::string::npos, r.note.c_str());
}

void TestEngineHost::oneWaveHoldsWholeOutputs()
{
    // 1,500 prompts of 128 + 4,096 tokens started together: at the wave's end KV must hold
    // whole outputs, which 8 MI300X cannot for all 1,500 of them.
    CalibrationPoint p = calibrationPoint("rocm70-8xmi300x-405b-128-4096");
    QVERIFY(p.oneWave);
    const CalibrationRow wave = predictPoint(*m_catalog, p);
    p.oneWave = false;
    const CalibrationRow staggered = predictPoint(*m_catalog, p);
    QVERIFY2(wave.predicted < staggered.predicted, qPrintable(QString::fromStdString(wave.note + " | " + staggered.note)));
}

void TestEngineHost::mi325xUsesItsOwnGemmRate()
{
    // AMD's max-achievable FLOPs: 1,519 FP8 TFLOPS at 1,000 W against the MI300X's 1,273 at 750 W.
    Profiles p;
    std::string why;
    QVERIFY2(loadProfiles(*m_catalog, "mi325x", "llama-2-70b", "rocm-vllm", &p, &why), why.c_str());
    QVERIFY(qAbs(p.gpu.achievableFraction(Precision::Fp8) - 1519.0 / 2614.9) < 1e-3);
    Profiles q;
    QVERIFY2(loadProfiles(*m_catalog, "mi300x", "llama-2-70b", "rocm-vllm", &q, &why), why.c_str());
    QVERIFY(p.gpu.achievableFraction(Precision::Fp8) > q.gpu.achievableFraction(Precision::Fp8) * 1.15);
}

void TestEngineHost::tunedAndContainerEnginesDiffer()
{
    // The same hardware and model: AMD's MLPerf-tuned stack (the default for AMD GPUs) is
    // faster than the stock container at its defaults, and the deployment text picks each.
    QCOMPARE(engineIdFor("vLLM (ROCm)"), std::string("rocm-vllm"));
    QCOMPARE(engineIdFor("ROCm vLLM container"), std::string("rocm-vllm-container"));
    // Every catalog id reads back as itself (the studio's engine combo stores ids).
    for (const char *id : {"tensorrt-llm", "tensorrt-llm-bench", "rocm-vllm", "rocm-vllm-container"})
        QCOMPARE(engineIdFor(id), std::string(id));
    QCOMPARE(engineIdFor("trtllm-bench"), std::string("tensorrt-llm-bench"));
    ServingConfig tuned = servingConfig(*m_catalog, &m_profiles, "mi300x", "llama-2-70b", 8, 300, 290, "rocm-vllm");
    ServingConfig stock = servingConfig(*m_catalog, &m_profiles, "mi300x", "llama-2-70b", 8, 300, 290,
                                        "rocm-vllm-container");
    QVERIFY(solveServing(tuned).tokensPerS > solveServing(stock).tokensPerS);
}

void TestEngineHost::tunedTensorRtLlmIsNvidiasDefault()
{
    // NVIDIA's MLPerf v5.1 H200 server (33,244 tokens/s) runs about 30 % above the trtllm-bench
    // defaults; the default engine for an NVIDIA GPU is the tuned one.
    QCOMPARE(defaultEngineId(*m_catalog, "h200-sxm"), std::string("tensorrt-llm"));
    ServingConfig tuned = servingConfig(*m_catalog, &m_profiles, "h200-sxm", "llama-2-70b", 8, 300, 290, "tensorrt-llm");
    ServingConfig bench = servingConfig(*m_catalog, &m_profiles, "h200-sxm", "llama-2-70b", 8, 300, 290,
                                        "tensorrt-llm-bench");
    QVERIFY(solveServing(tuned).tokensPerS > 1.15 * solveServing(bench).tokensPerS);
}

void TestEngineHost::pipelinedLoopExposesHostTime()
{
    // TensorRT-LLM's PyTorch executor overlaps the host with the GPU only without pipeline
    // stages (py_executor: pp > 1 runs _executor_loop_pp, which has no overlap scheduler).
    const ServingConfig c = servingConfig(*m_catalog, &m_profiles, "rtx-pro-6000-server", "llama-3.1-70b", 2, 1000,
                                          1000, "tensorrt-llm-bench");
    QVERIFY(c.engine->asyncScheduling);
    QVERIFY(!c.engine->asyncSchedulingWithPp);
    const double host = c.engine->hostOverheadFor(Precision::Fp4);
    QVERIFY2(host > 0.0, "the RTX cell carries its own fitted host time");
    IterationBatch b;
    b.decodeSeqs = 200;
    b.decodeContext = 1500;
    CostInputs one = costInputs(c, Placement{1, 1, 1}, 1.0);
    CostInputs two = costInputs(c, Placement{1, 2, 1}, 1.0);
    EngineProfile e = *c.engine;
    one.engine = two.engine = &e;
    const IterationCost hidden = iterationCost(one, b);
    const IterationCost exposed = iterationCost(two, b);
    QVERIFY(hidden.overheadS < 200 * host);   // under the GPU's step
    QVERIFY(exposed.overheadS >= 200 * host);
    // An engine whose async scheduler also pipelines hides it at both depths.
    e.asyncSchedulingWithPp = true;
    QVERIFY(iterationCost(two, b).overheadS < 200 * host);
    // A bad per-cell value names the field.
    Json entry = m_catalog->find("engines", "tensorrt-llm-bench")->data;
    entry["efficiencyTable"][0]["hostOverheadPerSequenceS"] = -1.0;
    EngineProfile bad;
    std::string why;
    QVERIFY(!readEngineProfile(entry, &bad, &why));
    QVERIFY2(why.find("hostOverheadPerSequenceS") != std::string::npos, why.c_str());
}

void TestEngineHost::rtxPipelineDepthCostsPerGpu()
{
    // Published (TensorRT-LLM v1.0 overview, Llama 3.3 70B FP4, 1000/1000): 1,787 tokens/s on
    // one RTX PRO 6000 but 8,166 on eight as PP8, 1,021 per GPU. The model reproduces the fall.
    const CalibrationRow one = predictPoint(*m_catalog, calibrationPoint("trtllm10-1xrtx-70b-fp4-1000-1000"));
    const CalibrationRow eight = predictPoint(*m_catalog, calibrationPoint("trtllm10-8xrtx-70b-fp4-1000-1000"));
    QVERIFY(one.predicted > 0.0 && eight.predicted > 0.0);
    QVERIFY2(eight.predicted / 8.0 < 0.8 * one.predicted, qPrintable(QString("%1 per GPU at PP8 vs %2")
                                                                         .arg(eight.predicted / 8.0).arg(one.predicted)));
}

void TestEngineHost::launchCostIsFittedWhereGraphsAndEagerMix()
{
    // The tuned TensorRT-LLM set mixes eager runs (aggregated MLPerf, use_graphs False) with
    // graph runs (NVL72 decode workers, RTX interactive): its launch cost per kernel is fitted
    // and shipped within the search range. trtllm-bench points say nothing about graphs: none.
    QVERIFY(fitKernelLaunch(*m_catalog, "tensorrt-llm-bench").kernelLaunchS < 0.0);
    Profiles tuned;
    std::string why;
    QVERIFY2(loadProfiles(*m_catalog, "gb200", "llama-2-70b", "tensorrt-llm", &tuned, &why), why.c_str());
    QVERIFY(tuned.engine.kernelLaunchS >= 2.0e-6 && tuned.engine.kernelLaunchS <= 30.0e-6);
    QVERIFY(tuned.engine.kernelLaunchS > tuned.engine.kernelGraphS);
    // A decode step replayed as a graph is cheaper than the same step launched eagerly.
    const ServingConfig c = servingConfig(*m_catalog, &m_profiles, "gb200", "llama-2-70b", 1, 300, 290, "tensorrt-llm");
    IterationBatch b;
    b.decodeSeqs = 400;
    b.decodeContext = 450;
    CostInputs in = costInputs(c, Placement{1, 1, 1}, 1.0);
    EngineProfile e = *c.engine;
    in.engine = &e;
    e.cudaGraphs = false;
    const double eager = iterationCost(in, b).timeS;
    e.cudaGraphs = true;
    const double graphs = iterationCost(in, b).timeS;
    QVERIFY2(eager - graphs > 80 * 5 * (e.kernelLaunchS - e.kernelGraphS),
             qPrintable(QString("eager %1 ms, graphs %2 ms").arg(eager * 1e3).arg(graphs * 1e3)));
}

QTEST_GUILESS_MAIN(TestEngineHost)
#include "tst_enginehost.moc"
