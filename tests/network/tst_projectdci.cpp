// Scale-across links inside a project (docs/network.md, "Scale-across inside a project"): the
// 100 MW campus's deployments span five halls, each hall its own scale-out domain. The planner
// derives a DCI link per domain pair they span, sized by the per-GPU share across the boundary;
// its power and capex reach facility power and TCO, and the throughput solver sees the DCI
// bandwidth per GPU. Rules and the planner's own figures, not values copied from a run.
#include "catalog.h"
#include "network/fabricfeed.h"
#include "network/projectdci.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "tco/tco.h"
#include "throughput/throughputsolver.h"
#include "trainingjob.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace aif;

class TestProjectDci : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campusLinksFollowDeployments();
    void oversubscriptionAndUnplacedHalls();
    void spanningTwoHallsGetsLessBandwidth();
    void dciPowerAndCapexInFacilityAndTco();

private:
    std::unique_ptr<Catalog> m_catalog;
    Project m_campus;
};

namespace {

std::string hallOf(const std::string &rack)   // rack-H03-B07 -> H03
{
    return rack.substr(5, 3);
}

// Each deployment keeps only its racks in its first hall: nothing spans a domain boundary.
Project withinOneHall(Project p)
{
    for (Deployment &d : p.deployments) {
        const std::string first = hallOf(d.racks.front());
        std::erase_if(d.racks, [&](const std::string &r) { return hallOf(r) != first; });
        d.gpus = 0;
        d.dp = 1;
        d.prefillGpus = d.decodeGpus = 0;
    }
    return p;
}

double acrossRule(const network::DomainFabric &d, double oversubscription)
{
    const network::FatTreeResult &t = d.tree;
    return t.perGpuGbps * std::min(1.0, double(t.upPerLeaf) / t.downPerLeaf) / oversubscription;
}

} // namespace

void TestProjectDci::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-100mw-campus.aifactory");
    QVERIFY(loaded.ok);
    m_campus = loaded.project;
}

// Two deployments over five halls each: C(5,2) = 10 links each, sized for 5,760 x 5,760 / 23,040
// = 1,440 GPUs' share per direction, routed between the halls' spine racks.
void TestProjectDci::campusLinksFollowDeployments()
{
    const network::ProjectFabric f = network::planProjectFabric(m_campus, *m_catalog);
    QCOMPARE(int(f.domains.size()), 10);
    QCOMPARE(int(f.dci.size()), 20);
    std::map<std::string, const network::DomainFabric *> domains;
    for (const network::DomainFabric &d : f.domains)
        domains[d.domainId] = &d;
    double power = 0, capex = 0;
    for (const network::DciLink &l : f.dci) {
        QCOMPARE(int(l.deployments.size()), 1);
        QVERIFY(l.hallA != l.hallB && !l.assumedRoute);
        const double rate = acrossRule(*domains[l.domainA], network::kDefaultDciOversubscription);
        QVERIFY(std::abs(l.perGpuGbps - rate) < 1e-9);
        QCOMPARE(l.gpusA, 5760);
        QVERIFY(std::abs(l.bandwidthGbps - rate * 5760.0 * 5760.0 / 23040.0) < 1e-6);
        // Enough ports for the share, not one more than that needs.
        const double capacity = l.plan.wavelengths * l.plan.speedGbps;
        QVERIFY(capacity >= l.bandwidthGbps && capacity - l.plan.speedGbps < l.bandwidthGbps);
        QCOMPARE(l.plan.transceivers, 2 * l.plan.wavelengths);
        QVERIFY(l.plan.reachKm * 1000.0 >= l.routeM);
        // The route: the cable rule between the two spine positions, hall origins added.
        QCOMPARE(l.ends[0].tier, std::string("dci"));
        const double route = network::routedLengthM(l.ends[0].xM, l.ends[0].yM, 2.2, l.ends[1].xM, l.ends[1].yM, 2.2);
        QCOMPARE(l.routeM, route);
        QVERIFY(l.routeM > 38.8);   // at least the pitch of two neighbouring halls
        // Latency one way: fibre at the SMF-28 group index plus the modules' own.
        QVERIFY(std::abs(l.plan.latencyMs - (network::fibreLatencyMs(l.routeM / 1000.0) + l.plan.equipmentLatencyMs)) < 1e-12);
        QCOMPARE(l.ends[0].opticsPowerW + l.ends[1].opticsPowerW, l.plan.powerW);
        power += l.plan.powerW;
        capex += l.plan.capexUsd;
    }
    QVERIFY(power > 0 && std::abs(power - f.dciPowerW) < 1e-9 * power);
    QVERIFY(std::abs(capex - f.dciCapexUsd) < 1e-9 * capex);
    // The totals carry them; without spanning deployments there are none and the totals drop by them.
    const network::ProjectFabric none = network::planProjectFabric(withinOneHall(m_campus), *m_catalog);
    QVERIFY(none.dci.empty());
    QVERIFY(std::abs(f.opticsPowerW - none.opticsPowerW - power) < 1e-6 * power);
    QVERIFY(std::abs(f.capexUsd - none.capexUsd - capex) < 1e-6 * capex);
    // JSON: a new "dci" key, the existing ones unchanged.
    const Json j = network::projectFabricJson(f);
    for (const char *key : {"domains", "scale_up", "switch_power_w", "optics_power_w", "capex_usd", "cable_length_m",
                            "routing", "warnings"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(int(j["dci"]["links"].size()), 20);
    QCOMPARE(j["dci"]["power_w"].get<double>(), f.dciPowerW);
    QVERIFY(j["dci"]["links"][0].contains("latency_us") && j["dci"]["links"][0].contains("fibre_pairs"));
    // The BOM lists each link's modules and fibre.
    QCOMPARE(int(std::count_if(f.bom.begin(), f.bom.end(), [](const network::BomLine &b) { return b.kind == "dci-link"; })),
             20);
    qInfo("%d DCI links: %.1f kW, %.0f USD; H01-H02 %.0f m, %d x %.0fG %s, %.2f us", int(f.dci.size()), power / 1e3,
          capex, f.dci[0].routeM, f.dci[0].plan.wavelengths, f.dci[0].plan.speedGbps, f.dci[0].plan.medium.c_str(),
          f.dci[0].plan.latencyMs * 1e3);
}

// The ratio is an option: 1:1 gives each GPU its whole between-SU rate across halls. Two halls
// at the same origin have no site coordinates: the documented route is assumed.
void TestProjectDci::oversubscriptionAndUnplacedHalls()
{
    network::FabricOptions o;
    o.dciOversubscription = 1.0;
    const network::ProjectFabric full = network::planProjectFabric(m_campus, *m_catalog, o);
    const network::ProjectFabric def = network::planProjectFabric(m_campus, *m_catalog);
    QCOMPARE(full.dci.size(), def.dci.size());
    QVERIFY(std::abs(full.dci[0].perGpuGbps - network::kDefaultDciOversubscription * def.dci[0].perGpuGbps) < 1e-9);
    QVERIFY(full.dciPowerW > def.dciPowerW && full.dciCapexUsd > def.dciCapexUsd);

    Project p = m_campus;
    for (Hall &h : p.halls)
        if (h.id == "hall-H02") {
            h.originXM = 0;
            h.originYM = 0;
        }
    const network::ProjectFabric f = network::planProjectFabric(p, *m_catalog);
    const auto it = std::find_if(f.dci.begin(), f.dci.end(), [](const network::DciLink &l) {
        return l.domainA == "fabric-H01-1" && l.domainB == "fabric-H02-1";
    });
    QVERIFY(it != f.dci.end());
    QVERIFY(it->assumedRoute);
    QCOMPARE(it->routeM, network::kUnplacedHallRouteM);
}

// The same 2,880-GPU training job inside one hall, and split 20 + 20 racks over two halls: across
// the boundary each GPU gets the DCI share, so the data-parallel all-reduce slows down.
void TestProjectDci::spanningTwoHallsGetsLessBandwidth()
{
    auto job = [&](const std::vector<std::string> &halls) {
        Project p = m_campus;
        p.deployments.clear();
        Deployment d = llama405bTraining();
        const int perHall = 40 / int(halls.size());
        for (const std::string &h : halls) {
            int n = 0;
            for (const Rack &r : p.racks)
                if (hallOf(r.id) == h && !r.system.empty() && n < perHall) {
                    d.racks.push_back(r.id);
                    ++n;
                }
        }
        p.deployments.push_back(d);
        throughput::ThroughputOptions o;
        o.simulatedRequests = 0;
        const throughput::ThroughputResult r = throughput::solveThroughput(p, *m_catalog, o);
        return r.deployments.front();
    };
    const auto one = job({"H06"}), two = job({"H06", "H07"});
    QVERIFY2(one.ok && two.ok, qPrintable(QString::fromStdString(one.error + two.error)));
    QCOMPARE(one.gpus, two.gpus);
    const Json n1 = one.json["network"], n2 = two.json["network"];
    QCOMPARE(n1["domains_spanned"].get<int>(), 1);
    QCOMPARE(n1["across_domain_gbps_per_gpu"].get<double>(), 0.0);
    QCOMPARE(n2["domains_spanned"].get<int>(), 2);
    QCOMPARE(n2["domain_gpus"].get<int>(), two.gpus / 2);
    // Inside one hall: the between-SU rate; across two: that over the DCI ratio, from the link.
    QCOMPARE(n1["scale_out_gbps_per_gpu"].get<double>(), n1["between_su_gbps_per_gpu"].get<double>());
    const double across = n2["across_domain_gbps_per_gpu"].get<double>();
    QVERIFY(std::abs(across * network::kDefaultDciOversubscription - n2["between_su_gbps_per_gpu"].get<double>()) < 1e-9);
    QCOMPARE(n2["scale_out_gbps_per_gpu"].get<double>(), across);
    QVERIFY(n2["across_domain_latency_us"].get<double>() > 0);
    QVERIFY2(two.op.tokensPerS < one.op.tokensPerS * 0.999,
             qPrintable(QString("one hall %1, two halls %2 tokens/s").arg(one.op.tokensPerS).arg(two.op.tokensPerS)));
    qInfo("2,880 GPUs: one hall %.0f tokens/s at %.1f Gb/s per GPU; two halls %.0f at %.1f Gb/s across (%.2f us)",
          one.op.tokensPerS, n1["scale_out_gbps_per_gpu"].get<double>(), two.op.tokensPerS, across,
          n2["across_domain_latency_us"].get<double>());
}

// The links' modules are IT load at the spine racks (facility power grows by more than them:
// chain losses and cooling) and their capex is in the TCO's fabric line.
void TestProjectDci::dciPowerAndCapexInFacilityAndTco()
{
    const Project within = withinOneHall(m_campus);
    const network::FabricFeed feed = network::fabricFeed(m_campus, *m_catalog);
    const network::FabricFeed base = network::fabricFeed(within, *m_catalog);
    const double dciW = feed.fabric.dciPowerW, dciUsd = feed.fabric.dciCapexUsd;
    QVERIFY(dciW > 0 && dciUsd > 0);
    QVERIFY(std::abs(feed.powerW() - base.powerW() - dciW) < 1e-6 * dciW);
    QVERIFY(std::abs(feed.capexUsd - base.capexUsd - dciUsd) < 1e-6 * dciUsd);
    power::PowerOptions o;
    o.failureAnalysis = false;
    o.comparison = false;
    const power::PowerResult with = power::solvePower(m_campus, *m_catalog, o);
    const power::PowerResult without = power::solvePower(within, *m_catalog, o);
    QVERIFY(std::abs(with.networkW - without.networkW - dciW) < 1e-6 * dciW);
    QVERIFY2(with.facilityW - without.facilityW > dciW,
             qPrintable(QString("facility +%1 W, DCI %2 W").arg(with.facilityW - without.facilityW).arg(dciW)));
    const tco::TcoResult t1 = tco::computeTco(m_campus, *m_catalog, tco::TcoInputs{});
    const tco::TcoResult t0 = tco::computeTco(within, *m_catalog, tco::TcoInputs{});
    QVERIFY(std::abs(t1.fabricCapexUsd - t0.fabricCapexUsd - dciUsd) < 1e-6 * dciUsd);
    qInfo("DCI %.1f kW, %.0f USD; facility +%.1f kW", dciW / 1e3, dciUsd, (with.facilityW - without.facilityW) / 1e3);
}

QTEST_GUILESS_MAIN(TestProjectDci)
#include "tst_projectdci.moc"
