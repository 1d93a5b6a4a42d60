// Engines' fitted cells and default pairs: Intel's Gaudi 3 cell on the static-batch engine, and
// every engine's default pair held to what its method says; SGLang's memory share by stage.
#include "catalog.h"
#include "throughput/calibration.h"
#include "throughput/costmodel.h"
#include "throughput/memoryplan.h"
#include "throughput/profiles.h"
#include "servingfixture.h"

#include <QRegularExpression>
#include <QtTest>

using namespace aif;
using namespace aif::throughput;

class TestEngineCells : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gaudiHasItsOwnCell();
    void engineDefaultsAreWhatTheySay();
    void sglangShareFollowsTheStage();
    void moeEfficiencyIsFittedOnMixtralAlone();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestEngineCells::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

// Intel's Gaudi 3 table gives the optimum-habana engine (static batches) a gaudi/fp8 cell of its
// own, fitted on the 70B two-card rows only; the eight-card, 8B and Llama 2 rows validate.
void TestEngineCells::gaudiHasItsOwnCell()
{
    int fit = 0, check = 0;
    for (const CalibrationPoint &c : calibrationPoints()) {
        if (c.id.rfind("intel118-", 0) != 0)
            continue;
        QCOMPARE(c.vendor, std::string("Intel"));
        QCOMPARE(c.engine, std::string("optimum-habana"));
        QVERIFY2(c.maxBatch > 0, c.id.c_str());   // each row's static batch
        (c.set == PointSet::Calibration ? fit : check) += 1;
        if (c.set == PointSet::Calibration)
            QVERIFY2(c.model == "llama-3.1-70b" && c.gpus == 2, c.id.c_str());
    }
    QCOMPARE(fit, 4);
    QCOMPARE(check, 12);
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "gaudi3", "llama-3.1-70b", "optimum-habana", &prof, &error), error.c_str());
    QVERIFY(!prof.engine.continuousBatching);   // read from the catalog entry
    QVERIFY(prof.engine.reservesFullOutput);
    QVERIFY2(prof.engine.calibrated, prof.engine.method.c_str());   // its own cell, not borrowed
    QVERIFY(prof.engine.calibratedOn.find("intel118-2xgaudi3-70b-128-128") != std::string::npos);
    // Static batches: the whole batch is prefilled, then decoded; a cap on the batch holds.
    const CalibrationPoint *longest = nullptr;
    for (const CalibrationPoint &c : calibrationPoints())
        if (c.id == "intel118-2xgaudi3-70b-2048-2048")
            longest = &c;
    QVERIFY(longest);
    const CalibrationRow r = predictPoint(*m_catalog, *longest);
    QVERIFY2(r.predicted > 0.0 && r.note.find("batch 175,") != std::string::npos, r.note.c_str());
}

// An engine's default pair (used where it has no cell for a GPU generation) is what its method
// says: a named cell of its own, tensorrt-llm-bench's default, or optimum-habana's Gaudi cell.
// Refits move cells; a default left behind would make two figures of one engine disagree.
void TestEngineCells::engineDefaultsAreWhatTheySay()
{
    auto pairOf = [](const Json &j) { return std::make_pair(j.value("computeEfficiency", -1.0), j.value("memoryEfficiency", -1.0)); };
    auto cellOf = [&](const Json &engine, const std::string &generation, const std::string &precision) {
        for (const Json &c : engine.value("efficiencyTable", Json::array()))
            if (c.value("generation", std::string()) == generation && c.value("precision", std::string()) == precision)
                return pairOf(c);
        return std::make_pair(-2.0, -2.0);
    };
    const Json bench = m_catalog->find("engines", "tensorrt-llm-bench")->data;
    const Json habana = m_catalog->find("engines", "optimum-habana")->data;
    const QRegularExpression own(QStringLiteral("engine default = the ([a-z0-9-]+)/([a-z0-9]+) cell"));
    int checked = 0;
    for (const CatalogEntry *e : m_catalog->entries("engines")) {
        const Json cal = e->data.value("calibration", Json::object());
        const QString method = QString::fromStdString(cal.value("method", std::string()));
        std::pair<double, double> expected{-3.0, -3.0};
        if (const QRegularExpressionMatch m = own.match(method); m.hasMatch())
            expected = cellOf(e->data, m.captured(1).toStdString(), m.captured(2).toStdString());
        else if (method.contains("borrows tensorrt-llm-bench's default factors"))
            expected = pairOf(bench.at("calibration"));
        else if (method.contains("borrows optimum-habana's gaudi/fp8 cell"))
            expected = cellOf(habana, "gaudi", "fp8");
        else if (e->id == "tensorrt-llm-bench")   // its own issue-6 fit (shippedFitIsCurrent)
            continue;
        else
            QFAIL(("engine " + e->id + ": its default's method names no cell or engine to match: " + method.toStdString()).c_str());
        QVERIFY2(pairOf(cal) == expected, (e->id + ": " + method.toStdString()).c_str());
        ++checked;
    }
    QVERIFY2(checked >= 10, std::to_string(checked).c_str());
}

// SGLang's tp_size spans a stage's GPUs: experts over eight GPUs with attention at TP1 keep the
// TP8 share (0.81) out of weights and KV, not the TP1 one (0.88).
void TestEngineCells::sglangShareFollowsTheStage()
{
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "mixtral-8x7b", "sglang", &prof, &error), error.c_str());
    CostInputs in = fp8Inputs(prof, {1, 1, 8});
    QCOMPARE(in.placement.stageGpus(), 8);
    QVERIFY(std::abs(memoryPlan(in).reservePerGpuB - 0.19 * prof.gpu.hbmBytes) < 1.0);
    in.placement = {1, 1, 1};
    QVERIFY(std::abs(memoryPlan(in).reservePerGpuB - 0.12 * prof.gpu.hbmBytes) < 1.0);
}

// Each engine with an MoE calibration run (a Mixtral offline run) carries its own expert-kernel
// efficiency, fitted on that run alone with the engine's cells as shipped (so the dense cells
// never see it), and the shipped value is what the fit gives. It slows the expert layers, compute
// and weight streaming alike, and nothing of a dense model.
void TestEngineCells::moeEfficiencyIsFittedOnMixtralAlone()
{
    for (const char *engine : {"tensorrt-llm", "rocm-vllm"}) {
        const MoeFit fit = fitMoeGemmEfficiency(*m_catalog, engine);
        QCOMPARE(int(fit.fittedOn.size()), 1);
        QVERIFY2(fit.fittedOn[0].find("mixtral") != std::string::npos, fit.fittedOn[0].c_str());
        Profiles prof;
        std::string error;
        QVERIFY2(loadProfiles(*m_catalog, "h200-sxm", "mixtral-8x7b", engine, &prof, &error), error.c_str());
        QVERIFY2(std::abs(prof.engine.moeGemmEfficiency - fit.value) < 0.002, engine);
        QVERIFY(prof.engine.moeGemmEfficiency < kGroupedGemmEfficiency);   // slower than DeepGEMM's kernels
    }
    QVERIFY(fitMoeGemmEfficiency(*m_catalog, "vllm").value < 0.0);   // no MoE run: DeepGEMM's figure
    for (const CalibrationPoint *p : pointsIn(PointSet::Calibration))
        QVERIFY2(!p->fitsMoe || !fitsACell(*p), p->id.c_str());

    auto step = [&](const char *model, double efficiency) {
        Profiles prof;
        std::string error;
        if (!loadProfiles(*m_catalog, "h200-sxm", model, "tensorrt-llm", &prof, &error))
            qFatal("%s", error.c_str());
        prof.engine.moeGemmEfficiency = efficiency;
        IterationBatch b;
        b.decodeSeqs = 256;       // memory-bound experts
        b.decodeContext = 600;
        b.prefillTokens = 4096;   // and compute-bound ones
        b.prefillSeqs = 10;
        b.prefillContext = 200;
        return iterationCost(fp8Inputs(prof), b).timeS;
    };
    QVERIFY(step("mixtral-8x7b", 0.45) > step("mixtral-8x7b", 0.9) * 1.3);
    QCOMPARE(step("llama-3.1-70b", 0.45), step("llama-3.1-70b", 0.9));
}

QTEST_GUILESS_MAIN(TestEngineCells)
#include "tst_enginecells.moc"
