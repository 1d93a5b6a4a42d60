// The calibration report: predicted vs published throughput, fitted on some points and
// judged on the others. Fails when an error regresses past its bound, or when the shipped
// engine efficiencies / GPU power weights no longer match a re-fit.
#include "catalog.h"
#include "throughput/calibration.h"

#include <QtTest>

using namespace aif;
using namespace aif::throughput;

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void report();
    void shippedFitIsCurrent();
    void powerAnchors();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestCalibration::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCalibration::report()
{
    const std::vector<CalibrationRow> rows = calibrationReport(*m_catalog);
    qInfo("\n%s", formatReport(rows).c_str());
    // Bounds: the targets (CalibrationPoint::tolerance), except the documented gaps in
    // docs/throughput.md, which are pinned at their current error + margin so they cannot grow.
    const std::map<std::string, double> knownGaps = {
        {"deepseek-v3-h800-decode-node", 0.75},   // target 25 %: published figure is a production average
        {"deepseek-v3-h800-prefill-node", 0.80},
        // MLPerf v4.0 (TensorRT-LLM of early 2024) predicted with the v1.0 performance overview's
        // hopper/fp8 cell, which it no longer fits: with the benchmark's real mean prompt (222
        // tokens, not ~300) the KV-bound H100 run is 35 % below what a year-newer software does.
        {"mlperf40-8xh100-offline", 0.40},
    };
    int heldOut = 0;
    for (const CalibrationRow &r : rows) {
        QVERIFY2(r.predicted > 0.0, qPrintable(QString::fromStdString(r.point->id + ": " + r.note)));
        double bound = r.point->tolerance;
        if (auto it = knownGaps.find(r.point->id); it != knownGaps.end())
            bound = it->second;
        QVERIFY2(std::abs(r.errorPct) <= 100.0 * bound,
                 qPrintable(QString("%1: %2 %").arg(QString::fromStdString(r.point->id)).arg(r.errorPct)));
        heldOut += r.point->fit ? 0 : 1;
    }
    QVERIFY(heldOut >= 4);  // more points judged than fitted
}

void TestCalibration::shippedFitIsCurrent()
{
    const FitResult f = fitEngine(*m_catalog, "tensorrt-llm-bench");
    const Json *e = m_catalog->entry("engines", "tensorrt-llm-bench");
    QVERIFY(e);
    const double ce = (*e)["calibration"]["computeEfficiency"].get<double>();
    const double me = (*e)["calibration"]["memoryEfficiency"].get<double>();
    qInfo("re-fit: compute %.3f (shipped %.3f), memory %.3f (shipped %.3f), rms log error %.4f", f.computeEfficiency, ce,
          f.memoryEfficiency, me, f.rmsLogError);
    QVERIFY(std::abs(f.computeEfficiency - ce) < 0.01);
    QVERIFY(std::abs(f.memoryEfficiency - me) < 0.02);
}

void TestCalibration::powerAnchors()
{
    const PowerFit p = fitPowerWeights(*m_catalog);
    qInfo("power weights re-fit: compute %.3f (shipped %.3f), memory %.3f (shipped %.3f); anchors 300 W / 600 W -> %.0f W / %.0f W",
          p.computeWeight, kComputeActivityWeight, p.memoryWeight, kMemoryActivityWeight, p.batch1W, p.batch128W);
    QVERIFY(std::abs(p.batch1W / 300.0 - 1.0) < 0.05);
    QVERIFY(std::abs(p.batch128W / 600.0 - 1.0) < 0.05);
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_throughputcalibration.moc"
