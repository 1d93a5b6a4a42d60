// Edit ▸ Preferences (issue 24): changed with the keyboard as a user does, each setting is stored,
// units, theme and autosave apply at once, and the next design opens at the chosen solver
// fidelity; the language list offers English and every bundled translation.
#include "authoringdriver.h"

#include "autosave.h"
#include "catalog.h"
#include "mainwindow.h"
#include "preferences.h"
#include "units.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace aif;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeEverySettingWithTheKeyboard();
    void cleanupTestCase();

private:
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_preferences");
    QSettings().clear();
    qunsetenv("AIF_AUTOSAVE_INTERVAL_MS");   // the interval comes from the settings here
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPreferences::cleanupTestCase()
{
    m_window.reset();
    applyTheme(Theme::Light);
    units::setCurrentSystem(UnitSystem::SI);
    QSettings().clear();
}

void TestPreferences::changeEverySettingWithTheKeyboard()
{
    QCOMPARE(Preferences::languages().first(), QStringLiteral("en"));
    bool seen = false;
    authoring::whenModal([&seen](QWidget *w) {
        seen = w->objectName() == "preferencesDialog";
        auto keyDown = [w](const char *name) {
            auto *combo = w->findChild<QComboBox *>(name);
            QVERIFY(combo);
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down);
        };
        keyDown("prefUnits");      // SI -> US
        keyDown("prefTheme");      // light -> dark
        keyDown("prefFidelity");   // T0 -> T1
        auto *autosave = w->findChild<QSpinBox *>("prefAutosave");
        autosave->setFocus();
        autosave->selectAll();
        QTest::keyClicks(autosave, "120");
        auto *catalog = w->findChild<QLineEdit *>("prefCatalogDir");
        catalog->setFocus();
        QTest::keyClicks(catalog, "/tmp/my-catalog");
        QDir().mkpath("screenshots");
        w->grab().save("screenshots/preferences.png");   // for people to look at
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QAction *open = m_window->findChild<QAction *>("actionPreferences");
    QVERIFY(open);
    open->trigger();
    QVERIFY(seen);

    const Preferences p = Preferences::stored();
    QCOMPARE(p.units, 1);
    QCOMPARE(p.theme, Theme::Dark);
    QVERIFY(p.airFieldByDefault);
    QCOMPARE(p.autosaveSeconds, 120);
    QCOMPARE(p.catalogDir, QStringLiteral("/tmp/my-catalog"));
    // Applied at once: units everywhere, the theme, the autosave timer.
    QCOMPARE(units::currentSystem(), UnitSystem::US);
    QCOMPARE(storedTheme(), Theme::Dark);
    QCOMPARE(Autosave::configuredIntervalMs(), 120000);
    // The next design opens at T1.
    QVERIFY(m_window->openTemplate("first-ai-factory"));
    auto *fidelity = m_window->findChild<QLabel *>("fidelityLabel");
    QTRY_VERIFY(fidelity->text().contains("T1"));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
