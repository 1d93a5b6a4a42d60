// The studio on a 1280 x 720 screen and in its dark theme (issue 19): the window fits the
// screen with every tab (panels scroll instead of forcing the window taller), and View ▸ Theme
// switches the palette for every widget and remembers it. Screenshots of each tab go to
// $AIF_SCREENSHOT_DIR (default /tmp/aif/shots).
#include "catalog.h"
#include "dashboard/dashboardchart.h"
#include "mainwindow.h"
#include "theme.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QChart>
#include <QScrollBar>
#include <QTableView>
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
    void everyTab2560x1440();

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
                             "network", "3d", "whatif", "sweep", "welcome"}) {
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
    // Charts follow the theme: a dark card with light text, not a white card on a dark window.
    const QList<DashboardChart *> charts = window.findChildren<DashboardChart *>();
    QVERIFY(!charts.isEmpty());
    for (DashboardChart *chart : charts) {
        QVERIFY2(chart->chart()->backgroundBrush().color().lightness() < 100, qPrintable(chart->objectName()));
        QVERIFY(chart->chart()->titleBrush().color().lightness() > 180);
    }
    light->trigger();
    QVERIFY(window.palette().color(QPalette::Window).lightness() > 180);   // the widgets too, not only the application
    for (DashboardChart *chart : charts)
        QVERIFY2(chart->chart()->backgroundBrush().color().lightness() > 200,
                 qPrintable(QStringLiteral("%1: %2").arg(chart->objectName(), chart->chart()->backgroundBrush().color().name())));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    QCOMPARE(storedTheme(), Theme::Light);
}

// Every tab on a 2560 x 1440 screen (issue 19): at scale 1 here, and at scale 2 (1280 x 720
// logical pixels, a HiDPI laptop) when ctest runs tst_layout_hidpi with QT_SCALE_FACTOR=2. The
// screenshots have the screen's pixel size, and no table needs a horizontal scroll bar on a
// screen this wide (tables are sized to their content).
void TestLayout::everyTab2560x1440()
{
    MainWindow window(m_catalog.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const double dpr = window.devicePixelRatioF();
    window.resize(qRound(2560 / dpr), qRound(1440 / dpr));
    QSignalSpy solved(&window, &MainWindow::solveFinished);
    QVERIFY(window.openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-10mw-gb200-liquid.aifactory"), false));
    QVERIFY(solved.wait(60000));
    const QString tag = dpr > 1.5 ? QStringLiteral("hidpi") : QStringLiteral("2560x1440");
    for (const char *view : {"floorplan", "overview", "power", "cooling", "thermal", "throughput", "dashboard",
                             "network", "3d", "whatif", "sweep", "welcome"}) {
        QVERIFY(window.showView(view));
        QTest::qWait(100);
        const QImage shot = window.grab().toImage();
        QVERIFY2(qAbs(shot.width() - 2560) <= 2 && qAbs(shot.height() - 1440) <= 2,
                 qPrintable(QStringLiteral("%1: %2 x %3").arg(view).arg(shot.width()).arg(shot.height())));
        QVERIFY(shot.save(m_shots + QStringLiteral("/layout-%1-%2.png").arg(tag, view)));
        if (dpr > 1.5)
            continue;   // 1280 x 720 logical: the 1280 x 720 test covers fitting
        for (QTableView *table : window.findChildren<QTableView *>()) {
            // Docks tabified behind another count as visible but are parked off screen.
            if (!table->isVisible() || table->window() != &window || table->visibleRegion().isEmpty())
                continue;
            QVERIFY2(!table->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("%1: table %2 (%3) scrolls sideways")
                                   .arg(view, table->objectName(), QString::fromLatin1(table->metaObject()->className()))));
        }
    }
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
