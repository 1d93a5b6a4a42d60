// The planned fabric fed into the other solvers (docs/network.md, "Into the other solvers"):
// network power in facility power and PUE, its heat in the thermal balance, its capex in TCO,
// and its per-GPU bandwidth (oversubscription) in tokens/s. Physics and the planner's own
// figures, not values copied from a run.
#include "catalog.h"
#include "network/fabricfeed.h"
#include "power/powersolver.h"
#include "projectio.h"
#include "solvejob.h"
#include "tco/tco.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"
#include "trainingjob.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace aif;

class TestFabricFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void networkPowerInFacilityAndPue();
    void automaticPositionsDrawFromTheirHall();
    void automaticPositionsAreDualCorded();
    void capexLineIsThePlan();
    void oversubscriptionLowersTokensAcrossUnits();
    void solveJsonCarriesNetworkFigures();

private:
    Project sample() const;
    std::unique_ptr<Catalog> m_catalog;
};

namespace {

const char *kFabric = "fabric-1";   // the 10 MW sample's two-tier InfiniBand fabric (docs/authoring.md)

// The same design without its scale-out fabric: the domain, its switches and their links gone.
Project withoutFabric(Project p)
{
    std::set<std::string> gone;
    for (const Switch &s : p.switches)
        if (s.domain == kFabric)
            gone.insert(s.id);
    std::erase_if(p.switches, [&](const Switch &s) { return gone.count(s.id) > 0; });
    std::erase_if(p.links, [&](const Link &l) { return gone.count(l.from) > 0 || gone.count(l.to) > 0; });
    std::erase_if(p.networkDomains, [](const NetworkDomain &d) { return d.id == kFabric; });
    return p;
}

power::PowerOptions quick()
{
    power::PowerOptions o;
    o.failureAnalysis = false;
    o.comparison = false;
    return o;
}

} // namespace

void TestFabricFeed::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Project TestFabricFeed::sample() const
{
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    return loaded.project;
}

// The fabric's switches and optics become IT load; facility power grows by that and its share
// of chain losses and cooling, so PUE moves; the energy balances still close.
void TestFabricFeed::networkPowerInFacilityAndPue()
{
    const Project p = sample();
    const network::FabricFeed feed = network::fabricFeed(p, *m_catalog);
    QCOMPARE(int(feed.fabric.domains.size()), 1);
    QVERIFY(feed.switchPowerW > 0 && feed.opticsPowerW > 0);
    // The sample places its leaves and spines in network racks; only the storage, in-band and
    // OOB switches, which it does not place, stand at an automatic position.
    for (const network::FabricFeed::Automatic &a : feed.automatic)
        QCOMPARE(a.load.tier, std::string("management"));

    const power::PowerResult with = power::solvePower(p, *m_catalog, quick());
    const power::PowerResult without = power::solvePower(withoutFabric(p), *m_catalog, quick());
    const double fabricW = feed.powerW();
    // Every network watt in this design is the plan's (scale-up trays are in the NVL72 systems).
    QVERIFY(std::abs(with.networkW - fabricW) <= 1e-9 * fabricW);
    QCOMPARE(without.networkW, 0.0);
    const double dIt = with.itW - without.itW, dFacility = with.facilityW - without.facilityW;
    // IT grows by the fabric plus the in-rack power-shelf loss on the node-end optics (< 2 %).
    QVERIFY2(dIt >= fabricW * (1 - 1e-9) && dIt <= 1.02 * fabricW,
             qPrintable(QString("IT +%1 kW, fabric %2 kW").arg(dIt / 1e3).arg(fabricW / 1e3)));
    // Facility: the fabric, its chain losses and the cooling of its (air) heat; the overhead on
    // it is of the order of the design's PUE overhead, not zero and not several times it.
    const double dChain = with.chainLossW - without.chainLossW, dCooling = with.cooling.totalW - without.cooling.totalW;
    QVERIFY(dChain > 0 && dCooling > 0);
    QVERIFY(std::abs(dFacility - (dIt + dChain + dCooling)) <= 1e-6 * with.facilityW);
    const double overhead = (dFacility - dIt) / dIt, designOverhead = with.pue - 1.0;
    QVERIFY2(overhead > 0.25 * designOverhead && overhead < 4.0 * designOverhead,
             qPrintable(QString("marginal overhead %1, design %2").arg(overhead).arg(designOverhead)));
    QVERIFY(with.pue != without.pue);
    QVERIFY(std::abs(with.sourceW - (with.itW + with.chainLossW)) <= 1e-6 * with.sourceW);
    // The thermal balance closes with the fabric's heat in it (to 0.5 %).
    const thermal::ThermalResult t = thermal::solveThermal(p, *m_catalog);
    QVERIFY(std::abs(t.heatInW - (t.liquidRemovedW + t.airRemovedW)) <= 0.005 * t.heatInW);
    qInfo("fabric %.1f kW (switches %.1f, optics %.1f); IT %.1f -> %.1f kW; facility %.1f -> %.1f kW "
          "(+%.1f: chain %.1f, cooling %.1f); PUE %.4f -> %.4f",
          fabricW / 1e3, feed.switchPowerW / 1e3, feed.opticsPowerW / 1e3, without.itW / 1e3, with.itW / 1e3,
          without.facilityW / 1e3, with.facilityW / 1e3, dFacility / 1e3, dChain / 1e3, dCooling / 1e3, without.pue, with.pue);
}

// Without placed switches the leaves stand at the end of each row and the spines at their
// centroid: their power is drawn from the hall's chain and their heat goes into the hall air.
void TestFabricFeed::automaticPositionsDrawFromTheirHall()
{
    Project p = withoutFabric(sample());
    p.networkDomains = sample().networkDomains;   // the domain stays, its switches and links are gone
    const network::FabricFeed feed = network::fabricFeed(p, *m_catalog);
    QVERIFY(!feed.automatic.empty());
    double automaticW = 0;
    for (const auto &a : feed.automatic)
        automaticW += a.load.switchPowerW + a.load.opticsPowerW;
    const power::PowerResult r = power::solvePower(p, *m_catalog);
    double drawn = 0;
    for (const power::NetworkDraw &d : r.networkDraws) {
        QVERIFY2(d.nodeIndex >= 0, qPrintable(QString::fromStdString(d.position)));
        QVERIFY(p.powerNodes[size_t(d.nodeIndex)].type != "powershelf");
        drawn += d.powerW;
    }
    QVERIFY(std::abs(drawn - automaticW) <= 1e-9 * automaticW);
    QVERIFY(std::abs(r.hallNetworkW.at("hall-1") - automaticW) <= 1e-9 * automaticW);
    QVERIFY(std::abs(r.networkW - feed.powerW()) <= 1e-9 * feed.powerW());
    QVERIFY(std::abs(r.sourceW - (r.itW + r.chainLossW)) <= 1e-6 * r.sourceW);
    QCOMPARE(r.droppedW, 0.0);
    // N-1 still runs with the node draws (a failed busway loses the positions it feeds).
    QCOMPARE(int(r.redundancy.cases.size()), int(p.powerNodes.size()));
    const thermal::ThermalResult t = thermal::solveThermal(p, *m_catalog);
    QVERIFY(std::abs(t.heatInW - (t.liquidRemovedW + t.airRemovedW)) <= 0.005 * t.heatInW);
    double rackHeat = 0;
    for (const thermal::RackThermal &rt : t.racks)
        rackHeat += rt.airHeatW + rt.liquidHeatW;
    QVERIFY(t.heatInW - rackHeat >= automaticW);   // the positions' heat is in the hall, not in a rack
    qInfo("automatic positions: %d drawing %.1f kW from the hall's chain", int(r.networkDraws.size()), automaticW / 1e3);
}

// Network gear at automatic positions has two cords, like the racks: one side's UPS failing
// moves its half onto the other side, so IT power stays and nothing is dropped (a failure
// case never "saves" the management network's power).
void TestFabricFeed::automaticPositionsAreDualCorded()
{
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
    QVERIFY(loaded.ok);
    Project p = loaded.project;
    const power::PowerResult healthy = power::solvePower(p, *m_catalog);
    QVERIFY(!healthy.networkDraws.empty());
    for (const power::NetworkDraw &d : healthy.networkDraws)
        QVERIFY2(d.nodeIndexB >= 0 && d.nodeB != d.node, qPrintable(QString::fromStdString(d.position)));
    PowerNode *ups = nullptr;
    for (PowerNode &n : p.powerNodes)
        ups = !ups && n.type == "ups" ? &n : ups;
    QVERIFY(ups);
    ups->failed = true;
    const power::PowerResult failed = power::solvePower(p, *m_catalog);
    QVERIFY(std::abs(failed.itW - healthy.itW) <= 1e-9 * healthy.itW);
    QVERIFY(std::abs(failed.networkW - healthy.networkW) <= 1e-9 * healthy.networkW);
    QCOMPARE(failed.droppedW, 0.0);
}

// The capex line is the planner's: switches at catalog price, optics and fibre by routed length,
// and the storage, in-band and OOB networks beside each compute fabric.
void TestFabricFeed::capexLineIsThePlan()
{
    const Project p = sample();
    const network::ProjectFabric plan = network::planProjectFabric(p, *m_catalog);
    double planned = 0;
    for (const network::DomainFabric &d : plan.domains)
        planned += d.tree.switchCapexUsd + d.opticsCapexUsd + d.management.capexUsd;
    QVERIFY(planned > 0);
    QVERIFY(std::abs(planned - plan.capexUsd) <= 1e-6 * planned);
    const tco::TcoResult r = tco::computeTco(p, *m_catalog, tco::TcoInputs{});
    const auto line = std::find_if(r.capex.begin(), r.capex.end(), [](const tco::CapexLine &l) {
        return l.category == "network" && l.item == "fabric: switches, optics, cables";
    });
    QVERIFY(line != r.capex.end());
    QVERIFY(std::abs(line->usd - planned) <= 1e-6 * planned);
    // Every switch of the sample is in the planned domain: nothing is costed twice.
    QVERIFY(std::abs(r.networkCapexUsd - planned) <= 1e-6 * planned);
    QCOMPARE(r.toJson()["network_fabric_capex_usd"].get<double>(), std::round(planned));
    qInfo("network capex %.0f USD (switches %.0f)", planned, plan.domains[0].tree.switchCapexUsd);
}

// 4:1 at the leaf cuts what a GPU gets between scalable units to a quarter or so: a job whose
// data-parallel ring spans units slows down; a replica inside one NVL72 domain does not move.
void TestFabricFeed::oversubscriptionLowersTokensAcrossUnits()
{
    Project base = sample();
    Deployment train = llama405bTraining();
    for (const Deployment &d : base.deployments)
        if (d.id == "dep-deepseek-v3")
            train.racks = d.racks;   // 48 NVL72 racks: 3,456 GPUs, several scalable units
    QVERIFY(!train.racks.empty());
    base.deployments.push_back(train);
    auto solve = [&](double over) {
        Project p = base;
        for (NetworkDomain &d : p.networkDomains)
            if (d.id == kFabric)
                d.oversubscription = over;
        throughput::ThroughputOptions o;
        o.simulatedRequests = 0;
        return throughput::solveThroughput(p, *m_catalog, o);
    };
    const throughput::ThroughputResult one = solve(1.0), four = solve(4.0);
    auto find = [](const throughput::ThroughputResult &r, const std::string &id) {
        return *std::find_if(r.deployments.begin(), r.deployments.end(), [&](const auto &d) { return d.id == id; });
    };
    const auto t1 = find(one, "dep-train"), t4 = find(four, "dep-train");
    QVERIFY2(t1.ok && t4.ok, qPrintable(QString::fromStdString(t1.error + t4.error)));
    const Json n1 = t1.json["network"], n4 = t4.json["network"];
    QCOMPARE(n1["scale_out_gbps_per_gpu"].get<double>(), n1["nic_gbps_per_gpu"].get<double>());
    QVERIFY(n4["widest_group_gpus"].get<int>() > n4["su_gpus"].get<int>());
    // Leaf ports split 4:1 (floor(288 x 4/5) = 230 down, 58 up): 58/230 of the NIC rate.
    QVERIFY(std::abs(n4["scale_out_gbps_per_gpu"].get<double>() - n4["nic_gbps_per_gpu"].get<double>() * 58.0 / 230.0) < 1e-6);
    QVERIFY2(t4.op.tokensPerS < t1.op.tokensPerS * 0.999,
             qPrintable(QString("1:1 %1, 4:1 %2 tokens/s").arg(t1.op.tokensPerS).arg(t4.op.tokensPerS)));
    // TP 8 in one NVL72: nothing leaves the scale-up domain, nothing changes.
    const auto l1 = find(one, "dep-llama31-405b"), l4 = find(four, "dep-llama31-405b");
    QVERIFY(l1.ok && l4.ok);
    QCOMPARE(l1.json["network"]["scale_out_gbps_per_gpu"].get<double>(), 0.0);
    QCOMPARE(l4.op.tokensPerS, l1.op.tokensPerS);
    qInfo("training over %d GPUs: %.0f tokens/s at 1:1 (%.0f Gb/s per GPU), %.0f at 4:1 (%.1f Gb/s between SUs of %d "
          "GPUs); Llama 405B TP8 %.0f tokens/s at both",
          n4["widest_group_gpus"].get<int>(), t1.op.tokensPerS, n1["scale_out_gbps_per_gpu"].get<double>(),
          t4.op.tokensPerS, n4["scale_out_gbps_per_gpu"].get<double>(), n4["su_gpus"].get<int>(), l1.op.tokensPerS);
}

// `aif solve --json` carries the network figures next to the existing keys.
void TestFabricFeed::solveJsonCarriesNetworkFigures()
{
    SolveOptions o;
    o.only = {"power", "throughput"};
    const SolveResult r = runSolve(sample(), *m_catalog, o);
    QVERIFY(r.json["power"].contains("it_kw"));
    QVERIFY(r.json["power"]["network_kw"].get<double>() > 0);
    QVERIFY(r.json["power"]["network"]["fabric_switch_kw"].get<double>() > 0);
    for (const Json &d : r.json["throughput"]["deployments"])
        QVERIFY(d.contains("scale_out_gbps_per_gpu") && d["network"]["domain"] == kFabric);
}

QTEST_GUILESS_MAIN(TestFabricFeed)
#include "tst_fabricfeed.moc"
