// N−1 scan (issue 22, docs/whatif.md): on the 1 MW sample, the cases that break ASHRAE allowable
// are exactly the units whose failure, solved independently (a scenario override through the
// normal solve job), puts more racks outside allowable than the base; every case's figures equal
// that separate solve; kinds filter; N−2 is capped; a cancel stops the scan.
#include "catalog.h"
#include "projectio.h"
#include "power/powersolver.h"
#include "solvejob.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"
#include "whatif/n1scan.h"

#include <QElapsedTimer>
#include <QTest>

using namespace aif;
using namespace aif::whatif;

class TestN1Scan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsExactlyTheBreakingUnits();
    void findsTheOneUndersizedUnit();
    void kindsFilter();
    void pairsCapped();
    void cancelStops();

private:
    void checkAgainstSeparateSolves(const Project &project, const ScanResult &scan, std::vector<std::string> *breaking);
    std::unique_ptr<Catalog> m_catalog;
    Project m_project;
};

namespace {

const std::set<std::string> kSolvers{"power", "thermal", "throughput"};

// Racks outside ASHRAE allowable as the solve job reports them: its inlet errors plus the racks
// of halls without a steady state (named in that hall's error, not per rack).
int allowableFromSolve(const SolveResult &r)
{
    int n = 0;
    for (const Diagnostic &d : r.violations)
        n += d.code == "thermal.inlet-allowable";
    for (const thermal::RackThermal &t : r.thermal->racks)
        n += t.uncooled && (t.airHeatW > 0 || t.gpus > 0);
    return n;
}

SolveResult solveWithFailed(Project project, const Catalog &catalog, const std::string &unitId)
{
    Scenario s;
    s.id = "test-failed";
    s.overrides.push_back({unitId, "failed", true});
    project.scenarios.push_back(s);
    project.rebuildIndex();
    SolveOptions o;
    o.only = kSolvers;
    o.scenario = s.id;
    return runSolve(project, catalog, o);
}

} // namespace

void TestN1Scan::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    const LoadResult loaded = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"));
    QVERIFY(loaded.ok);
    m_project = loaded.project;
}

void TestN1Scan::findsExactlyTheBreakingUnits()
{
    ScanOptions options;
    options.threads = 2;
    QElapsedTimer timer;
    timer.start();
    const ScanResult scan = runScan(m_project, *m_catalog, options);
    qInfo("N-1 of %zu units on 2 threads: %.2f s", scan.cases.size(), timer.elapsed() / 1000.0);
    QVERIFY2(scan.ok, scan.error.c_str());
    QCOMPARE(scan.cases.size(), m_project.airUnits.size() + m_project.cdus.size() + m_project.powerNodes.size());

    // The sample is N+1 in cooling and 2N in power: no single failure breaks allowable.
    std::vector<std::string> breaking;
    checkAgainstSeparateSolves(m_project, scan, &breaking);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(breaking.empty());
    qInfo("%zu of %zu cases break ASHRAE allowable", breaking.size(), scan.cases.size());

    // The sample's scenario "CRAH-1 failed" is the same case as the scan's crah-1.
    for (const ScanCase &c : scan.cases) {
        if (c.unitIds() != "crah-1")
            continue;
        SolveOptions o;
        o.only = kSolvers;
        o.scenario = "scn-crah-1-failed";
        const SolveResult r = runSolve(m_project, *m_catalog, o);
        QCOMPARE(c.figures.maxInletC, r.thermal->maxInletC);
    }

    // Severity order: breaking cases first, then lost tokens/s descending.
    const std::vector<const ScanCase *> order = bySeverity(scan);
    for (size_t i = 1; i < order.size(); ++i) {
        QVERIFY(order[i - 1]->breaksAllowable >= order[i]->breaksAllowable);
        if (order[i - 1]->breaksAllowable == order[i]->breaksAllowable)
            QVERIFY(order[i - 1]->lostTokensPerS >= order[i]->lostTokensPerS);
    }
}

// Every case against a separate solve of the design with that unit failed by a scenario
// override; returns the units whose case breaks allowable.
void TestN1Scan::checkAgainstSeparateSolves(const Project &project, const ScanResult &scan,
                                            std::vector<std::string> *breaking)
{
    SolveOptions baseOptions;
    baseOptions.only = kSolvers;
    const SolveResult base = runSolve(project, *m_catalog, baseOptions);
    const int baseAllowable = allowableFromSolve(base);
    QVERIFY(scan.base.allowableViolations == baseAllowable);
    QVERIFY(scan.base.maxInletC == base.thermal->maxInletC);
    QVERIFY(scan.base.tokensPerS == base.throughput->tokensPerS);
    for (const ScanCase &c : scan.cases) {
        QVERIFY2(c.ok, c.error.c_str());
        QVERIFY(c.units.size() == 1);
        const SolveResult r = solveWithFailed(project, *m_catalog, c.units[0].id);
        QVERIFY2(r.ok && r.thermal && r.throughput, c.unitIds().c_str());
        const int allowable = allowableFromSolve(r);
        const QByteArray what = QByteArray::fromStdString(c.unitIds() + ": " + std::to_string(allowable) + " vs base "
                                                          + std::to_string(baseAllowable) + ", scan "
                                                          + std::to_string(c.figures.allowableViolations));
        QVERIFY2(c.breaksAllowable == (allowable > baseAllowable), what);
        QVERIFY2(c.figures.allowableViolations == allowable, what);
        QVERIFY2(c.figures.maxInletC == r.thermal->maxInletC, what);
        QVERIFY2(c.lostTokensPerS == std::max(0.0, base.throughput->tokensPerS - r.throughput->tokensPerS), what);
        QVERIFY2(c.figures.recommendedViolations >= c.figures.allowableViolations, what);
        QVERIFY2(c.lostPowerCapacityW >= 0.0 && c.lostPowerCapacityW <= base.power->itW * (1 + 1e-9), what);
        if (c.breaksAllowable)
            breaking->push_back(c.unitIds());
    }
}

void TestN1Scan::findsTheOneUndersizedUnit()
{
    // crah-1 moves most of the hall's air: without it the racks draw more air than the rest
    // supply and recirculate exhaust past allowable; without any other unit the air suffices.
    Project p = m_project;
    for (size_t i = 0; i < p.airUnits.size(); ++i)
        p.airUnits[i].airflowM3s = i == 0 ? 40.0 : 4.2;
    ScanOptions options;
    options.kinds = {"cooling"};
    const ScanResult scan = runScan(p, *m_catalog, options);
    QVERIFY2(scan.ok, scan.error.c_str());
    QCOMPARE(scan.cases.size(), p.airUnits.size());
    std::vector<std::string> breaking;
    checkAgainstSeparateSolves(p, scan, &breaking);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(breaking, std::vector<std::string>{p.airUnits[0].id});
    QVERIFY(bySeverity(scan).front()->unitIds() == p.airUnits[0].id);
}

void TestN1Scan::kindsFilter()
{
    const std::vector<ScanUnit> network = scanUnits(m_project, {"network"});
    QCOMPARE(network.size(), m_project.switches.size());
    for (const ScanUnit &u : network)
        QCOMPARE(u.kind, std::string("switch"));
    const std::vector<ScanUnit> cooling = scanUnits(m_project, {"cooling"});
    QCOMPARE(cooling.size(), m_project.airUnits.size() + m_project.cdus.size());
    // An already-failed unit is not scanned again.
    Project p = m_project;
    QVERIFY(failUnit(p, cooling.front()));
    QCOMPARE(scanUnits(p, {"cooling"}).size(), cooling.size() - 1);
}

void TestN1Scan::pairsCapped()
{
    ScanOptions options;
    options.pairs = true;
    options.maxCases = 10;
    const ScanResult r = runScan(m_project, *m_catalog, options);
    QVERIFY(!r.ok);
    QVERIFY(r.cases.empty());
    QVERIFY2(r.error.find("N-2") != std::string::npos && r.error.find("--kinds") != std::string::npos, r.error.c_str());
}

void TestN1Scan::cancelStops()
{
    Progress progress;
    progress.cancel();
    const ScanResult r = runScan(m_project, *m_catalog, ScanOptions{}, &progress);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
}

QTEST_GUILESS_MAIN(TestN1Scan)
#include "tst_n1scan.moc"
