// MainWindow's side of crash recovery: offering the copies autosave kept, restoring one, the
// autosave interval, and the shipped samples that open as untitled copies.
#include "mainwindow.h"

#include "autosave.h"
#include "document.h"
#include "projectio.h"
#include "recoverydialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>

namespace aif {

bool MainWindow::offerRecovery(const QString &projectPath)
{
    if (m_offeringRecovery)
        return false;   // restoring opens the saved file, which must not ask again
    const QList<RecoveryFile> files =
        projectPath.isEmpty() ? Autosave::pendingRecoveries() : Autosave::pendingRecoveries(projectPath);
    if (files.isEmpty())
        return false;
    QScopedValueRollback<bool> guard(m_offeringRecovery, true);
    RecoveryDialog dialog(files, this);
    if (dialog.exec() != QDialog::Accepted) {
        if (dialog.remaining() > 0)
            statusBar()->showMessage(tr("%n autosaved copies kept: File ▸ Recover Unsaved Work offers them again.",
                                        nullptr, dialog.remaining()),
                                     10000);
        return false;
    }
    const RecoveryFile chosen = dialog.chosen();
    if (dialog.choice() == RecoveryDialog::OpenSaved) {
        // The copy stays until the user saves this file or discards the copy.
        if (!projectPath.isEmpty())
            return true;   // the saved version is what openFile just loaded
        return openFile(chosen.projectPath);
    }
    return restoreRecovery(chosen);
}

bool MainWindow::restoreRecovery(const RecoveryFile &file)
{
    LoadResult recovered = loadProject(file.path);
    if (!recovered.ok) {
        showLoadErrors(file.path, recovered.diagnostics);
        return false;
    }
    const bool onSavedFile = !file.projectPath.isEmpty() && !file.projectMissing;
    const bool alreadyOpen = onSavedFile && QFileInfo(m_document->filePath()).absoluteFilePath() == file.projectPath;
    if (onSavedFile && !alreadyOpen && !openFile(file.projectPath))
        return false;
    if (!onSavedFile) {
        const QString name = file.projectPath.isEmpty() ? file.title : QFileInfo(file.projectPath).completeBaseName();
        startUntitled(Project(), name);
        m_autosave->setUntitledTitle(name);
    }
    // The recovered work enters as one undoable edit on top of the saved file (or an empty
    // design), so the document shows as modified and Undo shows what the saved file holds.
    m_document->replaceProject(std::move(recovered.project), tr("Restore autosaved work"));
    m_autosave->adopt(file);
    updateTitle();
    statusBar()->showMessage(tr("Restored the work autosaved %1; save to keep it.")
                                 .arg(QLocale().toString(file.savedAt.toLocalTime(), QLocale::ShortFormat)),
                             10000);
    qInfo("restored autosaved copy %s", qPrintable(file.path));
    return true;
}

void MainWindow::configureAutosave()
{
    bool ok = false;
    const int current = Autosave::configuredIntervalMs() / 1000;
    const int seconds = QInputDialog::getInt(this, tr("Autosave"),
                                             tr("Keep a recovery copy of unsaved work every (seconds):"),
                                             current, 5, 600, 5, &ok);
    if (!ok)
        return;
    QSettings().setValue("autosave/intervalSeconds", seconds);
    m_autosave->setIntervalMs(Autosave::configuredIntervalMs());
}

bool MainWindow::isShippedSample(const QString &path) const
{
    const QString dir = QFileInfo(path).canonicalPath();
    if (dir.isEmpty())
        return false;
    const QStringList shipped = {QStringLiteral(AIF_SHIPPED_PROJECTS_DIR),
                                 QCoreApplication::applicationDirPath() + "/../share/ai-factory-studio/projects"};
    for (const QString &candidate : shipped) {
        if (QFileInfo(candidate).canonicalFilePath() == dir)
            return true;
    }
    return false;
}

} // namespace aif
