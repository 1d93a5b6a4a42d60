// Crash recovery as a user lives it: the studio runs in a child process, the user edits with
// mouse and keyboard, the autosave writes its copy, the process is killed with SIGKILL; the
// next studio offers the copy (with times) and Restore brings the edit back. Also: untitled
// designs, Open saved version, Discard, Later, a live session's copies never taken, copies
// superseded by a later save, read-only files and the shipped samples never written.
#include "authoringdriver.h"

#include "autosave.h"
#include "catalog.h"
#include "document.h"
#include "floorplan/floorplanitem.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/floorplanwidget.h"
#include "mainwindow.h"
#include "recoverydialog.h"
#include "selectionmodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace aif;
using namespace authoring;

namespace {

const char *const kEditedName = "Edited before the crash";
const QString kSample = QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory");

void quietEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_recovery");
}

// The user's edit: select the first rack on the plan with a click, rename it in the
// inspector by typing, and duplicate it with Ctrl+D.
bool editLikeAUser(MainWindow &window)
{
    Document *doc = window.document();
    const std::string rack = doc->project().racks.front().id;
    FloorPlanView *plan = window.floorPlan()->view();
    plan->fitToView();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QTest::mouseClick(plan->viewport(), Qt::LeftButton, {},
                      plan->mapFromScene(window.floorPlan()->scene()->item(QString::fromStdString(rack))->scenePos()));
    if (!QTest::qWaitFor([&] { return window.selection()->current() == QString::fromStdString(rack); }))
        return false;
    QTest::qWait(50);   // the inspector builds its form for the selection
    auto *name = window.findChild<QLineEdit *>("edit_name");
    if (!name)
        return false;
    type(name, kEditedName, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return doc->project().get<Rack>(rack)->name == kEditedName; }))
        return false;
    const size_t racks = doc->project().racks.size();
    plan->setFocus();
    QTest::keyClick(plan, Qt::Key_D, Qt::ControlModifier);
    return doc->project().racks.size() == racks + 1;
}

// Child process: open FILE (or the sample as an untitled copy), edit, wait for the autosave,
// say so on stdout and wait to be killed.
int childMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    quietEnvironment();
    QString error;
    std::unique_ptr<Catalog> catalog = Catalog::open(&error);
    if (!catalog) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    MainWindow window(catalog.get());
    window.resize(1400, 900);
    window.show();
    const QString mode = QString::fromLocal8Bit(argv[2]);
    const bool opened = mode == "untitled" ? window.openFile(kSample, false) : window.openFile(QString::fromLocal8Bit(argv[3]), false);
    if (!opened || !editLikeAUser(window)) {
        std::fprintf(stderr, "child: could not open and edit\n");
        return 4;
    }
    // Wait for the copy that holds the last edit (an earlier tick may have saved half of it).
    Autosave *autosave = window.autosave();
    if (!QTest::qWaitFor([&] { return autosave->savedRevision() == window.document()->revision(); }, 20000)) {
        std::fprintf(stderr, "child: no autosave\n");
        return 5;
    }
    std::printf("AUTOSAVED %s\n", qPrintable(autosave->currentRecoveryPath()));
    std::fflush(stdout);
    return app.exec();   // until SIGKILL
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restoreAfterKill();
    void untitledRestoredAtStart();
    void openSavedThenDiscard();
    void laterKeepsCopies();
    void liveSessionNotOffered();
    void supersededBySave();
    void readOnlyAndShippedFilesNeverWritten();

private:
    // Starts the studio in a child process editing `file`; returns once it has autosaved.
    std::unique_ptr<QProcess> startEditing(const QString &mode, const QString &file = {});
    void kill(QProcess *child);
    std::unique_ptr<MainWindow> restart();

    QTemporaryDir m_dir;
    QString m_project;
    QByteArray m_savedBytes;
    size_t m_savedRacks = 0;
    std::unique_ptr<Catalog> m_catalog;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("AIF_AUTOSAVE_DIR", (m_dir.path() + "/autosave").toLocal8Bit());
    qputenv("AIF_AUTOSAVE_INTERVAL_MS", "400");
    QSettings().clear();
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestRecovery::init()
{
    // A design of the user's own (a copy of a sample, saved where the user keeps files).
    QDir(m_dir.path() + "/autosave").removeRecursively();
    m_project = m_dir.path() + "/my-hall.aifactory";
    QFile::remove(m_project);
    QFile::remove(m_project + ".bak");
    QVERIFY(QFile::copy(kSample, m_project));
    QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_savedBytes = f.readAll();
    Document doc;
    Diagnostics diagnostics;
    QVERIFY(doc.load(m_project, &diagnostics));
    m_savedRacks = doc.project().racks.size();
}

void TestRecovery::cleanup()
{
    QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
}

std::unique_ptr<QProcess> TestRecovery::startEditing(const QString &mode, const QString &file)
{
    auto child = std::make_unique<QProcess>();
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {"--child", mode, file});
    if (!child->waitForStarted(10000))
        return nullptr;
    QByteArray out;
    while (!out.contains("AUTOSAVED") && child->state() == QProcess::Running)
        if (child->waitForReadyRead(60000))
            out += child->readAllStandardOutput();
        else
            break;
    if (!out.contains("AUTOSAVED")) {
        qWarning("child output: %s (exit %d)", out.constData(), child->exitCode());
        return nullptr;
    }
    return child;
}

void TestRecovery::kill(QProcess *child)
{
    ::kill(pid_t(child->processId()), SIGKILL);
    QVERIFY(child->waitForFinished(10000));
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);
}

std::unique_ptr<MainWindow> TestRecovery::restart()
{
    auto window = std::make_unique<MainWindow>(m_catalog.get());
    window->resize(1400, 900);
    window->show();
    return window;
}

void TestRecovery::restoreAfterKill()
{
    std::unique_ptr<QProcess> child = startEditing("file", m_project);
    QVERIFY(child);
    kill(child.get());
    // The killed studio's copy is there, newer than the user's file (which it never touched).
    const QList<RecoveryFile> pending = Autosave::pendingRecoveries(m_project);
    QCOMPARE(pending.size(), 1);
    QVERIFY(pending.first().savedAt > pending.first().projectSavedAt);
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), m_savedBytes);

    // Restart, open the file: the studio offers the copy, the user clicks Restore.
    std::unique_ptr<MainWindow> window = restart();
    bool offered = false;
    whenModal([&](QWidget *w) {
        auto *dialog = qobject_cast<RecoveryDialog *>(w);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>("recoveryList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("my-hall.aifactory"));
        QVERIFY(!list->topLevelItem(0)->text(1).isEmpty());   // autosaved at
        QVERIFY(!list->topLevelItem(0)->text(3).isEmpty());   // file last saved at
        offered = true;
        QDir().mkpath("screenshots");
        QVERIFY(dialog->grab().save("screenshots/recovery-dialog.png"));
        click(dialog->findChild<QPushButton *>("restoreButton"));
    });
    QVERIFY(window->openFile(m_project));
    QVERIFY(offered);
    Document *doc = window->document();
    QCOMPARE(doc->project().racks.size(), m_savedRacks + 1);
    QCOMPARE(QString::fromStdString(doc->project().racks.front().name), QString(kEditedName));
    QVERIFY(doc->isModified());
    QCOMPARE(doc->filePath(), m_project);
    // Undo shows the saved file; redo brings the recovered work back.
    doc->undoStack()->undo();
    QCOMPARE(doc->project().racks.size(), m_savedRacks);
    doc->undoStack()->redo();
    QCOMPARE(doc->project().racks.size(), m_savedRacks + 1);
    // The copy stays until the user saves; saving keeps the old file as .bak and clears it.
    QVERIFY(QFileInfo::exists(pending.first().path));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!doc->isModified());
    QVERIFY(!QFileInfo::exists(pending.first().path));
    QVERIFY(Autosave::pendingRecoveries().isEmpty());
    QFile bak(m_project + ".bak");
    QVERIFY(bak.open(QIODevice::ReadOnly));
    QCOMPARE(bak.readAll(), m_savedBytes);
}

void TestRecovery::untitledRestoredAtStart()
{
    std::unique_ptr<QProcess> child = startEditing("untitled");
    QVERIFY(child);
    kill(child.get());
    // At start (no file named), the studio offers every copy a dead session left.
    std::unique_ptr<MainWindow> window = restart();
    window->newProject();
    window->showWelcome();
    bool offered = false;
    whenModal([&](QWidget *w) {
        auto *list = w->findChild<QTreeWidget *>("recoveryList");
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).contains("untitled"));
        QCOMPARE(list->topLevelItem(0)->text(2), RecoveryDialog::tr("never saved"));
        offered = true;
        click(w->findChild<QPushButton *>("restoreButton"));
    });
    QVERIFY(window->offerRecovery());
    QVERIFY(offered);
    QVERIFY(!window->welcomeShown());
    Document *doc = window->document();
    QVERIFY(doc->filePath().isEmpty());
    QVERIFY(doc->isModified());
    QCOMPARE(doc->project().racks.size(), m_savedRacks + 1);
    QCOMPARE(QString::fromStdString(doc->project().racks.front().name), QString(kEditedName));
    // Discarding the restored work (New blank design ▸ Discard) removes the copy it came from.
    whenModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        click(box->button(QMessageBox::Discard));
    });
    window->findChild<QAction *>("actionNewBlank")->trigger();
    QVERIFY(!window->document()->isModified());
    QVERIFY(Autosave::pendingRecoveries().isEmpty());
    QVERIFY(QDir(m_dir.path() + "/autosave").entryList({"*.aifactory"}).isEmpty());
}

void TestRecovery::openSavedThenDiscard()
{
    std::unique_ptr<QProcess> child = startEditing("file", m_project);
    QVERIFY(child);
    kill(child.get());
    std::unique_ptr<MainWindow> window = restart();
    whenModal([](QWidget *w) { click(w->findChild<QPushButton *>("openSavedButton")); });
    QVERIFY(window->openFile(m_project));
    QCOMPARE(window->document()->project().racks.size(), m_savedRacks);
    QVERIFY(!window->document()->isModified());
    // Choosing the saved version deletes nothing: the copy is still offered.
    QCOMPARE(Autosave::pendingRecoveries(m_project).size(), 1);
    // File ▸ Recover Unsaved Work ▸ Discard copy: now it is gone.
    whenModal([](QWidget *w) { click(w->findChild<QPushButton *>("discardButton")); });
    window->findChild<QAction *>("actionRecover")->trigger();
    QVERIFY(Autosave::pendingRecoveries().isEmpty());
    QCOMPARE(window->document()->project().racks.size(), m_savedRacks);
}

void TestRecovery::laterKeepsCopies()
{
    std::unique_ptr<QProcess> child = startEditing("file", m_project);
    QVERIFY(child);
    kill(child.get());
    std::unique_ptr<MainWindow> window = restart();
    whenModal([](QWidget *w) { click(w->findChild<QPushButton *>("laterButton")); });
    QVERIFY(!window->offerRecovery());
    QCOMPARE(Autosave::pendingRecoveries().size(), 1);
    // Quitting this (clean) session does not take the copy either.
    window.reset();
    QCOMPARE(Autosave::pendingRecoveries().size(), 1);
}

void TestRecovery::liveSessionNotOffered()
{
    // A studio still running owns its copies: another studio must not offer (or delete) them.
    std::unique_ptr<QProcess> child = startEditing("file", m_project);
    QVERIFY(child);
    QVERIFY(Autosave::pendingRecoveries().isEmpty());
    QCOMPARE(QDir(m_dir.path() + "/autosave").entryList({"*.aifactory"}).size(), 1);
    kill(child.get());
    QCOMPARE(Autosave::pendingRecoveries().size(), 1);
}

void TestRecovery::supersededBySave()
{
    std::unique_ptr<QProcess> child = startEditing("file", m_project);
    QVERIFY(child);
    kill(child.get());
    // The user saved the file afterwards (say, in another studio): the older copy is not offered.
    QTest::qWait(20);
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(m_savedBytes);
    f.close();
    QVERIFY(Autosave::pendingRecoveries(m_project).isEmpty());
    // …and saving that project here clears the superseded copy from the disk.
    std::unique_ptr<MainWindow> window = restart();
    QVERIFY(window->openFile(m_project, false));
    QVERIFY(window->saveFile(m_project));
    QVERIFY(QDir(m_dir.path() + "/autosave").entryList({"*.aifactory"}).isEmpty());
}

void TestRecovery::readOnlyAndShippedFilesNeverWritten()
{
    std::unique_ptr<MainWindow> window = restart();
    QVERIFY(window->openFile(m_project, false));
    window->document()->editProperty("site", "name", "changed");
    QFile::setPermissions(m_project, QFile::ReadOwner);
    // Save on a read-only file: the studio says so and offers Save As (cancelled here).
    bool warned = false;
    whenModal([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        warned = box->text().contains("read-only");
        click(box->button(QMessageBox::Cancel));
    });
    QVERIFY(!window->saveFile(m_project));
    QVERIFY(warned);
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), m_savedBytes);
    QVERIFY(!QFileInfo::exists(m_project + ".bak"));
    window->document()->undoStack()->setClean();

    // A shipped sample opened by path (as make run does) is an untitled copy.
    QVERIFY(window->openFile(kSample, false));
    QVERIFY(window->document()->filePath().isEmpty());
    QVERIFY(window->windowTitle().contains("reference-1mw-h100-air"));
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return childMain(argc, argv);
    QApplication app(argc, argv);
    quietEnvironment();
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
