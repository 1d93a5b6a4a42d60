// File ▸ Export report…, File ▸ Export ▸ (CSV tables, result JSON, image of a view) and
// View ▸ Presentation mode (issue 20). Each works on the solve of the design as it is now:
// when the last solve is stale, the export waits for a fresh one first.
#include "mainwindow.h"

#include "common/exportimagedialog.h"
#include "dashboard/compareview.h"
#include "dashboard/dashboardpanel.h"
#include "document.h"
#include "presentation/presentationwindow.h"
#include "report/compare.h"
#include "report/csvexport.h"
#include "report/reportdialog.h"
#include "units.h"
#include "view3d/view3dpanel.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

namespace aif {

std::shared_ptr<const SolveResult> MainWindow::currentSolve()
{
    const auto fresh = [this] {
        return m_lastSolve && m_lastSolveRevision == m_document->revision() && !solving();
    };
    if (fresh())
        return m_lastSolve;
    if (!solving())
        solve(m_airFieldChosen);
    statusBar()->showMessage(tr("Solving the design before exporting…"));
    // Wait with the event loop running, so the status bar's Cancel still works; a cancelled
    // or failed solve ends the wait as well (poll: it emits nothing then).
    QEventLoop loop;
    connect(this, &MainWindow::solveFinished, &loop, &QEventLoop::quit);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!solving())
            loop.quit();
    });
    poll.start(100);
    loop.exec();
    if (fresh())
        return m_lastSolve;
    statusBar()->showMessage(tr("Nothing exported: the solve did not finish."), 8000);
    return nullptr;
}

void MainWindow::exportReport(std::shared_ptr<const CompareResult> comparison)
{
    const std::shared_ptr<const SolveResult> result = currentSolve();
    if (!result)
        return;
    report::ReportOptions options;
    options.units = units::currentSystem();
    options.fileName = m_document->filePath().isEmpty() ? m_untitledName : QFileInfo(m_document->filePath()).fileName();
    options.version = QStringLiteral(AIF_VERSION_STRING);
    options.compare = std::move(comparison);
    // The 3D heat map as the 3D tab draws it, offscreen, without its controls.
    options.snapshot = [this] {
        QTemporaryDir dir;
        const QString png = dir.filePath("heatmap.png");
        QString error;
        return dir.isValid() && m_view3d->exportPng(png, 1600, 900, &error) ? QImage(png) : QImage();
    };
    ReportDialog dialog(m_document->project(), *m_catalog, result, std::move(options), this);
    dialog.exec();
}

void MainWindow::exportCsv()
{
    const std::shared_ptr<const SolveResult> result = currentSolve();
    if (!result)
        return;
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export CSV tables to folder"),
                                                             settings.value("export/dir").toString());
    if (folder.isEmpty())
        return;
    QString error;
    if (!csvexport::writeAllCsv(folder, m_document->project(), *m_catalog, *result, units::currentSystem(), &error)) {
        QMessageBox::warning(this, tr("Export CSV"), tr("Not exported: %1").arg(error));
        return;
    }
    settings.setValue("export/dir", folder);
    QStringList names;
    for (csvexport::Table t : csvexport::allTables())
        names << csvexport::fileName(t);
    statusBar()->showMessage(tr("Wrote %1 in %2").arg(names.join(", "), QDir::toNativeSeparators(folder)), 10000);
}

void MainWindow::exportResultJson()
{
    const std::shared_ptr<const SolveResult> result = currentSolve();
    if (!result)
        return;
    QSettings settings;
    const QString base = m_document->filePath().isEmpty() ? QStringLiteral("design")
                                                          : QFileInfo(m_document->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export result JSON"), QDir(settings.value("export/dir").toString()).filePath(base + ".solve.json"),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!csvexport::writeResultJson(path, *result, &error)) {
        QMessageBox::warning(this, tr("Export result JSON"), tr("Not exported: %1").arg(error));
        return;
    }
    settings.setValue("export/dir", QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Wrote %1 (the same document as aif solve --json)").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::exportImage()
{
    QList<QPair<QString, QWidget *>> views;
    for (int i = 0; i < m_views->count(); ++i)
        views.append({m_views->tabText(i).remove('&'), m_views->widget(i)});
    ExportImageDialog::run(this, views, m_views->currentIndex());
}

void MainWindow::present()
{
    PresentationWindow::present(m_document->project(), m_catalog, this);
}

} // namespace aif
