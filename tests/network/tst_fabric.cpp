// The fabric planner (docs/network.md) against published counts, not against itself.
#include "catalog.h"
#include "network/fattree.h"
#include "network/media.h"
#include "network/projectfabric.h"
#include "network/scaleup.h"
#include "projectio.h"

#include <QtTest>

#include <algorithm>

using namespace aif;
using namespace aif::network;

class TestFabric : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void superpod_data();
    void superpod();
    void h100Table8();
    void fatTreeMaxima_data();
    void fatTreeMaxima();
    void oversubscription();
    void mediaBoundaries_data();
    void mediaBoundaries();
    void lpoAndCpoSaveOpticsPower();
    void scaleUp();
    void projectPlan();
    void rowMoveChangesLengths();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestFabric::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

// Each row: a published compute-fabric table row and the inputs its RA states.
void TestFabric::superpod_data()
{
    QTest::addColumn<QString>("sw");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<double>("nic");
    QTest::addColumn<int>("planes");
    QTest::addColumn<int>("su");
    QTest::addColumn<int>("extra");
    QTest::addColumn<bool>("fullSu");
    QTest::addColumn<QList<long long>>("expect");   // leaf, spine, core, node-leaf, leaf-spine, spine-core
    // NVIDIA DGX SuperPOD RA, DGX H100 (RA-11333-001 V11), Table 4 "Compute fabric component count":
    // 32-node SUs with one node removed for UFM, cables "compute and UFM" (4 UFM ports).
    const QString qm = "quantum-qm9700";
    QTest::newRow("H100 T4 1 SU") << qm << 248 << 400.0 << 1 << 32 << 4 << false << QList<long long>{8, 4, 0, 252, 256, 0};
    QTest::newRow("H100 T4 2 SU") << qm << 504 << 400.0 << 1 << 32 << 4 << false << QList<long long>{16, 8, 0, 508, 512, 0};
    QTest::newRow("H100 T4 3 SU") << qm << 760 << 400.0 << 1 << 32 << 4 << false << QList<long long>{24, 16, 0, 764, 768, 0};
    QTest::newRow("H100 T4 4 SU") << qm << 1016 << 400.0 << 1 << 32 << 4 << false << QList<long long>{32, 16, 0, 1020, 1024, 0};
    // DGX B200 RA (RA-11334-001), "Larger DGX SuperPOD component counts" (2-64 SUs, 3 tiers from 16).
    QTest::newRow("B200 2 SU") << qm << 512 << 400.0 << 1 << 32 << 0 << true << QList<long long>{16, 8, 0, 512, 512, 0};
    QTest::newRow("B200 4 SU") << qm << 1024 << 400.0 << 1 << 32 << 0 << true << QList<long long>{32, 16, 0, 1024, 1024, 0};
    QTest::newRow("B200 8 SU") << qm << 2048 << 400.0 << 1 << 32 << 0 << true << QList<long long>{64, 32, 0, 2048, 2048, 0};
    QTest::newRow("B200 16 SU") << qm << 4096 << 400.0 << 1 << 32 << 0 << true << QList<long long>{128, 128, 64, 4096, 4096, 4096};
    QTest::newRow("B200 32 SU") << qm << 8192 << 400.0 << 1 << 32 << 0 << true << QList<long long>{256, 256, 128, 8192, 8192, 8192};
    QTest::newRow("B200 64 SU") << qm << 16384 << 400.0 << 1 << 32 << 0 << true << QList<long long>{512, 512, 256, 16384, 16384, 16384};
    // DGX B300 with Spectrum-4 Ethernet (RA-11337-001), Table 3: 64-node SUs, twin planes of
    // 400GbE per GPU on 64 x 800G switches run as 128 x 400G; cables counted at 800G.
    const QString sn = "spectrum-x-sn5610";
    QTest::newRow("B300-Eth T3 1 SU") << sn << 512 << 800.0 << 2 << 64 << 0 << true << QList<long long>{16, 8, 0, 512, 512, 0};
    QTest::newRow("B300-Eth T3 2 SU") << sn << 1024 << 800.0 << 2 << 64 << 0 << true << QList<long long>{32, 16, 0, 1024, 1024, 0};
    QTest::newRow("B300-Eth T3 4 SU") << sn << 2048 << 800.0 << 2 << 64 << 0 << true << QList<long long>{64, 32, 0, 2048, 2048, 0};
    QTest::newRow("B300-Eth T3 8 SU") << sn << 4096 << 800.0 << 2 << 64 << 0 << true << QList<long long>{128, 64, 0, 4096, 4096, 0};
    QTest::newRow("B300-Eth T3 16 SU") << sn << 8192 << 800.0 << 2 << 64 << 0 << true << QList<long long>{256, 128, 0, 8192, 8192, 0};
    // DGX B300 with Quantum-X800 InfiniBand (RA-11339-001), Table 3: 72-node SUs, 800G per GPU.
    // The 18-SU row prints 9,216 GPUs next to 1,296 nodes; 1,296 x 8 = 10,368 matches its cables.
    const QString q3 = "quantum-x800-q3400";
    QTest::newRow("B300-IB T3 1 SU") << q3 << 576 << 800.0 << 1 << 72 << 0 << true << QList<long long>{8, 4, 0, 576, 576, 0};
    QTest::newRow("B300-IB T3 2 SU") << q3 << 1152 << 800.0 << 1 << 72 << 0 << true << QList<long long>{16, 8, 0, 1152, 1152, 0};
    QTest::newRow("B300-IB T3 4 SU") << q3 << 2304 << 800.0 << 1 << 72 << 0 << true << QList<long long>{32, 18, 0, 2304, 2304, 0};
    QTest::newRow("B300-IB T3 8 SU") << q3 << 4608 << 800.0 << 1 << 72 << 0 << true << QList<long long>{64, 36, 0, 4608, 4608, 0};
    QTest::newRow("B300-IB T3 18 SU") << q3 << 10368 << 800.0 << 1 << 72 << 0 << true << QList<long long>{144, 72, 0, 10368, 10368, 0};
}

void TestFabric::superpod()
{
    QFETCH(QString, sw);
    QFETCH(int, gpus);
    QFETCH(double, nic);
    QFETCH(int, planes);
    QFETCH(int, su);
    QFETCH(int, extra);
    QFETCH(bool, fullSu);
    QFETCH(QList<long long>, expect);
    FatTreeInput in;
    in.switchId = sw.toStdString();
    in.gpus = gpus;
    in.gpusPerSystem = 8;
    in.nicGbps = nic;
    in.planes = planes;
    in.suSystems = su;
    in.extraLeafPorts = extra;
    in.fullSu = fullSu;
    const FatTreeResult r = planFatTree(in, *m_catalog);
    QVERIFY2(r.error.empty(), r.error.c_str());
    QCOMPARE(r.leaves, expect[0]);
    QCOMPARE(r.spines, expect[1]);
    QCOMPARE(r.cores, expect[2]);
    QCOMPARE(r.cablesNodeLeaf, expect[3]);
    QCOMPARE(r.cablesLeafSpine, expect[4]);
    QCOMPARE(r.cablesSpineCore, expect[5]);
    QCOMPARE(r.tiers, expect[2] > 0 ? 3 : 2);
    QVERIFY(r.switchPowerW > 0);
}

// H100 RA Table 8 (4 SU, 127 nodes): 2,040 NDR 400G cables (nodes to leaf, leaf to spine),
// 1,536 switch OSFP transceivers, 508 system OSFPs (4 twin-port cages per DGX), 4 UFM; Table 7: 48 QM9700.
void TestFabric::h100Table8()
{
    FatTreeInput in;
    in.switchId = "quantum-qm9700";
    in.gpus = 1016;
    in.suSystems = 32;
    in.extraLeafPorts = 4;
    in.nodeLinksPerTransceiver = 2;
    const FatTreeResult r = planFatTree(in, *m_catalog);
    QCOMPARE(r.cablesNodeLeaf - in.extraLeafPorts + r.cablesLeafSpine, 2040LL);
    QCOMPARE(r.xcvrLeaf + r.xcvrSpine, 1536LL);
    QCOMPARE(r.xcvrNode, 508LL);
    QCOMPARE(r.xcvrExtra, 4LL);
    QCOMPARE(r.leaves + r.spines + r.cores, 48LL);
    // Optics: the twin-port SR8 module (15 W, MMA4Z00-NS) = 18.75 pJ/bit.
    QCOMPARE(r.optics.front().pjPerBit, 18.75);
    QCOMPARE(r.opticsPowerW, (1536 + 508) * 15.0 + 4 * 7.5);
}

// Al-Fares et al. (SIGCOMM 2008): a k-port fat tree has k^2/2 hosts in two tiers, k^3/4 in three.
void TestFabric::fatTreeMaxima_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("k=64") << 64;
    QTest::newRow("k=128") << 128;
    QTest::newRow("k=144") << 144;
}

void TestFabric::fatTreeMaxima()
{
    QFETCH(int, k);
    FatTreeInput in;
    in.radix = k;
    in.portGbps = 400;
    in.nicGbps = 400;
    in.gpusPerSystem = 8;
    in.gpus = k * k / 2;
    in.tiers = 0;
    FatTreeResult two = planFatTree(in, *m_catalog);
    QVERIFY2(two.error.empty(), two.error.c_str());
    QCOMPARE(two.tiers, 2);
    QCOMPARE(two.maxEndpoints, (long long)k * k / 2);
    QCOMPARE(two.leaves, (long long)k);
    QCOMPARE(two.spines, (long long)k / 2);
    in.gpus = k * k / 2 + 8;   // one system more needs a third tier
    const FatTreeResult three = planFatTree(in, *m_catalog);
    QCOMPARE(three.tiers, 3);
    QCOMPARE(three.maxEndpoints, (long long)k * k * k / 4);
    in.gpus = k * k * k / 4;
    in.suSystems = k / 2;
    const FatTreeResult full = planFatTree(in, *m_catalog);
    QVERIFY2(full.error.empty(), full.error.c_str());
    QCOMPARE(full.leaves + full.spines + full.cores, 5LL * k * k / 4);   // k^2 pod switches + (k/2)^2 cores
}

void TestFabric::oversubscription()
{
    FatTreeInput in;
    in.switchId = "quantum-qm9700";
    in.gpus = 2048;
    const FatTreeResult full = planFatTree(in, *m_catalog);
    in.overDown = 3;   // 3:1
    const FatTreeResult over = planFatTree(in, *m_catalog);
    QVERIFY(over.spines < full.spines);
    QVERIFY(over.leaves < full.leaves);
    QCOMPARE(over.downPerLeaf, 48);
    QVERIFY(std::abs(over.bisectionTbps - full.bisectionTbps / 3.0) < 1e-9);
    QVERIFY(over.maxEndpoints > full.maxEndpoints);
}

// Each medium up to its reach, and the next one just beyond it; copper halves at 200G lanes.
void TestFabric::mediaBoundaries_data()
{
    QTest::addColumn<double>("lane");
    QTest::addColumn<double>("length");
    QTest::addColumn<QString>("medium");
    const QList<QPair<double, QStringList>> ladders = {
        {100, {"dac", "acc", "aec", "aoc", "sr", "dr", "fr", "lr", "zr"}},
        {200, {"dac", "acc", "aec", "aoc", "sr", "dr", "fr", "lr", "zr"}}};
    for (const auto &[lane, names] : ladders) {
        for (int i = 0; i < names.size(); ++i) {
            QTest::newRow(qPrintable(QStringLiteral("%1G %2").arg(lane).arg(names[i]))) << lane << -double(i + 1) << names[i];
        }
    }
}

void TestFabric::mediaBoundaries()
{
    QFETCH(double, lane);
    QFETCH(double, length);
    QFETCH(QString, medium);
    // The ladder's i-th medium: its own reach picks it, 1 cm beyond picks the next.
    const std::vector<Medium> media = mediaAt(*m_catalog, lane);
    const auto it = std::find_if(media.begin(), media.end(), [&](const Medium &m) { return m.medium == medium.toStdString(); });
    QVERIFY(it != media.end());
    bool ok = false;
    const Medium at = chooseMedium(*m_catalog, lane, it->reachM, &ok);
    QVERIFY(ok);
    QCOMPARE(QString::fromStdString(at.medium), medium);
    const Medium beyond = chooseMedium(*m_catalog, lane, it->reachM + 0.01, &ok);
    QVERIFY(!ok || beyond.medium != at.medium);   // past zr nothing reaches
    QVERIFY(!ok || beyond.reachM > it->reachM);
    QVERIFY(at.pjPerBit >= 0);
    Q_UNUSED(length);
    if (medium == "dac") {   // IEEE 802.3ck 2 m at 100G lanes, 802.3dj 1 m at 200G lanes
        QCOMPARE(at.reachM, lane == 100 ? 2.0 : 1.0);
    }
}

void TestFabric::lpoAndCpoSaveOpticsPower()
{
    bool ok = false;
    const Medium dsp = chooseMedium(*m_catalog, 100, 80, &ok, "pluggable");
    const Medium lpo = chooseMedium(*m_catalog, 100, 80, &ok, "lpo");
    const Medium cpo = chooseMedium(*m_catalog, 100, 80, &ok, "cpo");
    QCOMPARE(QString::fromStdString(dsp.medium), QString("dr"));
    QVERIFY(lpo.powerW < dsp.powerW);
    QVERIFY(cpo.powerW < lpo.powerW);
}

void TestFabric::scaleUp()
{
    const ScaleUpResult nvl = network::scaleUp(*m_catalog, "gb200-nvl72");
    QVERIFY2(nvl.error.empty(), nvl.error.c_str());
    QCOMPARE(nvl.switchTrays, 9);            // GB200 SuperPOD RA, network fabrics
    QCOMPARE(nvl.switchChips, 18);
    QCOMPARE(nvl.perGpuTBps, 1.8);
    QVERIFY(std::abs(nvl.aggregateTBps - 130) / 130 < 0.01);   // NVIDIA: 130 TB/s per rack
    QCOMPARE(nvl.copperCables, 5184LL);     // published 5,184 spine cables
    QCOMPARE(nvl.opticalTransceivers, 0LL);
    QVERIFY(nvl.powerW > 0);
    const ScaleUpResult hgx = network::scaleUp(*m_catalog, "hgx-h100-8gpu");
    QCOMPARE(hgx.perGpuTBps, 0.9);           // H100 RA: 900 GB/s NVLink per GPU
    const ScaleUpResult mi = network::scaleUp(*m_catalog, "mi300x-8gpu");
    QVERIFY(std::abs(mi.perGpuTBps - 0.896) < 1e-9);
    const ScaleUpResult cm = network::scaleUp(*m_catalog, "ascend-cloudmatrix-384");
    QCOMPARE(cm.gpus, 384);
    QCOMPARE(cm.opticalTransceivers, 6912LL);
    QVERIFY(cm.opticsPowerW > 0);
    QVERIFY(!network::scaleUp(*m_catalog, "no-such-system").error.empty());
}

void TestFabric::projectPlan()
{
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    QVERIFY(loaded.ok);
    const ProjectFabric f = planProjectFabric(loaded.project, *m_catalog);
    QCOMPARE(f.domains.size(), size_t(1));
    const DomainFabric &d = f.domains.front();
    QCOMPARE(d.gpus, 80 * 72);
    long long nodeLeaf = 0;
    for (const CableRun &r : d.runs) {
        QVERIFY(r.lengthM > kPatchSlackM);
        QVERIFY(r.reaches);
        QVERIFY(r.lengthM <= r.medium.reachM);
        if (r.tier == "node_leaf")
            nodeLeaf += r.count;
    }
    QCOMPARE(nodeLeaf, d.tree.cablesNodeLeaf);
    QVERIFY(f.switchPowerW > 0 && f.opticsPowerW > 0 && f.capexUsd > 0);
    QCOMPARE(f.scaleUp.size(), size_t(1));
    QCOMPARE(f.scaleUpDomains.front(), 80);
    QVERIFY(!bomCsv(f).isEmpty());
    // The planner says when the design has fewer leaves than the tree needs (ports run out), and
    // aif fabric FILE --json carries it.
    for (const std::string &w : f.warnings)
        QVERIFY2(w.find("ports exhausted") == std::string::npos, w.c_str());
    Project fewer = loaded.project;
    int kept = 0;
    std::erase_if(fewer.switches, [&](const Switch &s) { return s.tier == "leaf" && ++kept > 10; });
    const ProjectFabric g = planProjectFabric(fewer, *m_catalog);
    const std::string expected = "switch ports exhausted: 10 leaf switches in the design, the tree needs "
                                 + std::to_string(g.domains.front().tree.leaves);
    QVERIFY(std::any_of(g.warnings.begin(), g.warnings.end(),
                        [&](const std::string &w) { return w.find(expected) != std::string::npos; }));
    QVERIFY(projectFabricJson(g).dump().find(expected) != std::string::npos);
}

void TestFabric::rowMoveChangesLengths()
{
    LoadResult loaded = loadProject(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory");
    QVERIFY(loaded.ok);
    const ProjectFabric before = planProjectFabric(loaded.project, *m_catalog);
    // Move row J's GPU racks 6 m further from their leaf rack (in memory).
    for (Rack &r : loaded.project.racks)
        if (r.row == "row-J" && !r.system.empty())
            r.xM += 6.0;
    const ProjectFabric after = planProjectFabric(loaded.project, *m_catalog);
    QVERIFY(after.cableLengthM > before.cableLengthM);
    // Only row J's node-leaf runs changed, each by exactly the 6 m moved (Manhattan routing).
    double delta = 0;
    long long moved = 0;
    for (size_t i = 0; i < before.domains[0].runs.size(); ++i) {
        const CableRun &a = before.domains[0].runs[i], &b = after.domains[0].runs[i];
        if (a.lengthM != b.lengthM) {
            delta += (b.lengthM - a.lengthM) * b.count;
            moved += b.count;
            QVERIFY(std::abs(std::abs(b.lengthM - a.lengthM) - 6.0) < 1e-9);
        }
    }
    QVERIFY(moved > 0);
    QVERIFY(std::abs(after.cableLengthM - before.cableLengthM - delta) < 1e-6);
}

QTEST_GUILESS_MAIN(TestFabric)
#include "tst_fabric.moc"
