// Annual energy: the synthesized weather year against its monthly normals, the wet bulb
// formula against a published value, annual energy = the sum of the hours, climate trends
// (a cold site needs less cooling energy), and the one-year speed (printed).
#include "catalog.h"
#include "energy/annual.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "solvejob.h"

#include "annualyear.h"

#include <QtTest>

#include <numeric>

using namespace aif;
using namespace aif::energy;

class TestEnergy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wetBulbReference();
    void weatherYearMatchesNormals();
    void annualIsSumOfHours();
    void freeCoolingPerLoop();
    void colderSiteCoolsCheaper();
    void missingClimateIsReported();

private:
    AnnualResult year(Project p, const std::string &climate, double utilization = 0.7);
    std::unique_ptr<Catalog> m_catalog;
};

void TestEnergy::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

AnnualResult TestEnergy::year(Project p, const std::string &climate, double utilization)
{
    return testing::annualYear(std::move(p), *m_catalog, climate, utilization);
}

void TestEnergy::wetBulbReference()
{
    // Stull (2011): 20 °C at 50 % RH gives a wet bulb of 13.7 °C.
    QVERIFY(std::abs(wetBulbStullC(20.0, 50.0) - 13.7) < 0.1);
    QVERIFY(std::abs(wetBulbStullC(30.0, 99.0) - 29.9) < 0.3);   // saturated: wet bulb = dry bulb
}

void TestEnergy::weatherYearMatchesNormals()
{
    const Json *c = m_catalog->entry("climate", "phoenix-az");
    QVERIFY(c);
    std::string error;
    const std::vector<HourWeather> y = synthesizeYear(*c, &error);
    QCOMPARE(int(y.size()), 8760);
    double july = 0.0;
    int n = 0;
    for (const HourWeather &h : y) {
        QVERIFY(h.wetBulbC <= h.dryBulbC + 1e-9);
        if (h.month == 6) {
            july += h.dryBulbC;
            ++n;
        }
    }
    // The interpolated daily means keep each month's mean within ~1 K of the normal.
    QVERIFY2(std::abs(july / n - 35.6) < 1.0, qPrintable(QString::number(july / n)));
    QCOMPARE(m_catalog->entries("climate").size() >= 24, true);
}

void TestEnergy::annualIsSumOfHours()
{
    const LoadResult r = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    QVERIFY(r.ok);
    const AnnualResult a = year(r.project, "phoenix-az");
    QVERIFY2(a.ok, a.error.c_str());
    qInfo("10 MW at Phoenix: %.0f MWh, PUE %.3f (monthly %.3f..%.3f), peak %.0f kW, one year in %.1f ms",
          a.facilityMwh, a.pue, *std::min_element(a.monthlyPue.begin(), a.monthlyPue.end()),
          *std::max_element(a.monthlyPue.begin(), a.monthlyPue.end()), a.peakFacilityW / 1e3, a.seconds * 1e3);
    const double sum = std::accumulate(a.hourlyFacilityW.begin(), a.hourlyFacilityW.end(), 0.0) / 1e6;
    QVERIFY(std::abs(sum - a.facilityMwh) < 1e-4 * a.facilityMwh);
    const double months = std::accumulate(a.monthlyFacilityMwh.begin(), a.monthlyFacilityMwh.end(), 0.0);
    QVERIFY(std::abs(months - a.facilityMwh) < 1e-6 * a.facilityMwh);
    QVERIFY(a.pue > 1.0);
    // Summer costs more cooling than winter in Phoenix.
    QVERIFY(a.monthlyPue[6] > a.monthlyPue[0]);
}

void TestEnergy::freeCoolingPerLoop()
{
    // The 10 MW design rejects the GB200 liquid heat through dry coolers (facility loop, W32
    // water) and the hall's air heat through chillers only (chilled-water loop): site-wide it is
    // never chiller-free, but the facility loop is most of the year, and more so in Luleå.
    const LoadResult r = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    QVERIFY(r.ok);
    const AnnualResult phoenix = year(r.project, "phoenix-az"), lulea = year(r.project, "lulea-se");
    QVERIFY(phoenix.ok && lulea.ok);
    auto loop = [](const AnnualResult &a, const char *id) {
        for (const AnnualResult::Loop &l : a.loops)
            if (l.id == id)
                return l;
        return AnnualResult::Loop{};
    };
    const AnnualResult::Loop facility = loop(phoenix, "facility-1"), chw = loop(phoenix, "chw-1");
    QCOMPARE(facility.id, std::string("facility-1"));
    QCOMPARE(chw.id, std::string("chw-1"));
    qInfo("Phoenix: facility loop %d h chiller-free (%.0f %% economized), chilled water %d h; site %d h, %.0f %% of heat; "
          "Luleå facility loop %d h, site %.0f %%",
          facility.freeCoolingHours, 100 * facility.economizerShare, chw.freeCoolingHours, phoenix.freeCoolingHours,
          100 * phoenix.economizerShare, loop(lulea, "facility-1").freeCoolingHours, 100 * lulea.economizerShare);
    QCOMPARE(chw.freeCoolingHours, 0);               // chillers only
    QCOMPARE(chw.economizerShare, 0.0);
    QCOMPARE(phoenix.freeCoolingHours, 0);           // the strict site-wide count
    QVERIFY(facility.freeCoolingHours > 0);
    QVERIFY(facility.economizerShare > 0.5);
    QVERIFY(loop(lulea, "facility-1").freeCoolingHours >= facility.freeCoolingHours);   // colder site
    QVERIFY(lulea.economizerShare >= phoenix.economizerShare);
    // Shares are energy-weighted: the site share lies between its loops'.
    QVERIFY(phoenix.economizerShare > chw.economizerShare && phoenix.economizerShare < facility.economizerShare);
    double heat = 0;
    for (const AnnualResult::Loop &l : phoenix.loops)
        heat += l.heatMwh;
    QVERIFY(heat > 0);
}

void TestEnergy::colderSiteCoolsCheaper()
{
    const LoadResult r = loadProject(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
    QVERIFY(r.ok);
    const AnnualResult hot = year(r.project, "phoenix-az"), cold = year(r.project, "lulea-se");
    QVERIFY(hot.ok && cold.ok);
    qInfo("1 MW air-cooled: PUE Phoenix %.3f, Luleå %.3f", hot.pue, cold.pue);
    QVERIFY(cold.pue < hot.pue);
    QVERIFY(std::abs(cold.itMwh - hot.itMwh) < 1e-6 * hot.itMwh);   // weather moves cooling, not IT
}

void TestEnergy::missingClimateIsReported()
{
    const LoadResult r = loadProject(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
    const AnnualResult a = year(r.project, "atlantis");
    QVERIFY(!a.ok);
    // The site by id and the field by name: in a multi-site design the pointer of the cut-out
    // each site is solved on would name the wrong site.
    const QString why = QString::fromStdString(a.error);
    QVERIFY2(why.contains("site '" + QString::fromStdString(r.project.site().id) + "'") && why.contains("climate 'atlantis'"),
             a.error.c_str());
}

QTEST_GUILESS_MAIN(TestEnergy)
#include "tst_energy.moc"
