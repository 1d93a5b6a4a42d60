// The profile gpu-calibrate writes, without a GPU: it has the shipped gpus schema, `aif catalog
// import` takes it, --base keeps the datasheet fields, bad measurements are refused by name.
#include "baseentry.h"
#include "catalog.h"
#include "profilejson.h"
#include "runprogram.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <set>

using namespace aif;
using namespace aif::gpucal;

namespace {

const QString kShippedGpus = QStringLiteral(AIF_SOURCE_DIR "/resources/catalog/gpus.json");

// What an H100 SXM run could plausibly produce; the values differ from the catalog's h100-sxm
// entry wherever the overlay test needs to tell the two apart.
GpuMeasurements fakeH100()
{
    GpuMeasurements m;
    m.deviceName = "NVIDIA H100 80GB HBM3";
    m.uuid = "GPU-01234567-89ab-cdef-0123-456789abcdef";
    m.computeCapability = "9.0";
    m.driverVersion = "580.65.06";
    m.cudaDriverVersion = "13.0";
    m.cudaRuntimeVersion = "13.0";
    m.cublasVersion = "13.0.2";
    m.smCount = 132;
    m.memoryGB = 85.52;
    m.hbmPeakTBps = 3.352;
    GemmPrecisionResult bf16{"bf16", 742.34, 0.0021, 1e-2, {}};
    bf16.shapes = {{{128, 8192, 8192}, 310.2, 0.0554},
                   {{512, 8192, 8192}, 620.7, 0.1107},
                   {{2048, 8192, 8192}, 701.1, 0.392},
                   {{8192, 8192, 8192}, 742.34, 1.481}};
    m.gemm = {bf16, {"fp16", 735.0, 0.0003, 2e-3, {{{8192, 8192, 8192}, 735.0, 1.496}}},
              {"fp8", 1310.4, 0.004, 1e-2, {{{8192, 8192, 8192}, 1310.4, 0.839}}}};
    m.hbmBufferGB = 1.074;
    m.hbmCopyTBps = 2.951;
    m.hbmReadTBps = 3.052;
    m.p2pPairs = {{0, 1, 370.5}, {1, 0, 368.2}};
    m.p2pGBps = 370.5;
    m.idleW = 72.4;
    m.gemmW = 690.1;
    m.copyW = 402.2;
    m.powerLimitW = 650.0;
    m.date = "2026-11-23";
    return m;
}

QString text(const Json &j)
{
    return QString::fromStdString(j.is_string() ? j.get<std::string>() : j.dump());
}

Json readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Json();
    const QByteArray bytes = f.readAll();
    return Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
}

} // namespace

class TestGpuProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profileHasShippedSchema();
    void optionalPartsLeftOut();
    void idFromDeviceName_data();
    void idFromDeviceName();
    void badMeasurementRefused_data();
    void badMeasurementRefused();
    void importWithAif();
    void baseOverlayKeepsDatasheet();
    void baseNotFound();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

void TestGpuProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // This run's own catalog, for the child processes and for Catalog::open in loadBaseEntry.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert("AIF_CATALOG_DB", m_dir.filePath("catalog.sqlite"));
    m_env.insert("AIF_USER_CATALOG_DIR", m_dir.filePath("user-catalog"));
    qputenv("AIF_CATALOG_DB", m_env.value("AIF_CATALOG_DB").toUtf8());
    qputenv("AIF_USER_CATALOG_DIR", m_env.value("AIF_USER_CATALOG_DIR").toUtf8());
}

void TestGpuProfile::profileHasShippedSchema()
{
    // Not const: operator[] on a missing key then fails a comparison instead of asserting.
    Json e = buildGpuProfile(fakeH100(), "h100-80gb-hbm3-measured");
    QCOMPARE(checkCatalogEntry(e), std::string());
    QCOMPARE(text(e["id"]), QStringLiteral("h100-80gb-hbm3-measured"));
    QCOMPARE(text(e["name"]), QStringLiteral("NVIDIA H100 80GB HBM3"));
    QCOMPARE(text(e["vendor"]), QStringLiteral("NVIDIA"));
    QCOMPARE(text(e["confidence"]), QStringLiteral("measured"));
    QCOMPARE(text(e["asOf"]), QStringLiteral("2026-11"));
    QCOMPARE(text(e["source"]),
             QStringLiteral("AI Factory Studio gpu-calibrate on NVIDIA H100 80GB HBM3 (2026-11-23)"));
    QVERIFY(!e.contains("peakTflops"));   // no datasheet: nothing measured it
    // Units as docs/catalog.md defines them: hbmGB counts GiB (85.52e9 bytes = 79.6 GiB), TB/s
    // is 10^12 bytes per second, W is W.
    QCOMPARE(e["hbmGB"].get<double>(), 79.6);
    QCOMPARE(e["hbmTBps"].get<double>(), 3.35);
    QCOMPARE(e["tdpW"].get<double>(), 650.0);
    QCOMPARE(e["idleW"].get<double>(), 72.0);

    Json &m = e["measured"];
    QCOMPARE(m["bf16GemmTflops"].get<double>(), 742.3);
    QCOMPARE(m["fp16GemmTflops"].get<double>(), 735.0);
    QCOMPARE(m["fp8GemmTflops"].get<double>(), 1310.4);
    QCOMPARE(m["hbmCopyTBps"].get<double>(), 2.951);
    QCOMPARE(m["hbmReadTBps"].get<double>(), 3.052);
    QCOMPARE(m["p2pGBps"].get<double>(), 370.5);
    QCOMPARE(text(m["when"]), QStringLiteral("2026-11"));
    QVERIFY(m["how"].get<std::string>().find("8192x8192x8192") != std::string::npos);
    QVERIFY(m["source"] == e["source"]);
    QCOMPARE(e["power"]["gemmW"].get<double>(), 690.0);
    QCOMPARE(e["power"]["copyW"].get<double>(), 402.0);
    QVERIFY(e["power"]["source"].is_string());

    Json &c = e["calibration"];
    QCOMPARE(text(c["device"]["uuid"]), QStringLiteral("GPU-01234567-89ab-cdef-0123-456789abcdef"));
    QCOMPARE(c["gemm"]["bf16"]["shapes"].size(), size_t(4));
    QCOMPARE(c["gemm"]["bf16"]["shapes"][0]["m"].get<int>(), 128);
    QCOMPARE(c["p2p"][1]["bandwidthGBps"].get<double>(), 368.2);

    // Same schema as the shipped entries: every top-level key, and every key under measured
    // and power that both use, is one the shipped catalog already has; only the keys new with
    // gpu-calibrate are allowed besides.
    const Json shipped = readJsonFile(kShippedGpus);
    QVERIFY2(shipped.is_object(), qPrintable(kShippedGpus));
    std::set<std::string> top = {"calibration"};
    std::set<std::string> measured = {"fp16GemmTflops", "hbmReadTBps", "p2pGBps"};
    std::set<std::string> power = {"idleW", "gemmW", "copyW"};
    for (const Json &s : shipped["entries"]) {
        for (const auto &[key, value] : s.items())
            top.insert(key);
        // value() returns a copy: keep it alive while items() walks it.
        const Json shippedMeasured = s.value("measured", Json::object());
        const Json shippedPower = s.value("power", Json::object());
        for (const auto &[key, value] : shippedMeasured.items())
            measured.insert(key);
        for (const auto &[key, value] : shippedPower.items())
            power.insert(key);
    }
    for (const auto &[key, value] : e.items())
        QVERIFY2(top.count(key), key.c_str());
    for (const auto &[key, value] : m.items())
        QVERIFY2(measured.count(key), key.c_str());
    for (const auto &[key, value] : e["power"].items())
        QVERIFY2(power.count(key), key.c_str());

    Json file = gpuCatalogFile(e);
    QCOMPARE(text(file["category"]), QStringLiteral("gpus"));
    QCOMPARE(file["schemaVersion"].get<int>(), 1);
    QCOMPARE(file["entries"].size(), size_t(1));
    QVERIFY(file["entries"][0] == e);
}

void TestGpuProfile::optionalPartsLeftOut()
{
    GpuMeasurements m = fakeH100();
    m.hbmPeakTBps.reset();
    m.p2pPairs.clear();
    m.p2pGBps.reset();
    m.idleW.reset();
    m.gemmW.reset();
    m.copyW.reset();
    m.powerLimitW.reset();
    m.gemm.pop_back();   // no fp8 (an A100)
    Json e = buildGpuProfile(m, "no-extras");
    for (const char *key : {"hbmTBps", "tdpW", "idleW", "power"})
        QVERIFY2(!e.contains(key), key);
    QVERIFY(!e["measured"].contains("p2pGBps"));
    QVERIFY(!e["measured"].contains("fp8GemmTflops"));
    QVERIFY(!e["calibration"].contains("p2p"));
    QCOMPARE(checkCatalogEntry(e), std::string());
}

void TestGpuProfile::idFromDeviceName_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("id");
    QTest::newRow("h100") << "NVIDIA H100 80GB HBM3" << "h100-80gb-hbm3-measured";
    QTest::newRow("a100") << "NVIDIA A100-SXM4-40GB" << "a100-sxm4-40gb-measured";
    QTest::newRow("geforce") << "NVIDIA GeForce RTX 4090" << "geforce-rtx-4090-measured";
    QTest::newRow("punctuation") << "  GH200 (480GB) " << "gh200-480gb-measured";
    QTest::newRow("empty") << "" << "gpu-measured";
}

void TestGpuProfile::idFromDeviceName()
{
    QFETCH(QString, device);
    QFETCH(QString, id);
    const std::string derived = profileIdFromDeviceName(device.toStdString());
    QCOMPARE(QString::fromStdString(derived), id);
    QCOMPARE(checkProfileId(derived), std::string());
}

void TestGpuProfile::badMeasurementRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("negative bf16")
        << 0 << "/measured/bf16GemmTflops: -5 is not a positive finite number";
    QTest::newRow("NaN fp8") << 1 << "/measured/fp8GemmTflops: nan is not a positive finite number";
    QTest::newRow("NaN shape") << 2 << "/calibration/gemm/bf16/shapes/1/tflops: nan";
    QTest::newRow("infinite copy") << 3 << "/measured/hbmCopyTBps: inf";
    QTest::newRow("zero read") << 4 << "/measured/hbmReadTBps: 0 is not";
    QTest::newRow("negative idle") << 5 << "/power/idleW: -1 is not";
    QTest::newRow("bad date") << 6 << "/asOf: date '23.11.2026' is not YYYY-MM-DD";
    QTest::newRow("bad id") << 7 << "/id: id 'H100 Measured'";
}

void TestGpuProfile::badMeasurementRefused()
{
    QFETCH(int, which);
    QFETCH(QString, pointer);
    GpuMeasurements m = fakeH100();
    std::string id = "h100-measured";
    const double nan = std::numeric_limits<double>::quiet_NaN();
    switch (which) {
    case 0: m.gemm[0].bestTflops = -5; break;
    case 1: m.gemm[2].bestTflops = nan; break;
    case 2: m.gemm[0].shapes[1].tflops = nan; break;
    case 3: m.hbmCopyTBps = std::numeric_limits<double>::infinity(); break;
    case 4: m.hbmReadTBps = 0; break;
    case 5: m.idleW = -1; break;
    case 6: m.date = "23.11.2026"; break;
    case 7: id = "H100 Measured"; break;
    }
    QString message;
    try {
        buildGpuProfile(m, id);
    } catch (const std::invalid_argument &e) {
        message = QString::fromUtf8(e.what());
    }
    QVERIFY2(message.startsWith(pointer), qPrintable(message));
}

void TestGpuProfile::importWithAif()
{
    const Json entry = buildGpuProfile(fakeH100(), "h100-80gb-hbm3-measured");
    const QString path = m_dir.filePath("gpu-profile.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(gpuCatalogFile(entry).dump(2)));
    f.close();

    const ProgramRun r = runProgram(AIF_BIN_DIR "/aif", {"catalog", "import", path}, m_env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("imported h100-80gb-hbm3-measured"), r.out.constData());

    QString error;
    const auto catalog = Catalog::open(&error, m_env.value("AIF_CATALOG_DB"),
                                       m_env.value("AIF_USER_CATALOG_DIR"));
    QVERIFY2(catalog, qPrintable(error));
    const CatalogEntry *e = catalog->find("gpus", "h100-80gb-hbm3-measured");
    QVERIFY(e);
    QVERIFY(e->user);
    QCOMPARE(e->data["measured"]["bf16GemmTflops"].get<double>(), 742.3);
    QCOMPARE(e->data["measured"]["hbmCopyTBps"].get<double>(), 2.951);
    QCOMPARE(e->data["power"]["gemmW"].get<double>(), 690.0);
    QVERIFY(catalog->contains("gpus", "h100-sxm"));   // the shipped entries are still there
}

void TestGpuProfile::baseOverlayKeepsDatasheet()
{
    std::string error;
    const std::optional<Json> fromFile =
        loadBaseEntry("h100-sxm", kShippedGpus.toStdString(), &error);
    QVERIFY2(fromFile, error.c_str());
    std::optional<Json> base = loadBaseEntry("h100-sxm", "", &error);   // compiled-in catalog
    QVERIFY2(base, error.c_str());
    QVERIFY(*base == *fromFile);

    Json measured = buildGpuProfile(fakeH100(), "h100-sxm-measured");
    Json e = overlayOnBase(measured, *base);
    QCOMPARE(checkCatalogEntry(e), std::string());
    QCOMPARE(text(e["id"]), QStringLiteral("h100-sxm-measured"));
    QCOMPARE(text(e["confidence"]), QStringLiteral("measured"));
    QVERIFY(e["source"] == measured["source"]);
    // Datasheet fields stay: the throughput solver needs peaks, HBM and links.
    for (const char *key : {"peakTflops", "hbmGB", "hbmTBps", "scaleUp", "scaleOutGbps", "thermal"})
        QVERIFY2(e[key] == (*base)[key], key);
    QCOMPARE(e["hbmGB"].get<double>(), 80.0);
    // What was measured replaces the base's, whole blocks at a time.
    QVERIFY(e["measured"] == measured["measured"]);
    QVERIFY(e["power"] == measured["power"]);
    QVERIFY(!e["power"].contains("decodeBatch1W"));
    QCOMPARE(e["tdpW"].get<double>(), 650.0);
    QCOMPARE(e["idleW"].get<double>(), 72.0);
    QVERIFY(e["calibration"] == measured["calibration"]);
    // idleW is measured now, so it is no longer an assumption; the thermal one still is.
    const Json assumptions = e["assumptions"];
    QVERIFY(std::find(assumptions.begin(), assumptions.end(), Json("idleW")) == assumptions.end());
    QVERIFY(std::find(assumptions.begin(), assumptions.end(), Json("thermal.psiJcKPerW"))
            != assumptions.end());
    QCOMPARE(text(e["basedOn"]["id"]), QStringLiteral("h100-sxm"));
    QVERIFY(e["basedOn"]["source"] == (*base)["source"]);
    QVERIFY(e["basedOn"]["asOf"] == (*base)["asOf"]);
}

void TestGpuProfile::baseNotFound()
{
    std::string error;
    QVERIFY(!loadBaseEntry("h100-sxmm", "", &error));
    QVERIFY2(error.find("'h100-sxmm'") != std::string::npos, error.c_str());
    QVERIFY(!loadBaseEntry("h100-sxmm", kShippedGpus.toStdString(), &error));
    QVERIFY2(error.find("/entries: no entry with id 'h100-sxmm'") != std::string::npos,
             error.c_str());
    QVERIFY(!loadBaseEntry("h100-sxm", m_dir.filePath("missing.json").toStdString(), &error));
    QVERIFY2(error.find("cannot open") != std::string::npos, error.c_str());
}

QTEST_GUILESS_MAIN(TestGpuProfile)
#include "tst_gpuprofile.moc"
