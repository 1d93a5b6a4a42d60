// The studio on a 1280 x 720 screen and in its dark theme (issue 19): the window fits the
// screen with every tab (panels scroll instead of forcing the window taller), and View ▸ Theme
// switches the palette for every widget and remembers it. Screenshots of each tab go to
// $AIF_SCREENSHOT_DIR (default /tmp/aif/shots).
#include "catalog.h"
#include "mainwindow.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace aif;

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitsA1280x720Screen();
    void darkTheme();

private:
    std::unique_ptr<Catalog> m_catalog;
    QString m_shots;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_layout");
    QSettings().clear();
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_shots = qEnvironmentVariable("AIF_SCREENSHOT_DIR", "/tmp/aif/shots");
    QDir().mkpath(m_shots);
}

void TestLayout::fitsA1280x720Screen()
{
    MainWindow window(m_catalog.get());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy solved(&window, &MainWindow::solveFinished);
    QVERIFY(window.openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"), false));
    QVERIFY(solved.wait(60000));
    for (const char *view : {"floorplan", "overview", "power", "cooling", "thermal", "throughput", "dashboard",
                             "network", "3d", "welcome"}) {
        QVERIFY(window.showView(view));
        QTest::qWait(50);
        // The window's minimum, with this view in front, fits a 1280 x 720 screen (the title
        // bar and a panel aside: 720 - 40 px for the window's contents).
        const QSize min = window.minimumSizeHint();
        QVERIFY2(min.width() <= 1280 && min.height() <= 680,
                 qPrintable(QStringLiteral("%1: minimum %2 x %3").arg(view).arg(min.width()).arg(min.height())));
        QVERIFY(window.height() <= 720);
        QVERIFY(window.grab().save(m_shots + QStringLiteral("/layout-1280x720-%1.png").arg(view)));
    }
}

void TestLayout::darkTheme()
{
    MainWindow window(m_catalog.get());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dark = window.findChild<QAction *>("themeDark");
    auto *light = window.findChild<QAction *>("themeLight");
    QVERIFY(dark && light);
    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
    QCOMPARE(storedTheme(), Theme::Dark);
    QVERIFY(window.showView("dashboard"));
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_shots + "/layout-dark-dashboard.png"));
    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    QCOMPARE(storedTheme(), Theme::Light);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
