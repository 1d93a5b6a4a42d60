// TCO: the capital recovery factor against a hand calculation, the cost identity, capex by
// category, sensitivity signs, and the solve job's tco section (contract keys).
#include "catalog.h"
#include "projectio.h"
#include "solvejob.h"
#include "tco/tco.h"
#include "twin/twin.h"

#include <QtTest>

using namespace aif;
using namespace aif::tco;

class TestTco : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void capitalRecoveryFactorByHand();
    void costIdentityAndCategories();
    void sensitivitySigns();
    void solveSection();

private:
    TcoResult solve(Project *p);
    Project m_project;
    std::unique_ptr<Catalog> m_catalog;
};

void TestTco::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    const LoadResult r = loadProject(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
    QVERIFY(r.ok);
    m_project = r.project;
}

TcoResult TestTco::solve(Project *p)
{
    const twin::TwinResult w = twin::solveTwin(*p, *m_catalog, {});
    return computeTco(*p, *m_catalog, tcoInputs(*p, *m_catalog, w));
}

void TestTco::capitalRecoveryFactorByHand()
{
    // r (1+r)^n / ((1+r)^n - 1): 8 % over 5 years = 0.08 x 1.469328 / 0.469328 = 0.250456.
    QVERIFY(std::abs(capitalRecoveryFactor(0.08, 5) - 0.2504565) < 1e-6);
    QVERIFY(std::abs(capitalRecoveryFactor(0.0, 4) - 0.25) < 1e-12);      // no interest: straight line
    QVERIFY(std::abs(capitalRecoveryFactor(0.10, 15) - 0.1314738) < 1e-6);
}

void TestTco::costIdentityAndCategories()
{
    const TcoResult r = solve(&m_project);
    qInfo("1 MW: capex %.1f M$, opex %.2f M$/yr, %.0f MWh/yr, PUE %.3f, %.3f $/Mtok", r.capexUsd / 1e6,
          r.opexUsdPerYear / 1e6, r.energyMwhPerYear, r.annualPue, r.usdPerMillionTokens);
    double sum = 0.0;
    std::set<std::string> categories;
    for (const CapexLine &l : r.capex) {
        sum += l.usd;
        categories.insert(l.category);
    }
    QVERIFY(std::abs(sum - r.capexUsd) < 1.0);
    for (const char *c : {"it", "network", "power", "cooling", "shell", "installation"})
        QVERIFY2(categories.count(c), c);
    // $/Mtok = (annualized capex + opex) / (tokens per year / 1e6).
    QVERIFY(std::abs(r.usdPerMillionTokens - (r.annualizedCapexUsd + r.opexUsdPerYear) / (r.tokensPerYear / 1e6))
            < 1e-9 * r.usdPerMillionTokens);
    QVERIFY(std::abs(r.tokensPerUsd * r.usdPerMillionTokens - 1e6) < 1e-3);
    // Energy cost = MWh x 1000 x tariff.
    QVERIFY(std::abs(r.energyUsdPerYear - r.energyMwhPerYear * 1000.0 * m_project.economics.tariffUsdPerKwh) < 1.0);
}

void TestTco::sensitivitySigns()
{
    Project p = m_project;
    const double base = solve(&p).usdPerMillionTokens;
    p.economics.tariffUsdPerKwh *= 2.0;
    QVERIFY(solve(&p).usdPerMillionTokens > base);   // higher tariff, dearer tokens
    p = m_project;
    p.economics.discountRate = 0.15;
    QVERIFY(solve(&p).usdPerMillionTokens > base);
    const TcoResult r = solve(&m_project);
    QCOMPARE(int(r.tornado.size()), 5);
    for (const TcoResult::Sensitivity &s : r.tornado) {
        const bool cheaperWhenHigher = s.input == "utilization" || s.input == "IT lifetime";
        QVERIFY2(cheaperWhenHigher ? s.high < s.low : s.high > s.low, s.input.c_str());
    }
    for (size_t i = 1; i < r.tornado.size(); ++i)   // sorted by swing
        QVERIFY(std::abs(r.tornado[i - 1].high - r.tornado[i - 1].low) >= std::abs(r.tornado[i].high - r.tornado[i].low));
}

void TestTco::solveSection()
{
    const SolveResult s = runSolve(m_project, *m_catalog, {});
    QVERIFY(s.tco);
    const Json &t = s.json["tco"];
    for (const char *key : {"capex_usd", "opex_usd_per_year", "usd_per_million_tokens", "annual_energy_mwh", "annual_pue"})
        QVERIFY2(t.contains(key), key);
    QVERIFY(t["usd_per_million_tokens"].get<double>() > 0.0);
}

QTEST_GUILESS_MAIN(TestTco)
#include "tst_tco.moc"
