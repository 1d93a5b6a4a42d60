// The welcome page with real mouse and keyboard events: New, Open and Recent, a card for every
// template and sample that opens it, thumbnails and figures built off the GUI thread and read
// from the cache on the next start. Saves screenshots at 1280x720 and 2560x1440.
#include "catalog.h"
#include "generator/designgenerator.h"
#include "generator/templates.h"
#include "projectio.h"
#include "welcome/gallerycard.h"
#include "welcome/planthumbnail.h"
#include "welcome/previewcache.h"
#include "welcome/recentlist.h"
#include "welcome/welcomepage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace aif;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // First: it builds every preview into the empty cache the others then read.
    void thumbnailsArriveThenComeFromCache();
    void cardForEveryTemplateAndSample();
    void figuresComeFromTheDesign();
    void newAndOpenButtons();
    void recentFiles();
    void clickingCardsOpensThem();
    void keyboardMovesAndOpens();
    void unwritableCacheIsNoError();
    void campusThumbnailFillsTheImage();
    void followsADarkPalette();

private:
    static QStringList sampleFiles();
    static void showAt(WelcomePage *page, const QSize &size);
    static void waitForPreviews(WelcomePage *page);

    std::unique_ptr<Catalog> m_catalog;
    QTemporaryDir m_dir;
    QString m_existing;
    QString m_missing;
};

void TestWelcomePage::initTestCase()
{
    // The cache and the settings go to the test locations (~/.qttest), never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("aif-tests");
    QCoreApplication::setApplicationName("tst_welcomepage");
    QDir(PreviewCache::defaultFolder()).removeRecursively();

    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));

    QVERIFY(m_dir.isValid());
    m_existing = m_dir.filePath("my-hall.aifactory");
    QFile f(m_existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    m_missing = m_dir.filePath("gone/deleted-hall.aifactory");
    QSettings().setValue("files/recent", QStringList {m_existing, m_missing});
}

QStringList TestWelcomePage::sampleFiles()
{
    QFile f(":/samples/samples.json");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList files;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(f.readAll()).object().value("samples").toArray())
        files << v.toObject().value("file").toString();
    return files;
}

void TestWelcomePage::showAt(WelcomePage *page, const QSize &size)
{
    page->resize(size);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
}

void TestWelcomePage::waitForPreviews(WelcomePage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->previewsPending() == 0, 40000);
}

void TestWelcomePage::thumbnailsArriveThenComeFromCache()
{
    const int cards = int(generator::designTemplates().size() + sampleFiles().size());
    QElapsedTimer timer;
    timer.start();
    WelcomePage first(m_catalog.get());
    // The page is up before any design is built: placeholders first (checked before the event
    // loop runs, which delivers finished previews).
    QCOMPARE(first.previewsPending(), cards);
    GalleryCard *campus = first.card("sample-reference-100mw-campus.aifactory");
    QVERIFY(campus);
    QVERIFY(campus->thumbnail().isNull());
    QVERIFY(campus->figures().isEmpty());
    showAt(&first, {1280, 720});
    QTRY_VERIFY_WITH_TIMEOUT(!campus->thumbnail().isNull(), 40000);
    waitForPreviews(&first);
    const qint64 built = timer.elapsed();
    QCOMPARE(first.designsBuilt(), cards);
    for (GalleryCard *card : first.findChildren<GalleryCard *>()) {
        QVERIFY2(!card->thumbnail().isNull(), qPrintable(card->objectName()));
        QVERIFY2(!card->figures().isEmpty(), qPrintable(card->objectName()));
    }
    QVERIFY(first.grab().save("welcome-1280.png"));
    first.resize(2560, 1440);
    QTest::qWait(50); // the flow reflows on the resize event
    QVERIFY(first.grab().save("welcome-2560.png"));

    timer.restart();
    WelcomePage second(m_catalog.get());
    showAt(&second, {1280, 720});
    waitForPreviews(&second);
    const qint64 cached = timer.elapsed();
    qInfo("previews built in %lld ms, read from the cache in %lld ms", built, cached);
    QCOMPARE(second.designsBuilt(), 0);
    QVERIFY(cached < built);
    for (GalleryCard *card : second.findChildren<GalleryCard *>()) {
        const GalleryCard *before = first.card(card->objectName());
        QVERIFY(before);
        QCOMPARE(card->thumbnail().size(), before->thumbnail().size());
        QCOMPARE(card->figures(), before->figures());
    }
}

void TestWelcomePage::cardForEveryTemplateAndSample()
{
    WelcomePage page(m_catalog.get());
    for (const generator::DesignTemplate &t : generator::designTemplates()) {
        GalleryCard *card
            = page.findChild<GalleryCard *>("template-" + QString::fromStdString(t.id));
        QVERIFY2(card, t.id.c_str());
        QCOMPARE(card->title(), QString::fromStdString(t.title));
    }
    const QStringList samples = sampleFiles();
    QVERIFY(!samples.isEmpty());
    for (const QString &file : samples)
        QVERIFY2(page.findChild<GalleryCard *>("sample-" + file), qPrintable(file));
    const int cards = int(generator::designTemplates().size() + samples.size());
    QCOMPARE(page.findChildren<GalleryCard *>().size(), qsizetype(cards));
    // Never shown, nothing built (a studio opened on a file does not pay for the gallery).
    QCoreApplication::processEvents();
    QCOMPARE(page.previewsPending(), cards);
    QCOMPARE(page.designsBuilt(), 0);
}

void TestWelcomePage::figuresComeFromTheDesign()
{
    WelcomePage page(m_catalog.get());
    showAt(&page, {1280, 720});
    waitForPreviews(&page);
    const generator::DesignTemplate *t = generator::findTemplate("campus-100mw");
    QVERIFY(t);
    const generator::GenerateResult r = generator::generateDesign(t->request, *m_catalog);
    QVERIFY(r.ok);
    const generator::BuiltCounts s = generator::summarize(r.project, *m_catalog);
    const QString figures = page.card("template-campus-100mw")->figures();
    QVERIFY2(figures.contains(QString("%1 halls").arg(s.halls)), qPrintable(figures));
    QVERIFY2(figures.contains(QLocale().toString(s.racks) + " racks"), qPrintable(figures));
    QVERIFY2(figures.contains(QLocale().toString(s.gpus) + " GPUs"), qPrintable(figures));
    QVERIFY2(figures.contains(QLocale().toString(s.itNameplateW / 1e6, 'f', 0) + " MW"),
             qPrintable(figures));
}

void TestWelcomePage::newAndOpenButtons()
{
    WelcomePage page(m_catalog.get());
    showAt(&page, {1280, 720});
    QSignalSpy newSpy(&page, &WelcomePage::newRequested);
    QSignalSpy openSpy(&page, &WelcomePage::openRequested);
    auto *newButton = page.findChild<QPushButton *>("newDesign");
    auto *openButton = page.findChild<QPushButton *>("openDesign");
    QVERIFY(newButton && openButton);
    QTest::mouseClick(newButton, Qt::LeftButton);
    QCOMPARE(newSpy.count(), 1);
    QCOMPARE(openSpy.count(), 0);
    QTest::mouseClick(openButton, Qt::LeftButton);
    QCOMPARE(openSpy.count(), 1);
    QCOMPARE(newSpy.count(), 1);
    waitForPreviews(&page);
}

void TestWelcomePage::recentFiles()
{
    WelcomePage page(m_catalog.get());
    showAt(&page, {1280, 720});
    auto *list = page.findChild<RecentList *>("recentList");
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QString("my-hall.aifactory"));
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled)); // missing: greyed, not clickable

    QSignalSpy spy(&page, &WelcomePage::recentRequested);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QCOMPARE(spy.count(), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), m_existing);

    // refreshRecent() re-reads the list the studio writes.
    QSettings().setValue("files/recent", QStringList {m_existing});
    page.refreshRecent();
    QCOMPARE(list->count(), 1);
    QSettings().setValue("files/recent", QStringList {m_existing, m_missing});
    waitForPreviews(&page);
}

void TestWelcomePage::clickingCardsOpensThem()
{
    WelcomePage page(m_catalog.get());
    showAt(&page, {1280, 720});
    auto *scroll = page.findChild<QScrollArea *>("welcomeGallery");
    QVERIFY(scroll);
    QSignalSpy templates(&page, &WelcomePage::templateRequested);
    QSignalSpy samples(&page, &WelcomePage::sampleRequested);
    for (const generator::DesignTemplate &t : generator::designTemplates()) {
        const QString id = QString::fromStdString(t.id);
        GalleryCard *card = page.card("template-" + id);
        scroll->ensureWidgetVisible(card);
        QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
        QCOMPARE(templates.count(), 1);
        QCOMPARE(templates.takeFirst().at(0).toString(), id);
    }
    for (const QString &file : sampleFiles()) {
        GalleryCard *card = page.card("sample-" + file);
        scroll->ensureWidgetVisible(card);
        QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
        QCOMPARE(samples.count(), 1);
        QCOMPARE(samples.takeFirst().at(0).toString(), ":/samples/" + file);
    }
    QCOMPARE(templates.count(), 0);
    waitForPreviews(&page);
}

void TestWelcomePage::keyboardMovesAndOpens()
{
    WelcomePage page(m_catalog.get());
    showAt(&page, {1280, 720});
    const auto &all = generator::designTemplates();
    GalleryCard *first = page.card("template-" + QString::fromStdString(all[0].id));
    GalleryCard *next = page.card("template-" + QString::fromStdString(all[1].id));
    page.activateWindow();
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    QSignalSpy spy(&page, &WelcomePage::templateRequested);
    QTest::keyClick(next, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString::fromStdString(all[1].id));
    QTest::keyClick(next, Qt::Key_Left); // arrows move between cards too
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QString::fromStdString(all[0].id));

    auto *list = page.findChild<RecentList *>("recentList");
    QSignalSpy recent(&page, &WelcomePage::recentRequested);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(recent.count(), 1);
    waitForPreviews(&page);
}

void TestWelcomePage::unwritableCacheIsNoError()
{
    // A folder below a plain file can never be created: store() gives up quietly.
    const QString file = m_dir.filePath("not-a-folder");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const PreviewCache cache(file + "/thumbnails");
    QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::gray);
    cache.store("template-x", "0123abcd", image, {});
    QImage loaded;
    generator::BuiltCounts summary;
    QVERIFY(!cache.load("template-x", "0123abcd", &loaded, &summary));
}

void TestWelcomePage::campusThumbnailFillsTheImage()
{
    const LoadResult r = loadProject(":/samples/reference-100mw-campus.aifactory");
    QVERIFY(r.ok);
    const QSize size = GalleryCard::thumbnailRenderSize();
    QElapsedTimer timer;
    timer.start();
    const QImage image = renderPlanThumbnail(r.project, m_catalog.get(), size);
    qInfo("campus thumbnail rendered on the GUI thread in %lld ms", timer.elapsed());
    QCOMPARE(image.size(), size);
    // The ten halls span the picture (a plan lost in a corner would be unreadable).
    const QRgb paper = image.pixel(0, 0);
    QRect drawn;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != paper)
                drawn |= QRect(x, y, 1, 1);
        }
    }
    QVERIFY2(drawn.width() > size.width() * 0.6 || drawn.height() > size.height() * 0.8,
             qPrintable(QString("%1x%2").arg(drawn.width()).arg(drawn.height())));
}

void TestWelcomePage::followsADarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Button, QColor(60, 60, 64));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(100, 100, 100));
    WelcomePage page(m_catalog.get());
    page.setPalette(dark); // after construction: colours derived from it follow
    showAt(&page, {1280, 720});
    waitForPreviews(&page);
    auto *newButton = page.findChild<QPushButton *>("newDesign");
    QCOMPARE(newButton->palette().color(QPalette::Button), dark.color(QPalette::Highlight));
    QVERIFY(page.grab().save("welcome-dark.png"));
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
