// Scale-across (DCI) links of issue 18: the medium at each reach boundary, fibre latency, scaling
// with wavelengths, amplifiers beyond one span, leased wavelengths and the ring all-reduce time.
#include "catalog.h"
#include "network/dci.h"

#include <QtTest>

using namespace aif;
using namespace aif::network;

class TestDci : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mediumByReach_data();
    void mediumByReach();
    void amplifiersBeyondOneSpan();
    void leased();
    void latency();
    void scalesWithWavelengths();
    void allReduce();
    void badInput();

private:
    DciResult run(double km, double tbps, const std::string &option = "auto", double lambda = 0)
    {
        DciInput in;
        in.distanceKm = km;
        in.bandwidthTbps = tbps;
        in.option = option;
        in.lambdaGbps = lambda;
        return planDci(in, *m_catalog);
    }
    std::unique_ptr<Catalog> m_catalog;
};

void TestDci::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

// The cheapest catalog part whose reach covers the route (modules at both ends plus fibre pairs by
// length): grey optics on a campus, coherent ZR to 120 km (OIF 400ZR), OpenZR+ beyond.
void TestDci::mediumByReach_data()
{
    QTest::addColumn<double>("km");
    QTest::addColumn<QString>("medium");
    QTest::newRow("0.05 km: DR") << 0.05 << "dr";
    QTest::newRow("1 km: FR") << 1.0 << "fr";
    QTest::newRow("2 km: FR at its reach") << 2.0 << "fr";
    QTest::newRow("2.5 km: LR") << 2.5 << "lr";
    QTest::newRow("4 km: LR") << 4.0 << "lr";
    // LR needs a duplex pair per 400G (8 for 3.2 Tb/s); DWDM puts 8 wavelengths on one pair, so
    // past ~5 km the fibre bought makes ZR cheaper though LR still reaches.
    QTest::newRow("10 km: ZR, fewer fibre pairs") << 10.0 << "zr";
    QTest::newRow("11 km: ZR") << 11.0 << "zr";
    QTest::newRow("80 km: ZR") << 80.0 << "zr";
    QTest::newRow("120 km: ZR at its reach") << 120.0 << "zr";
    QTest::newRow("121 km: ZR+") << 121.0 << "zrplus";
    QTest::newRow("500 km: ZR+") << 500.0 << "zrplus";
}

void TestDci::mediumByReach()
{
    QFETCH(double, km);
    QFETCH(QString, medium);
    const DciResult r = run(km, 3.2);
    QVERIFY2(r.error.empty(), r.error.c_str());
    QCOMPARE(QString::fromStdString(r.medium), medium);
    QVERIFY(r.reachKm + 1e-9 >= km);
    QVERIFY(r.pjPerBit > 0);
    QVERIFY(!r.source.empty());
}

// 500 km: one in-line amplifier site every 80 km (ceil(500/80) - 1 = 6), on each fibre pair.
void TestDci::amplifiersBeyondOneSpan()
{
    const DciResult r = run(500, 3.2, "zr+", 400);
    QVERIFY2(r.error.empty(), r.error.c_str());
    QCOMPARE(r.amplifierSites, 6);
    QCOMPARE(r.fibrePairs, 1);   // 8 wavelengths on one DWDM pair (64 channels at 75 GHz)
    QCOMPARE(r.amplifiers, 6);
    QVERIFY(!r.amplifierSource.empty());
    const DciResult shortRoute = run(100, 3.2, "zr+", 400);   // within one span: none
    QCOMPARE(shortRoute.amplifierSites, 0);
    QVERIFY(r.powerW > shortRoute.powerW);
    QVERIFY(r.capexUsd > shortRoute.capexUsd);
    // Asking for ZR where it does not reach is an error, not a silent ZR+.
    QVERIFY(!run(500, 3.2, "zr").error.empty());
}

void TestDci::leased()
{
    const DciResult r = run(600, 3.2, "leased");
    QVERIFY2(r.error.empty(), r.error.c_str());
    QCOMPARE(QString::fromStdString(r.medium), QStringLiteral("leased"));
    QCOMPARE(r.wavelengths, 8);
    QCOMPARE(r.fibrePairs, 0);
    QCOMPARE(r.amplifiers, 0);
    QVERIFY(r.opexUsdPerYear > 0);
    QVERIFY(r.transceivers > 0);   // the hand-off optics at both ends
    // Rent grows with the route.
    QVERIFY(run(1200, 3.2, "leased").opexUsdPerYear > r.opexUsdPerYear);
    // Leased is never picked unless asked for.
    QVERIFY(run(600, 3.2).medium != "leased");
}

// Group index 1.4682 (Corning SMF-28): 100 km of fibre is 0.4897 ms one way; the coherent DSPs
// add a few microseconds.
void TestDci::latency()
{
    QVERIFY(qAbs(fibreLatencyMs(100) - 0.4897) < 0.0005);
    const DciResult r = run(100, 3.2);
    QVERIFY(qAbs(r.fibreLatencyMs - 0.4897) < 0.0005);
    QVERIFY(r.equipmentLatencyMs >= 0 && r.equipmentLatencyMs < 0.05);
    QVERIFY(qAbs(r.latencyMs - 0.49) < 0.02);
    QVERIFY(qAbs(r.latencyMs - (r.fibreLatencyMs + r.equipmentLatencyMs)) < 1e-12);
}

// 3.2 Tb/s at 400G is 8 wavelengths; twice the bandwidth doubles wavelengths, transceivers and
// their power; capex grows with them.
void TestDci::scalesWithWavelengths()
{
    const DciResult a = run(80, 3.2, "zr", 400);
    const DciResult b = run(80, 6.4, "zr", 400);
    QVERIFY2(a.error.empty() && b.error.empty(), (a.error + b.error).c_str());
    QCOMPARE(a.wavelengths, 8);
    QCOMPARE(a.transceivers, 16);
    QCOMPARE(b.wavelengths, 16);
    QCOMPARE(b.transceivers, 32);
    QVERIFY(qAbs(b.powerW - 2 * a.powerW) < 1e-9);
    QVERIFY(b.capexUsd > a.capexUsd);
    QVERIFY(qAbs(a.pjPerBit - a.powerW / a.transceivers / a.speedGbps * 1000.0) < 1e-9);
    QCOMPARE(run(80, 3.3, "zr", 400).wavelengths, 9);   // a partial wavelength is a whole one
}

// Ring all-reduce (Patarasuk & Yuan 2009): 2(n-1)/n · bytes / bandwidth + 2(n-1) latencies.
void TestDci::allReduce()
{
    // 100 GB between 2 sites at 3.2 Tb/s with 1 ms: 8e11 b / 3.2e12 b/s + 2 ms = 0.252 s.
    QVERIFY(qAbs(ringAllReduceSeconds(100e9, 2, 3200, 0.001) - 0.252) < 1e-12);
    DciInput in;
    in.distanceKm = 600;
    in.bandwidthTbps = 3.2;
    in.sites = 4;
    in.gradientGb = 100;
    const DciResult r = planDci(in, *m_catalog);
    QVERIFY2(r.error.empty(), r.error.c_str());
    const double expected = 2.0 * 3 / 4 * 100e9 * 8 / 3.2e12 + 6 * r.latencyMs / 1000.0;
    QVERIFY(qAbs(r.allreduceSeconds - expected) < 1e-12);
    in.gradientGb = 0;
    QVERIFY(planDci(in, *m_catalog).allreduceSeconds < 0);   // not asked for
    // More bandwidth, less time; more sites, more time (for n >= 2).
    in.gradientGb = 100;
    in.bandwidthTbps = 6.4;
    QVERIFY(planDci(in, *m_catalog).allreduceSeconds < r.allreduceSeconds);
}

void TestDci::badInput()
{
    QVERIFY(QString::fromStdString(run(0, 3.2).error).contains("distance"));
    QVERIFY(QString::fromStdString(run(10, -1).error).contains("bandwidth"));
    QVERIFY(QString::fromStdString(run(10, 3.2, "zr++").error).contains("option"));
    QVERIFY(QString::fromStdString(run(10, 3.2, "auto", 333).error).contains("reaches"));
    DciInput in;
    in.distanceKm = 10;
    in.bandwidthTbps = 1;
    in.sites = 1;
    QVERIFY(QString::fromStdString(planDci(in, *m_catalog).error).contains("sites"));
}

QTEST_GUILESS_MAIN(TestDci)
#include "tst_dci.moc"
