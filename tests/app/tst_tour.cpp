// The guided tour (issue 24), started from the welcome page: the ten steps run end to end as a student does them: the
// template opened with Show me, a rack clicked on the plan, tabs clicked, the deployment shown,
// F5 to solve, the dashboard; each step's Next enables only when it is done.
#include "authoringdriver.h"

#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "guidedtour.h"
#include "mainwindow.h"
#include "selectionmodel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace aif;

class TestTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tourRunsEndToEnd();
    void cleanupTestCase();

private:
    void clickTab(const QString &text);
    void next();
    QPushButton *button(const char *name) const { return m_tour->findChild<QPushButton *>(name); }
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    GuidedTour *m_tour = nullptr;
};

void TestTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_tour");
    QSettings().clear();
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QDir().mkpath("screenshots");
}

void TestTour::cleanupTestCase()
{
    m_window.reset();
}

void TestTour::clickTab(const QString &text)
{
    QVERIFY2(authoring::clickTab(m_window.get(), text), qPrintable("no tab " + text));
}

void TestTour::next()
{
    QTRY_VERIFY_WITH_TIMEOUT(button("tourNext")->isEnabled(), 120000);
    const int before = m_tour->step();
    QTest::mouseClick(button("tourNext"), Qt::LeftButton);
    if (before + 1 < m_tour->stepCount())
        QCOMPARE(m_tour->step(), before + 1);
}

void TestTour::tourRunsEndToEnd()
{
    // A first-time user starts it from the welcome page (Help ▸ Guided tour is the same).
    QVERIFY(m_window->findChild<QAction *>("actionTour"));
    m_window->showWelcome();   // what main() shows when no file is given
    auto *welcomeTour = m_window->findChild<QPushButton *>("startTour");
    QVERIFY(welcomeTour);
    QTRY_VERIFY(welcomeTour->isVisible());
    QTest::mouseClick(welcomeTour, Qt::LeftButton);
    m_tour = m_window->findChild<GuidedTour *>("guidedTour");
    QVERIFY(m_tour && m_tour->isVisible());
    QCOMPARE(m_tour->stepCount(), 10);

    // 1. Start from four racks: Show me opens the template.
    QVERIFY(!button("tourNext")->isEnabled());
    QTest::mouseClick(button("tourShowMe"), Qt::LeftButton);
    QTRY_VERIFY(m_window->document()->project().racks.size() >= 4);
    next();
    // 2. Place racks: a GPU rack clicked on the plan.
    QVERIFY(!button("tourNext")->isEnabled());
    clickTab("Floor plan");
    FloorPlanView *plan = m_window->floorPlan()->view();
    std::string rack;
    for (const Rack &r : m_window->document()->project().racks)
        if (!r.system.empty() && rack.empty())
            rack = r.id;
    QTRY_VERIFY(m_window->floorPlan()->scene()->item(QString::fromStdString(rack)));
    const QPointF at = m_window->floorPlan()->scene()->item(QString::fromStdString(rack))->sceneBoundingRect().center();
    QTest::qWait(100);   // the plan fits the new design on its next layout pass
    QTest::mouseClick(plan->viewport(), Qt::LeftButton, {}, plan->mapFromScene(at));
    QTRY_VERIFY(m_window->selection()->selected().contains(QString::fromStdString(rack)));
    m_tour->grab().save("screenshots/tour-step2.png");
    next();
    // 3.-6. Cooling, Thermal, Power, Overview: the tabs clicked.
    for (const char *tab : {"Cooling", "Thermal", "Power", "Overview"}) {
        QVERIFY(!button("tourNext")->isEnabled());
        clickTab(QString::fromLatin1(tab));
        next();
    }
    // 7. Run a model: the deployment selected (Show me does it from the Project tree's list).
    QVERIFY(!button("tourNext")->isEnabled());
    QTest::mouseClick(button("tourShowMe"), Qt::LeftButton);
    next();
    // 8. Solve: F5.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    next();
    // 9. Tokens per watt on the Dashboard, with the solve's figure in the text.
    clickTab("Dashboard");
    QTRY_VERIFY(m_tour->findChild<QLabel *>("tourText")->text().contains("tokens/J"));
    next();
    // 10. Cost per million tokens: Finish closes the tour.
    QVERIFY(m_tour->findChild<QLabel *>("tourText")->text().contains("$/Mtok"));
    m_tour->grab().save("screenshots/tour-step10.png");
    QCOMPARE(button("tourNext")->text(), QStringLiteral("Finish"));
    QTest::mouseClick(button("tourNext"), Qt::LeftButton);
    QTRY_VERIFY(!m_tour->isVisible());
}

QTEST_MAIN(TestTour)
#include "tst_tour.moc"
