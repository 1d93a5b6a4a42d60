// A deployment's serving fields reach the solver (int8, MTP drafts and acceptance, a pinned
// batch) with errors that name the field, and an unnamed engine is the GPU vendor's own serving
// stack in the CLI's default and the generator's first deployment.
#include "catalog.h"
#include "generator/designgenerator.h"
#include "projectio.h"
#include "throughput/engineprofile.h"
#include "throughput/profiles.h"
#include "throughput/throughputsolver.h"

#include <QtTest>

using namespace aif;
using namespace aif::throughput;
using namespace aif::generator;

class TestDeploymentSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldsReachTheSolver();
    void draftsNeedAnAcceptance();
    void memoryFractionSpeaksTheEnginesTerms();
    void defaultEngine_data();
    void defaultEngine();
    void engineTextRoundTrip();
    void generatorPicksTheVendorEngine_data();
    void generatorPicksTheVendorEngine();

private:
    std::unique_ptr<Catalog> m_catalog;
    Project m_project;
};

void TestDeploymentSetup::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
    QVERIFY(loaded.ok);
    m_project = std::move(loaded.project);
    QVERIFY(!m_project.deployments.empty());
}

void TestDeploymentSetup::fieldsReachTheSolver()
{
    // A file without the new keys: no drafts, the batch free.
    Deployment d = m_project.deployments.front();
    QCOMPARE(d.mtpTokens, 0);
    QCOMPARE(d.batch, 0);
    std::string error;
    auto s = setupDeployment(m_project, *m_catalog, d, &error);
    QVERIFY2(s, error.c_str());
    QCOMPARE(s->config.draftTokens, 0);
    QCOMPARE(s->config.fixedBatch, 0.0);

    d.precision = "int8";
    d.mtpTokens = 2;
    d.mtpAcceptance = 0.8;
    d.batch = 64;
    s = setupDeployment(m_project, *m_catalog, d, &error);
    QVERIFY2(s, error.c_str());
    QCOMPARE(s->config.precision, Precision::Int8);
    QCOMPARE(s->config.draftTokens, 2);
    QCOMPARE(s->config.draftAcceptance, 0.8);
    QCOMPARE(s->config.fixedBatch, 64.0);
    const OperatingPoint op = solveDeploymentServing(*m_catalog, s.get());
    QVERIFY2(op.feasible, op.why.c_str());
    QCOMPARE(op.batch, 64.0);
}

void TestDeploymentSetup::draftsNeedAnAcceptance()
{
    Deployment d = m_project.deployments.front();
    d.mtpTokens = 3;
    std::string error;
    QVERIFY(!setupDeployment(m_project, *m_catalog, d, &error));
    QVERIFY2(error.find("/mtpAcceptance") != std::string::npos, error.c_str());
}

// A deployment's memory share goes to whichever setting its engine has: vLLM's
// gpu-memory-utilization, TensorRT-LLM's kv_cache_free_gpu_mem_fraction, SGLang's static share.
void TestDeploymentSetup::memoryFractionSpeaksTheEnginesTerms()
{
    Deployment d = m_project.deployments.front();
    QCOMPARE(d.memoryFraction, 0.0);
    std::string error;
    d.engine = "vllm";
    auto s = setupDeployment(m_project, *m_catalog, d, &error);
    QVERIFY2(s, error.c_str());
    QCOMPARE(s->profiles.engine.gpuMemoryUtilization, 0.9);
    const double kvDefault = solveDeploymentServing(*m_catalog, s.get()).memory.kvFreePerGpuB;
    d.memoryFraction = 0.95;
    s = setupDeployment(m_project, *m_catalog, d, &error);
    QVERIFY2(s, error.c_str());
    QCOMPARE(s->profiles.engine.gpuMemoryUtilization, 0.95);
    const OperatingPoint op = solveDeploymentServing(*m_catalog, s.get());
    QVERIFY2(op.feasible, op.why.c_str());
    QVERIFY(op.memory.kvFreePerGpuB > kvDefault);

    d.engine = "tensorrt-llm";
    s = setupDeployment(m_project, *m_catalog, d, &error);
    QVERIFY2(s, error.c_str());
    QCOMPARE(s->profiles.engine.kvCacheFreeFraction, 0.95);
    d.engine = "sglang";
    s = setupDeployment(m_project, *m_catalog, d, &error);
    QVERIFY2(s, error.c_str());
    QVERIFY(std::abs(s->profiles.engine.reserveShareFor(8) - 0.05) < 1e-12);   // at every TP
    // An engine with none of those settings keeps 1 - share of HBM out of weights and KV.
    d.engine = "MindIE";
    s = setupDeployment(m_project, *m_catalog, d, &error);
    QVERIFY2(s, error.c_str());
    QVERIFY(std::abs(s->profiles.engine.memoryReserve - 0.05) < 1e-12);
}

void TestDeploymentSetup::defaultEngine_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("engine");
    QTest::newRow("NVIDIA H100") << "h100-sxm" << "tensorrt-llm";
    QTest::newRow("NVIDIA GB300") << "gb300" << "tensorrt-llm";
    QTest::newRow("AMD MI300X") << "mi300x" << "rocm-vllm";
    QTest::newRow("AMD MI355X") << "mi355x" << "rocm-vllm";
    QTest::newRow("Intel Gaudi 3") << "gaudi3" << "vllm-gaudi";
    QTest::newRow("Huawei Ascend 910C") << "ascend-910c" << "mindie";
    QTest::newRow("unknown GPU") << "no-such-gpu" << "tensorrt-llm";
}

void TestDeploymentSetup::defaultEngine()
{
    QFETCH(QString, gpu);
    QFETCH(QString, engine);
    QCOMPARE(QString::fromStdString(defaultEngineId(*m_catalog, gpu.toStdString())), engine);
}

void TestDeploymentSetup::engineTextRoundTrip()
{
    // The vendor builds of vLLM are engines of their own, by id or by the generator's text.
    QCOMPARE(engineIdFor("rocm-vllm"), std::string("rocm-vllm"));
    QCOMPARE(engineIdFor("vLLM (ROCm)"), std::string("rocm-vllm"));
    QCOMPARE(engineIdFor("vllm-gaudi"), std::string("vllm-gaudi"));
    QCOMPARE(engineIdFor("vLLM (Gaudi)"), std::string("vllm-gaudi"));
    QCOMPARE(engineIdFor("vLLM 0.8"), std::string("vllm"));
    QCOMPARE(engineIdFor("MindIE"), std::string("mindie"));
    QCOMPARE(engineIdFor("optimum-habana"), std::string("optimum-habana"));
    QCOMPARE(engineIdFor("Optimum Habana (Gaudi)"), std::string("optimum-habana"));
}

void TestDeploymentSetup::generatorPicksTheVendorEngine_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("engine");
    QTest::newRow("HGX H100") << "hgx-h100-8gpu" << "tensorrt-llm";
    QTest::newRow("MI300X") << "mi300x-8gpu" << "rocm-vllm";
    QTest::newRow("Gaudi 3") << "hls-gaudi3-8" << "vllm-gaudi";
}

void TestDeploymentSetup::generatorPicksTheVendorEngine()
{
    QFETCH(QString, system);
    QFETCH(QString, engine);
    DesignRequest r;
    r.system = system.toStdString();
    r.itMw = 0.5;
    const GenerateResult g = generateDesign(r, *m_catalog);
    QVERIFY2(g.ok, g.error.c_str());
    QVERIFY(!g.project.deployments.empty());
    QCOMPARE(QString::fromStdString(engineIdFor(g.project.deployments.front().engine)), engine);
}

QTEST_GUILESS_MAIN(TestDeploymentSetup)
#include "tst_deploymentsetup.moc"
