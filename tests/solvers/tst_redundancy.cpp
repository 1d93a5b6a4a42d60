// N-1 redundancy: the incremental failure cases against the reference that re-solves the whole
// chain once per node, on the sample projects, generated designs and damaged variants of them
// (overloads, single paths, failed and orphaned nodes, module-less stages, sources below nodes).
#include "catalog.h"
#include "generator/designgenerator.h"
#include "power/powersolver.h"
#include "projectio.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace aif;
using namespace aif::power;

class TestRedundancy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void incrementalMatchesFullResolve_data();
    void incrementalMatchesFullResolve();
    void failedUpsCaseMovesLoadToTheOtherSide();

private:
    Project design(const QString &name) const;
    static void damage(Project &p, unsigned seed);
    std::unique_ptr<Catalog> m_catalog;
};

namespace {

bool close(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-6 * std::max({std::abs(a), std::abs(b), 1e-12});
}

double utilizationIn(const Project &p, const ChainFlow &f, const std::string &id)
{
    for (size_t i = 0; i < p.powerNodes.size(); ++i) {
        if (p.powerNodes[i].id == id)
            return f.nodes[i].loadW / (p.powerNodes[i].modules * p.powerNodes[i].ratedW);
    }
    return -1.0;
}

} // namespace

void TestRedundancy::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

// "sample:NAME" loads a sample project; "gen:SYSTEM:COOLING:POWER:REDUNDANCY:MW:HALLS" generates.
Project TestRedundancy::design(const QString &name) const
{
    const QStringList f = name.split(':');
    if (f[0] == "sample")
        return loadProject(QString(AIF_SOURCE_DIR "/projects/%1.aifactory").arg(f[1])).project;
    generator::DesignRequest q;
    q.system = f[1].toStdString();
    q.cooling = f[2].toStdString();
    q.power = f[3].toStdString();
    q.redundancy = f[4].toStdString();
    q.itMw = f[5].toDouble();
    q.halls = f[6].toInt();
    const generator::GenerateResult g = generator::generateDesign(q, *m_catalog);
    if (!g.ok)
        qWarning("%s: %s", qPrintable(name), g.error.c_str());
    return g.project;
}

// Edits that give the N-1 analysis something to find. Seed 1: some under-rated stages
// (overloads when a side fails) and racks on one path (drops). Seed 2: a failed node, an
// orphaned one, a generator hanging below a node, racks twice on one node or on an unknown feed.
// Seed 3: all of it and a stage without modules (infinite utilization).
void TestRedundancy::damage(Project &p, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](size_t n) { return size_t(std::uniform_int_distribution<size_t>(0, n - 1)(rng)); };
    const size_t nodes = p.powerNodes.size(), racks = p.racks.size();
    if (seed != 2) {
        for (size_t k = 0; k < nodes / 10 + 1; ++k)
            p.powerNodes[pick(nodes)].ratedW *= 0.7;
        for (size_t k = 0; k < racks / 10 + 1; ++k)
            p.racks[pick(racks)].powerFeedB.clear();
    }
    if (seed != 1) {
        for (size_t k = 0; k < racks / 20 + 1; ++k) {
            Rack &r = p.racks[pick(racks)];
            r.powerFeedB = r.powerFeedA;
        }
        p.racks[pick(racks)].powerFeedA = "no-such-node";
        p.powerNodes[pick(nodes)].failed = true;
        PowerNode &orphan = p.powerNodes[pick(nodes)];
        if (!PowerNode::isSource(orphan.type))
            orphan.upstream = "no-such-node";
        PowerNode &generator = p.powerNodes[pick(nodes)];
        if (!generator.upstream.empty())
            generator.type = "generator";
    }
    if (seed == 3)
        p.powerNodes[pick(nodes)].modules = 0;
    p.rebuildIndex();
}

void TestRedundancy::incrementalMatchesFullResolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("damageSeed");   // 0: as designed
    const QStringList designs{"sample:reference-1mw-h100-air", "sample:reference-10mw-gb200-liquid",
                              "sample:reference-100mw-campus", "gen:hgx-h100-8gpu:air:ac:2n:3:1",
                              "gen:gb200-nvl72:liquid:hvdc800:n+1:6:2", "gen:hgx-b200-8gpu:rdhx:48v:n:2:1",
                              "gen:hgx-h100-8gpu:air:ac:2n:30.6:2"};
    for (const QString &d : designs) {
        for (const int seed : {0, 1, 2, 3})
            QTest::newRow(qPrintable(d + (seed ? " damaged " + QString::number(seed) : QString()))) << d << seed;
    }
}

void TestRedundancy::incrementalMatchesFullResolve()
{
    QFETCH(QString, name);
    QFETCH(int, damageSeed);
    Project p = design(name);
    QVERIFY(!p.powerNodes.empty() && !p.racks.empty());
    if (damageSeed)
        damage(p, unsigned(damageSeed));
    const std::vector<RackLoad> racks = computeRackLoads(p, *m_catalog, {});
    const ChainTopology topo(p);
    const ChainFlow healthy = solveChain(p, topo, racks, {});
    const RedundancyReport fast = analyzeRedundancy(p, topo, racks, healthy, FailureMethod::Incremental);
    const RedundancyReport full = analyzeRedundancy(p, topo, racks, healthy, FailureMethod::Resolve);

    QCOMPARE(fast.cases.size(), p.powerNodes.size());
    QCOMPARE(fast.cases.size(), full.cases.size());
    int harmful = 0, ties = 0;
    std::vector<bool> failed(p.powerNodes.size(), false);
    for (size_t k = 0; k < full.cases.size(); ++k) {
        const FailureCase &a = fast.cases[k], &b = full.cases[k];
        QCOMPARE(a.failed, b.failed);
        QCOMPARE(a.droppedRacks, b.droppedRacks);
        QCOMPARE(a.overloaded, b.overloaded);
        QVERIFY2(close(a.worstUtilization, b.worstUtilization),
                 qPrintable(QString("%1: %2 vs %3").arg(b.failed.c_str()).arg(a.worstUtilization, 0, 'g', 17)
                                .arg(b.worstUtilization, 0, 'g', 17)));
        if (a.worstNode != b.worstNode) {
            // Equal utilizations may round differently; then either node is the worst.
            ++ties;
            failed[k] = true;
            const ChainFlow f = solveChain(p, topo, racks, failed);
            failed[k] = false;
            QVERIFY2(close(utilizationIn(p, f, a.worstNode), utilizationIn(p, f, b.worstNode)),
                     qPrintable(QString("%1: worst %2 vs %3").arg(b.failed.c_str(), a.worstNode.c_str(), b.worstNode.c_str())));
        }
        harmful += !b.droppedRacks.empty() || !b.overloaded.empty();
    }
    QCOMPARE(fast.casesDroppingLoad, full.casesDroppingLoad);
    QCOMPARE(fast.casesOverloading, full.casesOverloading);
    QCOMPARE(fast.tier, full.tier);
    QCOMPARE(fast.tierReason, full.tierReason);
    QCOMPARE(fast.dualPath, full.dualPath);
    QCOMPARE(fast.independentSources, full.independentSources);
    QCOMPARE(fast.moduleRedundant, full.moduleRedundant);
    QCOMPARE(fast.moduleFailureOverloads, full.moduleFailureOverloads);
    // The damaged variants must exercise drops and overloads, not only the harmless cases.
    if (damageSeed)
        QVERIFY(harmful > 0);
    qInfo("%zu racks, %zu nodes, tier %d, %d harmful cases, %d worst-node ties", p.racks.size(), p.powerNodes.size(),
          full.tier, harmful, ties);
}

// By hand: utility, UPS and PDU on sides A and B, two 100 kW racks on both. With UPS A failed,
// PDU B carries 200 kW and UPS B carries that plus PDU B's loss at 200 kW (not at 100 kW):
// loads are recomputed up the chain, not shifted.
void TestRedundancy::failedUpsCaseMovesLoadToTheOtherSide()
{
    Project p;
    for (const std::string s : {"A", "B"}) {
        PowerNode u;
        u.id = "util-" + s;
        u.type = "utility";
        u.ratedW = 5e6;
        PowerNode ups;
        ups.id = "ups-" + s;
        ups.type = "ups";
        ups.upstream = u.id;
        ups.ratedW = 201e3;
        ups.lossC0 = 0.0073;
        ups.lossC1 = 0.0145;
        ups.lossC2 = 0.0145;
        PowerNode pdu;
        pdu.id = "pdu-" + s;
        pdu.upstream = ups.id;
        pdu.ratedW = 400e3;
        pdu.lossC0 = 0.002;
        pdu.lossC2 = 0.01;
        p.powerNodes.insert(p.powerNodes.end(), {u, ups, pdu});
    }
    std::vector<RackLoad> racks(2);
    for (int i = 0; i < 2; ++i) {
        Rack r;
        r.id = "rack-" + std::to_string(i);
        r.powerFeedA = "pdu-A";
        r.powerFeedB = "pdu-B";
        p.racks.push_back(r);
        racks[size_t(i)].id = r.id;
        racks[size_t(i)].componentW = racks[size_t(i)].inputW = 100e3;
    }
    p.rebuildIndex();
    const ChainTopology topo(p);
    const ChainFlow healthy = solveChain(p, topo, racks, {});
    const RedundancyReport rep = analyzeRedundancy(p, topo, racks, healthy);
    const FailureCase &upsA = rep.cases[1];
    QCOMPARE(upsA.failed, std::string("ups-A"));
    const double pduLossW = 0.002 * 400e3 + 0.01 * 200e3 * 200e3 / 400e3;
    QCOMPARE(upsA.worstNode, std::string("ups-B"));
    QVERIFY(close(upsA.worstUtilization, (200e3 + pduLossW) / 201e3));
    QCOMPARE(upsA.overloaded, std::vector<std::string>{"ups-B"});
    QVERIFY(upsA.droppedRacks.empty());
    // Healthy, nothing is overloaded: the overload is the failure's.
    QVERIFY(healthy.nodes[4].loadW < 201e3);
}

QTEST_GUILESS_MAIN(TestRedundancy)
#include "tst_redundancy.moc"
