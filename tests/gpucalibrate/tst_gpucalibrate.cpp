// gpu-calibrate the program, without a GPU: its command line, life without NVML, and the one
// clear line it prints when there is no GPU (tst_gpuprofile tests the profile it writes).
#include "calibrateoptions.h"
#include "nvmlpower.h"
#include "powersampler.h"
#include "runprogram.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace aif::gpucal;

class TestGpuCalibrate : public QObject
{
    Q_OBJECT

private slots:
    void options_data();
    void options();
    void missingNvmlIsSurvivable();
    void toolWithoutGpu();
};

void TestGpuCalibrate::options_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");   // start of the message; empty: accepted
    QTest::newRow("defaults") << QStringList() << "";
    QTest::newRow("all") << QStringList{"--out=p.json", "--quick", "--device", "1", "--id",
                                        "my-gpu", "--base", "h100-sxm", "--catalog", "gpus.json"}
                         << "";
    QTest::newRow("device not a number") << QStringList{"--device", "one"} << "--device: 'one'";
    QTest::newRow("negative device") << QStringList{"--device=-1"} << "--device: '-1'";
    QTest::newRow("missing value") << QStringList{"--out"} << "--out: a value is missing";
    QTest::newRow("empty value") << QStringList{"--id="} << "--id: the value is empty";
    QTest::newRow("bad id") << QStringList{"--id", "My GPU"} << "--id: id 'My GPU'";
    QTest::newRow("catalog without base") << QStringList{"--catalog", "x.json"} << "--catalog:";
    QTest::newRow("unknown") << QStringList{"--fast"} << "unknown argument '--fast'";
}

void TestGpuCalibrate::options()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    std::vector<std::string> list;
    for (const QString &a : args)
        list.push_back(a.toStdString());
    CalibrateOptions o;
    const QString why = QString::fromStdString(parseCalibrateOptions(list, &o));
    if (error.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
    } else {
        QVERIFY2(why.startsWith(error), qPrintable(why));
        return;
    }
    if (args.size() > 1) {
        QCOMPARE(o.outPath, std::string("p.json"));
        QVERIFY(o.quick);
        QCOMPARE(o.device, 1);
        QCOMPARE(o.id, std::string("my-gpu"));
        QCOMPARE(o.baseId, std::string("h100-sxm"));
        QCOMPARE(o.catalogPath, std::string("gpus.json"));
    } else {
        QCOMPARE(o.outPath, std::string("gpu-profile.json"));
        QCOMPARE(o.device, 0);
    }
}

// Without the driver's NVML (this machine) or for a GPU NVML does not know (any machine), the
// tool measures without power instead of failing, and says why.
void TestGpuCalibrate::missingNvmlIsSurvivable()
{
    NvmlPower nvml;
    std::string error;
    QVERIFY(!nvml.open("GPU-00000000-0000-0000-0000-000000000000", &error));
    QVERIFY(!error.empty());
    QVERIFY2(error.find("libnvidia-ml.so.1") != std::string::npos
                 || error.find("nvml") != std::string::npos,
             error.c_str());
    QVERIFY(!nvml.isOpen());
    QVERIFY(!nvml.powerW());
    bool loadRan = false;
    QVERIFY(!averagePowerW(nvml, 1.0, 0.5, [&](double) { loadRan = true; }));
    QVERIFY(!loadRan);   // a load that exists only to be measured is skipped
}

void TestGpuCalibrate::toolWithoutGpu()
{
    const QString tool = QStringLiteral(AIF_BIN_DIR "/gpu-calibrate");
    if (!QFileInfo(tool).isExecutable())
        QSKIP("gpu-calibrate was not built (no CUDA toolkit, or AIF_BUILD_GPU_CALIBRATE=OFF)");
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ProgramRun r = runProgram(tool, {"--help"}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("usage:"));
    r = runProgram(tool, {"--device", "x"}, env);
    QCOMPARE(r.exitCode, 2);
    // Mistakes found before any GPU time is spent.
    r = runProgram(tool, {"--out", "/no-such-folder/p.json"}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("folder /no-such-folder does not exist"), r.err.constData());
    const QString shipped = QStringLiteral(AIF_SOURCE_DIR "/resources/catalog/gpus.json");
    r = runProgram(tool, {"--base", "h100-sxmm", "--catalog", shipped}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no entry with id 'h100-sxmm'"), r.err.constData());

    // runProgram sets CUDA_VISIBLE_DEVICES="", which hides every GPU: this holds on GPU
    // machines too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath("no-gpu.json");
    r = runProgram(tool, {"--out", out}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("gpu-calibrate: no CUDA device found: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);   // one line
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestGpuCalibrate)
#include "tst_gpucalibrate.moc"
