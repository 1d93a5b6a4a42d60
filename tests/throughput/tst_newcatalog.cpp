// Issue 21's catalog additions: every new model's parameter counts, from its layer shapes by the
// formulas the throughput model uses, match the published totals; local attention shrinks the KV
// cache and attention FLOPs past its window; every new accelerator and system loads, keeps the
// catalog rules and gives the throughput solver an answer (or a reason); announced parts say so.
#include "catalog.h"
#include "catalogschema.h"
#include "throughput/memoryplan.h"
#include "throughput/profiles.h"
#include "throughput/serving.h"

#include <QtTest>

using namespace aif;
using namespace aif::throughput;

class TestNewCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parameterCounts_data();
    void parameterCounts();
    void localAttention();
    void localAttentionKvMemory();
    void newHardware_data();
    void newHardware();
    void announcedPartsAreFlagged();
    void rulesRefuseBadEntries_data();
    void rulesRefuseBadEntries();

private:
    ModelCard card(const char *id);
    std::unique_ptr<Catalog> m_catalog;
};

void TestNewCatalog::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

ModelCard TestNewCatalog::card(const char *id)
{
    const Json *e = m_catalog->entry("models", id);
    if (!e)
        qFatal("no model %s in the catalog", id);
    ModelCard m;
    std::string error;
    if (!readModelCard(*e, &m, &error))
        qFatal("%s", error.c_str());
    return m;
}

void TestNewCatalog::parameterCounts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("totalB");
    QTest::addColumn<double>("activeB");
    // The publishers' figures (model cards, technical reports), not the formulas' output.
    QTest::newRow("DeepSeek-R1") << "deepseek-r1" << 671.0 << 37.0;
    QTest::newRow("Llama 4 Scout") << "llama-4-scout" << 109.0 << 17.0;
    QTest::newRow("Llama 4 Maverick") << "llama-4-maverick" << 400.0 << 17.0;
    QTest::newRow("Qwen3-235B-A22B") << "qwen3-235b-a22b" << 235.0 << 22.0;
    QTest::newRow("Qwen3-32B") << "qwen3-32b" << 32.8 << 32.8;
    QTest::newRow("gpt-oss-20b") << "gpt-oss-20b" << 20.9 << 3.6;
    QTest::newRow("gpt-oss-120b") << "gpt-oss-120b" << 116.8 << 5.1;
    QTest::newRow("Kimi K2") << "kimi-k2" << 1040.0 << 32.0;
}

void TestNewCatalog::parameterCounts()
{
    QFETCH(QString, id);
    QFETCH(double, totalB);
    QFETCH(double, activeB);
    const ModelCard m = card(qPrintable(id));
    const double total = m.totalParams() / 1e9, active = m.activeParams() / 1e9;
    QVERIFY2(std::abs(total / totalB - 1.0) < 0.03, qPrintable(QStringLiteral("total %1 B").arg(total)));
    QVERIFY2(std::abs(active / activeB - 1.0) < 0.03, qPrintable(QStringLiteral("active %1 B").arg(active)));
    // The catalog carries the same published figures it cites.
    QCOMPARE(m.publishedParamsB, totalB);
    QCOMPARE(m.publishedActiveParamsB, activeB);
}

void TestNewCatalog::localAttention()
{
    // gpt-oss-20b: 12 of 24 layers slide over 128 tokens. Within the window every layer holds
    // the whole context; at 8,192 tokens the local half holds 128 of them.
    const ModelCard oss = card("gpt-oss-20b");
    QCOMPARE(oss.localLayers, 12);
    QCOMPARE(oss.localWindow, 128);
    const double kv = oss.kvElementsPerTokenLayer();
    QCOMPARE(kv, 2.0 * 8 * 64);
    QCOMPARE(oss.kvElementsPerTokenLayerAt(100), kv);
    QCOMPARE(oss.kvElementsPerTokenLayerAt(8192), kv * (0.5 + 0.5 * 128.0 / 8192.0));
    QCOMPARE(oss.attentionFlopsPerTokenLayer(8192, true),
             4.0 * 64 * 64 * (0.5 * 8192 + 0.5 * 128));
    // Llama 4: 36 of 48 layers attend within 8,192-token chunks, half a chunk on average.
    const ModelCard scout = card("llama-4-scout");
    QVERIFY(scout.chunkedLocal);
    QCOMPARE(scout.localContext(4096), 4096.0);
    QCOMPARE(scout.localContext(65536), 4096.0);
    QCOMPARE(scout.attentionFlopsPerTokenLayer(65536, false),
             4.0 * 40 * 128 * (0.25 * 65536 + 0.75 * 4096));
    // Full-attention models are unchanged.
    const ModelCard qwen = card("qwen3-32b");
    QCOMPARE(qwen.kvElementsPerTokenLayerAt(65536), qwen.kvElementsPerTokenLayer());
    QCOMPARE(qwen.attentionFlopsPerTokenLayer(1000, true), 4.0 * 64 * 128 * 1000);
    // MLA models keep the compressed latent; DeepSeek's MTP module is read, Kimi K2 has none.
    QCOMPARE(card("kimi-k2").kvElementsPerToken(), 61.0 * 576.0);
    QCOMPARE(card("deepseek-r1").mtpLayers, 1);
    QCOMPARE(card("kimi-k2").mtpLayers, 0);
}

void TestNewCatalog::localAttentionKvMemory()
{
    // gpt-oss-120b at 32k context on two H100s: the sliding-window half of the layers holds 128
    // tokens, so a token costs about half the KV memory of the same dims with full attention,
    // and the replica keeps about twice the tokens. Within the window nothing changes.
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "h100-sxm", "gpt-oss-120b", "vllm", &prof, &error), error.c_str());
    QVERIFY(prof.model.localLayers > 0);
    ModelCard full = prof.model;
    full.localLayers = 0;
    CostInputs in;
    in.gpu = &prof.gpu;
    in.engine = &prof.engine;
    in.precision = Precision::Fp8;
    in.placement.tp = 2;   // 117 B weights in fp8 need two 80 GB GPUs
    in.kvContext = 32768;
    in.model = &prof.model;
    const MemoryPlan local = memoryPlan(in);
    in.model = &full;
    const MemoryPlan dense = memoryPlan(in);
    QVERIFY(local.fits && dense.fits);
    const double share = double(prof.model.localLayers) / prof.model.layers;
    const double ratio = (1.0 - share) + share * prof.model.localWindow / 32768.0;
    QVERIFY(local.kvBytesPerTokenPerGpu < dense.kvBytesPerTokenPerGpu);
    QCOMPARE(local.kvBytesPerTokenPerGpu, dense.kvBytesPerTokenPerGpu * ratio);
    QCOMPARE(local.kvTokensPerReplica, dense.kvTokensPerReplica / ratio);
    in.kvContext = 100;
    QCOMPARE(memoryPlan(in).kvBytesPerTokenPerGpu, dense.kvBytesPerTokenPerGpu);
    in.model = &prof.model;
    QCOMPARE(memoryPlan(in).kvBytesPerTokenPerGpu, dense.kvBytesPerTokenPerGpu);

    // Decode reads the same saving: a KV-heavy batch at 32k costs less with local layers.
    IterationBatch b;
    b.decodeSeqs = 64;
    b.decodeContext = 32768;
    const double localS = iterationCost(in, b).memoryS;
    in.model = &full;
    QVERIFY(localS < iterationCost(in, b).memoryS);
}

void TestNewCatalog::newHardware_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("engine");
    QTest::newRow("HGX B300") << "hgx-b300-8gpu" << "deepseek-r1" << "tensorrt-llm";
    QTest::newRow("GB300 NVL72") << "gb300-nvl72" << "kimi-k2" << "sglang";
    QTest::newRow("MI325X") << "mi325x-8gpu" << "llama-4-maverick" << "rocm-vllm";
    QTest::newRow("MI355X") << "mi355x-8gpu" << "qwen3-235b-a22b" << "rocm-vllm";
    QTest::newRow("RTX PRO 6000") << "rtx-pro-6000-8gpu" << "gpt-oss-20b" << "vllm";
    QTest::newRow("Gaudi 3") << "hls-gaudi3-8" << "qwen3-32b" << "vllm-gaudi";
    QTest::newRow("CloudMatrix 384") << "ascend-cloudmatrix-384" << "deepseek-r1" << "mindie";
    QTest::newRow("Vera Rubin NVL144") << "vera-rubin-nvl144" << "llama-4-scout" << "tensorrt-llm";
}

void TestNewCatalog::newHardware()
{
    QFETCH(QString, system);
    QFETCH(QString, model);
    QFETCH(QString, engine);
    const CatalogEntry *sys = m_catalog->find("systems", system.toStdString());
    QVERIFY(sys);
    const std::string gpuId = sys->data.value("gpu", std::string());
    const CatalogEntry *gpu = m_catalog->find("gpus", gpuId);
    QVERIFY2(gpu, gpuId.c_str());
    for (const CatalogEntry *e : {sys, gpu}) {
        QVERIFY(!e->source.empty());
        QCOMPARE(checkCatalogRules(e->category, e->data), std::string());
        QCOMPARE(CatalogSchema::shipped().check(e->category, e->data), std::string());
    }
    // As `aif throughput --gpu ID --model ID --json` runs it: an answer, or a reason.
    Profiles p;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, gpuId, model.toStdString(), engine.toStdString(), &p, &error), error.c_str());
    ServingConfig c;
    c.model = &p.model;
    c.gpu = &p.gpu;
    c.engine = &p.engine;
    c.gpus = sys->data.value("scaleUpDomainGpus", 8);
    c.autoPlacement = true;
    c.placement.tp = 0;
    c.precision = p.gpu.peakFp8 > 0.0 ? Precision::Fp8 : Precision::Bf16;
    const OperatingPoint op = solveServing(c);
    QVERIFY2(op.feasible ? op.tokensPerS > 0.0 : !op.why.empty(), op.why.c_str());
}

void TestNewCatalog::announcedPartsAreFlagged()
{
    // `aif catalog` and the studio show the name, so the name says it as well as `status`.
    for (const char *category : {"gpus", "systems", "network"}) {
        for (const CatalogEntry *e : m_catalog->entries(category)) {
            const bool flagged = QString::fromStdString(e->name).contains("announced, not shipping");
            QCOMPARE(flagged, isAnnounced(e->data));
        }
    }
    QVERIFY(isAnnounced(*m_catalog->entry("gpus", "vera-rubin")));
    QVERIFY(isAnnounced(*m_catalog->entry("systems", "vera-rubin-nvl144")));
    QVERIFY(!isAnnounced(*m_catalog->entry("gpus", "gb300")));
}

void TestNewCatalog::rulesRefuseBadEntries_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("status") << "gpus" << R"({"status": "rumoured"})" << "/status";
    QTest::newRow("window kind") << "models"
                                 << R"({"layers": 24, "localAttention": {"kind": "ring", "window": 128, "layers": 12}})"
                                 << "/localAttention/kind";
    QTest::newRow("more local layers than layers")
        << "models" << R"({"layers": 24, "localAttention": {"kind": "sliding", "window": 128, "layers": 30}})"
        << "/localAttention/layers";
    QTest::newRow("no window") << "models" << R"({"layers": 24, "localAttention": {"kind": "sliding", "layers": 12}})"
                               << "/localAttention/window";
    QTest::newRow("experts per token") << "models"
                                       << R"({"layers": 24, "moe": {"routedExperts": 8, "expertsPerToken": 16}})"
                                       << "/moe/expertsPerToken";
}

void TestNewCatalog::rulesRefuseBadEntries()
{
    QFETCH(QString, category);
    QFETCH(QString, json);
    QFETCH(QString, field);
    Json e = Json::parse(json.toStdString());
    e["id"] = "bad";
    e["name"] = "Bad";
    e["source"] = "test";
    e["asOf"] = "2026-12";
    QVERIFY(checkCatalogRules(category.toStdString(), e).starts_with(field.toStdString()));
    // A user file holding it loads without it, with a warning naming the field.
    const Json doc{{"category", category.toStdString()}, {"entries", Json::array({e})}};
    QStringList warnings;
    const auto entries = parseUserCatalogFile(QByteArray::fromStdString(doc.dump()), "user.json", &warnings);
    QVERIFY(entries.empty());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(field), qPrintable(warnings.first()));
}

QTEST_GUILESS_MAIN(TestNewCatalog)
#include "tst_newcatalog.moc"
