// The studio's exports (issue 20), driven as a user does: File ▸ Export report… opens the preview
// of the design's report, which saves the same PDF/HTML `aif report` writes; Compare's "Export to
// report" adds the comparison; View ▸ Presentation mode opens full screen and Esc leaves.
#include "catalog.h"
#include "dashboard/compareview.h"
#include "dashboard/dashboardpanel.h"
#include "document.h"
#include "mainwindow.h"
#include "presentation/presentationwindow.h"
#include "report/keyfigures.h"
#include "report/reportdialog.h"
#include "solvejob.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace aif;

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportPreviewAndSave();
    void compareToReport();
    void presentationMode();

private:
    // Runs `inDialog` on the report dialog the action opens (it is modal), then closes it.
    bool withReportDialog(const std::function<void()> &open, const std::function<void(ReportDialog *)> &inDialog);
    std::unique_ptr<Catalog> m_catalog;
    QTemporaryDir m_tmp;
};

void TestExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("AIFactoryStudioTest");
    QCoreApplication::setApplicationName("tst_exports");
    QSettings().clear();
    QString error;
    m_catalog = Catalog::open(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

bool TestExports::withReportDialog(const std::function<void()> &open,
                                   const std::function<void(ReportDialog *)> &inDialog)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        seen = true;
        inDialog(dialog);
        dialog->reject();
    });
    poll.start();
    open();
    return seen;
}

void TestExports::reportPreviewAndSave()
{
    MainWindow window(m_catalog.get());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy solved(&window, &MainWindow::solveFinished);
    QVERIFY(window.openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), false));
    QVERIFY(solved.wait(60000));
    const std::vector<KeyFigure> figures = keyFigures(*window.lastSolve());
    const KeyFigure *pue = findFigure(figures, "pue");
    QVERIFY(pue && pue->valid());

    auto *action = window.findChild<QAction *>("actionExportReport");
    QVERIFY(action);
    const QString pdf = m_tmp.filePath("studio-report.pdf");
    QString preview, customerPreview;
    const bool seen = withReportDialog([&] { action->trigger(); }, [&](ReportDialog *dialog) {
        preview = dialog->previewHtml();
        const QString shots = qEnvironmentVariable("AIF_SCREENSHOT_DIR", "/tmp/aif/shots");
        QDir().mkpath(shots);
        dialog->grab().save(shots + "/report-dialog.png");
        auto *layout = dialog->findChild<QComboBox *>("reportTemplate");
        layout->setCurrentIndex(layout->findData("customer"));
        customerPreview = dialog->previewHtml();
        QString error;
        QVERIFY2(dialog->save(pdf, &error), qPrintable(error));
    });
    QVERIFY(seen);
    // The preview carries the design's figures as the dashboard shows them.
    QVERIFY2(preview.contains(pue->text()), qPrintable(pue->text()));
    QVERIFY(preview.contains("Thermal compliance"));
    QVERIFY(customerPreview.size() < preview.size());   // the customer template is shorter
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestExports::compareToReport()
{
    MainWindow window(m_catalog.get());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy solved(&window, &MainWindow::solveFinished);
    QVERIFY(window.openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), false));
    QVERIFY(solved.wait(60000));
    const Project &project = window.document()->project();
    QVERIFY(project.scenarios.size() >= 2);
    std::vector<CompareSide> sides;
    sides.push_back({QStringLiteral("base"), project, {}});
    for (int i = 0; i < 2; ++i)
        sides.push_back({QString::fromStdString(project.scenarios[size_t(i)].name), project, project.scenarios[size_t(i)].id});
    auto *dashboard = window.findChild<DashboardPanel *>();
    QVERIFY(dashboard);
    QVERIFY(window.showView("dashboard"));
    QSignalSpy compared(dashboard->compareView(), &CompareView::finished);
    dashboard->compare(std::move(sides));
    QVERIFY(compared.wait(60000));
    auto *exportButton = dashboard->compareView()->findChild<QPushButton *>("compareExportButton");
    QVERIFY(exportButton && exportButton->isVisible());
    QString preview;
    QVERIFY(withReportDialog([&] { QTest::mouseClick(exportButton, Qt::LeftButton); },
                             [&](ReportDialog *dialog) { preview = dialog->previewHtml(); }));
    QVERIFY(preview.contains(QString::fromStdString(project.scenarios[0].name).toHtmlEscaped()));
}

void TestExports::presentationMode()
{
    MainWindow window(m_catalog.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(AIF_SOURCE_DIR "/projects/reference-1mw-h100-air.aifactory"), false));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    PresentationWindow *presentation = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((presentation = window.findChild<PresentationWindow *>()) && presentation->isVisible(), 10000);
    QVERIFY(presentation->isFullScreen());
    QPointer<PresentationWindow> alive(presentation);
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), 5000);
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
