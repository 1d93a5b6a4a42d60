// The air path of issue 16 on the validation halls (tests/data/airpath): T0 and T1 rank the
// open row ends hottest, as the OpenFOAM runs do; the under-supplied hall is hotter everywhere;
// the T1 air-side energy balance closes within 0.5 %; containment, blanking panels, rack
// airflow per kW and return-temperature control move the inlets the way they should.
#include "catalog.h"
#include "projectio.h"
#include "thermal/airfield.h"
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
            QVERIFY2(under.at(id) > t, id.c_str());
        // The row ends lose most when the supply falls short.
        QVERIFY(under.at("rack-A1") - ok.at("rack-A1") > under.at("rack-A4") - ok.at("rack-A4"));
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
