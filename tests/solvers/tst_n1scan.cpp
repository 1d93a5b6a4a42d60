// N−1 scan (issue 22, docs/whatif.md): on the 1 MW sample, the cases that break ASHRAE allowable
// are exactly the units whose failure, solved independently (a scenario override through the
// normal solve job), puts more racks outside allowable than the base; every case's figures equal
// that separate solve; kinds filter; N−2 is capped; a cancel stops the scan; heat-rejection
// banks and link groups are scanned, and cooling cases carry their time to limit.
#include "catalog.h"
#include "network/linkfailures.h"
#include "projectio.h"
#include "power/powersolver.h"
#include "solvejob.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"
#include "whatif/n1scan.h"
#include "whatif/timetolimit.h"

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
    void banksAndLinks();
    void timeToLimitPerCase();
    void linksCutRacksOff();
    void cduPumps();
    void partialLinkLossSlowsCollectives();

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

// The scenario override that fails the unit as failUnit does: a flag, one more unit of a bank,
// every link of a group.
Override failOverride(const Project &project, const ScanUnit &unit)
{
    if (unit.kind == "heatRejection")
        return {unit.id, "failedUnits", project.get<HeatRejection>(unit.id)->failedUnits + 1};
    if (unit.kind == "link")
        return {unit.id, "failedLinks", project.get<Link>(unit.id)->count};
    if (unit.kind == "powerModule")
        return {unit.id, "failedModules", project.get<PowerNode>(unit.id)->failedModules + 1};
    if (unit.kind == "pump")
        return {unit.id, "failedPumps", project.get<Cdu>(unit.id)->failedPumps + 1};
    return {unit.id, "failed", true};
}

SolveResult solveWithFailed(Project project, const Catalog &catalog, const ScanUnit &unit)
{
    Scenario s;
    s.id = "test-failed";
    s.overrides.push_back(failOverride(project, unit));
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
    // Every unit, and one module of each of the two 5+1 UPSs.
    QCOMPARE(scan.cases.size(), m_project.airUnits.size() + m_project.cdus.size() + m_project.heatRejection.size()
                                    + m_project.powerNodes.size() + 2);

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
        const SolveResult r = solveWithFailed(project, *m_catalog, c.units[0]);
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
    QCOMPARE(scan.cases.size(), p.airUnits.size() + p.heatRejection.size());
    std::vector<std::string> breaking;
    checkAgainstSeparateSolves(p, scan, &breaking);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(breaking, std::vector<std::string>{p.airUnits[0].id});
    QVERIFY(bySeverity(scan).front()->unitIds() == p.airUnits[0].id);
}

void TestN1Scan::kindsFilter()
{
    const std::vector<ScanUnit> network = scanUnits(m_project, {"network"});
    QCOMPARE(network.size(), m_project.switches.size() + m_project.links.size());
    for (const ScanUnit &u : network)
        QVERIFY(u.kind == "switch" || u.kind == "link");
    // Power: every node, and one module of each multi-module stage (the 5+1 UPSs).
    int modules = 0;
    for (const ScanUnit &u : scanUnits(m_project, {"power"}))
        modules += u.kind == "powerModule";
    QCOMPARE(modules, 2);
    Project m = m_project;
    QVERIFY(failUnit(m, {"ups-A", "powerModule", ""}));
    QCOMPARE(m.get<PowerNode>("ups-A")->failedModules, 1);
    const std::vector<ScanUnit> cooling = scanUnits(m_project, {"cooling"});
    QCOMPARE(cooling.size(), m_project.airUnits.size() + m_project.cdus.size() + m_project.heatRejection.size());
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

void TestN1Scan::banksAndLinks()
{
    // A bank is one unit; failing it takes one more of its units, until none is left.
    Project p = m_project;
    const HeatRejection bank = p.heatRejection.front();
    const ScanUnit unit{bank.id, "heatRejection", bank.name};
    for (int i = 1; i <= bank.units; ++i) {
        QVERIFY(failUnit(p, unit));
        QCOMPARE(p.heatRejection.front().failedUnits, i);
    }
    QVERIFY(!failUnit(p, unit));
    QVERIFY(scanUnits(p, {"cooling"}).size() == p.airUnits.size());
    // A link group fails as a whole, once.
    const ScanUnit link{p.links.front().id, "link", ""};
    QVERIFY(failUnit(p, link));
    QCOMPARE(p.links.front().failedLinks, p.links.front().count);
    QVERIFY(!failUnit(p, link));
    QCOMPARE(scanUnits(p, {"network"}).size(), m_project.switches.size() + m_project.links.size() - 1);

    // The sample's 3 chillers are N+1 (1 MW each): one out holds, two out (N−2 pairs the bank
    // with itself) leave 1 MW for more heat and break allowable in time.
    ScanOptions options;
    options.kinds = {"cooling"};
    options.pairs = true;
    const ScanResult scan = runScan(m_project, *m_catalog, options);
    QVERIFY2(scan.ok, scan.error.c_str());
    int single = 0, twice = 0;
    for (const ScanCase &c : scan.cases) {
        if (c.units.front().kind != "heatRejection" || c.units.back().kind != "heatRejection")
            continue;
        QVERIFY(c.coolingCase);
        if (c.units.size() == 1) {
            ++single;
            QVERIFY(!c.timeToLimitMin);
        } else {
            ++twice;
            QVERIFY2(c.timeToLimitMin && *c.timeToLimitMin > 0, c.unitIds().c_str());
            QCOMPARE(c.limitZone, m_project.liquidLoops.front().id);
            qInfo("%s: %.1f min", c.unitIds().c_str(), *c.timeToLimitMin);
        }
    }
    QCOMPARE(single, 1);
    QCOMPARE(twice, 1);
}

void TestN1Scan::timeToLimitPerCase()
{
    // CRAHs sized so that ten carry the hall's air heat and nine do not: every CRAH case runs
    // out of headroom in finite time, equal to timeToLimit() on that case.
    Project p = m_project;
    SolveOptions so;
    so.only = {"power", "thermal"};
    const double hallHeatW = runSolve(p, *m_catalog, so).thermal->halls.front().airHeatW;
    for (AirUnit &a : p.airUnits)
        a.capacityW = hallHeatW / 9.5;
    ScanOptions options;
    options.kinds = {"cooling"};
    options.solvers = so.only;
    const ScanResult scan = runScan(p, *m_catalog, options);
    QVERIFY2(scan.ok, scan.error.c_str());
    const SolveResult base = runSolve(p, *m_catalog, so);
    for (const ScanCase &c : scan.cases) {
        if (c.units.front().kind != "airUnit")
            continue;
        QVERIFY2(c.timeToLimitMin, c.unitIds().c_str());
        Project failed = p;
        failUnit(failed, c.units.front());
        const SolveResult r = runSolve(failed, *m_catalog, so);
        const TimeToLimit t = timeToLimit(failed, *base.thermal, *r.thermal, *m_catalog);
        QCOMPARE(*c.timeToLimitMin, *t.minutes());
        QCOMPARE(c.limitZone, p.halls.front().id);
    }
    const Json j = scan.toJson();
    QVERIFY(j["cases"][0]["time_to_limit_min"].is_number());
}

// A rack whose drawn links are all down (failed links, or the switch at their other end failed)
// is cut off from the fabric: its GPUs serve nothing, so the scan counts lost tokens for it.
void TestN1Scan::linksCutRacksOff()
{
    Project p = m_project;
    QVERIFY(network::isolatedRacks(p).empty());
    std::string rack;
    for (const Link &l : p.links) {
        if (p.get<Rack>(l.from) && p.get<Rack>(l.from)->systemCount > 0) {
            rack = l.from;
            break;
        }
    }
    QVERIFY(!rack.empty());
    std::vector<size_t> groups;
    for (size_t i = 0; i < p.links.size(); ++i) {
        if (p.links[i].from == rack || p.links[i].to == rack)
            groups.push_back(i);
    }
    // One of several groups down: the rack keeps part of its bandwidth and stays in service.
    p.links[groups.front()].failedLinks = p.links[groups.front()].count;
    if (groups.size() > 1) {
        QVERIFY(network::isolatedRacks(p).empty());
        QVERIFY(network::rackLinkLossShare(p, rack) > 0.0 && network::rackLinkLossShare(p, rack) < 1.0);
    }
    for (size_t i : groups)
        p.links[i].failedLinks = p.links[i].count;
    QCOMPARE(network::isolatedRacks(p), std::unordered_set<std::string>{rack});
    QCOMPARE(network::rackLinkLossShare(p, rack), 1.0);

    SolveOptions o;
    o.only = kSolvers;
    const double base = runSolve(m_project, *m_catalog, o).throughput->tokensPerS;
    const double cut = runSolve(p, *m_catalog, o).throughput->tokensPerS;
    QVERIFY2(cut < base, qPrintable(QString("%1 vs %2").arg(cut).arg(base)));

    // The same rack behind a failed switch: every group to that switch counts as down.
    Project q = m_project;
    for (size_t i : groups) {
        const std::string other = q.links[i].from == rack ? q.links[i].to : q.links[i].from;
        for (Switch &s : q.switches)
            s.failed = s.failed || s.id == other;
    }
    QVERIFY(network::isolatedRacks(q).count(rack));
}


// A CDU's secondary pumps (N+1 as shipped): one down, the standby carries the rated flow and
// nothing changes; with both pumps on duty one down halves the flow and the loop runs hotter;
// every pump down is the CDU out of service.
void TestN1Scan::cduPumps()
{
    const LoadResult loaded = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"));
    QVERIFY(loaded.ok);
    const Project &base = loaded.project;
    QVERIFY(!base.cdus.empty());
    int pumpUnits = 0;
    for (const ScanUnit &u : scanUnits(base, {"cooling"}))
        pumpUnits += u.kind == "pump";
    QCOMPARE(size_t(pumpUnits), base.cdus.size());
    QVERIFY(isCoolingUnit({"x", "pump", ""}));

    const Cdu &cdu = base.cdus.front();
    const ScanUnit pump{cdu.id, "pump", ""};
    SolveOptions o;
    o.only = {"thermal"};
    auto loopOf = [&](const SolveResult &r) {
        for (const thermal::LoopThermal &l : r.thermal->loops)
            if (l.id == cdu.secondaryLoop)
                return l;
        return thermal::LoopThermal{};
    };
    const SolveResult before = runSolve(base, *m_catalog, o);
    QVERIFY(before.ok);

    Project standby = base;
    QVERIFY(failUnit(standby, pump));
    QCOMPARE(standby.cdus.front().failedPumps, 1);
    QCOMPARE(standby.cdus.front().pumpFlowShare(), 1.0);
    const SolveResult one = runSolve(standby, *m_catalog, o);
    QCOMPARE(loopOf(one).returnC, loopOf(before).returnC);
    QCOMPARE(one.thermal->maxInletC, before.thermal->maxInletC);
    QVERIFY(!failUnit(standby, pump));   // the last pump is the CDU: its own case

    // Both pumps on duty, the loop's flow from this CDU alone: one down halves what it can move.
    Project duty = base;
    for (Cdu &c : duty.cdus) {
        if (c.secondaryLoop == cdu.secondaryLoop && c.id != cdu.id)
            c.failed = true;
    }
    duty.cdus.front().redundantPumps = 0;
    const thermal::LoopThermal full = loopOf(runSolve(duty, *m_catalog, o));
    QVERIFY(failUnit(duty, pump));
    QCOMPARE(duty.cdus.front().pumpFlowShare(), 0.5);
    const thermal::LoopThermal half = loopOf(runSolve(duty, *m_catalog, o));
    QVERIFY(half.flowM3s <= full.flowM3s);
    QVERIFY2(half.flowM3s < full.flowM3s * 0.999 || !full.flowLimited,
             qPrintable(QString("%1 vs %2").arg(half.flowM3s).arg(full.flowM3s)));
    if (half.flowLimited)
        QVERIFY(half.returnC > full.returnC);

    // Every pump down: the same loop as the CDU failed.
    Project allDown = base, failed = base;
    allDown.cdus.front().failedPumps = allDown.cdus.front().pumps;
    failed.cdus.front().failed = true;
    QVERIFY(!allDown.cdus.front().inService());
    const thermal::LoopThermal a = loopOf(runSolve(allDown, *m_catalog, o));
    const thermal::LoopThermal f = loopOf(runSolve(failed, *m_catalog, o));
    QCOMPARE(a.capacityW, f.capacityW);
    QCOMPARE(a.returnC, f.returnC);

    // The scan's pump case equals the scenario override failedPumps + 1.
    const SolveResult scenario = solveWithFailed(base, *m_catalog, pump);
    QVERIFY(scenario.ok);
    QCOMPARE(scenario.thermal->maxInletC, one.thermal->maxInletC);
}

// Half of every drawn link group down: no rack is cut off, but the scale-out collectives run at
// half rate, so a deployment whose collectives leave the NVLink domain serves fewer tokens. The
// sample's DeepSeek-V3 keeps its experts in one NVL72 rack (ep 72); spread over two (ep 144) its
// all-to-all crosses the scale-out fabric.
void TestN1Scan::partialLinkLossSlowsCollectives()
{
    LoadResult loaded = loadProject(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"));
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.project.deployments.front().ep, 72);
    loaded.project.deployments.front().ep = 144;
    Project half = loaded.project;
    QVERIFY(!half.links.empty());
    for (Link &l : half.links)
        l.failedLinks = l.count / 2;
    QVERIFY(network::isolatedRacks(half).empty());
    QVERIFY(!network::partialLinkLoss(half).empty());
    SolveOptions o;
    o.only = {"power", "thermal", "throughput"};
    const SolveResult base = runSolve(loaded.project, *m_catalog, o), cut = runSolve(half, *m_catalog, o);
    QVERIFY(base.ok && cut.ok);
    int slower = 0;
    const Json &b = base.json["throughput"]["deployments"], &c = cut.json["throughput"]["deployments"];
    for (size_t i = 0; i < b.size(); ++i) {
        const double before = b[i].value("tokens_per_s", 0.0), after = c[i].value("tokens_per_s", 0.0);
        QVERIFY2(after <= before * (1 + 1e-9), b[i].value("id", std::string()).c_str());
        if (after < before * 0.999)
            ++slower;
        qInfo("%s: %.0f -> %.0f tokens/s (scale-out %.0f Gb/s per GPU)", b[i].value("id", std::string()).c_str(),
              before, after, b[i].value("scale_out_gbps_per_gpu", 0.0));
    }
    QVERIFY(slower >= 1);
}

QTEST_GUILESS_MAIN(TestN1Scan)
#include "tst_n1scan.moc"
