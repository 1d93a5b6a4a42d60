// Throughput model: formulas against hand calculations, memory limits, monotonic trends,
// serving modes, the technique waterfall, training, and the solve-job section.
#include "catalog.h"
#include "projectio.h"
#include "solvejob.h"
#include "throughput/eventsim.h"
#include "throughput/profiles.h"
#include "throughput/simulatepoint.h"
#include "throughput/techniques.h"
#include "throughput/throughputjson.h"
#include "throughput/throughputsolver.h"
#include "throughput/training.h"
#include "servingfixture.h"

#include <QtTest>

using namespace aif;
using namespace aif::throughput;

class TestThroughput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parameterCounts();
    void kvCacheBytes();
    void decodeFlopsByHand();
    void weightsAndFit();
    void kvCapacityLimitsBatch();
    void moreBandwidthMoreDecode();
    void longerContextLowerThroughput();
    void serverModeMeetsLimits();
    void powerCapSlowsAndSaves();
    void disaggregationLowersTpot();
    void waterfallEndsAtDeployment();
    void paretoFront();
    void trainingMfu();
    void jsonContract();
    void analyticAgreesWithSimulation();
    void solveJobSection();

private:
    ServingConfig config(const char *gpu, const char *model, int gpus, double isl, double osl);
    std::unique_ptr<Catalog> m_catalog;
    std::vector<std::unique_ptr<Profiles>> m_profiles;
};

void TestThroughput::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

ServingConfig TestThroughput::config(const char *gpu, const char *model, int gpus, double isl, double osl)
{
    return servingConfig(*m_catalog, &m_profiles, gpu, model, gpus, isl, osl);
}

void TestThroughput::parameterCounts()
{
    // Hand calculation, Llama-3.1-8B: attention 4096*4096*2 + 2*4096*1024 = 41.94M per layer,
    // MLP 3*4096*14336 = 176.16M, 32 layers, embeddings 2*128256*4096 -> 8.03B.
    const ServingConfig c8 = config("h100-sxm", "llama-3.1-8b", 1, 128, 128);
    QCOMPARE(c8.model->attentionParams(), 41943040.0);
    QCOMPARE(c8.model->denseMlpParams(), 176160768.0);
    QVERIFY(std::abs(c8.model->totalParams() / 8.03e9 - 1.0) < 0.005);
    const ServingConfig c70 = config("h100-sxm", "llama-2-70b", 8, 128, 128);
    QVERIFY(std::abs(c70.model->totalParams() / 68.98e9 - 1.0) < 0.002);
    // DeepSeek-V3: 671B total, 37B active per token (model card).
    const ServingConfig ds = config("h100-sxm", "deepseek-v3", 8, 128, 128);
    QVERIFY2(std::abs(ds.model->totalParams() / 671e9 - 1.0) < 0.015, qPrintable(QString::number(ds.model->totalParams())));
    QVERIFY2(std::abs(ds.model->activeParams() / 37e9 - 1.0) < 0.06, qPrintable(QString::number(ds.model->activeParams())));
}

void TestThroughput::kvCacheBytes()
{
    // 2 x layers x kv_heads x head_dim x bytes: 8B bf16 = 131,072 B; 70B = 327,680 B.
    const ServingConfig c8 = config("h100-sxm", "llama-3.1-8b", 1, 128, 128);
    QCOMPARE(c8.model->kvElementsPerToken() * kvBytes(Precision::Bf16), 131072.0);
    const ServingConfig c70 = config("h100-sxm", "llama-2-70b", 8, 128, 128);
    QCOMPARE(c70.model->kvElementsPerToken() * kvBytes(Precision::Bf16), 327680.0);
    // MLA keeps the 512 latent + 64 RoPE key per layer: 61 x 576 elements.
    const ServingConfig ds = config("h100-sxm", "deepseek-v3", 8, 128, 128);
    QCOMPARE(ds.model->kvElementsPerToken(), 61.0 * 576.0);
    QCOMPARE(ds.model->kvShards(8), 1);
    QCOMPARE(c70.model->kvShards(16), 8);
}

void TestThroughput::decodeFlopsByHand()
{
    // One decode token, batch 1, context 1000, Llama-3.1-8B on one GPU: 2 x layer weights +
    // LM head 2 x vocab x hidden + attention 4 x heads x head_dim x context x layers.
    ServingConfig c = config("h100-sxm", "llama-3.1-8b", 1, 1000, 1);
    CostInputs in{c.model, c.gpu, c.engine, Placement{1, 1, 1}, Precision::Bf16, 1.0};
    IterationBatch b;
    b.decodeSeqs = 1;
    b.decodeContext = 1000;
    const IterationCost cost = iterationCost(in, b);
    const ModelCard &m = *c.model;
    const double hand = 2.0 * (32 * (41943040.0 + 176160768.0)) + 2.0 * 128256.0 * 4096.0 + 4.0 * 32 * 128 * 1000 * 32;
    QVERIFY2(std::abs(cost.flopsPerGpu / hand - 1.0) < 0.001, qPrintable(QString::number(cost.flopsPerGpu / hand)));
    // Bytes: every weight once (bf16) + the KV cache read once.
    const double bytes = 2.0 * m.activeLayerParams() + 2.0 * m.embeddingParams() + 1000.0 * 131072.0;
    QVERIFY2(std::abs(cost.bytesPerGpu / bytes - 1.0) < 0.01, qPrintable(QString::number(cost.bytesPerGpu / bytes)));
    QVERIFY(cost.memoryS > cost.computeS);  // batch-1 decode is memory bound
}

void TestThroughput::weightsAndFit()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-70b", 8, 1024, 256);
    c.precision = Precision::Bf16;
    c.autoPlacement = false;
    c.placement = Placement{1, 1, 1};
    const OperatingPoint one = solveServing(c);
    QVERIFY(!one.feasible);
    QVERIFY2(QString::fromStdString(one.why).contains("weights"), one.why.c_str());
    c.placement = Placement{4, 1, 1};
    const OperatingPoint four = solveServing(c);
    QVERIFY(four.feasible);
    QVERIFY(std::abs(four.memory.weightsPerGpuB / (70.6e9 * 2 / 4) - 1.0) < 0.02);
}

void TestThroughput::kvCapacityLimitsBatch()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-8b", 1, 2048, 2048);
    const OperatingPoint op = solveServing(c);
    QVERIFY(op.feasible);
    QCOMPARE(QString::fromStdString(op.limitedBy), QString("kv_capacity"));
    // TensorRT-LLM reserves each request's whole output up front (kvReservationFollowsTheEngine).
    QCOMPARE(op.batch, std::floor(op.memory.kvTokensPerReplica / c.engine->kvTokensPerSequence(2048, 2048)));
    // Short requests: the engine's batch limit binds first.
    ServingConfig s = config("h100-sxm", "llama-3.1-8b", 1, 128, 128);
    QCOMPARE(QString::fromStdString(solveServing(s).limitedBy), QString("max_batch"));
}

void TestThroughput::moreBandwidthMoreDecode()
{
    // Decode-heavy, latency-limited: the KV and weight reads bind.
    ServingConfig c = config("h100-sxm", "llama-3.1-70b", 8, 128, 2048);
    c.workload.mode = ServingMode::Interactive;
    const double base = solveServing(c).tokensPerS;
    ServingConfig small = config("h100-sxm", "llama-3.1-8b", 1, 128, 2048);
    const double single = evaluateAggregated(small, Placement{1, 1, 1}, 1).tokensPerS;
    GpuProfile faster = *c.gpu;
    faster.hbmBps *= 1.5;
    c.gpu = &faster;
    const double more = solveServing(c).tokensPerS;
    // The SLO-limited batch grows with bandwidth until compute takes over: a gain, smaller than 1.5x.
    QVERIFY2(more > base * 1.03, qPrintable(QString("%1 -> %2").arg(base).arg(more)));
    // A single sequence reads every weight per token: the gain approaches 1.5x, less the
    // fixed kernel-launch and scheduling time.
    small.gpu = &faster;
    const double singleMore = evaluateAggregated(small, Placement{1, 1, 1}, 1).tokensPerS;
    QVERIFY2(singleMore > single * 1.25, qPrintable(QString("%1 -> %2").arg(single).arg(singleMore)));
}

void TestThroughput::longerContextLowerThroughput()
{
    double previous = 1e30;
    for (double isl : {256.0, 1024.0, 4096.0, 16384.0}) {
        const double t = solveServing(config("h100-sxm", "llama-3.1-8b", 1, isl, 256)).tokensPerS;
        QVERIFY2(t < previous, qPrintable(QString("isl %1: %2").arg(isl).arg(t)));
        previous = t;
    }
}

void TestThroughput::serverModeMeetsLimits()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-70b", 8, 2048, 256);
    const double offline = solveServing(c).tokensPerS;
    c.workload.mode = ServingMode::Server;
    c.workload.ttftLimitS = 2.0;
    c.workload.tpotLimitS = 0.1;
    const OperatingPoint server = solveServing(c);
    QVERIFY(server.feasible);
    QVERIFY(server.tpotS <= 0.1 + 1e-9);
    QVERIFY(server.ttftS <= 2.0 + 1e-6);
    QVERIFY(server.tokensPerS <= offline);
    c.workload.mode = ServingMode::Interactive;
    const OperatingPoint interactive = solveServing(c);
    QVERIFY(interactive.feasible);
    QVERIFY(interactive.tpotS <= kInteractiveTpotS + 1e-9);
    QVERIFY(interactive.tokensPerS < server.tokensPerS);
}

void TestThroughput::powerCapSlowsAndSaves()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-8b", 1, 1024, 128);
    const OperatingPoint free = solveServing(c);
    c.powerLimitW = 400;
    const OperatingPoint capped = solveServing(c);
    QVERIFY(capped.power.powerW <= 400 + 1e-6);
    QVERIFY(capped.tokensPerS <= free.tokensPerS);
    QVERIFY(free.power.powerW > 400);  // compute-heavy serving draws more than the cap
    QVERIFY(capped.power.capped);
}

void TestThroughput::disaggregationLowersTpot()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-70b", 16, 2048, 512);
    c.workload.mode = ServingMode::Server;
    c.workload.tpotLimitS = 0.05;
    c.workload.ttftLimitS = 2.0;
    const OperatingPoint agg = solveServing(c);
    c.prefillGpus = 8;
    c.decodeGpus = 8;
    const OperatingPoint pd = solveServing(c);
    QVERIFY(agg.feasible && pd.feasible);
    QVERIFY(pd.tpotS <= 0.05);
    QVERIFY(pd.kvTransferS > 0.0);
    QVERIFY2(pd.ttftS > pd.kvTransferS, "TTFT includes the KV transfer");
    QVERIFY(pd.prefillInputTokensPerSCapacity > 0.0 && pd.decodeTokensPerSCapacity > 0.0);
}

void TestThroughput::waterfallEndsAtDeployment()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-70b", 8, 2048, 256);
    c.precision = Precision::Fp8;
    c.workload.kvHitRate = 0.5;
    const std::vector<WaterfallStep> steps = techniqueWaterfall(c);
    QVERIFY(steps.size() >= 7);
    QCOMPARE(QString::fromStdString(steps.front().technique), QString("baseline"));
    QVERIFY(steps.back().tokensPerSPerGpu > steps.front().tokensPerSPerGpu);
    const double target = solveServing(c).tokensPerSPerGpu;
    QVERIFY2(std::abs(steps.back().tokensPerSPerGpu / target - 1.0) < 1e-6, "the last step is the deployment itself");

    // An engine without continuous batching or chunked prefill (optimum-habana's static batches)
    // keeps its own: those steps add nothing, and the last bar is still the deployment.
    ServingConfig gaudi = servingConfig(*m_catalog, &m_profiles, "gaudi3", "llama-3.1-70b", 8, 128, 2048, "optimum-habana");
    gaudi.precision = Precision::Fp8;
    const std::vector<WaterfallStep> g = techniqueWaterfall(gaudi);
    QVERIFY(g.size() >= 6 && g[1].feasible);
    QCOMPARE(g[1].tokensPerSPerGpu, g[0].tokensPerSPerGpu);   // "continuous batching": not this engine's
    QVERIFY2(std::abs(g.back().tokensPerSPerGpu / solveServing(gaudi).tokensPerSPerGpu - 1.0) < 1e-6,
             "the last step is the static-batch deployment itself");
}

void TestThroughput::paretoFront()
{
    const std::vector<ParetoPoint> pts = paretoSweep(config("h100-sxm", "llama-3.1-70b", 8, 1024, 256));
    QVERIFY(pts.size() > 20);
    double perGpu = -1.0, perUser = 1e30;
    int front = 0;
    for (const ParetoPoint &p : pts) {
        if (!p.onFront)
            continue;
        ++front;
        QVERIFY(p.tokensPerSPerGpu > perGpu);   // sorted by speed per user, descending
        QVERIFY(p.tokensPerSPerUser <= perUser);
        perGpu = p.tokensPerSPerGpu;
        perUser = p.tokensPerSPerUser;
    }
    QVERIFY(front >= 3);
}

void TestThroughput::trainingMfu()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-70b", 1024, 8192, 1);
    c.precision = Precision::Bf16;
    c.placement = Placement{8, 4, 1};
    const TrainingPoint t = solveTraining(c);
    QVERIFY2(t.feasible, t.why.c_str());
    QVERIFY2(t.mfu > 0.1 && t.mfu < c.gpu->computeFraction, qPrintable(QString::number(t.mfu)));
    // Tokens/s = MFU x peak / (6 N): the definition, checked the other way round.
    const double back = t.mfu * c.gpu->peakBf16 / (6.0 * c.model->activeLayerParams()) * 1024;
    QVERIFY(std::abs(back / t.tokensPerS - 1.0) < 1e-6);
    c.gpus = 2048;
    QVERIFY(solveTraining(c).tokensPerS > t.tokensPerS);
}

void TestThroughput::jsonContract()
{
    const ServingConfig c = config("h100-sxm", "llama-3.1-70b", 8, 1024, 256);
    const Json j = operatingPointJson(solveServing(c), c);
    for (const char *key : {"tokens_per_s", "tokens_per_s_per_gpu", "ttft_ms", "tpot_ms", "batch", "bound", "power_w",
                            "tokens_per_joule"})
        QVERIFY2(j.contains(key), key);
    const std::string bound = j["bound"].get<std::string>();
    QVERIFY(bound == "compute" || bound == "memory" || bound == "network" || bound == "kv_capacity");
    // tokens per joule = tokens/s / power
    QVERIFY(std::abs(j["tokens_per_joule"].get<double>() - j["tokens_per_s"].get<double>() / j["power_w"].get<double>())
            < 0.002);
}

void TestThroughput::analyticAgreesWithSimulation()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-8b", 1, 1024, 256);
    c.workload.mode = ServingMode::Server;
    c.workload.ttftLimitS = 1.0;
    c.workload.tpotLimitS = 0.03;
    const OperatingPoint op = solveServing(c);
    QVERIFY(op.feasible);
    CostInputs in{c.model, c.gpu, c.engine, op.placement, c.precision, 1.0};
    SimOptions o;
    o.requests = 3000;
    o.arrivalRatePerS = op.requestsPerS * 0.9;
    const SimResult sim = simulateAggregated(in, op.memory, c.workload, o);
    QVERIFY2(sim.error.empty(), sim.error.c_str());
    qInfo("analytic %.0f tok/s TPOT %.1f ms; simulated at 90%% of that rate: %.0f tok/s, TPOT p50 %.1f p99 %.1f ms, TTFT p99 %.0f ms",
          op.tokensPerS, op.tpotS * 1e3, sim.outputTokensPerS, sim.tpotS.p50 * 1e3, sim.tpotS.p99 * 1e3, sim.ttftS.p99 * 1e3);
    // At 90 % of the analytic rate the simulated engine keeps up and stays under the limits.
    QVERIFY(std::abs(sim.outputTokensPerS / (0.9 * op.tokensPerS) - 1.0) < 0.1);
    QVERIFY(sim.tpotS.p99 <= c.workload.tpotLimitS * 1.1);

    // Disaggregated: the analytic decode batch is Little's law's fixed point, so its TPOT and
    // batch match the simulation of the same pools at the same rate.
    ServingConfig pd = config("h100-sxm", "llama-3.1-70b", 24, 2048, 512);
    pd.workload.mode = ServingMode::Server;
    pd.workload.tpotLimitS = 0.05;
    pd.autoPlacement = false;
    pd.placement = Placement{8, 1, 1};
    pd.prefillGpus = 8;
    pd.decodeGpus = 16;
    const OperatingPoint pop = solveServing(pd);
    QVERIFY2(pop.feasible, pop.why.c_str());
    const SimResult psim = simulateOperatingPoint(pd, pop, 2000);
    QVERIFY2(psim.error.empty(), psim.error.c_str());
    qInfo("PD analytic TPOT %.1f ms batch %.0f TTFT %.0f ms; simulated TPOT p50 %.1f ms batch %.0f TTFT p99 %.0f ms",
          pop.tpotS * 1e3, pop.batch, pop.ttftS * 1e3, psim.tpotS.p50 * 1e3, psim.meanBatch, psim.ttftS.p99 * 1e3);
    QVERIFY(std::abs(psim.tpotS.p50 / pop.tpotS - 1.0) < 0.15);
}

void TestThroughput::solveJobSection()
{
    const LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
    QVERIFY(loaded.ok);
    SolveOptions o;
    o.only = {"throughput"};
    const SolveResult r = runSolve(loaded.project, *m_catalog, o);
    QVERIFY(r.throughput);
    const Json &t = r.json["throughput"];
    QVERIFY(t["tokens_per_s"].get<double>() > 0.0);
    QCOMPARE(int(t["deployments"].size()), int(loaded.project.deployments.size()));
    for (const Json &d : t["deployments"]) {
        QVERIFY2(!d.contains("error"), d.dump().c_str());
        QVERIFY(d["tokens_per_s"].get<double>() > 0.0);
    }
    // Rack tokens add up to the project total.
    double sum = 0.0;
    for (const auto &[rack, tps] : r.throughput->rackTokensPerS)
        sum += tps;
    QVERIFY(std::abs(sum / r.throughput->tokensPerS - 1.0) < 1e-6);
}

QTEST_GUILESS_MAIN(TestThroughput)
#include "tst_throughput.moc"
