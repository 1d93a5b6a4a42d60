// Designs whose cooling or power is gone altogether: there is no steady state to solve for. The
// solvers must say so (an error naming the hall or loop), keep every number finite, close the
// heat balance with the heat that has nowhere to go, and count the GPUs that shut down or lose
// power as making no tokens, at the design point and at the coupled twin's operating point.
#include "catalog.h"
#include "projectio.h"
#include "solvejob.h"
#include "thermal/airproperties.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"
#include "twin/twin.h"

#include <QTest>

#include <cmath>

using namespace aif;

class TestNoSteadyState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void allAirUnitsFailed();
    void allCdusFailed();
    void allPowerFailed();
    void partialCoolingStillSteady();

private:
    Project load(const char *name);
    SolveResult solve(const Project &p);
    static bool hasCode(const SolveResult &r, const std::string &code, const std::string &entity = {});
    std::unique_ptr<Catalog> m_catalog;
};

void TestNoSteadyState::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestNoSteadyState::load(const char *name)
{
    LoadResult r = loadProject(QString(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name));
    if (!r.ok)
        qFatal("cannot load %s", name);
    return r.project;
}

SolveResult TestNoSteadyState::solve(const Project &p)
{
    // runSolve's last guard reports any NaN or infinity as "solver.non-finite" (checked below).
    return runSolve(p, *m_catalog, SolveOptions{});
}

bool TestNoSteadyState::hasCode(const SolveResult &r, const std::string &code, const std::string &entity)
{
    for (const Diagnostic &d : r.violations) {
        if (d.code == code && (entity.empty() || d.entity == entity))
            return true;
    }
    return false;
}

void TestNoSteadyState::allAirUnitsFailed()
{
    Project p = load("reference-1mw-h100-air");
    for (AirUnit &a : p.airUnits)
        a.failed = true;
    const SolveResult r = solve(p);
    QVERIFY(r.thermal && r.twin && r.throughput);
    QVERIFY(!hasCode(r, "solver.non-finite"));
    QVERIFY(hasErrors(r.violations));   // `aif solve` exits 1
    const thermal::HallThermal &h = r.thermal->halls.front();
    QVERIFY(h.noSteadyState);
    QVERIFY(hasCode(r, "thermal.no-steady-state", h.id));
    // t = ρ·c_p·V·(T_allowable − T_setpoint)/Q, from the hall's own volume and heat.
    const Hall &hall = p.halls.front();
    const double setpoint = p.airUnits.front().supplyTempC;
    const double expected = thermal::airDensity(setpoint, p.site().elevationM) * thermal::kAirCp * hall.widthM
                            * hall.depthM * hall.heightM * (32.0 - setpoint) / h.airHeatW;
    QCOMPARE_GT(h.secondsToAllowable, 0.0);
    QVERIFY(std::abs(h.secondsToAllowable - expected) < 1e-6 * expected);
    // Energy: everything that went in is accounted for, as unremoved heat.
    const thermal::ThermalResult &t = *r.thermal;
    QVERIFY(std::abs(t.heatInW - t.liquidRemovedW - t.airRemovedW - t.unremovedW) < 1e-6 * t.heatInW);
    QCOMPARE(t.airRemovedW, 0.0);
    for (const thermal::RackThermal &rt : t.racks) {
        QVERIFY(std::isfinite(rt.inletC) && rt.inletC <= 32.0 + 1e-9);
        if (rt.gpus > 0) {
            QVERIFY(rt.uncooled && rt.gpu.shutdown);
            QVERIFY(rt.gpu.junctionC <= 92.0 + 1e-9);   // held at shutdown, no runaway
        }
    }
    QCOMPARE(r.throughput->tokensPerS, 0.0);
    QCOMPARE(r.twin->coupled.tokensPerS, 0.0);
    QVERIFY(r.twin->converged);   // latched off: no oscillation between on and off
}

void TestNoSteadyState::allCdusFailed()
{
    Project p = load("reference-10mw-gb200-liquid");
    for (Cdu &c : p.cdus)
        c.failed = true;
    const SolveResult r = solve(p);
    QVERIFY(r.thermal && r.twin);
    QVERIFY(!hasCode(r, "solver.non-finite"));
    const thermal::ThermalResult &t = *r.thermal;
    int loopsDown = 0;
    for (const thermal::LoopThermal &l : t.loops) {
        if (l.type == "tcs" && l.heatW > 0) {
            QVERIFY(l.noSteadyState);
            QVERIFY(hasCode(r, "thermal.no-steady-state", l.id));
            ++loopsDown;
        }
    }
    QCOMPARE_GT(loopsDown, 0);
    QCOMPARE(t.liquidRemovedW, 0.0);
    QCOMPARE_GT(t.unremovedW, 0.0);
    // The balance closes: heat in = liquid + air + unremoved (it was 79 % off before).
    QVERIFY(std::abs(t.heatInW - t.liquidRemovedW - t.airRemovedW - t.unremovedW) < 1e-6 * t.heatInW);
    for (const thermal::RackThermal &rt : t.racks) {
        if (rt.gpus > 0 && rt.liquidHeatW > 0) {
            QVERIFY(rt.coolant.noFlow && !rt.coolant.cooled);
            QVERIFY(rt.gpu.shutdown);
            QCOMPARE(rt.gpu.clockFactor, 0.0);
        }
    }
    QCOMPARE(r.throughput->tokensPerS, 0.0);
    QCOMPARE(r.twin->coupled.tokensPerS, 0.0);
}

void TestNoSteadyState::allPowerFailed()
{
    Project p = load("reference-1mw-h100-air");
    for (PowerNode &n : p.powerNodes) {
        if (n.type == "utility")
            n.failed = true;
    }
    const SolveResult r = solve(p);
    QVERIFY(r.power && r.throughput && r.twin);
    QVERIFY(!hasCode(r, "solver.non-finite"));
    QVERIFY(hasCode(r, "throughput.offline"));
    QCOMPARE(r.power->itW, 0.0);
    QCOMPARE(r.throughput->tokensPerS, 0.0);
    QCOMPARE(r.twin->coupled.tokensPerS, 0.0);
}

void TestNoSteadyState::partialCoolingStillSteady()
{
    // One air unit and one CDU lost is a what-if with an answer, not a loss of steady state.
    Project air = load("reference-1mw-h100-air");
    air.airUnits.front().failed = true;
    const SolveResult a = solve(air);
    QVERIFY(!a.thermal->halls.front().noSteadyState);
    QVERIFY(!hasCode(a, "thermal.no-steady-state"));
    QCOMPARE_GT(a.throughput->tokensPerS, 0.0);

    Project liquid = load("reference-10mw-gb200-liquid");
    liquid.cdus.front().failed = true;
    const SolveResult l = solve(liquid);
    QVERIFY(!hasCode(l, "thermal.no-steady-state"));
    QCOMPARE_GT(l.throughput->tokensPerS, 0.0);
}

QTEST_GUILESS_MAIN(TestNoSteadyState)
#include "tst_nosteadystate.moc"
