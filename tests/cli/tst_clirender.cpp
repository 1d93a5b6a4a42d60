// `aif render` as a script would use it: a PNG of the asked size, glTF and VTK exports, and
// usage errors that name the option (exit 2). Rendering needs an X display: under `make test`
// that is Xvfb; without one, aif runs itself again under xvfb-run.
#include "runprogram.h"

#include <QFileInfo>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersPngAtSize();
    void rendersAirFieldAndExports();
    void usageErrorsNameTheOption_data();
    void usageErrorsNameTheOption();
    void corruptProjectIsInvalid();

private:
    ProgramRun aif(const QStringList &args) { return runProgram(AIF_BIN_DIR "/aif", args, m_env); }
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    const QString m_1mw = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");
};

void TestCliRender::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = cliEnvironment(m_tmp.path());
    if (!qEnvironmentVariableIsSet("DISPLAY") && QStandardPaths::findExecutable("xvfb-run").isEmpty())
        QSKIP("no X display and no xvfb-run: aif render cannot draw here");
}

void TestCliRender::rendersPngAtSize()
{
    const QString png = m_tmp.filePath("inlet.png");
    const ProgramRun r = aif({"render", m_1mw, "--out", png, "--metric", "inlet", "--size", "800x450"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(800, 450));
    // Not blank: more than a handful of distinct colours (racks, floor, scalar bar).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 50);
    QVERIFY(r.out.contains("44 racks"));
}

void TestCliRender::rendersAirFieldAndExports()
{
    const QString png = m_tmp.filePath("field.png"), gltf = m_tmp.filePath("scene.gltf"), vtm = m_tmp.filePath("scene.vtm");
    const ProgramRun r = aif({"render", m_1mw, "--out", png, "--size", "640x360", "--camera", "top", "--cell", "0.5",
                              "--slice", "z=1.0", "--iso", "27", "--streamlines", "--gltf", gltf, "--vtk", vtm});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QImage(png).size(), QSize(640, 360));
    QVERIFY(QFileInfo(gltf).size() > 1000);
    QVERIFY(QFileInfo(vtm).size() > 0);
    // The VTK export carries the air field as image data next to the scene's polydata.
    bool hasImage = false;
    for (const QFileInfo &f : QDir(m_tmp.filePath("scene")).entryInfoList(QDir::Files))
        hasImage = hasImage || f.suffix() == "vti";
    QVERIFY(hasImage);
}

void TestCliRender::usageErrorsNameTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    const QString out = QDir::temp().filePath("never.png");
    QTest::newRow("no --out") << QStringList{"render", m_1mw} << "usage";
    QTest::newRow("bad metric") << QStringList{"render", m_1mw, "--out", out, "--metric", "bogus"} << "--metric";
    QTest::newRow("bad size") << QStringList{"render", m_1mw, "--out", out, "--size", "12"} << "--size";
    QTest::newRow("huge size") << QStringList{"render", m_1mw, "--out", out, "--size", "99999x10"} << "--size";
    QTest::newRow("bad camera") << QStringList{"render", m_1mw, "--out", out, "--camera", "fisheye"} << "--camera";
    QTest::newRow("bad slice") << QStringList{"render", m_1mw, "--out", out, "--slice", "w=3"} << "--slice";
    QTest::newRow("bad cell") << QStringList{"render", m_1mw, "--out", out, "--cell", "0"} << "--cell";
}

void TestCliRender::usageErrorsNameTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const ProgramRun r = aif(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
}

void TestCliRender::corruptProjectIsInvalid()
{
    QFile bad(m_tmp.filePath("bad.aifactory"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();
    const ProgramRun r = aif({"render", bad.fileName(), "--out", m_tmp.filePath("bad.png")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("bad.aifactory"));
    QVERIFY(!QFileInfo::exists(m_tmp.filePath("bad.png")));
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
