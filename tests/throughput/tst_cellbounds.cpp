// Fitted efficiency cells held against the datasheet: a cell that credits GEMMs past the peak
// or streams memory far below it is reported (aif throughput --calibration) and named in the
// confidence reasons of every result that uses it, so a fit that absorbed a missing mechanism
// is never silent.
#include "catalog.h"
#include "throughput/cellbounds.h"
#include "throughput/efficiencytable.h"
#include "throughput/profiles.h"
#include "throughput/throughputjson.h"

#include <QtTest>

using namespace aif;
using namespace aif::throughput;

namespace {

// A GPU whose GEMMs reach 80 % of peak and whose copy bandwidth is 90 % of the HBM peak, and an
// engine cell on it.
GpuProfile testGpu()
{
    GpuProfile g;
    g.id = "test-gpu";
    g.computeFraction = 0.8;
    g.fp8ComputeFraction = 0.8;
    g.memoryFraction = 0.9;
    return g;
}

EngineProfile testEngine(double compute, double memory)
{
    EngineProfile e;
    e.id = "test-engine";
    e.computeEfficiency = compute;
    e.memoryEfficiency = memory;
    return e;
}

} // namespace

class TestCellBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void flagsGemmAbovePeakAndLowMemory();
    void shippedCellsNeverPassThePeak();
    void lowMemoryCellReachesConfidenceReasons();
    void flagsMemoryAboveCopy();
    void realisticCellIsQuiet();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestCellBounds::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCellBounds::flagsGemmAbovePeakAndLowMemory()
{
    // 0.8 x 1.3 = 104 % of the peak; 0.9 x 0.4 = 36 % of the HBM peak.
    const CellBound b = cellBound(testGpu(), testEngine(1.3, 0.4), Precision::Fp8);
    QCOMPARE(b.cell, std::string("default"));
    QVERIFY(qAbs(b.gemmShareOfPeak - 1.04) < 1e-9);
    QVERIFY(qAbs(b.memoryShareOfPeak - 0.36) < 1e-9);
    QVERIFY(b.gemmAbovePeak);
    QVERIFY(b.memoryLow);
    const std::string w = b.warning();
    QVERIFY2(w.find("104 % of the datasheet peak") != std::string::npos, w.c_str());
    QVERIFY2(w.find("36 % of the HBM peak") != std::string::npos, w.c_str());
    QVERIFY2(w.find("test-gpu") != std::string::npos && w.find("test-engine") != std::string::npos, w.c_str());
}

void TestCellBounds::shippedCellsNeverPassThePeak()
{
    const std::vector<CellBound> bounds = cellBounds(*m_catalog);
    bool sawBlackwell = false;
    for (const CellBound &b : bounds) {
        const std::string what = b.engine + " " + b.cell + " on " + b.gpu;
        QVERIFY2(!b.gemmAbovePeak, what.c_str());
        QVERIFY2(!b.memoryAboveCopy, what.c_str());
        QVERIFY2(b.gemmShareOfPeak > 0.0 && b.memoryShareOfPeak > 0.0, what.c_str());
        sawBlackwell = sawBlackwell || (b.engine == "tensorrt-llm" && b.cell == "blackwell/fp4" && b.gpu == "b200");
    }
    QVERIFY(sawBlackwell);
    // The report names every row.
    const std::string text = formatCellBounds(bounds);
    QVERIFY(text.find("tensorrt-llm") != std::string::npos);
    QCOMPARE(cellBoundsJson(bounds).size(), bounds.size());
}

void TestCellBounds::lowMemoryCellReachesConfidenceReasons()
{
    // Whatever the shipped fit is, a result's reasons carry its cell's warning when it has one.
    Profiles prof;
    std::string error;
    QVERIFY2(loadProfiles(*m_catalog, "b200", "llama-3.1-70b", "tensorrt-llm", &prof, &error), error.c_str());
    ServingConfig c;
    c.model = &prof.model;
    c.gpu = &prof.gpu;
    c.engine = &prof.engine;
    c.precision = Precision::Fp4;
    const CellBound b = cellBound(prof.gpu, prof.engine, Precision::Fp4);
    QCOMPARE(b.cell, std::string("blackwell/fp4"));
    // A format the GPU lacks is judged on the cell it falls back to, as the cost model runs it.
    Profiles hopper;
    QVERIFY2(loadProfiles(*m_catalog, "h100-sxm", "llama-3.1-70b", "tensorrt-llm", &hopper, &error), error.c_str());
    QCOMPARE(cellBound(hopper.gpu, hopper.engine, Precision::Fp4).cell, std::string("hopper/fp8"));
    const std::vector<std::string> why = confidenceReasons(c);
    bool found = false;
    for (const std::string &w : why)
        found = found || w == b.warning();
    QCOMPARE(found, !b.warning().empty());
}

void TestCellBounds::flagsMemoryAboveCopy()
{
    GpuProfile g = testGpu();
    const EngineProfile e = testEngine(0.9, 1.2);   // 108 % of the copy bandwidth
    // An assumed copy fraction may simply be conservative: no flag.
    QVERIFY(!cellBound(g, e, Precision::Bf16).memoryAboveCopy);
    g.memoryFractionMeasured = true;
    const CellBound b = cellBound(g, e, Precision::Bf16);
    QVERIFY(b.memoryAboveCopy);
    QVERIFY(!b.memoryLow);
    QVERIFY2(b.warning().find("faster than its measured copy bandwidth") != std::string::npos, b.warning().c_str());
}

void TestCellBounds::realisticCellIsQuiet()
{
    const CellBound b = cellBound(testGpu(), testEngine(0.9, 0.85), Precision::Bf16);
    QVERIFY(!b.gemmAbovePeak);
    QVERIFY(!b.memoryLow);
    QVERIFY(b.warning().empty());
}

QTEST_GUILESS_MAIN(TestCellBounds)
#include "tst_cellbounds.moc"
