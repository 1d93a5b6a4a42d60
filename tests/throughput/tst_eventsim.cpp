// Event simulation of LLM serving: determinism, agreement with the cost model at low load and
// with steady-state reasoning offline, latency against load, and the mechanisms it models (KV
// capacity, chunked prefill, disaggregation). Inputs are built by hand, without the catalog.
#include "throughput/costmodel.h"
#include "throughput/eventsim.h"
#include "throughput/memoryplan.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <cstdio>

using namespace aif::throughput;

class TestEventSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameResult();
    void lowLoadMatchesCostModel();
    void latencyGrowsWithLoad();
    void offlineIsTheThroughputCeiling();
    void kvCapacityBoundsTheBatch();
    void unchunkedPrefillStallsDecode();
    void disaggregationCutsTpotTail();
    void traceArrivalsReplaceTheRate();
    void cancelStopsEarly();
    void badInputIsAnError();
    void benchmarkTenThousandRequests();

private:
    CostInputs inputs(const EngineProfile *engine) const;
    SimResult atRate(double ratePerS, int requests = 4000) const;

    ModelCard m_model;
    GpuProfile m_gpu;
    EngineProfile m_engine;
    CostInputs m_in;
    MemoryPlan m_memory;
    Workload m_workload; // 1024 in, 256 out
    double m_maxRatePerS = 0; // requests/s the replica sustains offline
};

void TestEventSim::initTestCase()
{
    // Llama-3.1-8B (Hugging Face config.json of meta-llama/Llama-3.1-8B).
    m_model.id = "llama-3.1-8b";
    m_model.layers = 32;
    m_model.hidden = 4096;
    m_model.heads = 32;
    m_model.kvHeads = 8;
    m_model.headDim = 128;
    m_model.ffn = 14336;
    m_model.vocab = 128256;
    m_model.maxContext = 131072;
    // H100 SXM: NVIDIA datasheet dense peaks; achievable fractions are microbenchmark-style values.
    m_gpu.id = "h100-sxm";
    m_gpu.peakBf16 = 989e12;
    m_gpu.peakFp8 = 1979e12;
    m_gpu.computeFraction = 0.807;
    m_gpu.memoryFraction = 0.9;
    m_gpu.hbmBytes = 80e9;
    m_gpu.hbmBps = 3.35e12;
    m_gpu.scaleUpBps = 450e9;
    m_gpu.scaleUpDomain = 8;
    m_gpu.scaleOutBps = 50e9;
    m_gpu.tdpW = 700;
    m_gpu.idleW = 70;
    m_in = inputs(&m_engine);
    m_memory = memoryPlan(m_in);
    QVERIFY2(m_memory.fits, m_memory.why.c_str());

    SimOptions offline;
    offline.requests = 4000;
    const SimResult r = simulateAggregated(m_in, m_memory, m_workload, offline);
    QVERIFY2(r.error.empty(), r.error.c_str());
    m_maxRatePerS = r.outputTokensPerS / m_workload.outputTokens;
    QVERIFY(m_maxRatePerS > 1.0);
}

CostInputs TestEventSim::inputs(const EngineProfile *engine) const
{
    CostInputs in;
    in.model = &m_model;
    in.gpu = &m_gpu;
    in.engine = engine;
    in.placement = Placement {1, 1, 1};
    in.precision = Precision::Fp8;
    return in;
}

SimResult TestEventSim::atRate(double ratePerS, int requests) const
{
    SimOptions o;
    o.requests = requests;
    o.arrivalRatePerS = ratePerS;
    return simulateAggregated(m_in, m_memory, m_workload, o);
}

void TestEventSim::sameSeedSameResult()
{
    SimOptions o;
    o.requests = 2000;
    o.arrivalRatePerS = 0.7 * m_maxRatePerS;
    o.lengths = LengthDistribution::Exponential;
    o.seed = 42;
    const SimResult a = simulateAggregated(m_in, m_memory, m_workload, o);
    const SimResult b = simulateAggregated(m_in, m_memory, m_workload, o);
    QCOMPARE(a.completed, 2000);
    QCOMPARE(a.ttftS.p99, b.ttftS.p99);
    QCOMPARE(a.tpotS.p50, b.tpotS.p50);
    QCOMPARE(a.e2eS.mean, b.e2eS.mean);
    QCOMPARE(a.outputTokensPerS, b.outputTokensPerS);
    QCOMPARE(a.iterations, b.iterations);
    o.seed = 43;
    const SimResult c = simulateAggregated(m_in, m_memory, m_workload, o);
    QVERIFY(c.e2eS.mean != a.e2eS.mean);
}

// Alone in the engine, a request's TTFT is one prefill iteration and its TPOT a batch-1 decode.
void TestEventSim::lowLoadMatchesCostModel()
{
    const SimResult r = atRate(0.05, 300);
    QCOMPARE(r.completed, 300);
    const double prefillS = iterationCost(m_in, {0, 0, 1024, 512, 1}).timeS;
    const double decodeS = iterationCost(m_in, {1, 1024 + 128, 0, 0, 0}).timeS;
    std::printf("low load: TTFT p50 %.4f s (prefill %.4f s), TPOT p50 %.5f s (decode %.5f s)\n",
                r.ttftS.p50, prefillS, r.tpotS.p50, decodeS);
    QVERIFY(std::abs(r.ttftS.p50 / prefillS - 1.0) < 0.03);
    QVERIFY(std::abs(r.tpotS.p50 / decodeS - 1.0) < 0.03);
    QVERIFY(std::abs(r.tpotS.mean / decodeS - 1.0) < 0.03);
    QVERIFY(r.meanBatch < 1.1);
}

void TestEventSim::latencyGrowsWithLoad()
{
    const Percentiles none;
    Percentiles ttft = none;
    Percentiles tpot = none;
    for (double share : {0.1, 0.4, 0.7, 0.9}) {
        const SimResult r = atRate(share * m_maxRatePerS);
        std::printf("load %.0f %%: TTFT p50/p90/p99 %.4f/%.4f/%.4f s, TPOT %.5f/%.5f/%.5f s, "
                    "batch %.1f\n",
                    100 * share, r.ttftS.p50, r.ttftS.p90, r.ttftS.p99, r.tpotS.p50, r.tpotS.p90,
                    r.tpotS.p99, r.meanBatch);
        for (const Percentiles &p : {r.ttftS, r.tpotS, r.e2eS}) {
            QVERIFY(p.p50 <= p.p90);
            QVERIFY(p.p90 <= p.p99);
        }
        QVERIFY(r.ttftS.p50 >= ttft.p50 && r.ttftS.p90 >= ttft.p90 && r.ttftS.p99 >= ttft.p99);
        QVERIFY(r.tpotS.p50 >= tpot.p50 && r.tpotS.p90 >= tpot.p90 && r.tpotS.p99 >= tpot.p99);
        // Below saturation the engine serves what arrives.
        QVERIFY(std::abs(r.outputTokensPerS / (share * m_maxRatePerS * 256.0) - 1.0) < 0.05);
        ttft = r.ttftS;
        tpot = r.tpotS;
    }
}

// Offline the batch fills the KV cache: B ~ capacity / (input + output / 2) sequences decode
// while prefill keeps up (input / output prompt tokens per decode token).
void TestEventSim::offlineIsTheThroughputCeiling()
{
    SimOptions o;
    o.requests = 4000;
    const SimResult offline = simulateAggregated(m_in, m_memory, m_workload, o);
    const double batch
        = std::min<double>(m_engine.maxBatch, m_memory.kvTokensPerReplica / (1024.0 + 128.0));
    const double prefillTokens = batch * 1024.0 / 256.0;
    const IterationBatch steady {batch, 1024 + 128, prefillTokens, 512, prefillTokens / 1024 + 1};
    const double expected = batch / iterationCost(m_in, steady).timeS;
    std::printf("offline: %.0f tokens/s (steady state %.0f), batch %.0f (%.0f), %ld preemptions\n",
                offline.outputTokensPerS, expected, offline.meanBatch, batch, offline.preemptions);
    QVERIFY(std::abs(offline.outputTokensPerS / expected - 1.0) < 0.10);
    QVERIFY(offline.kvLimited);
    for (double share : {0.5, 0.9, 0.97})
        QVERIFY(atRate(share * m_maxRatePerS).outputTokensPerS < offline.outputTokensPerS);
}

void TestEventSim::kvCapacityBoundsTheBatch()
{
    MemoryPlan small = m_memory;
    small.kvTokensPerReplica = 20000; // about 15 requests of 1024 + 256 tokens
    SimOptions o;
    o.requests = 1000;
    o.lengths = LengthDistribution::Uniform;
    const SimResult r = simulateAggregated(m_in, small, m_workload, o);
    QVERIFY2(r.error.empty(), r.error.c_str());
    QCOMPARE(r.completed, 1000);
    QVERIFY(r.kvLimited);
    QVERIFY(r.peakKvShare <= 1.0);
    QVERIFY(r.peakKvShare > 0.9);
    QVERIFY(r.meanBatch < 20000.0 / 1024.0);

    // A request whose context can never be cached is turned away, not waited on forever.
    small.kvTokensPerReplica = 1100;
    o.lengths = LengthDistribution::Fixed;
    const SimResult tiny = simulateAggregated(m_in, small, m_workload, o);
    QCOMPARE(tiny.completed, 0);
    QCOMPARE(tiny.rejected, 1000);
}

void TestEventSim::unchunkedPrefillStallsDecode()
{
    EngineProfile whole = m_engine;
    whole.chunkedPrefill = false;
    const CostInputs in = inputs(&whole);
    for (double share : {0.4, 0.8}) {
        SimOptions o;
        o.requests = 4000;
        o.arrivalRatePerS = share * m_maxRatePerS;
        const SimResult chunked = simulateAggregated(m_in, m_memory, m_workload, o);
        const SimResult stalled = simulateAggregated(in, m_memory, m_workload, o);
        std::printf("load %.0f %%: TPOT p99 chunked %.5f s, whole prompts %.5f s\n", 100 * share,
                    chunked.tpotS.p99, stalled.tpotS.p99);
        QVERIFY(stalled.tpotS.p99 > chunked.tpotS.p99);
    }
}

// Two GPUs either way: two aggregated replicas (each at half the rate) or one prefill replica
// feeding one decode replica.
void TestEventSim::disaggregationCutsTpotTail()
{
    const double rate = 1.2 * m_maxRatePerS;
    const SimResult aggregated = atRate(0.5 * rate);
    SimOptions o;
    o.requests = 4000;
    o.arrivalRatePerS = rate;
    const double linkBps = 50e9;
    const SimResult split
        = simulateDisaggregated(m_in, m_memory, 1, m_in, m_memory, 1, linkBps, m_workload, o);
    QVERIFY2(split.error.empty(), split.error.c_str());
    QCOMPARE(split.completed, 4000);
    std::printf("TPOT p99 aggregated %.5f s, disaggregated %.5f s\n", aggregated.tpotS.p99,
                split.tpotS.p99);
    QVERIFY(split.tpotS.p99 < aggregated.tpotS.p99);
    QVERIFY(std::abs(split.outputTokensPerS / (2.0 * aggregated.outputTokensPerS) - 1.0) < 0.05);

    // At low load TTFT is prefill plus the KV transfer (the first token streams from decode).
    o.requests = 300;
    o.arrivalRatePerS = 0.05;
    const double slowLinkBps = 5e9;
    const double transferS = m_memory.kvBytesPerToken * 1024 / slowLinkBps;
    const double prefillS = iterationCost(m_in, {0, 0, 1024, 512, 1}).timeS;
    const SimResult slow
        = simulateDisaggregated(m_in, m_memory, 1, m_in, m_memory, 1, slowLinkBps, m_workload, o);
    QVERIFY(std::abs(slow.ttftS.p50 / (prefillS + transferS) - 1.0) < 0.03);
    o.ttftIncludesTransfer = false; // then the transfer delays the second token instead
    const SimResult early
        = simulateDisaggregated(m_in, m_memory, 1, m_in, m_memory, 1, slowLinkBps, m_workload, o);
    QVERIFY(std::abs(early.ttftS.p50 / prefillS - 1.0) < 0.03);
    QVERIFY(early.tpotS.p50 > slow.tpotS.p50);
    QCOMPARE(early.e2eS.p50, slow.e2eS.p50);
}

void TestEventSim::traceArrivalsReplaceTheRate()
{
    SimOptions o;
    o.arrivalRatePerS = 1000.0; // ignored: the trace spaces requests 10 s apart
    for (int i = 0; i < 50; ++i)
        o.traceArrivalsS.push_back(10.0 * i);
    const SimResult r = simulateAggregated(m_in, m_memory, m_workload, o);
    QCOMPARE(r.completed, 25); // half the trace is warm-up when it is shorter than asked
    const double prefillS = iterationCost(m_in, {0, 0, 1024, 512, 1}).timeS;
    QVERIFY(std::abs(r.ttftS.p99 / prefillS - 1.0) < 1e-9);
}

void TestEventSim::cancelStopsEarly()
{
    std::atomic<bool> cancel {true};
    SimOptions o;
    o.cancel = &cancel;
    const SimResult r = simulateAggregated(m_in, m_memory, m_workload, o);
    QVERIFY(r.cancelled);
    QVERIFY(r.completed < o.requests);
}

void TestEventSim::badInputIsAnError()
{
    SimOptions o;
    o.requests = 0;
    QVERIFY(!simulateAggregated(m_in, m_memory, m_workload, o).error.empty());
    Workload w = m_workload;
    w.kvHitRate = 1.0;
    QVERIFY(!simulateAggregated(m_in, m_memory, w, SimOptions()).error.empty());
    MemoryPlan none;
    none.why = "weights need 90 GB";
    const SimResult r = simulateAggregated(m_in, none, m_workload, SimOptions());
    QVERIFY(r.error.find("weights need 90 GB") != std::string::npos);
    QVERIFY(
        !simulateDisaggregated(m_in, m_memory, 0, m_in, m_memory, 1, 1e9, m_workload, SimOptions())
             .error.empty());
}

// Prints the wall time; no assertion on it (timings depend on the machine).
void TestEventSim::benchmarkTenThousandRequests()
{
    for (double share : {0.0, 0.05, 0.7}) {
        SimOptions o;
        o.requests = 10000;
        o.arrivalRatePerS = share * m_maxRatePerS;
        o.lengths = LengthDistribution::Exponential;
        QElapsedTimer timer;
        timer.start();
        const SimResult r = simulateAggregated(m_in, m_memory, m_workload, o);
        const double wallS = timer.nsecsElapsed() * 1e-9;
        std::printf("10,000 requests at %.0f %% load (0: offline): %ld iterations, %.3f s wall\n",
                    100 * share, r.iterations, wallS);
        QCOMPARE(r.completed, 10000);
    }
}

QTEST_GUILESS_MAIN(TestEventSim)
#include "tst_eventsim.moc"
