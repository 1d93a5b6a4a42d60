// Raised-floor plenum (solvers/thermal/plenum.h): mass balance, the tile-flow distribution trends
// Karki, Patankar & Radmehr (2003) describe, open area, blockage and dampers.
#include "projectio.h"
#include "thermal/plenum.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace aif;
using namespace aif::thermal;

namespace {

// A 12 x 6 m hall, 0.6 m floor; one CRAH at the west wall discharging east under the floor;
// one line of 12 perforated tiles down the middle, from 2.1 m to 8.7 m.
Project makeHall(double blockage = 0.0, double openArea = 0.25)
{
    Project p;
    Hall h;
    h.id = "h";
    h.widthM = 12.0;
    h.depthM = 6.0;
    h.floor = "raised";
    h.raisedFloorM = 0.6;
    h.plenumBlockage = blockage;
    p.halls.push_back(h);
    AirUnit a;
    a.id = "crah";
    a.hall = "h";
    a.xM = 0.45;
    a.yM = 3.0;
    a.rotationDeg = 90.0;
    a.widthM = 2.4;
    a.depthM = 0.9;
    a.airflowM3s = 6.0;
    a.supplyTempC = 18.0;
    a.discharge = "underfloor";
    p.airUnits.push_back(a);
    for (int i = 0; i < 12; ++i) {
        Vent v;
        v.id = "t" + std::to_string(i);
        v.hall = "h";
        v.xM = 2.1 + 0.6 * i;
        v.yM = 3.0;
        v.openArea = openArea;
        p.vents.push_back(v);
    }
    return p;
}

double total(const PlenumResult &r)
{
    double s = 0.0;
    for (const VentFlow &v : r.tiles)
        s += v.flowM3s;
    return s;
}

// max/min tile flow
double spread(const PlenumResult &r)
{
    double lo = 1e300, hi = 0.0;
    for (const VentFlow &v : r.tiles) {
        lo = std::min(lo, v.flowM3s);
        hi = std::max(hi, v.flowM3s);
    }
    return hi / lo;
}

} // namespace

class TestPlenum : public QObject
{
    Q_OBJECT
private slots:
    void idelchikCoefficient()
    {
        // 25 % plate: ζ = K / f² ≈ 30.7 referred to the approach velocity (Idelchik Diagram 8-1).
        QVERIFY(std::abs(perforatedPlateK(0.25) / 0.0625 - 30.7) < 0.2);
        QVERIFY(perforatedPlateK(0.56) < perforatedPlateK(0.25));
    }

    void massBalanceExact()
    {
        const Project p = makeHall();
        const PlenumResult r = solvePlenum(p, p.halls[0], 0.3);
        QCOMPARE(int(r.tiles.size()), 12);
        QVERIFY2(std::abs(total(r) - 6.0) < 1e-9, qPrintable(QString::number(total(r), 'g', 15)));
        QVERIFY(r.totalPressurePa > 0.0);
        QVERIFY(r.minStaticPa <= r.maxStaticPa);
        QVERIFY(r.iterations < 60);
        for (const VentFlow &v : r.tiles)
            QCOMPARE(v.supplyC, 18.0);
    }

    void flowFallsNearTheCrah()
    {
        // The tile nearest the discharge sees the fastest plenum air, the lowest static pressure
        // and the least flow; flow rises away from the unit.
        const Project p = makeHall(0.3);
        const PlenumResult r = solvePlenum(p, p.halls[0], 0.3);
        QVERIFY(r.tiles.front().flowM3s < r.tiles.back().flowM3s);
        QVERIFY(r.tiles.front().staticPressurePa < r.tiles.back().staticPressurePa);
        // Monotonic up to the last tile, where air returning from the dead end beyond the
        // line streams past it again.
        for (size_t i = 1; i + 1 < r.tiles.size(); ++i)
            QVERIFY2(r.tiles[i].flowM3s >= r.tiles[i - 1].flowM3s - 1e-9, qPrintable(QString::number(i)));
    }

    void moreOpenAreaMoreShare()
    {
        Project p = makeHall();
        p.vents[6].openArea = 0.56;   // a grate among perforated tiles
        const PlenumResult r = solvePlenum(p, p.halls[0], 0.3);
        QVERIFY(r.tiles[6].flowM3s > 1.5 * r.tiles[5].flowM3s);
        QVERIFY(r.tiles[6].flowM3s > 1.5 * r.tiles[7].flowM3s);
        QVERIFY(std::abs(total(r) - 6.0) < 1e-9);
    }

    void blockageRaisesSpread()
    {
        const Project open = makeHall(0.0), blocked = makeHall(0.5);
        const PlenumResult a = solvePlenum(open, open.halls[0], 0.3);
        const PlenumResult b = solvePlenum(blocked, blocked.halls[0], 0.3);
        QVERIFY2(spread(b) > spread(a), qPrintable(QString("%1 %2").arg(spread(a)).arg(spread(b))));
        QVERIFY(spread(a) > 1.0);
    }

    void closedDamperPassesNothing()
    {
        Project p = makeHall();
        p.vents[3].damper = 0.0;
        const PlenumResult r = solvePlenum(p, p.halls[0], 0.3);
        QCOMPARE(r.tiles[3].flowM3s, 0.0);
        QVERIFY(std::abs(total(r) - 6.0) < 1e-9);
    }

    void validationHall()
    {
        // The 16-rack validation hall: two CRAHs at the west and east walls, 16 tiles; the
        // tiles nearest the walls pass least, the centre ones most, symmetric about the middle.
        LoadResult l = loadProject(AIF_TEST_DATA "/airpath/raised-floor-16.aifactory");
        QVERIFY(l.ok);
        const Project &p = l.project;
        QVERIFY(hasPlenum(p, p.halls[0]));
        const PlenumResult r = solvePlenum(p, p.halls[0], 0.3);
        QCOMPARE(int(r.tiles.size()), 16);
        QVERIFY(std::abs(total(r) - 2 * 4.797) < 1e-9);
        auto flow = [&](const std::string &id) {
            for (const VentFlow &v : r.tiles)
                if (v.id == id)
                    return v.flowM3s;
            return -1.0;
        };
        QVERIFY(flow("tile-1-s") < flow("tile-4-s"));
        QVERIFY(flow("tile-8-n") < flow("tile-5-n"));
        QVERIFY(std::abs(flow("tile-1-s") - flow("tile-8-s")) < 1e-3 * flow("tile-1-s"));
    }
};

QTEST_GUILESS_MAIN(TestPlenum)
#include "tst_plenum.moc"
