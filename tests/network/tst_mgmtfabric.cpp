// Storage, in-band and out-of-band networks beside the compute fabric (solvers/network/mgmtfabric.h)
// against the DGX SuperPOD with DGX H100 reference architecture (RA-11333-001 V11, 2023-09-22):
// Table 7 (switches of the 4-SU, 127-node design) and Table 8 (its cables). Checking data, except
// where a comment says a rule was inferred from these same tables.
#include "catalog.h"
#include "network/fabricfeed.h"
#include "network/mgmtfabric.h"
#include "network/projectfabric.h"
#include "projectio.h"

#include <QtTest>

using namespace aif;
using namespace aif::network;

class TestMgmtFabric : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void h100SuperpodTables();
    void scalesWithNodes();
    void badInput();
    void inProjectFabric();

private:
    ManagementInput h100() const;
    std::unique_ptr<Catalog> m_catalog;
};

void TestMgmtFabric::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

// The RA's 4-SU design: 127 DGX H100, 48 compute switches (32 leaf + 16 spine QM9700), 108 rack
// PDUs (Table 7: 96 + 12; here 54 racks of 2).
ManagementInput TestMgmtFabric::h100() const
{
    ManagementInput in;
    in.nodes = 127;
    in.computeSwitches = 48;
    in.racks = 54;
    in.pdusPerRack = 2;
    return in;
}

void TestMgmtFabric::h100SuperpodTables()
{
    const ManagementFabric m = planManagement(h100(), *m_catalog);
    QVERIFY2(m.error.empty(), m.error.c_str());
    // Table 7: 16 storage QM9700, 8 in-band SN4600C, 8 OOB SN2201. The storage split (8 node
    // leaves, 4 storage leaves, 4 spines) is inferred: the RA gives only the total and the cables.
    QCOMPARE(m.storage.switchId, std::string("quantum-qm9700"));
    QCOMPARE(m.storage.switches(), 16LL);
    QCOMPARE(m.inband.switches(), 8LL);
    QCOMPARE(m.oob.switches(), 8LL);
    // Table 8, storage: 494 NDR cables "DGX to leaf, leaf to spine" (254 node + 240 leaf-spine)
    // and 48 storage cables.
    QCOMPARE(m.storage.deviceLinks - 48 + m.storage.uplinks, 494LL);
    // Table 8, in-band: 254 DGX links + 8 management nodes + 8 NFS, 24 leaf-core, 6 inter-switch,
    // 4 uplinks to the data-centre core.
    QCOMPARE(m.inband.deviceLinks, 254LL + 8 + 8);
    QCOMPARE(m.inband.uplinks, 24LL);
    QCOMPARE(m.inband.interSwitchLinks, 6LL);
    QCOMPARE(m.inband.externalLinks, 4LL);
    // Table 8, OOB: 127 DGX + 64 InfiniBand switches + 8 management nodes + 8 in-band switches + 2
    // UFM back-to-back + 108 PDUs on 1 GbE; 16 uplinks into the in-band network.
    QCOMPARE(m.oob.endpoints, 127LL + 64 + 8 + 8 + 2 + 108);
    QCOMPARE(m.oob.uplinks, 16LL);
    // Power and cost add up from the catalog.
    const double perQm = m_catalog->find("network", "quantum-qm9700")->data.value("powerW", 0.0);
    QCOMPARE(m.storage.switchPowerW, 16 * perQm);
    QVERIFY(m.switchPowerW > m.storage.switchPowerW && m.capexUsd > 0);
    const Json j = managementJson(m);
    QCOMPARE(j["storage"]["switches"].get<long long>(), 16LL);
    QCOMPARE(j["oob"]["cables"]["leaf_spine"].get<long long>(), 16LL);
}

void TestMgmtFabric::scalesWithNodes()
{
    ManagementInput in = h100();
    long long last = 0;
    for (long long nodes : {4LL, 16LL, 64LL, 127LL, 255LL, 1024LL}) {
        in.nodes = nodes;
        in.racks = (nodes + 3) / 4;
        const ManagementFabric m = planManagement(in, *m_catalog);
        QVERIFY2(m.error.empty(), m.error.c_str());
        QVERIFY(m.switches() >= last);   // never fewer switches for more nodes
        last = m.switches();
        // Every tree has the ports its devices need.
        QVERIFY(m.storage.leaves * m.storage.switchPorts >= m.storage.endpoints);
        QVERIFY(m.inband.leaves * (m.inband.switchPorts - 6) >= m.inband.endpoints);
        QVERIFY(m.oob.leaves * m.oob.switchPorts >= m.oob.endpoints);
        QVERIFY(m.inband.leaves % 2 == 0);   // MLAG pairs
    }
    in.nodes = 4;   // 8 node ports + 2 storage links fit one storage switch: no spine
    const ManagementFabric small = planManagement(in, *m_catalog);
    QCOMPARE(small.storage.leaves, 1LL);
    QCOMPARE(small.storage.spines, 0LL);
}

void TestMgmtFabric::badInput()
{
    ManagementInput in = h100();
    in.oobSwitchId = "no-such-switch";
    ManagementFabric m = planManagement(in, *m_catalog);
    QVERIFY(m.error.find("no-such-switch") != std::string::npos);
    in = h100();
    in.nodes = 0;
    QVERIFY(!planManagement(in, *m_catalog).error.empty());
}

void TestMgmtFabric::inProjectFabric()
{
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    QVERIFY(loaded.ok);
    const ProjectFabric f = planProjectFabric(loaded.project, *m_catalog);
    FabricOptions without;
    without.managementNetworks = false;
    const ProjectFabric g = planProjectFabric(loaded.project, *m_catalog, without);
    const ManagementFabric &m = f.domains.front().management;
    QVERIFY(m.switches() > 0);
    QCOMPARE(m.storage.endpoints, f.domains.front().tree.systems * 2 + (long long)std::ceil(f.domains.front().tree.systems * 48.0 / 128.0 - 1e-9));
    // Their switches and optics are in the totals, the loads on the floor and the BOM.
    QVERIFY(std::abs(f.switchPowerW - g.switchPowerW - m.switchPowerW) < 1e-6);
    QVERIFY(std::abs(f.opticsPowerW - g.opticsPowerW - m.opticsPowerW) < 1e-6);
    QVERIFY(std::abs(f.capexUsd - g.capexUsd - m.capexUsd) < 1e-3);
    double loadW = 0;
    for (const FabricLoad &l : f.domains.front().loads)
        loadW += l.switchPowerW + l.opticsPowerW;
    const DomainFabric &d = f.domains.front();
    QVERIFY(std::abs(loadW - (d.tree.switchPowerW + d.opticsPowerW + m.switchPowerW + m.opticsPowerW)) < 1e-6 * loadW);
    const FabricFeed feed = fabricFeed(loaded.project, *m_catalog);
    QVERIFY(std::abs(feed.switchPowerW - (d.tree.switchPowerW + m.switchPowerW)) < 1e-6);
    QVERIFY(projectFabricJson(f)["domains"][0]["management"]["oob"]["switches"].get<long long>() == m.oob.switches());
    QVERIFY(bomCsv(f).contains("spectrum-sn2201"));
}

QTEST_GUILESS_MAIN(TestMgmtFabric)
#include "tst_mgmtfabric.moc"
