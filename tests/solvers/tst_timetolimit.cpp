// Time to limit and UPS ride-through (issue 22, docs/whatif.md) on the 1 MW sample: the time to
// limit shrinks as the load rises; a failure the remaining units cover holds; the lumped model
// balances energy; a chiller bank short of capacity warms its loop and hall together; more load
// gives less battery runtime; a generator faster than the batteries covers the outage.
#include "catalog.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "runprogram.h"
#include "solvejob.h"
#include "thermal/airproperties.h"
#include "thermal/thermalsolver.h"
#include "whatif/ridethrough.h"
#include "whatif/timetolimit.h"

#include <QTest>

#include <cmath>

using namespace aif;
using namespace aif::whatif;

class TestTimeToLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lumpedFormulas();
    void shrinksAsLoadRises();
    void coveredFailureHolds();
    void energyBalance();
    void chillerBankShort();
    void moreLoadLessRuntime();
    void generatorCovers();

private:
    TimeToLimit failAndTime(Project project, const std::vector<ScanUnit> &units);
    std::unique_ptr<Catalog> m_catalog;
    Project m_project;
};

namespace {

std::shared_ptr<const thermal::ThermalResult> solveThermal(const Project &project, const Catalog &catalog)
{
    SolveOptions o;
    o.only = {"power", "thermal"};
    return runSolve(project, catalog, o).thermal;
}

void capGpus(Project &p, double watts)
{
    for (Rack &r : p.racks)
        r.gpuPowerLimitW = watts;
}

std::vector<ScanUnit> crahs(const Project &p, size_t n)
{
    std::vector<ScanUnit> units;
    for (size_t i = 0; i < n && i < p.airUnits.size(); ++i)
        units.push_back({p.airUnits[i].id, "airUnit", p.airUnits[i].name});
    return units;
}

PowerNode generator(const std::string &id, const std::string &side, double startS)
{
    PowerNode g;
    g.id = id;
    g.name = "Generator " + side;
    g.type = "generator";
    g.side = side;
    g.ratedW = 2.5e6;
    g.outputVoltageV = 480.0;
    g.startDelayS = startS;
    return g;
}

} // namespace

void TestTimeToLimit::initTestCase()
{
    const LoadResult loaded = loadProject(sampleProject("reference-1mw-h100-air"));
    QVERIFY(loaded.ok);
    m_project = loaded.project;
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

TimeToLimit TestTimeToLimit::failAndTime(Project project, const std::vector<ScanUnit> &units)
{
    const auto base = solveThermal(project, *m_catalog);
    for (const ScanUnit &u : units)
        failUnit(project, u);
    const auto failed = solveThermal(project, *m_catalog);
    TimeToLimit t;
    if (base && failed)
        t = timeToLimit(project, *base, *failed, *m_catalog);
    else
        t.error = "solve failed";
    t.ok = t.error.empty();
    t.units = units;
    return t;
}

void TestTimeToLimit::lumpedFormulas()
{
    // 1 MJ/K warmed by 5 K with 10 kW net: 500 s.
    QCOMPARE(lumpedSeconds(1e6, 1e4, 5.0), 500.0);
    QCOMPARE(lumpedSeconds(1e6, 2e4, 5.0), 250.0);   // twice the heat, half the time
    QCOMPARE(lumpedSeconds(1e6, 1e4, 0.0), 0.0);     // no headroom: already there
    QVERIFY(std::isinf(lumpedSeconds(1e6, 0.0, 5.0)));
    // τ·ln 2 to get half way to the steady state.
    QVERIFY(std::abs(approachSeconds(100.0, 20.0, 40.0, 30.0) - 100.0 * std::log(2.0)) < 1e-9);
    QVERIFY(std::isinf(approachSeconds(100.0, 20.0, 29.0, 30.0)));
}

void TestTimeToLimit::shrinksAsLoadRises()
{
    // Five of the ten 150 kW CRAHs out leave 750 kW for the hall's air heat.
    double previous = std::numeric_limits<double>::infinity();
    for (const double cap : {450.0, 575.0, 700.0}) {
        Project p = m_project;
        capGpus(p, cap);
        const TimeToLimit t = failAndTime(p, crahs(p, 5));
        QVERIFY2(t.ok, t.error.c_str());
        QVERIFY2(!t.holds(), qPrintable(QString("GPU cap %1 W holds").arg(cap)));
        const double minutes = *t.minutes();
        const LimitZone *z = t.first();
        qInfo("GPU cap %.0f W: heat %.0f kW, removed %.0f kW, %.2f min (room air alone %.2f min)", cap,
              z->heatW / 1e3, z->removedW / 1e3, minutes, z->airOnlySeconds / 60.0);
        QCOMPARE(z->mode, std::string("deficit"));
        QVERIFY(minutes > 0.0 && std::isfinite(minutes));
        QVERIFY2(minutes < previous, "more load must give less time");
        previous = minutes;
    }
}

void TestTimeToLimit::coveredFailureHolds()
{
    // The sample is N+1: one CRAH or one chiller out leaves enough capacity.
    const TimeToLimit crah = failAndTime(m_project, crahs(m_project, 1));
    QVERIFY2(crah.ok, crah.error.c_str());
    QVERIFY(crah.holds());
    QVERIFY(!crah.minutes());
    const HeatRejection &bank = m_project.heatRejection.front();
    const TimeToLimit chiller = failAndTime(m_project, {{bank.id, "heatRejection", bank.name}});
    QVERIFY(chiller.holds());
}

void TestTimeToLimit::energyBalance()
{
    Project p = m_project;
    const TimeToLimit t = failAndTime(p, crahs(p, 6));
    QVERIFY(!t.holds());
    const LimitZone &z = *t.first();
    QCOMPARE(z.kind, std::string("hall"));
    // Energy stored = net heat × time.
    const double stored = z.mass.total() * (z.limitC - z.startC);
    QVERIFY2(std::abs(stored - z.netW() * z.seconds) <= 1e-9 * stored, "C·ΔT = (Q_in − Q_out)·t");
    // The parts of C: the hall's air and its racks' systems at the steel specific heat.
    const Hall &hall = p.halls.front();
    const double air = thermal::airDensity(z.startC, p.site().elevationM) * thermal::kAirCp * hall.widthM * hall.depthM
        * hall.heightM;
    QVERIFY(std::abs(z.mass.airJK - air) <= 1e-9 * air);
    double kg = 0;
    for (const Rack &r : p.racks) {
        if (const Json *sys = m_catalog->entry("systems", r.system))   // network racks have no system
            kg += sys->value("weightKg", 0.0) * r.systemCount;
    }
    QVERIFY(kg > 0);
    QVERIFY(std::abs(z.mass.equipmentJK - kg * kEquipmentCpJkgK) <= 1e-9 * z.mass.equipmentJK);
    QCOMPARE(z.mass.waterJK, 0.0);
    // The room air alone warms faster; heat in and out are the failed solve's.
    QVERIFY(z.airOnlySeconds < z.seconds);
    QCOMPARE(z.removedW, 4 * p.airUnits.front().capacityW);
    QVERIFY(z.limitC == thermal::airClassLimits(hall.ashraeClass).allowableMax);
}

void TestTimeToLimit::chillerBankShort()
{
    // Two of three 1 MW chillers out: the chilled water, the hall air and the racks warm together.
    const HeatRejection &bank = m_project.heatRejection.front();
    const ScanUnit unit{bank.id, "heatRejection", bank.name};
    const TimeToLimit t = failAndTime(m_project, {unit, unit});
    QVERIFY(!t.holds());
    const LimitZone &z = *t.first();
    QCOMPARE(z.kind, std::string("loop"));
    QCOMPARE(z.removedW, bank.capacityW);
    QVERIFY(z.mass.waterJK > 0 && z.mass.airJK > 0 && z.mass.equipmentJK > 0);
    QVERIFY(std::abs(z.mass.total() * (z.limitC - z.startC) - z.netW() * z.seconds) <= 1e-6 * z.netW() * z.seconds);
    qInfo("2 of 3 chillers out: %.0f kW short, %.1f min", z.netW() / 1e3, z.seconds / 60.0);
}

void TestTimeToLimit::moreLoadLessRuntime()
{
    QVERIFY(batteryRuntimeS(5.0, 1e6, 1e6, kPeukertLithiumIon) == 300.0);   // rated load: the rated autonomy
    QVERIFY(batteryRuntimeS(5.0, 1e6, 5e5, kPeukertLithiumIon) > 600.0);    // half load: more than twice
    QVERIFY(std::isinf(batteryRuntimeS(5.0, 1e6, 0.0, kPeukertLithiumIon)));
    double previous = std::numeric_limits<double>::infinity();
    for (const double cap : {400.0, 550.0, 700.0}) {
        Project p = m_project;
        capGpus(p, cap);
        const RideThroughResult r = runRideThrough(p, *m_catalog, {});
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.ups.size(), size_t(2));
        const UpsRideThrough &u = r.ups.front();
        QVERIFY(u.autonomyAssumed);   // the sample does not say
        QCOMPARE(u.autonomyMin, kDefaultAutonomyMin);
        QVERIFY(u.loadW > 0 && u.loadW < u.ratedW);
        QVERIFY(u.runtimeS > kDefaultAutonomyMin * 60.0);
        QVERIFY2(u.runtimeS < previous, "more load must give less runtime");
        previous = u.runtimeS;
        QVERIFY(!u.hasGenerator && !u.covered);   // the sample has no generator
    }
}

void TestTimeToLimit::generatorCovers()
{
    Project p = m_project;
    p.powerNodes.push_back(generator("gen-A", "A", 0.0));   // 0: NFPA 110 Type 10 assumed
    p.powerNodes.push_back(generator("gen-B", "B", 8.0));
    p.rebuildIndex();
    const RideThroughResult r = runRideThrough(p, *m_catalog, {});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.generators.size(), size_t(2));
    QVERIFY(r.allCovered());
    for (const UpsRideThrough &u : r.ups) {
        QVERIFY(u.hasGenerator && u.covered);
        QCOMPARE(u.generatorStartS, u.side == "A" ? kDefaultGeneratorStartS : 8.0);
        QCOMPARE(u.generatorAssumed, u.side == "A");
        QCOMPARE(u.marginS, u.runtimeS - u.generatorStartS);
    }
    // A generator slower than the batteries does not cover them.
    p.powerNodes[p.powerNodes.size() - 1].startDelayS = 2 * r.ups.back().runtimeS;
    const RideThroughResult slow = runRideThrough(p, *m_catalog, {});
    QVERIFY2(slow.ok, slow.error.c_str());
    QVERIFY(!slow.allCovered());
    const Json j = slow.toJson();
    QCOMPARE(j["ups"].size(), size_t(2));
    QVERIFY(j["ups"][1]["margin_s"].get<double>() < 0);
}

QTEST_GUILESS_MAIN(TestTimeToLimit)
#include "tst_timetolimit.moc"
