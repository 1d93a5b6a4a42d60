// The coupled twin: convergence and its residual, throttling that must appear with hot
// facility water and the tokens it costs, idle racks, and non-convergence reported.
#include "catalog.h"
#include "projectio.h"
#include "solvejob.h"
#include "twin/twin.h"

#include <QtTest>

using namespace aif;
using namespace aif::twin;

class TestTwin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convergesOnSamples_data();
    void convergesOnSamples();
    void hotWaterThrottlesAndCostsTokens();
    void nonConvergenceIsReported();

private:
    Project load(const char *name);
    std::unique_ptr<Catalog> m_catalog;
};

void TestTwin::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestTwin::load(const char *name)
{
    const LoadResult r = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name));
    if (!r.ok)
        qFatal("cannot load %s", name);
    return r.project;
}

void TestTwin::convergesOnSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("1mw") << "reference-1mw-h100-air";
    QTest::newRow("10mw") << "reference-10mw-gb200-liquid";
}

void TestTwin::convergesOnSamples()
{
    QFETCH(QString, name);
    const Project p = load(qPrintable(name));
    const TwinResult r = solveTwin(p, *m_catalog, {});
    qInfo("%s: %d passes, residual %.2e; IT %.0f -> %.0f kW, tokens/s %.0f -> %.0f, max junction %.1f -> %.1f C",
          qPrintable(name), r.iterations, r.residual, r.uncoupled.itW / 1e3, r.coupled.itW / 1e3, r.uncoupled.tokensPerS,
          r.coupled.tokensPerS, r.uncoupled.maxJunctionC, r.coupled.maxJunctionC);
    QVERIFY(r.converged);
    QVERIFY(r.residual < 1e-4);
    QVERIFY(r.iterations <= 10);
    // A contraction: each pass changes less than the one before.
    for (size_t i = 1; i < r.residualHistory.size(); ++i)
        QVERIFY(r.residualHistory[i] < r.residualHistory[i - 1]);
    // Leakage only adds power; coupling never makes more tokens than nominal clocks.
    QVERIFY(r.coupled.itW >= r.uncoupled.itW - 1.0);
    QVERIFY(r.coupled.tokensPerS <= r.uncoupled.tokensPerS * (1.0 + 1e-9));
    // GPUs never draw past their power limit, however hot (leakage lowers clocks instead): the
    // operating IT power stays at the design (full-load) power but for the fans and the
    // inlet-temperature uplift, which grow with the heat (1 % covers both at these inlets).
    SolveOptions powerOnly;
    powerOnly.only = {"power"};
    const SolveResult design = runSolve(p, *m_catalog, powerOnly);
    QVERIFY2(r.coupled.itW < design.power->itW * 1.01,
             qPrintable(QString("%1 kW against a design of %2 kW").arg(r.coupled.itW / 1e3).arg(design.power->itW / 1e3)));
}

void TestTwin::hotWaterThrottlesAndCostsTokens()
{
    // At the operating point the GPUs draw 800-900 W, not their 1200 W TDP, so W45 water
    // (45 °C) still leaves ~10 K of margin (the design-point thermal solve throttles there);
    // 'W+' water at 57 °C, as a heat-reuse design might run, reaches the slowdown point.
    Project p = load("reference-10mw-gb200-liquid");
    for (Deployment &d : p.deployments)
        d.mode = "offline";
    const TwinResult nominal = solveTwin(p, *m_catalog, {});
    for (LiquidLoop &l : p.liquidLoops) {
        if (l.type == "facility") {
            l.supplyTempC = 57;
            l.waterClass = "W+";
        }
    }
    const TwinResult hot = solveTwin(p, *m_catalog, {});
    qInfo("57 C facility water: throttled racks %d, tokens/s %.0f -> %.0f (%.2f %%), max junction %.1f C",
          hot.coupled.throttledRacks, nominal.coupled.tokensPerS, hot.coupled.tokensPerS,
          100.0 * (hot.coupled.tokensPerS / nominal.coupled.tokensPerS - 1.0), hot.coupled.maxJunctionC);
    QVERIFY(hot.converged);
    QVERIFY(nominal.coupled.throttledRacks == 0);
    QVERIFY(hot.coupled.throttledRacks > 0);
    QVERIFY(hot.coupled.tokensPerS < nominal.coupled.tokensPerS);
    QVERIFY(hot.coupled.maxJunctionC > nominal.coupled.maxJunctionC);
}

void TestTwin::nonConvergenceIsReported()
{
    const Project p = load("reference-1mw-h100-air");
    TwinOptions o;
    o.maxIterations = 2;
    o.tolerance = 1e-12;
    const TwinResult r = solveTwin(p, *m_catalog, o);
    QVERIFY(!r.converged);
    QCOMPARE(r.iterations, 2);
    QVERIFY(r.toJson()["converged"] == false);
}

QTEST_GUILESS_MAIN(TestTwin)
#include "tst_twin.moc"
