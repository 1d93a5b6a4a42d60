// Thermal solver: published reference cases (EnergyPlus ITE, Herrlin RCI), energy balance,
// liquid-side physics and the monotonic trends a designer relies on.
#include "catalog.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "thermal/airfield.h"
#include "thermal/airmetrics.h"
#include "thermal/airproperties.h"
#include "thermal/junction.h"
#include "thermal/thermalsolver.h"

#include <QTest>

#include <cmath>

using namespace aif;
using namespace aif::thermal;

class TestThermal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void energyPlusIteReferenceCase();
    void rciHerrlinExample();
    void rtiAndShi();
    void airDensityIsa();
    void energyBalance_data();
    void energyBalance();
    void flowPerKwMatchesPhysicsNotes();
    void moreCrahAirflowLowersMaxInlet();
    void containmentLowersInlets();
    void warmerFacilityWaterHeatsJunctions();
    void hotWaterThrottles();
    void failedCduLeavesNoRedundancy();
    void waterClassIsChecked();
    void recirculationMatrixCalibratesT0();
    void powerAndThermalAgreeOnAirUnitLoads();

private:
    Project load(const char *name);
    std::unique_ptr<Catalog> m_catalog;
};

void TestThermal::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestThermal::load(const char *name)
{
    LoadResult r = loadProject(QString(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name));
    if (!r.ok)
        qFatal("cannot load %s", name);
    return r.project;
}

void TestThermal::energyPlusIteReferenceCase()
{
    // ElectricEquipment:ITE:AirCooled reference: 100 x 500 W, fan fraction 0.4 (CPU 30 kW,
    // fans 20 kW), 1e-4 m³/s per W -> 5 m³/s, inlet 15 °C at full load -> outlet ≈ 23.1 °C.
    const double designW = 100 * 500.0;
    const double flow = 1e-4 * designW;
    const double cpu = designW * 0.6, fans = designW * 0.4;
    QCOMPARE(cpu, 30000.0);
    QCOMPARE(fans, 20000.0);
    const double out = heatedAirC(15.0, cpu + fans, flow);
    QVERIFY2(std::abs(out - 23.1) < 0.05, qPrintable(QString::number(out)));
}

void TestThermal::rciHerrlinExample()
{
    // physics.md: A1 (recommended 27, allowable 32), intakes {24, 25, 26, 29.5} °C -> RCI_HI 87.5 %.
    QVERIFY(std::abs(rciHi({24, 25, 26, 29.5}, 27, 32) - 87.5) < 1e-9);
    QCOMPARE(rciHi({20, 21, 22}, 27, 32), 100.0);
    QCOMPARE(rciLo({20, 21, 22}, 18, 15), 100.0);
    QVERIFY(std::abs(rciLo({16.5, 18, 18}, 18, 15) - (1 - 1.5 / 9) * 100) < 1e-9);
}

void TestThermal::rtiAndShi()
{
    QCOMPARE(rti(32, 20, 12), 100.0);   // balanced airflow
    QVERIFY(rti(28, 20, 12) < 100.0);    // bypass
    QCOMPARE(shi({20, 20}, {32, 32}, 20), 0.0);
    QVERIFY(std::abs(shi({23}, {35}, 20) - 0.2) < 1e-12);
}

void TestThermal::airDensityIsa()
{
    QVERIFY(std::abs(airDensity(15.0) - 1.225) < 0.001);            // ISA sea level
    QVERIFY(std::abs(airDensity(30.0) - 1.164) < 0.002);            // physics.md ≈ 1.16 kg/m³
    QVERIFY(airDensity(15.0, 1600.0) < 0.86 * airDensity(15.0));     // Denver-high site
}

void TestThermal::energyBalance_data()
{
    QTest::addColumn<QString>("project");
    QTest::newRow("1 MW air") << "reference-1mw-h100-air";
    QTest::newRow("10 MW liquid") << "reference-10mw-gb200-liquid";
    QTest::newRow("100 MW campus") << "reference-100mw-campus";
}

void TestThermal::energyBalance()
{
    QFETCH(QString, project);
    const Project p = load(qPrintable(project));
    const ThermalResult r = solveThermal(p, *m_catalog);
    const double removed = r.liquidRemovedW + r.airRemovedW;
    // Heat in = heat removed by liquid + air, to 0.5 %.
    QVERIFY2(std::abs(r.heatInW - removed) <= 0.005 * r.heatInW,
             qPrintable(QString("in %1 kW, removed %2 kW").arg(r.heatInW / 1e3).arg(removed / 1e3)));
    QVERIFY(r.maxInletC > 15 && r.maxInletC < 35);
    for (const RackThermal &t : r.racks) {
        QVERIFY(std::isfinite(t.inletC) && std::isfinite(t.outletC));
        QVERIFY(t.outletC >= t.inletC);
    }
    qInfo("%s: heat %.0f kW (liquid %.0f, air %.0f), max inlet %.2f °C, RCI_HI %.1f %%, RTI %.0f %%, throttled %d",
          qPrintable(project), r.heatInW / 1e3, r.liquidRemovedW / 1e3, r.airRemovedW / 1e3, r.maxInletC, r.rciHi, r.rti,
          r.throttledRacks);
}

void TestThermal::flowPerKwMatchesPhysicsNotes()
{
    // physics.md: a 130 kW rack at 1.35 L/min/kW -> 175.5 L/min and ΔT ≈ 10.7 K (water).
    const double flowM3s = 175.5 / 60000.0;
    const double dT = 130e3 / (995.6 * 4178.0 * flowM3s);
    QVERIFY(std::abs(dT - 10.7) < 0.1);
    // In the 10 MW design every liquid-cooled rack sits inside the OCP 1.25-2.0 L/min/kW band.
    const ThermalResult r = solveThermal(load("reference-10mw-gb200-liquid"), *m_catalog);
    int cooled = 0;
    for (const RackThermal &t : r.racks) {
        if (!t.coolant.cooled)
            continue;
        ++cooled;
        QVERIFY(t.coolant.lpmPerKw >= 1.25 && t.coolant.lpmPerKw <= 2.0);
    }
    QCOMPARE(cooled, 80);
}

void TestThermal::moreCrahAirflowLowersMaxInlet()
{
    Project p = load("reference-1mw-h100-air");
    // Starve the hall first so supply < rack demand, then add airflow back.
    for (aif::AirUnit &a : p.airUnits)
        a.airflowM3s = 5.0;
    const double starved = solveThermal(p, *m_catalog).maxInletC;
    for (aif::AirUnit &a : p.airUnits)
        a.airflowM3s = 7.0;
    const double better = solveThermal(p, *m_catalog).maxInletC;
    for (aif::AirUnit &a : p.airUnits)
        a.airflowM3s = 10.71;
    const double full = solveThermal(p, *m_catalog).maxInletC;
    QVERIFY(starved > better);
    QVERIFY(better > full);
}

void TestThermal::containmentLowersInlets()
{
    Project contained = load("reference-1mw-h100-air");
    Project open = contained;
    open.containments.clear();
    const ThermalResult c = solveThermal(contained, *m_catalog);
    const ThermalResult o = solveThermal(open, *m_catalog);
    QVERIFY(c.maxInletC < o.maxInletC);
    QVERIFY(c.rciHi >= o.rciHi);
}

void TestThermal::warmerFacilityWaterHeatsJunctions()
{
    Project p = load("reference-10mw-gb200-liquid");
    auto maxJunction = [&](double facilityC) {
        for (LiquidLoop &l : p.liquidLoops) {
            if (l.type == "facility")
                l.supplyTempC = facilityC;
        }
        double m = 0;
        for (const RackThermal &t : solveThermal(p, *m_catalog).racks)
            m = std::max(m, t.gpus ? t.gpu.junctionC : 0.0);
        return m;
    };
    const double at25 = maxJunction(25), at30 = maxJunction(30), at34 = maxJunction(34);
    QVERIFY(at25 <= at30 && at30 < at34);
}

void TestThermal::hotWaterThrottles()
{
    Project p = load("reference-10mw-gb200-liquid");
    for (LiquidLoop &l : p.liquidLoops) {
        if (l.type == "facility") {
            l.supplyTempC = 45;
            l.waterClass = "W45";
        }
    }
    const ThermalResult r = solveThermal(p, *m_catalog);
    QCOMPARE(r.throttledRacks, 80);
    for (const RackThermal &t : r.racks) {
        if (t.gpus) {
            QVERIFY(t.gpu.clockFactor < 1.0 && t.gpu.clockFactor > 0.5);
            QVERIFY(std::abs(t.gpu.junctionC - 89.0) < 1e-6);   // held at the slowdown point
        }
    }
}

void TestThermal::failedCduLeavesNoRedundancy()
{
    Project p = load("reference-10mw-gb200-liquid");
    p.cdus[0].failed = true;
    p.rebuildIndex();
    const ThermalResult r = solveThermal(p, *m_catalog);
    bool warned = false;
    for (const Diagnostic &d : r.violations)
        warned = warned || (d.code == "thermal.loop-redundancy" && d.entity == p.cdus[0].secondaryLoop);
    QVERIFY(warned);
}

void TestThermal::waterClassIsChecked()
{
    Project p = load("reference-10mw-gb200-liquid");
    for (LiquidLoop &l : p.liquidLoops) {
        if (l.type == "facility")
            l.waterClass = "W27";   // 30 °C supply breaks W27
    }
    bool flagged = false;
    for (const Diagnostic &d : solveThermal(p, *m_catalog).violations)
        flagged = flagged || d.code == "thermal.water-class";
    QVERIFY(flagged);
}

void TestThermal::recirculationMatrixCalibratesT0()
{
    const Project p = load("reference-1mw-h100-air");
    ThermalOptions t1;
    t1.airField = true;
    const ThermalResult field = solveThermal(p, *m_catalog, t1);
    const ThermalResult t0 = solveThermal(p, *m_catalog);
    ThermalOptions calibrated;
    // At the T1 solve's grid (the project's airModel.cellM): the same flow field.
    calibrated.recirculation = computeRecirculation(p, t0, p.airModel.cellM, nullptr);
    QCOMPARE(int(calibrated.recirculation.size()), 1);
    const ThermalResult fast = solveThermal(p, *m_catalog, calibrated);
    QVERIFY(fast.halls[0].fromMatrix);
    // Same layout and power: T0 with the matrix reproduces the T1 field's inlets.
    for (size_t r = 0; r < p.racks.size(); ++r)
        QVERIFY2(std::abs(fast.racks[r].inletC - field.racks[r].inletC) < 0.05,
                 qPrintable(QString("%1: %2 vs %3").arg(QString::fromStdString(p.racks[r].id)).arg(fast.racks[r].inletC).arg(field.racks[r].inletC)));
    // Less power -> cooler intakes, without another field solve (linear in rack power).
    Project idle = p;
    for (Rack &r : idle.racks)
        r.gpuPowerLimitW = 300;
    const ThermalResult cooler = solveThermal(idle, *m_catalog, calibrated);
    QVERIFY(cooler.halls[0].fromMatrix);
    QVERIFY(cooler.maxInletC < fast.maxInletC);
    // A second T1 solve warm-started from the first needs fewer temperature iterations.
    ThermalOptions warm = t1;
    warm.previousFields = field.airFields;
    const ThermalResult again = solveThermal(p, *m_catalog, warm);
    QVERIFY(again.airFields[0].field->thermalIterations < field.airFields[0].field->thermalIterations);
    QVERIFY(std::abs(again.maxInletC - field.maxInletC) < 0.05);
    // A different layout invalidates the matrix: T0 falls back to its two-zone model.
    Project moved = p;
    moved.racks.pop_back();
    moved.rebuildIndex();
    QVERIFY(!solveThermal(moved, *m_catalog, calibrated).halls[0].fromMatrix);
}

// Re-read finding: the power solver shared hall air heat by capacity, the thermal solver by
// airflow; both now use power::airUnitHeatW, so they report the same CRAH loads.
void TestThermal::powerAndThermalAgreeOnAirUnitLoads()
{
    Project p = load("reference-1mw-h100-air");
    p.airUnits[0].airflowM3s *= 0.5;   // unequal units make the two rules differ
    auto pw = std::make_shared<power::PowerResult>(power::solvePower(p, *m_catalog));
    ThermalOptions o;
    o.power = pw;
    const ThermalResult t = solveThermal(p, *m_catalog, o);
    int compared = 0;
    for (const AirUnitThermal &u : t.units) {
        for (const power::CoolingUnitLoad &c : pw->cooling.units) {
            if (c.id == u.id) {
                QVERIFY2(std::abs(c.heatW - u.heatW) <= 1e-6 * std::max(1.0, u.heatW),
                         qPrintable(QString("%1: power %2 W, thermal %3 W").arg(QString::fromStdString(u.id)).arg(c.heatW).arg(u.heatW)));
                ++compared;
            }
        }
    }
    QCOMPARE(compared, int(p.airUnits.size()));
}

QTEST_GUILESS_MAIN(TestThermal)
#include "tst_thermal.moc"
