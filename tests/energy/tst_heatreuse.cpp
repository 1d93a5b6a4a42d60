// Heat reuse, carbon and water (issue 23, docs/energy.md): the year's heat balance with a
// heat-reuse exchanger on the 10 MW design's facility loop, ERE against PUE, the receivers'
// seasonal demand, the heat pump's COP, hourly carbon summing to the annual figure, the PPA
// what-if, and the `energy` section of `aif solve`.
#include "catalog.h"
#include "energy/annual.h"
#include "energy/sustainability.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "solvejob.h"

#include "annualyear.h"

#include <QtTest>

using namespace aif;
using namespace aif::energy;

class TestHeatReuse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void heatBalance();
    void ereBelowPueOnlyWithReuse();
    void colderSiteReusesMore();
    void demandCapsReuse();
    void heatPumpLiftsToTheNetwork();
    void hourlyCarbonSumsToAnnual();
    void solveJsonSection();

private:
    AnnualResult year(Project p, const std::string &climate, double utilization = 0.7) const;
    Project withReuse(double demandPeakW, double networkSupplyC = 0.0) const;
    std::unique_ptr<Catalog> m_catalog;
    Project m_design;
};

void TestHeatReuse::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    const LoadResult r = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    QVERIFY(r.ok);
    m_design = r.project;
}

AnnualResult TestHeatReuse::year(Project p, const std::string &climate, double utilization) const
{
    return testing::annualYear(std::move(p), *m_catalog, climate, utilization);
}

// A 5 MW exchanger to a district-heating network returning at 25 °C, on the 30 °C facility loop.
Project TestHeatReuse::withReuse(double demandPeakW, double networkSupplyC) const
{
    Project p = m_design;
    HeatRejection h;
    h.id = "reuse-1";
    h.name = "District heating exchanger";
    h.type = "heat-reuse";
    h.loop = "facility-1";
    h.units = 1;
    h.capacityW = 5e6;
    h.approachK = 3.0;
    h.fanPowerW = 20e3;   // its circulation pump
    h.sinkTempC = 25.0;
    h.demandPeakW = demandPeakW;
    h.networkSupplyC = networkSupplyC;
    p.heatRejection.push_back(h);
    p.rebuildIndex();
    return p;
}

void TestHeatReuse::heatBalance()
{
    const AnnualResult a = year(withReuse(4e6), "lulea-se");
    QVERIFY2(a.ok, a.error.c_str());
    qInfo("Luleå, 4 MW peak demand: loops %.0f MWh = reused %.0f + rejected %.0f + unmet %.0f; IT %.0f MWh, "
          "facility %.0f MWh; %d h reusing",
          a.heatLoadMwh, a.reusedMwh, a.rejectedMwh, a.unmetMwh, a.itMwh, a.facilityMwh, a.reuseHours);
    QVERIFY(a.reusedMwh > 0.0);
    // Every MWh the loops carry is reused, rejected or unmet (within 0.5 %).
    QVERIFY(std::abs(a.reusedMwh + a.rejectedMwh + a.unmetMwh - a.heatLoadMwh) <= 0.005 * a.heatLoadMwh);
    // The loops carry the IT heat and the in-hall losses, fans and pumps: more than IT, less than
    // the whole facility (the chain's losses outside the halls and the chillers' work go to air).
    QVERIFY(a.heatLoadMwh >= a.itMwh * 0.995);
    QVERIFY(a.heatLoadMwh <= a.facilityMwh);
    QCOMPARE(a.unmetMwh, 0.0);
}

void TestHeatReuse::ereBelowPueOnlyWithReuse()
{
    const AnnualResult without = year(m_design, "lulea-se"), with = year(withReuse(4e6), "lulea-se");
    QVERIFY(without.ok && with.ok);
    const Sustainability s0 = sustainability(without, m_design.site(), m_design.economics, 1e12);
    const Sustainability s1 = sustainability(with, m_design.site(), m_design.economics, 1e12);
    QCOMPARE(s0.heatReuse.reusedMwh, 0.0);
    QCOMPARE(s0.heatReuse.ere, s0.heatReuse.pue);
    QCOMPARE(s0.heatReuse.erf, 0.0);
    QVERIFY(s1.heatReuse.ere < s1.heatReuse.pue);
    QVERIFY(s1.heatReuse.erf > 0.0 && s1.heatReuse.erf < 1.0);
    // ERE = (1 − ERF) × PUE (The Green Grid WP#29).
    QVERIFY(std::abs(s1.heatReuse.ere - (1.0 - s1.heatReuse.erf) * s1.heatReuse.pue) < 1e-9);
    qInfo("Luleå: PUE %.3f, ERE %.3f, ERF %.3f", s1.heatReuse.pue, s1.heatReuse.ere, s1.heatReuse.erf);
}

void TestHeatReuse::colderSiteReusesMore()
{
    const AnnualResult lulea = year(withReuse(4e6), "lulea-se"), phoenix = year(withReuse(4e6), "phoenix-az");
    QVERIFY(lulea.ok && phoenix.ok);
    qInfo("reused: Luleå %.0f MWh (design %.1f °C), Phoenix %.0f MWh (design %.1f °C)", lulea.reusedMwh,
          lulea.heatingDesignC, phoenix.reusedMwh, phoenix.heatingDesignC);
    QVERIFY(lulea.reusedMwh > phoenix.reusedMwh);   // heating demand follows the cold
    QVERIFY(lulea.heatingDesignC < phoenix.heatingDesignC);
}

void TestHeatReuse::demandCapsReuse()
{
    const AnnualResult capped = year(withReuse(2e6), "lulea-se"), open = year(withReuse(0.0), "lulea-se");
    QVERIFY(capped.ok && open.ok);
    // 2 MW at design, never more than that an hour: at most 2 MW × 8,760 h.
    QVERIFY(capped.reusedMwh <= 2.0 * 8760.0 + 1e-6);
    QVERIFY(open.reusedMwh > capped.reusedMwh);
    // A summer base of 20 % keeps some reuse every hour the loop is warm enough.
    QVERIFY(capped.reuseHours > 8000);
}

void TestHeatReuse::heatPumpLiftsToTheNetwork()
{
    // The network wants 70 °C; the loop returns at 40 °C: a heat pump lifts it.
    const AnnualResult a = year(withReuse(4e6, 70.0), "lulea-se");
    QVERIFY(a.ok);
    QVERIFY(a.heatPumpCop > 2.0 && a.heatPumpCop < 6.0);
    QVERIFY(a.heatPumpLiftK > 40.0);
    // Electricity = heat taken / (COP − 1): the heat pump's work joins the heat it delivers.
    QVERIFY(std::abs(a.heatPumpMwh - a.reusedMwh / (a.heatPumpCop - 1.0)) <= 1e-6 * a.reusedMwh);
    const Sustainability s = sustainability(a, m_design.site(), m_design.economics, 1e12);
    QVERIFY(std::abs(s.heatReuse.deliveredMwh - (a.reusedMwh + a.heatPumpMwh)) < 1e-6);
    // Without the lift (direct exchange) nothing is spent on it.
    QCOMPARE(year(withReuse(4e6), "lulea-se").heatPumpMwh, 0.0);
    qInfo("heat pump: COP %.2f over %.1f K; %.0f MWh electricity for %.0f MWh reused", a.heatPumpCop,
          a.heatPumpLiftK, a.heatPumpMwh, a.reusedMwh);
}

void TestHeatReuse::hourlyCarbonSumsToAnnual()
{
    Project p = m_design;
    p.site().gridCarbonGPerKwh = 350.0;
    const AnnualResult a = year(p, "phoenix-az");
    QVERIFY(a.ok);
    double grams = 0.0;
    for (float w : a.hourlyFacilityW)
        grams += double(w) / 1000.0 * 350.0;
    const Sustainability s = sustainability(a, p.site(), p.economics, 2e13);
    QVERIFY(s.carbon.set);
    QVERIFY(std::abs(s.carbon.scope2LocationT - grams / 1e6) <= 1e-9 * s.carbon.scope2LocationT);
    QVERIFY(std::abs(s.carbon.scope2LocationT - a.facilityMwh * 350.0 / 1000.0) <= 1e-4 * s.carbon.scope2LocationT);
    QCOMPARE(s.carbon.scope2T, s.carbon.scope2LocationT);
    QVERIFY(std::abs(*s.carbon.gPerMtok - s.carbon.scope2T * 1e6 / 2e7) < 1e-6 * *s.carbon.gPerMtok);
    QVERIFY(std::abs(s.carbon.cueKgPerKwh - s.carbon.scope2T / a.itMwh) < 1e-12);
    // A carbon-free PPA for 60 % of the energy: market-based Scope 2 keeps 40 %.
    p.site().carbonFreeShare = 0.6;
    const Sustainability ppa = sustainability(a, p.site(), p.economics, 2e13);
    QVERIFY(std::abs(ppa.carbon.scope2T - 0.4 * s.carbon.scope2LocationT) < 1e-6 * s.carbon.scope2LocationT);
    QCOMPARE(ppa.carbon.scope2LocationT, s.carbon.scope2LocationT);
    // Unset intensity: unknown, not zero.
    p.site().gridCarbonGPerKwh = 0.0;
    const Json j = sustainability(a, p.site(), p.economics, 2e13).toJson();
    QVERIFY(j["carbon"]["scope2_t"].is_null());
}

void TestHeatReuse::solveJsonSection()
{
    Project p = withReuse(4e6);
    p.site().gridCarbonGPerKwh = 350.0;
    p.economics.heatPriceUsdPerKwh = 0.03;
    const SolveResult r = runSolve(p, *m_catalog, SolveOptions{});
    QVERIFY(r.ok);
    const Json &e = r.json["energy"];
    for (const char *key : {"reused_mwh", "erf", "ere", "revenue_usd"})
        QVERIFY2(e["heat_reuse"][key].is_number(), key);
    for (const char *key : {"scope2_t", "cue", "g_per_mtok"})
        QVERIFY2(e["carbon"][key].is_number(), key);
    for (const char *key : {"wue", "l_per_mtok"})
        QVERIFY2(e["water"][key].is_number(), key);
    QVERIFY(e["heat_reuse"]["revenue_usd"].get<double>() > 0.0);
    // The revenue comes off the TCO's opex.
    QCOMPARE(r.json["tco"]["opex_usd"]["heat_reuse_revenue"].get<double>(), -e["heat_reuse"]["revenue_usd"].get<double>());
    QVERIFY(r.json["energy"]["heat_reuse"]["ere"].get<double>() < r.json["annual"]["annual_pue"].get<double>());
}

QTEST_GUILESS_MAIN(TestHeatReuse)
#include "tst_heatreuse.moc"
