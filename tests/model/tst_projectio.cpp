// Project files: save/load round trips, atomic save, stable key order, sample projects.
#include "projectio.h"

#include "formatversions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

// QCOMPARE cannot take nlohmann values (its overloads drag in qfloat16 conversions).
#define QCOMPARE_JSON(actual, expected)                                                              \
    QVERIFY2((actual) == (expected), ((actual).dump() + " != " + (expected).dump()).c_str())

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// One entity of every kind, each with values that differ from the defaults.
Project fullProject()
{
    Project p;
    p.site().name = "Test campus";
    p.site().location = "Oslo, NO";
    p.site().climate = "NOR_Oslo.TMY";
    p.site().latitudeDeg = 59.91;
    p.site().longitudeDeg = 10.75;
    p.site().elevationM = 23.5;
    p.economics.tariffUsdPerKwh = 0.061;
    p.economics.discountRate = 0.07;
    p.economics.staffUsdPerYear = 1.25e6;
    p.airModel.openAisleRecirculation = 0.22;
    p.airModel.rowEndRecirculation = 0.31;
    p.airModel.buoyancy = false;
    p.airModel.cellM = 0.25;

    const auto add = [&p](EntityKind kind, const Json &j) {
        const std::string e = p.insert(kind, j, -1);
        QVERIFY2(e.empty(), e.c_str());
    };
    add(EntityKind::Hall, {{"id", "hall-1"}, {"name", "Hall One"}, {"widthM", 42.5}, {"floor", "raised"},
                           {"raisedFloorM", 0.6}, {"ashraeClass", "A2"}, {"plenumBlockage", 0.2},
                           {"ceilingPlenumM", 0.9}, {"returnPath", "ceiling-plenum"}});
    add(EntityKind::Row, {{"id", "row-1"}, {"name", "Row A"}, {"hall", "hall-1"}});
    add(EntityKind::LiquidLoop, {{"id", "loop-fac"}, {"type", "facility"}, {"fluid", "pg25"},
                                 {"supplyTempC", 32.5}, {"waterClass", "W40"}});
    add(EntityKind::LiquidLoop, {{"id", "loop-tcs"}, {"hall", "hall-1"}, {"type", "tcs"}, {"designDeltaTK", 8.0}});
    add(EntityKind::PowerNode, {{"id", "util-1"}, {"type", "utility"}, {"side", "N"}, {"ratedW", 5e6}});
    add(EntityKind::PowerNode, {{"id", "pdu-1"}, {"type", "pdu"}, {"upstream", "util-1"}, {"hall", "hall-1"},
                                {"modules", 2}, {"redundantModules", 1}, {"lossC0", 0.004}, {"failed", true}});
    add(EntityKind::Rack, {{"id", "rack-1"}, {"name", "A01"}, {"hall", "hall-1"}, {"row", "row-1"},
                           {"xM", 3.3}, {"yM", 4.1}, {"rotationDeg", 180.0}, {"system", "gb200-nvl72"},
                           {"systemCount", 1}, {"powerFeedA", "pdu-1"}, {"coolingLoop", "loop-tcs"},
                           {"powerBudgetW", 132000.0}, {"gpuPowerLimitW", 1000.0}, {"airflowM3sPerKw", 0.06},
                           {"blankingPanels", false}, {"exhaust", "chimney"}});
    add(EntityKind::AirUnit, {{"id", "air-1"}, {"hall", "hall-1"}, {"type", "inrow"}, {"airflowM3s", 7.25},
                              {"supplyTempC", 24.0}, {"rack", "rack-1"}, {"discharge", "underfloor"},
                              {"control", "return"}, {"returnSetpointC", 36.5}, {"fanShutoffPa", 450.0},
                              {"ratedStaticPa", 75.0}});
    add(EntityKind::Vent, {{"id", "vent-1"}, {"hall", "hall-1"}, {"type", "grate-tile"}, {"xM", 2.1}, {"yM", 3.3},
                           {"openArea", 0.56}, {"damper", 0.8}});
    add(EntityKind::Containment, {{"id", "cont-1"}, {"hall", "hall-1"}, {"type", "cold-aisle"},
                                  {"rows", Json::array({"row-1"})}, {"leakageFraction", 0.02}});
    add(EntityKind::Cdu, {{"id", "cdu-1"}, {"hall", "hall-1"}, {"primaryLoop", "loop-fac"},
                          {"secondaryLoop", "loop-tcs"}, {"approachK", 2.5}, {"model", "cdu-1300kw"}});
    add(EntityKind::HeatRejection, {{"id", "hr-1"}, {"type", "chiller"}, {"loop", "loop-fac"}, {"units", 3},
                                    {"redundantUnits", 1}, {"copRated", 6.1}});
    add(EntityKind::NetworkDomain, {{"id", "net-1"}, {"type", "scale-up"}, {"technology", "NVLink5"},
                                    {"racks", Json::array({"rack-1"})}, {"oversubscription", 2.0}});
    add(EntityKind::Switch, {{"id", "sw-1"}, {"hall", "hall-1"}, {"rack", "rack-1"}, {"domain", "net-1"},
                             {"tier", "spine"}, {"ports", 128}, {"powerW", 2200.0}});
    add(EntityKind::Link, {{"id", "link-1"}, {"from", "sw-1"}, {"to", "rack-1"}, {"count", 72},
                           {"speedGbps", 1600.0}, {"lengthM", 3.5}});
    add(EntityKind::Deployment, {{"id", "dep-1"}, {"model", "llama-2-70b"}, {"racks", Json::array({"rack-1"})},
                                 {"precision", "fp4"}, {"tp", 8}, {"mode", "server"}, {"kvHitRate", 0.35},
                                 {"mtpTokens", 2}, {"mtpAcceptance", 0.85}, {"batch", 64}});
    add(EntityKind::Scenario, {{"id", "scn-1"}, {"description", "PDU lost"},
                               {"overrides", Json::array({Json{{"entity", "pdu-1"}, {"property", "failed"},
                                                               {"value", true}}})}});
    p.rebuildIndex();
    return p;
}

QStringList sampleProjects()
{
    QStringList files;
    const QDir dir(QStringLiteral(AIF_SOURCE_DIR "/projects"));
    for (const QFileInfo &fi : dir.entryInfoList({"*.aifactory"}, QDir::Files, QDir::Name))
        files << fi.filePath();
    return files;
}

} // namespace

class TestProjectIo : public QObject
{
    Q_OBJECT

private slots:
    void everyKindIsPresent();
    void roundTrip();
    void keyOrderIsStable();
    void saveToMissingDirectoryFails();
    void saveToReadOnlyDirectoryKeepsOldFile();
    void sampleProjectsRoundTrip_data();
    void sampleProjectsRoundTrip();
};

void TestProjectIo::everyKindIsPresent()
{
    const Project p = fullProject();
    for (EntityKind kind : allKinds())
        QVERIFY2(p.count(kind) >= 1, kindNames(kind).fileKey);
}

void TestProjectIo::roundTrip()
{
    const Project original = fullProject();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("full.aifactory");
    QString error;
    QVERIFY2(saveProject(original, path, &error), qPrintable(error));

    const LoadResult loaded = loadProject(path);
    QVERIFY(loaded.ok);
    QVERIFY(!hasErrors(loaded.diagnostics));
    QCOMPARE(loaded.fileFormatVersion, kFormatVersion);
    QVERIFY(!loaded.migrated);
    for (const Diagnostic &d : loaded.diagnostics)
        QVERIFY2(d.code != "key.unknown", d.pointer.c_str());   // we only write keys we read

    const QByteArray a = serializeProject(original);
    QCOMPARE(serializeProject(loaded.project), a);
    QCOMPARE(readAll(path), a);   // what is on disk is exactly serializeProject()

    // Spot checks that values (not just defaults) made it through.
    const Rack *rack = loaded.project.get<Rack>("rack-1");
    QVERIFY(rack);
    QCOMPARE(rack->xM, 3.3);
    QCOMPARE(rack->system, std::string("gb200-nvl72"));
    QCOMPARE(loaded.project.site().latitudeDeg, 59.91);
    QCOMPARE(loaded.project.economics.tariffUsdPerKwh, 0.061);
    // Issue 16's air-path fields.
    QCOMPARE(loaded.project.airModel.openAisleRecirculation, 0.22);
    QCOMPARE(loaded.project.airModel.rowEndRecirculation, 0.31);
    QCOMPARE(loaded.project.airModel.buoyancy, false);
    QCOMPARE(loaded.project.halls.at(0).returnPath, std::string("ceiling-plenum"));
    QCOMPARE(loaded.project.halls.at(0).ceilingPlenumM, 0.9);
    QCOMPARE(loaded.project.vents.at(0).openArea, 0.56);
    QCOMPARE(loaded.project.airUnits.at(0).discharge, std::string("underfloor"));
    QCOMPARE(loaded.project.airUnits.at(0).fanShutoffPa, 450.0);
    QCOMPARE(loaded.project.airUnits.at(0).ratedStaticPa, 75.0);
    QCOMPARE(rack->airflowM3sPerKw, 0.06);
    QCOMPARE(rack->blankingPanels, false);
    QCOMPARE(rack->exhaust, std::string("chimney"));
    QCOMPARE(loaded.project.scenarios.at(0).overrides.size(), size_t(1));
    QCOMPARE_JSON(loaded.project.scenarios.at(0).overrides[0].value, Json(true));
    const PowerNode *pdu = loaded.project.get<PowerNode>("pdu-1");
    QVERIFY(pdu && pdu->failed && pdu->modules == 2);
}

void TestProjectIo::keyOrderIsStable()
{
    const QByteArray bytes = serializeProject(fullProject());
    QVERIFY(bytes.startsWith(QByteArray("{\n  \"formatVersion\": ") + QByteArray::number(kFormatVersion) + ",\n  \"generator\": \""));
    QVERIFY(bytes.endsWith("}\n"));
    const Json doc = Json::parse(bytes.constBegin(), bytes.constEnd());
    std::vector<std::string> keys;
    for (auto it = doc.begin(); it != doc.end(); ++it)
        keys.push_back(it.key());
    std::vector<std::string> expected{"formatVersion", "generator"};
    for (EntityKind kind : allKinds())
        expected.push_back(kindNames(kind).fileKey);
    QCOMPARE(keys, expected);
    QCOMPARE(doc["generator"].get<std::string>(), generatorString().toStdString());

    // Inside an entity: id, name, then the field table's order.
    const Json &rack = doc["racks"][0];
    auto it = rack.begin();
    QCOMPARE(it.key(), std::string("id"));
    QCOMPARE((++it).key(), std::string("name"));
    QCOMPARE((++it).key(), std::string("hall"));
    // Serializing twice gives the same bytes (no hash-order keys).
    QCOMPARE(serializeProject(fullProject()), bytes);
}

void TestProjectIo::saveToMissingDirectoryFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("no/such/dir/x.aifactory");
    QString error;
    QVERIFY(!saveProject(fullProject(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestProjectIo::saveToReadOnlyDirectoryKeepsOldFile()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath("ro");
    QVERIFY(QDir().mkpath(sub));
    const QString path = sub + "/design.aifactory";
    const QByteArray old = "{\"formatVersion\": 1}\n";
    QVERIFY(writeAll(path, old));
    QVERIFY(QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });
    // Root ignores permissions: probe whether the folder is really read-only for us.
    {
        QFile probe(sub + "/probe");
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("running with privileges that ignore directory permissions (root)");
        }
    }
    QString error;
    QVERIFY(!saveProject(fullProject(), path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(sub).entryList(QDir::Files | QDir::Hidden), QStringList{"design.aifactory"});
}

void TestProjectIo::sampleProjectsRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : sampleProjects())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestProjectIo::sampleProjectsRoundTrip()
{
    if (sampleProjects().isEmpty())
        QSKIP("no sample projects in projects/ yet");
    QFETCH(QString, path);
    const QByteArray before = readAll(path);
    const LoadResult loaded = loadProject(path);
    for (const Diagnostic &d : loaded.diagnostics)
        QVERIFY2(!d.isError(), d.format(path.toStdString()).c_str());
    QVERIFY(loaded.ok);
    const QByteArray first = serializeProject(loaded.project);
    const LoadResult again = parseProject(first);
    QVERIFY(again.ok);
    QCOMPARE(serializeProject(again.project), first);
    QCOMPARE(readAll(path), before);   // loading never writes
}

QTEST_GUILESS_MAIN(TestProjectIo)
#include "tst_projectio.moc"
