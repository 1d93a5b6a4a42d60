// The studio in Simplified Chinese (issue 24): with the zh_CN catalogue installed, as main() does
// for a zh_CN system locale, the welcome page, the new-design wizard, the inspector's field labels and help, the power
// single-line diagram, the throughput table and the Explain panel read in Chinese. Screenshots of each land in
// screenshots/zh-*.png for a person to look at (docs/translation.md).
#include "authoringdriver.h"

#include "catalog.h"
#include "dashboard/dashboardpanel.h"
#include "dashboard/headlinestrip.h"
#include "explain/explainpanel.h"
#include "document.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "mainwindow.h"
#include "selectionmodel.h"
#include "studiotranslator.h"
#include "welcome/gallerycard.h"
#include "welcome/welcomepage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QWizard>
#include <QTest>

using namespace aif;

namespace {

// Han ideographs: the text is Chinese, not the English source shown untranslated.
bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

class TestStudioZh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomePage();
    void newDesignWizard();
    void inspectorFields();
    void powerAndThroughput();
    void explainPanel();
    void cleanupTestCase();

private:
    void clickTab(const QString &text);
    StudioTranslator m_translator;
    QTranslator m_qtTranslator;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestStudioZh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_studio_zh");
    QSettings().clear();
    QVERIFY(m_translator.loadFor(QLocale(QStringLiteral("zh_CN"))));
    QCoreApplication::installTranslator(&m_translator);
    // Qt's standard buttons too (installer/deps-debian.sh installs qt6-translations-l10n).
    QVERIFY(loadQtTranslations(&m_qtTranslator, QLocale(QStringLiteral("zh_CN"))));
    QCoreApplication::installTranslator(&m_qtTranslator);
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QDir().mkpath("screenshots");
}

void TestStudioZh::cleanupTestCase()
{
    m_window.reset();
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

void TestStudioZh::clickTab(const QString &text)
{
    QVERIFY2(authoring::clickTab(m_window.get(), text), qPrintable("no tab " + text));
}

void TestStudioZh::welcomePage()
{
    m_window->showWelcome();
    auto *tour = m_window->findChild<QPushButton *>("startTour");
    QVERIFY(tour);
    QTRY_VERIFY(tour->isVisible());
    QVERIFY2(hasHan(tour->text()), qPrintable(tour->text()));
    // Template and sample cards: titles from the generator's table (aif::Template) and
    // samples.json (aif::Gallery).
    const QList<GalleryCard *> cards = m_window->findChildren<GalleryCard *>();
    QVERIFY(cards.size() >= 6);
    for (GalleryCard *card : cards)
        QVERIFY2(hasHan(card->title()), qPrintable(card->title()));
    QTest::qWait(300);
    m_window->grab().save("screenshots/zh-welcome.png");
}

void TestStudioZh::newDesignWizard()
{
    // New design…: the architecture page's notes on each choice come from the generator
    // (context aif::generator::Choice).
    bool seen = false;
    authoring::whenModal([&](QWidget *w) {
        auto *wizard = qobject_cast<QWizard *>(w);
        QVERIFY(wizard);
        QVERIFY2(hasHan(wizard->button(QWizard::NextButton)->text()), qPrintable(wizard->button(QWizard::NextButton)->text()));
        authoring::click(wizard->button(QWizard::NextButton));
        authoring::click(wizard->button(QWizard::NextButton));
        QTRY_VERIFY(wizard->findChild<QRadioButton *>("power_hvdc800") && wizard->findChild<QRadioButton *>("power_hvdc800")->isVisible());
        QStringList notes;
        for (QLabel *l : wizard->currentPage()->findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains("VDC"))
                notes << l->text();
        QVERIFY(!notes.isEmpty());
        for (const QString &n : notes)
            QVERIFY2(hasHan(n), qPrintable(n));
        wizard->grab().save("screenshots/zh-wizard-architecture.png");
        seen = true;
        wizard->reject();
    });
    authoring::click(m_window->welcomePage()->findChild<QPushButton *>("newDesign"));
    QTRY_VERIFY(seen);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestStudioZh::inspectorFields()
{
    QVERIFY(m_window->openFile(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory", false));
    clickTab(QStringLiteral("平面图"));
    // A rack clicked on the plan, as a user selects it.
    std::string rack;
    for (const Rack &r : m_window->document()->project().racks)
        if (!r.system.empty() && rack.empty())
            rack = r.id;
    FloorPlanScene *scene = m_window->floorPlan()->scene();
    QTRY_VERIFY(scene->item(QString::fromStdString(rack)));
    QTest::qWait(100);
    FloorPlanView *plan = m_window->floorPlan()->view();
    const QPointF at = scene->item(QString::fromStdString(rack))->sceneBoundingRect().center();
    QTest::mouseClick(plan->viewport(), Qt::LeftButton, {}, plan->mapFromScene(at));
    QTRY_VERIFY(m_window->selection()->selected().contains(QString::fromStdString(rack)));
    // Field labels and their help from model/entities (context aif::Field), on the Properties tab.
    clickTab(QStringLiteral("属性"));
    QLabel *name = nullptr;
    QTRY_VERIFY((name = m_window->findChild<QLabel *>("label_name")) && name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("名称"));
    QVERIFY2(hasHan(name->toolTip()), qPrintable(name->toolTip()));
    int fields = 0, chinese = 0;
    for (QLabel *l : m_window->findChildren<QLabel *>()) {
        if (!l->objectName().startsWith("label_") || !l->isVisible())
            continue;
        ++fields;
        chinese += hasHan(l->text()) || l->text().size() <= 4;   // "X", "Y", "CDU" stay as they are
    }
    QVERIFY(fields > 5);
    QCOMPARE(chinese, fields);
    QTest::qWait(200);
    m_window->grab().save("screenshots/zh-inspector.png");
}

void TestStudioZh::powerAndThroughput()
{
    m_window->solve();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->solving(), 120000);
    clickTab(QStringLiteral("供电"));
    QTest::qWait(300);
    m_window->grab().save("screenshots/zh-power.png");
    clickTab(QStringLiteral("吞吐量"));
    QTest::qWait(300);
    m_window->grab().save("screenshots/zh-throughput.png");
    clickTab(QStringLiteral("仪表板"));
    QTest::qWait(300);
    m_window->grab().save("screenshots/zh-dashboard.png");
}

void TestStudioZh::explainPanel()
{
    // A headline number clicked: its explanation (solvers/explain, context aif::Explain).
    auto *dashboard = m_window->findChild<DashboardPanel *>();
    QVERIFY(dashboard);
    QWidget *tile = dashboard->headline()->tile("pue");
    QVERIFY(tile);
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    ExplainPanel *panel = dashboard->explainPanel();
    QVERIFY(panel && QTest::qWaitForWindowExposed(panel));
    auto *title = panel->findChild<QLabel *>("explainTitle");
    QVERIFY(title);
    QVERIFY2(hasHan(title->text()), qPrintable(title->text()));
    auto *body = panel->findChild<QTextBrowser *>();
    QVERIFY(body);
    QVERIFY2(hasHan(body->toPlainText().left(200)), qPrintable(body->toPlainText().left(200)));
    // Qt's own Close button, from qtbase_zh_CN.
    auto *close = panel->findChild<QDialogButtonBox *>();
    QVERIFY(close && !close->buttons().isEmpty());
    QVERIFY2(hasHan(close->buttons().constFirst()->text()), qPrintable(close->buttons().constFirst()->text()));
    panel->grab().save("screenshots/zh-explain.png");
}

QTEST_MAIN(TestStudioZh)
#include "tst_studio_zh.moc"
