// The air path of issue 16 on the validation halls (tests/data/airpath): T0 and T1 rank the
// open row ends hottest, as the OpenFOAM runs do; the under-supplied hall is hotter everywhere;
// the T1 air-side energy balance closes within 0.5 %; containment, blanking panels, rack
// airflow per kW and return-temperature control move the inlets the way they should.
#include "catalog.h"
#include "cfd/cfdcompare.h"
#include "cfd/cfdreference.h"
#include "projectio.h"
#include "validation.h"
#include "power/powersolver.h"
#include "thermal/airfield.h"
#include "thermal/fancurve.h"
#include "thermal/thermalsolver.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace aif;
using namespace aif::thermal;

namespace {

std::map<std::string, double> inlets(const ThermalResult &r)
{
    std::map<std::string, double> out;
    for (const RackThermal &t : r.racks)
        out[t.id] = t.inletC;
    return out;
}

double maxOf(const std::map<std::string, double> &m, std::initializer_list<const char *> ids)
{
    double v = -1e300;
    for (const char *id : ids)
        v = std::max(v, m.at(id));
    return v;
}

// Every end rack (1 and 8 of each row) is hotter than every rack of the row centre (3 to 6).
void checkRowEndsHottest(const std::map<std::string, double> &in)
{
    for (const char *row : {"A", "B"})
        for (int end : {1, 8})
            for (int mid = 3; mid <= 6; ++mid) {
                const std::string e = std::string("rack-") + row + std::to_string(end);
                const std::string m = std::string("rack-") + row + std::to_string(mid);
                QVERIFY2(in.at(e) > in.at(m) + 0.05, qPrintable(QString::fromStdString(e + " vs " + m)));
            }
}

} // namespace

class TestAirPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::open(&error);
        QVERIFY2(m_catalog, qPrintable(error));
        m_hall = load("raised-floor-16");
        m_under = load("raised-floor-16-undersupplied");
    }

    void tileFlowsReported()
    {
        const ThermalResult r = solveThermal(m_hall, *m_catalog);
        QCOMPARE(int(r.vents.size()), 16);
        double sum = 0.0;
        for (const VentFlow &v : r.vents)
            sum += v.flowM3s;
        QVERIFY(std::abs(sum - 2 * 4.797) < 1e-9);
        QVERIFY(r.halls[0].plenumPa > 0.0);
        QVERIFY(r.halls[0].plenumMinStaticPa < r.halls[0].plenumMaxStaticPa);
        const Json j = r.toJson();
        QCOMPARE(int(j["vents"].size()), 16);
        QVERIFY(j["halls"][0].contains("plenum"));
    }

    void t0RanksRowEndsHottest()
    {
        const auto ok = inlets(solveThermal(m_hall, *m_catalog));
        const auto under = inlets(solveThermal(m_under, *m_catalog));
        checkRowEndsHottest(ok);
        checkRowEndsHottest(under);
        for (const auto &[id, t] : ok)
            QVERIFY2(under.at(id) > t - 1e-9, id.c_str());
        // A fed aisle's centre breathes supply air (as in the CFD runs); short supply warms it.
        QVERIFY(std::abs(ok.at("rack-A4") - 18.0) < 0.05);
        QVERIFY(under.at("rack-A4") > ok.at("rack-A4") + 1.0);
    }

    void t0MatchesOpenFoam()
    {
        // Issue 16's targets against the recorded OpenFOAM runs (cfd-reference.json: calibration
        // and checking cases, each labelled): per-rack inlet RMS <= 1.0 K and the hottest inlet
        // within 1.5 K. T1 is reported, not held to it (docs/thermal.md says why).
        std::vector<cfd::ReferenceCase> cases;
        std::string error;
        QVERIFY2(cfd::readReference(AIF_TEST_DATA "/airpath/cfd-reference.json", &cases, &error), error.c_str());
        QVERIFY(cases.size() >= 2);
        for (const cfd::ReferenceCase &c : cases) {
            const Project p = load(QString::fromStdString(c.project).chopped(10).toUtf8().constData());
            std::vector<std::string> ids;
            std::vector<double> cfdC;
            for (const cfd::RackInlet &in : c.inlets) {
                ids.push_back(in.id);
                cfdC.push_back(in.inletC);
            }
            QCOMPARE(ids.size(), p.racks.size());
            const cfd::ModelError e0 = cfd::modelError(cfdC, cfd::fastInlets(p, *m_catalog, ids, false));
            const cfd::ModelError e1 = cfd::modelError(cfdC, cfd::fastInlets(p, *m_catalog, ids, true));
            qInfo("%s (%s): T0 RMS %.2f K, max-inlet %+.2f K; T1 RMS %.2f K, max-inlet %+.2f K", c.project.c_str(),
                  c.role.c_str(), e0.rmsK, e0.maxInletK, e1.rmsK, e1.maxInletK);
            QVERIFY2(e0.rmsK <= 1.0, c.project.c_str());
            QVERIFY2(std::abs(e0.maxInletK) <= 1.5, c.project.c_str());
            QVERIFY2(e0.hottestAgree || e0.topQuarterOverlap >= 0.5, c.project.c_str());
        }
    }

    void t1RanksRowEndsHottestAndBalances()
    {
        ThermalOptions o;
        o.airField = true;
        for (const Project *p : {&m_hall, &m_under}) {
            const ThermalResult r = solveThermal(*p, *m_catalog, o);
            QCOMPARE(r.tier, std::string("T1"));
            QCOMPARE(int(r.airFields.size()), 1);
            const AirFieldResult &f = *r.airFields[0].field;
            QVERIFY(f.converged);
            QVERIFY2(std::abs(f.heatRemovedW - f.heatInW) < 0.005 * f.heatInW,
                     qPrintable(QString("%1 %2").arg(f.heatInW).arg(f.heatRemovedW)));
            QCOMPARE(f.cellM, 0.3);   // airModel.cellM
            checkRowEndsHottest(inlets(r));
        }
        const auto ok = inlets(solveThermal(m_hall, *m_catalog, o));
        const auto under = inlets(solveThermal(m_under, *m_catalog, o));
        for (const auto &[id, t] : ok)
            QVERIFY2(under.at(id) > t - 0.05, id.c_str());
        QVERIFY(maxOf(under, {"rack-A1", "rack-A8"}) > maxOf(ok, {"rack-A1", "rack-A8"}));
    }

    void containmentReducesRecirculation()
    {
        // A cold-aisle containment over the tiles (doors at the row ends): T0's recirculation
        // share and the T1 inlets fall.
        Project contained = m_under;
        Containment c;
        c.id = "cac";
        c.hall = "hall-1";
        c.type = "cold-aisle";
        c.rows = {"row-A", "row-B"};
        c.xM = 5.4;
        c.yM = 4.8;
        c.widthM = 4.8;
        c.depthM = 1.2;
        c.leakageFraction = 0.05;
        contained.containments.push_back(c);
        const ThermalResult open0 = solveThermal(m_under, *m_catalog);
        const ThermalResult closed0 = solveThermal(contained, *m_catalog);
        QVERIFY(closed0.halls[0].recirculation < open0.halls[0].recirculation);
        ThermalOptions o;
        o.airField = true;
        const ThermalResult open1 = solveThermal(m_under, *m_catalog, o);
        const ThermalResult closed1 = solveThermal(contained, *m_catalog, o);
        QVERIFY2(closed1.halls[0].maxInletC < open1.halls[0].maxInletC,
                 qPrintable(QString("%1 %2").arg(closed1.halls[0].maxInletC).arg(open1.halls[0].maxInletC)));
        const AirFieldResult &f = *closed1.airFields[0].field;
        QVERIFY(std::abs(f.heatRemovedW - f.heatInW) < 0.005 * f.heatInW);
    }

    void buoyancyKeepsTheBalance()
    {
        Project off = m_hall;
        off.airModel.buoyancy = false;
        ThermalOptions o;
        o.airField = true;
        const ThermalResult a = solveThermal(m_hall, *m_catalog, o);
        const ThermalResult b = solveThermal(off, *m_catalog, o);
        const AirFieldResult &f = *a.airFields[0].field;
        QVERIFY(std::abs(f.heatRemovedW - f.heatInW) < 0.005 * f.heatInW);
        // The drift changes the field (it is not a no-op).
        QVERIFY(std::abs(a.halls[0].meanInletC - b.halls[0].meanInletC) > 1e-3);
    }

    void blankingPanelsAndAirflowPerKw()
    {
        Project p = m_hall;
        p.racks[0].blankingPanels = false;   // rack-A1
        const auto base = inlets(solveThermal(m_hall, *m_catalog));
        const auto open = inlets(solveThermal(p, *m_catalog));
        QVERIFY(open.at("rack-A1") > base.at("rack-A1") + 0.5);
        Project q = m_hall;
        for (Rack &r : q.racks)
            r.airflowM3sPerKw = 0.08;   // 8.4 kW → ~0.67 m³/s instead of 0.52
        const ThermalResult r = solveThermal(q, *m_catalog);
        QVERIFY(std::abs(r.racks[0].airflowM3s - 0.08 * r.racks[0].airHeatW / 1e3) < 1e-9);
    }

    void returnControlHoldsTheReturn()
    {
        Project p = m_hall;
        for (aif::AirUnit &a : p.airUnits) {
            a.control = "return";
            a.returnSetpointC = 30.0;
        }
        const ThermalResult r = solveThermal(p, *m_catalog);
        QVERIFY2(std::abs(r.halls[0].returnC - 30.0) < 0.2, qPrintable(QString::number(r.halls[0].returnC)));
        QVERIFY(r.halls[0].supplyC < 30.0);
        for (const AirUnitThermal &u : r.units)
            QCOMPARE(u.supplyC, r.halls[0].supplyC);
    }

    void chimneyRacksDoNotRecirculate()
    {
        // Every rack's exhaust up a chimney into the ceiling plenum: nothing hot is left in the
        // room to recirculate, so T0's intakes breathe supply air even where the tiles fall short.
        Project chimneys = m_under;
        for (Rack &r : chimneys.racks)
            r.exhaust = "chimney";
        const ThermalResult open0 = solveThermal(m_under, *m_catalog), shut0 = solveThermal(chimneys, *m_catalog);
        for (const RackThermal &t : shut0.racks)
            QVERIFY2(std::abs(t.inletC - shut0.halls[0].supplyC) < 1e-9, t.id.c_str());
        QCOMPARE(shut0.halls[0].airHeatW, open0.halls[0].airHeatW);   // the units still take it all
        double removed = 0;
        for (const AirUnitThermal &u : shut0.units)
            removed += u.heatW;
        QVERIFY(std::abs(removed - shut0.halls[0].airHeatW) < 1e-6 * removed);
        // Half the racks on chimneys: the others' recirculated air is the open racks' exhaust only.
        Project half = m_under;
        for (size_t i = 0; i < half.racks.size(); i += 2)
            half.racks[i].exhaust = "chimney";
        const ThermalResult h0 = solveThermal(half, *m_catalog);
        QVERIFY(h0.halls[0].maxInletC < open0.halls[0].maxInletC);
        // T1: the ducts carry the exhaust to the returns; the field stays balanced and cooler.
        ThermalOptions o;
        o.airField = true;
        const ThermalResult open1 = solveThermal(m_under, *m_catalog, o), shut1 = solveThermal(chimneys, *m_catalog, o);
        const AirFieldResult &f = *shut1.airFields[0].field;
        QVERIFY2(std::abs(f.heatRemovedW - f.heatInW) < 0.005 * f.heatInW,
                 qPrintable(QString("%1 %2").arg(f.heatInW).arg(f.heatRemovedW)));
        QVERIFY(shut1.halls[0].maxInletC < open1.halls[0].maxInletC);
        // Without a ceiling plenum the designer is told.
        Project roomReturn = chimneys;
        roomReturn.halls[0].returnPath = "room";
        const ThermalResult rr = solveThermal(roomReturn, *m_catalog);
        QVERIFY(std::any_of(rr.violations.begin(), rr.violations.end(),
                            [](const Diagnostic &d) { return d.code == "thermal.chimney-no-plenum"; }));
    }

    void rearDoorsTakeTheirRacksHeat()
    {
        // A 20 kW active rear door on every 8.4 kW rack: each takes its rack's air heat at the
        // rack (room-neutral), the CRAHs only the power-chain losses; the intakes cool down, and
        // the power solver's unit loads are the thermal solver's (one rule, airUnitHeats).
        Project doors = m_under;
        for (const Rack &r : m_under.racks) {
            aif::AirUnit d;
            d.id = "door-" + r.id;
            d.hall = r.hall;
            d.type = "rdhx";
            d.rack = r.id;
            d.capacityW = 20e3;
            d.airflowM3s = 0.0;   // the rack's fans move the air through a passive door
            d.fanPowerW = 0.0;
            d.supplyTempC = 18.0;
            d.chilledWaterLoop = "chw-1";
            doors.airUnits.push_back(d);
        }
        const ThermalResult base = solveThermal(m_under, *m_catalog), t = solveThermal(doors, *m_catalog);
        double doorHeat = 0, unitHeat = 0;
        for (const AirUnitThermal &u : t.units)
            (u.id.rfind("door-", 0) == 0 ? doorHeat : unitHeat) += u.heatW;
        double rackAir = 0;
        for (const RackThermal &r : t.racks) {
            QCOMPARE(r.doorHeatW, r.airHeatW);
            rackAir += r.airHeatW;
        }
        QVERIFY(std::abs(doorHeat - rackAir) < 1e-6 * rackAir);
        QVERIFY(std::abs(doorHeat + unitHeat - t.halls[0].airHeatW) < 1e-6 * t.halls[0].airHeatW);
        QVERIFY(t.halls[0].maxInletC < base.halls[0].maxInletC - 1.0);
        for (const RackThermal &r : t.racks)
            QVERIFY2(r.inletC < t.halls[0].supplyC + 0.5, r.id.c_str());
        const power::PowerResult pw = power::solvePower(doors, *m_catalog);
        for (const power::CoolingUnitLoad &u : pw.cooling.units)
            for (const AirUnitThermal &ut : t.units)
                if (u.id == ut.id)
                    QVERIFY2(std::abs(u.heatW - ut.heatW) < 1e-6 * std::max(1.0, ut.heatW), u.id.c_str());
        // A door too small for its rack leaves the rest to the room, and says so.
        doors.airUnits.back().capacityW = 5e3;
        const ThermalResult small = solveThermal(doors, *m_catalog);
        QCOMPARE(small.racks.back().doorHeatW, 5e3);
        QVERIFY(std::any_of(small.violations.begin(), small.violations.end(),
                            [](const Diagnostic &d) { return d.code == "thermal.door-capacity"; }));
    }

    void fanCurvesMeetTheFloor()
    {
        // Fan curves through 300 Pa at shut-off and the rated flow at the plenum's own ~52 Pa:
        // the units deliver about their rating. Grates (56 % open) lower the floor's resistance
        // and the flow rises; half the tiles closed raise it and the flow falls, as the curve says.
        Project p = m_hall;
        const double rated = p.airUnits[0].airflowM3s;
        for (aif::AirUnit &a : p.airUnits) {
            a.fanShutoffPa = 300.0;
            a.ratedStaticPa = 50.0;
        }
        bool ratedKept = true;
        auto delivered = [&](const Project &q) {
            const ThermalResult r = solveThermal(q, *m_catalog);
            double v = 0;
            for (const AirUnitThermal &u : r.units) {
                ratedKept = ratedKept && u.ratedM3s == rated;
                v += u.airflowM3s;
            }
            return std::make_pair(v, r.halls[0].plenumPa);
        };
        const auto [base, basePa] = delivered(p);
        QVERIFY2(std::abs(base - 2 * rated) < 0.05 * 2 * rated, qPrintable(QString::number(base)));
        QCOMPARE(fanCurveFlowM3s(p.airUnits[0], 50.0), rated);   // the rated point is on the curve
        QCOMPARE(fanCurveFlowM3s(p.airUnits[0], 300.0), 0.0);
        // On the curve: the delivered flow at the plenum pressure found.
        QVERIFY(std::abs(fanCurveFlowM3s(p.airUnits[0], basePa) - base / 2) < 1e-3 * base);
        Project grates = p, closed = p;
        for (Vent &v : grates.vents)
            if (v.isSupply())
                v.openArea = 0.56;
        for (size_t i = 0; i < closed.vents.size(); i += 2)
            if (closed.vents[i].isSupply())
                closed.vents[i].damper = 0.0;
        const auto [more, morePa] = delivered(grates);
        const auto [less, lessPa] = delivered(closed);
        QVERIFY(more > base && morePa < basePa);
        QVERIFY(less < base && lessPa > basePa);
        QVERIFY(ratedKept);
        // A rated point at or above shut-off is no curve: the field is named.
        Project bad = p;
        bad.airUnits[0].ratedStaticPa = 300.0;
        const Diagnostics d = validateProject(bad, m_catalog.get());
        QVERIFY(std::any_of(d.begin(), d.end(), [](const Diagnostic &x) {
            return x.code == "airunit.fan-curve" && x.message.find("ratedStaticPa") != std::string::npos;
        }));
        // Less air from the floor: the intakes warm up.
        QVERIFY(solveThermal(closed, *m_catalog).halls[0].maxInletC > solveThermal(p, *m_catalog).halls[0].maxInletC);
    }

private:
    Project load(const char *name)
    {
        LoadResult r = loadProject(QString(AIF_TEST_DATA "/airpath/%1.aifactory").arg(name));
        if (!r.ok)
            qFatal("cannot load %s", name);
        return r.project;
    }
    std::unique_ptr<Catalog> m_catalog;
    Project m_hall, m_under;
};

QTEST_GUILESS_MAIN(TestAirPath)
#include "tst_airpath.moc"
