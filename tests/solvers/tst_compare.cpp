// Compare (issue 20): a failure scenario is a degraded case of its base and never better;
// designs of different sizes are compared per MW of IT; three sides at once; the input
// differences name each scenario override.
#include "catalog.h"
#include "projectio.h"
#include "report/compare.h"
#include "solvejob.h"

#include <QTest>

#include <cmath>

using namespace aif;

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failureNeverBetter();
    void failureThatDropsLoad();
    void normalisedAcrossSizes();
    void threeSides();
    void differencesListOverrides();
    void sideKinds();

private:
    Project sample(const char *name) const;
    CompareResult run(std::vector<CompareSide> sides) const;
    std::unique_ptr<Catalog> m_catalog;
};

namespace {

int figureIndex(const CompareResult &r, const char *key)
{
    for (int i = 0; i < r.figureCount(); ++i)
        if (r.values[0][size_t(i)].figure.key == key)
            return i;
    return -1;
}

} // namespace

void TestCompare::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestCompare::sample(const char *name) const
{
    const LoadResult loaded
        = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(name));
    return loaded.ok ? loaded.project : Project {};
}

CompareResult TestCompare::run(std::vector<CompareSide> sides) const
{
    solveSides(sides, *m_catalog);
    return compareDesigns(sides);
}

void TestCompare::failureNeverBetter()
{
    const Project p = sample("reference-1mw-h100-air");
    const CompareResult r = run({{"base", p, {}},
                                 {"UPS A failed", p, "scn-ups-a-failed"},
                                 {"CRAH-1 failed", p, "scn-crah-1-failed"},
                                 {"tariff", p, "scn-tariff-012"}});
    QCOMPARE(r.kinds[1], SideKind::Failure);
    QCOMPARE(r.kinds[2], SideKind::Failure);
    QCOMPARE(r.kinds[3], SideKind::WhatIf);
    for (int i : {1, 2}) {
        const SideVerdict &v = r.verdicts[size_t(i)];
        QCOMPARE(v.base, 0);
        QCOMPARE(v.better, 0);
        for (int f : v.figures)
            QVERIFY(f <= 0);
        QVERIFY2(v.text.startsWith("degraded case of base"), qPrintable(v.text));
        QVERIFY2(!v.text.contains("better"), qPrintable(v.text));
    }
    // The single UPS runs at a better point of its loss curve: without the rule, "better".
    const int pue = figureIndex(r, "pueOperating");
    KeyFigure a = r.values[0][size_t(pue)].figure, b = r.values[1][size_t(pue)].figure;
    QCOMPARE(comparison(a, b), 1);
    QCOMPARE(r.verdicts[1].figures[size_t(pue)], 0);
    // A what-if is judged plainly: the dearer tariff is worse on cost.
    QVERIFY(r.verdicts[3].worse > 0);
    QCOMPARE(r.verdicts[3].figures[size_t(figureIndex(r, "usdPerMtok"))], -1);
}

void TestCompare::failureThatDropsLoad()
{
    // Both UPSes of the 2N hall lost: racks go dark, the hall draws less and serves fewer tokens.
    Project p = sample("reference-1mw-h100-air");
    Scenario both;
    both.id = "scn-both-ups";
    both.name = "Both UPS failed";
    both.overrides = {{"ups-A", "failed", true}, {"ups-B", "failed", true}};
    p.scenarios.push_back(both);
    p.rebuildIndex();
    const CompareResult r = run({{"base", p, {}}, {"both UPS", p, "scn-both-ups"}});
    const int facility = figureIndex(r, "facility"), tokens = figureIndex(r, "tokensPerS");
    const CompareValue &fa = r.values[0][size_t(facility)], &fb = r.values[1][size_t(facility)];
    QVERIFY(fa.figure.valid());
    QVERIFY2(!fb.figure.valid() || fb.figure.value < fa.figure.value, "less power drawn");
    QCOMPARE(r.verdicts[1].better, 0);
    QCOMPARE(r.verdicts[1].figures[size_t(facility)], 0); // less power is no gain here
    const double ta = r.values[0][size_t(tokens)].figure.value;
    const double tb = r.values[1][size_t(tokens)].figure.value;
    QVERIFY(!(tb >= ta)); // fewer tokens, or none
    QVERIFY2(r.verdicts[1].text.startsWith("degraded case of base"),
             qPrintable(r.verdicts[1].text));
}

void TestCompare::normalisedAcrossSizes()
{
    const CompareResult r = run({{"1 MW", sample("reference-1mw-h100-air"), {}},
                                 {"10 MW", sample("reference-10mw-gb200-liquid"), {}}});
    QVERIFY(r.sizesDiffer);
    QVERIFY(r.itMw[1] > 5.0 * r.itMw[0]);
    const SideVerdict &v = r.verdicts[1];
    QCOMPARE(v.basis, Normalisation::PerMwIt);
    QVERIFY2(v.text.contains("per MW of IT"), qPrintable(v.text));
    for (size_t s = 0; s < 2; ++s) {
        const auto &vals = r.values[s];
        const CompareValue &facility = vals[size_t(figureIndex(r, "facility"))];
        const CompareValue &pue = vals[size_t(figureIndex(r, "pueOperating"))];
        // Facility power per MW of IT is the operating PUE in kW per MW.
        QVERIFY(std::abs(facility.perMwIt * 1e-3 / 1e3 - pue.figure.value) < 2e-3);
        QCOMPARE(pue.perMwIt, pue.figure.value); // intensive: never divided
        const CompareValue &tokens = vals[size_t(figureIndex(r, "tokensPerS"))];
        QVERIFY(std::abs(tokens.perGpu - tokens.figure.value / r.gpus[s]) < 1e-6);
        QVERIFY(std::isnan(tokens.perMtok));
        const CompareValue &energy = vals[size_t(figureIndex(r, "energy"))];
        QVERIFY(std::abs(energy.perMtok - energy.figure.value / r.mtokPerYear[s]) < 1e-12);
    }
    // Per MW of IT the liquid hall is far cheaper per token and denser in tokens: better there,
    // while its totals (more MW) alone would have called it worse.
    const int facility = figureIndex(r, "facility");
    QCOMPARE(comparison(r.values[0][size_t(facility)].figure, r.values[1][size_t(facility)].figure),
             -1);
    QCOMPARE(v.figures[size_t(figureIndex(r, "usdPerMtok"))], 1);
    QVERIFY(v.better > v.worse);
    const KeyFigure shown = normalisedFigure(r.values[1][size_t(facility)], Normalisation::PerMwIt);
    QCOMPARE(shown.unit, QStringLiteral("kW/MW IT"));
}

void TestCompare::threeSides()
{
    const Project small = sample("reference-1mw-h100-air"), big = sample("reference-10mw-gb200-liquid");
    const CompareResult r = run(
        {{"1 MW", small, {}}, {"10 MW", big, {}}, {"10 MW CDU-1 failed", big, "scn-cdu-failed"}});
    QCOMPARE(r.labels.size(), size_t(3));
    QCOMPARE(r.kinds[2], SideKind::Failure);
    QCOMPARE(r.verdicts[2].base, 1);
    QCOMPARE(r.verdicts[2].reference, 1); // a failure against its own design, not side A
    QCOMPARE(r.verdicts[2].basis, Normalisation::Total);
    QVERIFY2(r.verdicts[2].text.startsWith("degraded case of 10 MW"),
             qPrintable(r.verdicts[2].text));
    QCOMPARE(r.verdicts[1].basis, Normalisation::PerMwIt);
    const Json j = compareJson(r, Normalisation::PerGpu);
    QCOMPARE(j["normalisation"].get<std::string>(), std::string("gpu"));
    QCOMPARE(j["sides"].size(), size_t(3));
    QCOMPARE(j["sides"][2]["kind"].get<std::string>(), std::string("failure"));
    QCOMPARE(j["sides"][2]["verdict"]["base"].get<int>(), 1);
    QCOMPARE(j["sides"][2]["verdict"]["better"].get<int>(), 0);
    QVERIFY(j["sides"][1]["values"]["facility"]["mw"].is_number());
    QVERIFY(j["sides"][1]["values"]["pue"]["mtok"].is_number());
    QVERIFY(j["sides"][1]["values"]["tokensPerS"]["mtok"].is_null());
    QCOMPARE(j["figures"].size(), size_t(r.figureCount()));
    // The failure's differences are against its base: just the override.
    QCOMPARE(j["sides"][2]["differences_from"].get<int>(), 1);
    QCOMPARE(j["sides"][2]["differences"].size(), size_t(1));
    QVERIFY(j["sides"][1]["differences"].size() > 5);
}

void TestCompare::differencesListOverrides()
{
    const Project p = sample("reference-1mw-h100-air");
    const CompareSide base {"base", p, {}}, ups {"ups", p, "scn-ups-a-failed"},
        tariff {"tariff", p, "scn-tariff-012"};
    QCOMPARE(inputDifferences(base, ups), QStringList {"ups-A.failed: false → true"});
    QCOMPARE(inputDifferences(base, tariff),
             QStringList {"economics.tariffUsdPerKwh: 0.08 → 0.12"});
    QVERIFY(inputDifferences(base, base).isEmpty());
    // Two designs: what differs in their inputs, by topic.
    const QStringList d = inputDifferences(base, {"10 MW", sample("reference-10mw-gb200-liquid"), {}});
    QVERIFY(d.filter(QStringLiteral("Racks: 44 → 100")).size() == 1);
    QVERIFY(d.filter(QStringLiteral("Systems: hgx-h100-8gpu ×120 → gb200-nvl72 ×80")).size() == 1);
    QVERIFY(d.filter(QStringLiteral("Site: ")).size() == 1);
    QVERIFY(d.filter(QStringLiteral("Tariff: ")).size() == 1);
    QVERIFY(d.filter(QStringLiteral("Power chain: ")).size() == 1);
}

void TestCompare::sideKinds()
{
    Project p = sample("reference-1mw-h100-air");
    QCOMPARE(sideKind(p, {}), SideKind::Design);
    QCOMPARE(sideKind(p, "scn-tariff-012"), SideKind::WhatIf);
    QCOMPARE(sideKind(p, "scn-crah-1-failed"), SideKind::Failure);
    // Bringing a unit that is out of service back is a what-if, not a failure.
    p.airUnits.front().failed = true;
    Scenario repair;
    repair.id = "scn-repair";
    repair.overrides = {{p.airUnits.front().id, "failed", false}};
    p.scenarios.push_back(repair);
    p.rebuildIndex();
    QCOMPARE(sideKind(p, "scn-repair"), SideKind::WhatIf);
    Normalisation n = Normalisation::Total;
    QVERIFY(normalisationFromKey("mtok", &n) && n == Normalisation::PerMtok);
    QVERIFY(!normalisationFromKey("per-rack", &n));
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
