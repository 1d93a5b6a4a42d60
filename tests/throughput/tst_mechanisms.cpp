// Issue 21's mechanisms, each with the test that would have caught it: FP4 credited as 2x FP8
// everywhere, every model judged by Llama-2-70B's interactive limits, a mean TPOT compared
// with a p99 limit, --pp/--ep ignored without --tp, no INT8, no MTP (nor in the event
// simulation, nor its drafts in the token budget), no pinned batch.
#include "catalog.h"
#include "throughput/engineprofile.h"
#include "throughput/profiles.h"
#include "throughput/queueing.h"
#include "throughput/serving.h"
#include "throughput/simulatepoint.h"
#include "throughput/throughputjson.h"
#include "servingfixture.h"

#include <QtTest>

using namespace aif;
using namespace aif::throughput;

class TestMechanisms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fp4GemmRatioIsTheCatalogRatio();
    void fp4MoeStepIsLessThanTwice();
    void fp4WithoutFp4SaysWhy();
    void gb200NotSlowerThanB200();
    void int8RunsOnAscend();
    void perModelLatencyLimits();
    void userLimitsOverride();
    void p99TpotMeetsLimit();
    void epAndPpWithoutTp();
    void mtpRaisesSpeedPerUser();
    void draftsTakeTokenBudget();
    void kvReservationFollowsTheEngine();
    void simulationCountsMtp();
    void batchPins();
    void borrowedEngineIsVisible();

private:
    ServingConfig config(const char *gpu, const char *model, int gpus, double isl, double osl,
                         const char *engine = "tensorrt-llm");
    ServingConfig deepseekServer();   // DeepSeek-V3 on 8 H200, 2000/500, server at 2 s / 200 ms
    std::vector<std::unique_ptr<Profiles>> m_profiles;   // what the configurations point into
    std::unique_ptr<Catalog> m_catalog;
};

void TestMechanisms::initTestCase()
{
    QString why;
    m_catalog = Catalog::open(&why);
    QVERIFY2(m_catalog != nullptr, qPrintable(why));
}

ServingConfig TestMechanisms::config(const char *gpu, const char *model, int gpus, double isl, double osl,
                                     const char *engine)
{
    ServingConfig c = servingConfig(*m_catalog, &m_profiles, gpu, model, gpus, isl, osl, engine);
    applyBenchmarkLimits(model, &c.workload);
    return c;
}

void TestMechanisms::fp4GemmRatioIsTheCatalogRatio()
{
    // A pure dense GEMM gains exactly the datasheet ratio (FP4 without its own measurement
    // uses the FP8 fraction): the only place FP4 is worth 2x.
    const ServingConfig c = config("b200", "llama-3.1-8b", 1, 1024, 256);
    Precision used = Precision::Bf16;
    const double fp4 = gemmFlopsPerS(*c.gpu, *c.engine, Precision::Fp4, &used);
    QCOMPARE(int(used), int(Precision::Fp4));
    const double fp8 = gemmFlopsPerS(*c.gpu, *c.engine, Precision::Fp8);
    QCOMPARE(fp4 / fp8, c.gpu->peakFp4 / c.gpu->peakFp8);
}

void TestMechanisms::fp4MoeStepIsLessThanTwice()
{
    // A whole Mixtral step: experts in FP4 run as grouped GEMMs, the attention core in bf16
    // on an FP8 KV cache, the LM head in bf16, collectives and launches unchanged.
    ServingConfig c = config("b200", "mixtral-8x7b", 8, 1024, 256);
    CostInputs in = costInputs(c, Placement{1, 1, 8}, 1.0);
    IterationBatch b;
    b.decodeSeqs = 1024;
    b.decodeContext = 1152;
    b.prefillTokens = 4096;
    b.prefillSeqs = 4;
    b.prefillContext = 512;
    in.precision = Precision::Fp8;
    const IterationCost fp8 = iterationCost(in, b);
    in.precision = Precision::Fp4;
    const IterationCost fp4 = iterationCost(in, b);
    const double ratio = fp8.timeS / fp4.timeS;
    QVERIFY2(ratio > 1.1 && ratio < 1.9, qPrintable(QString("fp8/fp4 step time %1").arg(ratio)));
    // And the whole deployment, offline, per GPU.
    c.precision = Precision::Fp8;
    const double t8 = solveServing(c).tokensPerSPerGpu;
    c.precision = Precision::Fp4;
    const double t4 = solveServing(c).tokensPerSPerGpu;
    QVERIFY2(t4 > t8 && t4 < 2.0 * t8, qPrintable(QString("%1 -> %2").arg(t8).arg(t4)));
}

void TestMechanisms::fp4WithoutFp4SaysWhy()
{
    ServingConfig c = config("h100-sxm", "llama-2-70b", 8, 1024, 256);
    c.precision = Precision::Fp4;
    const OperatingPoint op = solveServing(c);
    QVERIFY(op.feasible);
    QCOMPARE(int(op.iteration.precisionUsed), int(Precision::Fp8));
    const Json j = operatingPointJson(op, c);
    QVERIFY(j.contains("precision_note"));
    QVERIFY(j["precision_note"].get<std::string>().find("no fp4") != std::string::npos);
    QCOMPARE(QString::fromStdString(j["precision_requested"].get<std::string>()), QString("fp4"));
}

void TestMechanisms::gb200NotSlowerThanB200()
{
    // Same die: B200 (no measurement) borrows GB200's measured fractions; GB200's higher
    // clocks and power (datasheet peaks) then make it at least as fast per GPU.
    for (Precision p : {Precision::Fp8, Precision::Fp4}) {
        ServingConfig b = config("b200", "llama-2-70b", 8, 1024, 256);
        ServingConfig g = config("gb200", "llama-2-70b", 8, 1024, 256);
        b.precision = g.precision = p;
        const double perB = solveServing(b).tokensPerSPerGpu;
        const double perG = solveServing(g).tokensPerSPerGpu;
        QVERIFY2(perG >= perB, qPrintable(QString("%1: B200 %2, GB200 %3").arg(precisionName(p)).arg(perB).arg(perG)));
    }
    const ServingConfig b = config("b200", "llama-2-70b", 8, 1024, 256);
    QVERIFY(b.gpu->fractionSource.find("gb200") != std::string::npos);
}

void TestMechanisms::int8RunsOnAscend()
{
    ServingConfig c = config("ascend-910b", "llama-3.1-8b", 8, 1024, 256, "mindie");
    QVERIFY2(c.gpu->peakInt8 > 0.0, "the catalog's ascend-910b needs peakTflops/int8");
    Precision p = Precision::Bf16;
    QVERIFY(parsePrecision("int8", &p));
    c.precision = p;
    const OperatingPoint int8 = solveServing(c);
    QVERIFY(int8.feasible);
    QCOMPARE(int(int8.iteration.precisionUsed), int(Precision::Int8));
    QCOMPARE(weightBytes(Precision::Int8), 1.0);
    c.precision = Precision::Bf16;
    const OperatingPoint bf16 = solveServing(c);
    QVERIFY2(int8.tokensPerS > bf16.tokensPerS, qPrintable(QString("%1 vs %2").arg(int8.tokensPerS).arg(bf16.tokensPerS)));
    QVERIFY(int8.memory.weightsPerGpuB < 0.6 * bf16.memory.weightsPerGpuB);
}

void TestMechanisms::perModelLatencyLimits()
{
    Workload w;
    w.mode = ServingMode::Interactive;
    applyBenchmarkLimits("llama-3.1-405b", &w);
    QCOMPARE(w.effectiveTtftLimitS(), 4.5);
    QCOMPARE(w.effectiveTpotLimitS(), 0.08);
    w.mode = ServingMode::Server;
    QCOMPARE(w.effectiveTtftLimitS(), 6.0);
    QCOMPARE(w.effectiveTpotLimitS(), 0.175);
    applyBenchmarkLimits("llama-2-70b", &w);
    QCOMPARE(w.effectiveTpotLimitS(), 0.2);
    w.mode = ServingMode::Interactive;
    QCOMPARE(w.effectiveTtftLimitS(), 0.45);
    QCOMPARE(w.effectiveTpotLimitS(), 0.04);
    applyBenchmarkLimits("llama-3.1-8b", &w);
    QCOMPARE(w.effectiveTpotLimitS(), 0.03);
    // Mixtral has no interactive scenario: the Llama-2-70B fallback, said so.
    applyBenchmarkLimits("mixtral-8x7b", &w);
    QCOMPARE(w.effectiveTpotLimitS(), kInteractiveTpotS);
    QVERIFY(w.limitsSource().find("no interactive benchmark") != std::string::npos);

    // 405B interactive is judged against 80 ms, not 40 ms: a TPOT between them is allowed.
    ServingConfig c = config("h100-sxm", "llama-3.1-405b", 16, 2048, 512);
    c.workload.mode = ServingMode::Interactive;
    const OperatingPoint op = solveServing(c);
    QVERIFY2(op.feasible, op.why.c_str());
    QVERIFY(op.tpotP99S <= 0.08 + 1e-9);
    QVERIFY2(op.tpotS > 0.04, qPrintable(QString("TPOT %1 s").arg(op.tpotS)));
}

void TestMechanisms::userLimitsOverride()
{
    Workload w;
    w.mode = ServingMode::Interactive;
    applyBenchmarkLimits("llama-3.1-405b", &w);
    w.ttftLimitS = 10.0;
    w.tpotLimitS = 0.15;
    w.limitsGiven = true;
    QCOMPARE(w.effectiveTtftLimitS(), 10.0);
    QCOMPARE(w.effectiveTpotLimitS(), 0.15);
    QCOMPARE(QString::fromStdString(w.limitsSource()), QString("given by the user"));
}

void TestMechanisms::p99TpotMeetsLimit()
{
    ServingConfig c = config("h100-sxm", "llama-3.1-70b", 8, 2048, 256);
    c.workload.mode = ServingMode::Server;
    c.workload.ttftLimitS = 2.0;
    c.workload.tpotLimitS = 0.05;
    c.workload.limitsGiven = true;
    const OperatingPoint op = solveServing(c);
    QVERIFY2(op.feasible, op.why.c_str());
    QVERIFY(op.tpotP99S <= 0.05 + 1e-9);
    QVERIFY2(op.tpotS < op.tpotP99S, qPrintable(QString("mean %1, p99 %2").arg(op.tpotS).arg(op.tpotP99S)));
    // The tail is what the event simulation measures at that point, within its noise.
    const SimResult sim = simulateOperatingPoint(c, op, 2000);
    QVERIFY2(sim.error.empty(), sim.error.c_str());
    qInfo("analytic TPOT mean %.1f p99 %.1f ms, batch %.0f load %.2f; simulated p50 %.1f p90 %.1f p99 %.1f ms, mean batch %.0f",
          op.tpotS * 1e3, op.tpotP99S * 1e3, op.batch, op.load, sim.tpotS.p50 * 1e3, sim.tpotS.p90 * 1e3, sim.tpotS.p99 * 1e3, sim.meanBatch);
    QVERIFY2(sim.tpotS.p99 <= 0.05 * 1.1, qPrintable(QString("simulated p99 %1").arg(sim.tpotS.p99)));
    // The arrival rate the analytic point claims is one the replica sustains: the simulated
    // occupancy settles near the analytic batch (Poisson prompt bursts priced in, servingstep.cpp).
    QVERIFY2(std::abs(sim.meanBatch / op.batch - 1.0) < 0.25, qPrintable(QString("simulated batch %1").arg(sim.meanBatch)));
    QCOMPARE(tpotTailFactor(0.02, 0.0, 0.0, 256, 1.0, 0.0, 256), 1.0);
}

void TestMechanisms::epAndPpWithoutTp()
{
    ServingConfig m = config("h100-sxm", "mixtral-8x7b", 8, 1024, 256);
    m.pinEp = 8;
    const OperatingPoint moe = solveServing(m);
    QVERIFY2(moe.feasible, moe.why.c_str());
    QCOMPARE(moe.placement.ep, 8);
    ServingConfig d = config("h100-sxm", "llama-2-70b", 8, 1024, 256);
    d.pinPp = 2;
    const OperatingPoint dense = solveServing(d);
    QVERIFY2(dense.feasible, dense.why.c_str());
    QCOMPARE(dense.placement.pp, 2);
}

void TestMechanisms::mtpRaisesSpeedPerUser()
{
    // DeepSeek-V3 MTP: one draft token accepted 85-90 % of the time (arXiv:2412.19437 §5.4.3).
    ServingConfig c = config("h200-sxm", "deepseek-v3", 16, 2048, 1024);
    c.fixedBatch = 16;
    const OperatingPoint base = solveServing(c);
    QVERIFY2(base.feasible, base.why.c_str());
    c.draftTokens = 1;
    c.draftAcceptance = 0.85;
    QCOMPARE(c.tokensPerStep(), 1.85);
    const OperatingPoint mtp = solveServing(c);
    QVERIFY2(mtp.feasible, mtp.why.c_str());
    QCOMPARE(mtp.tokensPerStep, 1.85);
    // Memory-bound decode: the verify rows are nearly free, the draft layer is 1/61 of the
    // model, so the speed per user approaches 1.85x.
    QVERIFY2(mtp.tokensPerSPerUser > 1.4 * base.tokensPerSPerUser && mtp.tokensPerSPerUser < 1.85 * base.tokensPerSPerUser,
             qPrintable(QString("%1 -> %2").arg(base.tokensPerSPerUser).arg(mtp.tokensPerSPerUser)));
}

void TestMechanisms::kvReservationFollowsTheEngine()
{
    // TensorRT-LLM's default capacity policy (GUARANTEED_NO_EVICT) starts a request only when KV
    // for its whole input + output is free; vLLM pages the output in as it grows. A KV-bound
    // offline batch is then KV / (in + out) for the one and KV / (in + out/2) for the other.
    ServingConfig trt = config("h200-sxm", "llama-3.1-70b", 1, 2048, 2048, "tensorrt-llm");
    ServingConfig vllm = config("h200-sxm", "llama-3.1-70b", 1, 2048, 2048, "vllm");
    QVERIFY(trt.engine->reservesFullOutput);
    QVERIFY(!vllm.engine->reservesFullOutput);
    for (ServingConfig *c : {&trt, &vllm}) {
        const OperatingPoint op = solveServing(*c);
        QVERIFY2(op.feasible, op.why.c_str());
        QCOMPARE(QString::fromStdString(op.limitedBy), QStringLiteral("kv_capacity"));
        const double perSequence = c->engine->reservesFullOutput ? 2048.0 + 2048.0 : 2048.0 + 1024.0;
        QCOMPARE(op.batch, std::floor(op.memory.kvTokensPerReplica / perSequence));
    }
    // A policy the model does not know is refused with the field named, not read as on-demand.
    Json entry = m_catalog->find("engines", "tensorrt-llm")->data;
    entry["kvReservation"] = "sometimes";
    EngineProfile bad;
    std::string why;
    QVERIFY(!readEngineProfile(entry, &bad, &why));
    QVERIFY2(QString::fromStdString(why).contains("/kvReservation"), why.c_str());
}

ServingConfig TestMechanisms::deepseekServer()
{
    ServingConfig c = config("h200-sxm", "deepseek-v3", 8, 2000, 500);
    c.workload.mode = ServingMode::Server;
    c.workload.ttftLimitS = 2.0;
    c.workload.tpotLimitS = 0.2;
    c.workload.limitsGiven = true;
    return c;
}

void TestMechanisms::draftsTakeTokenBudget()
{
    // Each sequence verifies its drafts in the same iteration: 1 + draft rows of the engine's
    // token budget, so a budget-bound batch shrinks with drafts (as vLLM and TensorRT-LLM count
    // them), and so does the prompt work that rides along per step.
    ServingConfig c = deepseekServer();
    const OperatingPoint plain = solveServing(c);
    QVERIFY2(plain.feasible, plain.why.c_str());
    c.draftTokens = 1;
    c.draftAcceptance = 0.85;
    const OperatingPoint mtp = solveServing(c);
    QVERIFY2(mtp.feasible, mtp.why.c_str());
    const double budget = c.engine->maxTokensPerIteration * mtp.placement.attentionGroups();
    const double rowsPerSeq = 2.0 + c.tokensPerStep() * c.workload.prefillTokens() / c.workload.outputTokens;
    QVERIFY2(mtp.batch <= budget / rowsPerSeq + 1.0,
             qPrintable(QString("batch %1, budget %2, rows %3").arg(mtp.batch).arg(budget).arg(rowsPerSeq)));
}

void TestMechanisms::simulationCountsMtp()
{
    // The event simulation prices the drafts and emits tokensPerStep tokens per step on average:
    // at the analytic point's arrival rate it keeps up (TTFT stays near the prefill time, not a
    // growing queue) and its TPOT lands near the analytic one, below the TPOT it shows without MTP.
    ServingConfig c = deepseekServer();
    c.draftTokens = 1;
    c.draftAcceptance = 0.85;
    const OperatingPoint op = solveServing(c);
    QVERIFY2(op.feasible, op.why.c_str());
    const SimResult sim = simulateOperatingPoint(c, op, 2000);
    QVERIFY2(sim.error.empty(), sim.error.c_str());
    qInfo("analytic %.0f tokens/s, TPOT mean %.1f ms, batch %.0f; simulated TTFT p99 %.0f ms, TPOT p50 %.1f ms, "
          "mean batch %.0f",
          op.tokensPerS, op.tpotS * 1e3, op.batch, sim.ttftS.p99 * 1e3, sim.tpotS.p50 * 1e3, sim.meanBatch);
    QVERIFY2(sim.ttftS.p99 < 2.0 * c.workload.ttftLimitS, qPrintable(QString::number(sim.ttftS.p99)));
    QVERIFY2(std::abs(sim.tpotS.p50 / op.tpotS - 1.0) < 0.3, qPrintable(QString::number(sim.tpotS.p50)));
    // The same point simulated as if every step made one token: slower per token.
    ServingConfig one = c;
    one.draftTokens = 0;
    const SimResult plain = simulateOperatingPoint(one, op, 2000);
    QVERIFY2(plain.error.empty(), plain.error.c_str());
    QVERIFY2(sim.tpotS.p50 < plain.tpotS.p50,
             qPrintable(QString("MTP %1, none %2").arg(sim.tpotS.p50).arg(plain.tpotS.p50)));
}

void TestMechanisms::batchPins()
{
    ServingConfig c = config("h100-sxm", "llama-2-70b", 8, 1024, 256);
    c.fixedBatch = 64;
    const OperatingPoint op = solveServing(c);
    QVERIFY2(op.feasible, op.why.c_str());
    QCOMPARE(op.batch, 64.0);
    QCOMPARE(QString::fromStdString(op.limitedBy), QString("pinned_batch"));
    c.fixedBatch = 1e6;
    const OperatingPoint tooMany = solveServing(c);
    QVERIFY(!tooMany.feasible);
    QVERIFY(tooMany.why.find("pinned batch") != std::string::npos);
}

void TestMechanisms::borrowedEngineIsVisible()
{
    const ServingConfig c = config("mi300x", "llama-3.1-70b", 8, 2048, 2048, "vllm");
    QCOMPARE(QString::fromStdString(confidenceOf(c)), QString("low"));
    bool named = false;
    for (const std::string &r : confidenceReasons(c))
        named = named || r.find("engine vllm") != std::string::npos;
    QVERIFY(named);
}

QTEST_GUILESS_MAIN(TestMechanisms)
#include "tst_mechanisms.moc"
