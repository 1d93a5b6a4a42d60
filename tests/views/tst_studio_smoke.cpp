// Opens every sample project in the studio under the test display and takes a screenshot;
// checks the window rendered something (not a blank image) and that corrupt files are refused.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStudioSmoke : public QObject
{
    Q_OBJECT

private slots:
    void screenshot_data();
    void screenshot();
    void corruptFileIsRefused();

private:
    static int run(const QStringList &args, QString *output = nullptr);
    QTemporaryDir m_out;
};

int TestStudioSmoke::run(const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(AIF_BIN_DIR "/ai-factory-studio", args);
    if (!p.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitCode();
}

void TestStudioSmoke::screenshot_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("view");
    const QDir dir(AIF_SOURCE_DIR "/projects");
    for (const QString &f : dir.entryList({"*.aifactory"}, QDir::Files, QDir::Name)) {
        QTest::newRow(qPrintable(f)) << dir.filePath(f) << "overview";
        if (f.contains("1mw"))
            QTest::newRow(qPrintable(f + "-catalog")) << dir.filePath(f) << "catalog";
        if (!f.contains("campus"))
            QTest::newRow(qPrintable(f + "-power")) << dir.filePath(f) << "power";
        QTest::newRow(qPrintable(f + "-floorplan")) << dir.filePath(f) << "floorplan";
        QTest::newRow(qPrintable(f + "-throughput")) << dir.filePath(f) << "throughput";
        QTest::newRow(qPrintable(f + "-dashboard")) << dir.filePath(f) << "dashboard";
        QTest::newRow(qPrintable(f + "-3d")) << dir.filePath(f) << "3d";
    }
}

void TestStudioSmoke::screenshot()
{
    QFETCH(QString, project);
    QFETCH(QString, view);
    const QString png = m_out.filePath(QFileInfo(project).completeBaseName() + "-" + view + ".png");
    QString output;
    QCOMPARE(run({"--screenshot", png, "--view", view, "--size", "1400x900", project}, &output), 0);
    QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(output));
    QCOMPARE(image.size(), QSize(1400, 900));
    // A rendered window has many colours; a blank or black grab has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString("only %1 colours").arg(colours.size())));
    // Keep the screenshots for people to look at (build/tests/views/screenshots).
    QDir().mkpath(QDir::currentPath() + "/screenshots");
    QFile::remove(QDir::currentPath() + "/screenshots/" + QFileInfo(png).fileName());
    QFile::copy(png, QDir::currentPath() + "/screenshots/" + QFileInfo(png).fileName());
}

void TestStudioSmoke::corruptFileIsRefused()
{
    const QString bad = m_out.filePath("corrupt.aifactory");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"formatVersion\": 1, \"racks\": [ {\"id\": \"r1\", ");   // truncated
    f.close();
    const QByteArray before = [&] { QFile r(bad); r.open(QIODevice::ReadOnly); return r.readAll(); }();
    QString output;
    QCOMPARE(run({"--screenshot", m_out.filePath("x.png"), bad}, &output), 1);
    QVERIFY2(output.contains("not valid JSON"), qPrintable(output));
    QFile r(bad);
    QVERIFY(r.open(QIODevice::ReadOnly));
    QCOMPARE(r.readAll(), before);   // never overwritten
}

QTEST_GUILESS_MAIN(TestStudioSmoke)
#include "tst_studio_smoke.moc"
