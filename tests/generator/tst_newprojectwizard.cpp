// The new-design wizard over the design generator: the summary shows the site name as typed
// (a "%1" in it is text, never a place for the next value); generation runs on a worker thread
// while the wizard keeps handling events, Finish waiting for the result; a refused request
// names its field; a supernode's racks are not offered as systems.
#include "catalog.h"
#include "generator/supernode.h"
#include "wizard/newprojectwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QTimer>

using namespace aif;
using namespace aif::generator;

class TestNewProjectWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nameWithPlaceholdersIsText();
    void generatesOffTheGuiThread();
    void refusalNamesTheField();
    void supernodePartsNotOffered();

private:
    // Shows the wizard at the summary page for a request.
    static void toSummary(NewProjectWizard *w, const DesignRequest &r);
    static QLabel *summary(NewProjectWizard *w) { return w->findChild<QLabel *>("wizardSummary"); }
    std::unique_ptr<Catalog> m_catalog;
};

void TestNewProjectWizard::initTestCase()
{
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestNewProjectWizard::toSummary(NewProjectWizard *w, const DesignRequest &r)
{
    w->show();
    w->setRequest(r);
    while (w->currentId() != NewProjectWizard::SummaryPage)
        w->next();
}

void TestNewProjectWizard::nameWithPlaceholdersIsText()
{
    NewProjectWizard w(m_catalog.get());
    DesignRequest r;
    r.name = "Plant %1 %2 %13";
    r.itMw = 0.5;
    toSummary(&w, r);
    QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::FinishButton)->isEnabled(), 30000);
    const QString text = summary(&w)->text();
    QVERIFY2(text.contains("Plant %1 %2 %13"), qPrintable(text));
    QVERIFY2(text.count('%') == 3, qPrintable(text));   // no placeholder left unfilled
    QVERIFY(text.contains("GPUs"));
}

void TestNewProjectWizard::generatesOffTheGuiThread()
{
    // A campus takes the generator seconds: the busy bar shows, Finish waits, and the event
    // loop keeps turning (a 20 ms timer never waits long) until the result arrives.
    NewProjectWizard w(m_catalog.get());
    DesignRequest r;
    r.system = "gb200-nvl72";
    r.cooling = "liquid";
    r.power = "hvdc800";
    r.itMw = 300;
    toSummary(&w, r);
    auto *busy = w.findChild<QProgressBar *>("wizardBusy");
    QVERIFY(busy && busy->isVisible());
    QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
    QElapsedTimer clock, gap;
    qint64 longestMs = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestMs = std::max(longestMs, gap.restart());
    });
    clock.start();
    gap.start();
    tick.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::FinishButton)->isEnabled(), 120000);
    QVERIFY2(clock.elapsed() > 200, "the campus was built before the event loop turned");
    QVERIFY2(longestMs < 500, qPrintable(QString::number(longestMs)));
    QVERIFY(!busy->isVisible());
    QVERIFY(w.result().ok);
    QVERIFY(w.result().summary.halls >= 10);
    QVERIFY(summary(&w)->text().contains("GPUs"));
}

void TestNewProjectWizard::refusalNamesTheField()
{
    NewProjectWizard w(m_catalog.get());
    DesignRequest r;
    r.itMw = 200;
    r.halls = 2;   // 200 MW in two halls is more than their feeders carry
    toSummary(&w, r);
    QTRY_VERIFY_WITH_TIMEOUT(summary(&w)->text().contains("cannot be built"), 60000);
    QVERIFY2(summary(&w)->text().contains("halls: 200 MW needs at least 7 halls"), qPrintable(summary(&w)->text()));
    QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
}

void TestNewProjectWizard::supernodePartsNotOffered()
{
    NewProjectWizard w(m_catalog.get());
    auto *system = w.findChild<QComboBox *>("system");
    QVERIFY(system && system->count() > 0);
    bool supernode = false;
    for (int i = 0; i < system->count(); ++i) {
        const std::string id = system->itemData(i).toString().toStdString();
        QVERIFY2(!isSupernodePart(*m_catalog, id), id.c_str());
        supernode = supernode || id == "ascend-cloudmatrix-384";
    }
    QVERIFY(supernode);
}

QTEST_MAIN(TestNewProjectWizard)
#include "tst_newprojectwizard.moc"
