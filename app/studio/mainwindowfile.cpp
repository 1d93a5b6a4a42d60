// MainWindow's file handling: open, save, revert, recent files, unsaved-changes prompts and
// recovery of autosaved work. Nothing here ever writes over a file the user did not save.
#include "mainwindow.h"

#include "autosave.h"
#include "document.h"
#include "projectio.h"
#include "selectionmodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace aif {

namespace {
const QString kFilter = QObject::tr("AI Factory projects (*.aifactory);;All files (*)");
constexpr int kMaxRecent = 10;
} // namespace

void MainWindow::newProject()
{
    Project p;
    p.site.name = tr("New AI factory").toStdString();
    m_selection->clear();
    m_document->reset(std::move(p));
    m_autosave->discard();
}

bool MainWindow::openFile(const QString &path, bool interactive)
{
    Diagnostics diagnostics;
    if (!m_document->load(path, &diagnostics)) {
        if (interactive)
            showLoadErrors(path, diagnostics);
        for (const Diagnostic &d : diagnostics)
            qWarning("%s", d.format(path.toStdString()).c_str());
        return false;
    }
    for (const Diagnostic &d : diagnostics)
        qWarning("%s", d.format(path.toStdString()).c_str());
    m_selection->clear();
    addRecent(path);
    qInfo("opened %s", qPrintable(path));
    const QString recovery = Autosave::pendingRecovery(path);
    if (interactive && !recovery.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved changes?"),
            tr("AI Factory Studio found unsaved changes to %1 from an earlier session.\n\n"
               "Recover them? (Your file on disk stays as it is until you save.)")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            LoadResult r = loadProject(recovery);
            if (r.ok) {
                // Recovered work enters as one undoable edit, so the document shows as modified.
                m_document->replaceProject(std::move(r.project), tr("Recover unsaved changes"));
                statusBar()->showMessage(tr("Recovered unsaved changes"), 8000);
            }
        } else {
            QFile::remove(recovery);
        }
    }
    return true;
}

void MainWindow::showLoadErrors(const QString &path, const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            lines << QString::fromStdString(d.format(QFileInfo(path).fileName().toStdString()));
        if (lines.size() >= 12) {
            lines << tr("…");
            break;
        }
    }
    QMessageBox box(QMessageBox::Critical, tr("Cannot open project"),
                    tr("%1 could not be opened. Nothing was changed.").arg(path), QMessageBox::Ok, this);
    box.setDetailedText(lines.join('\n'));
    box.setInformativeText(lines.value(0));
    box.exec();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = QSettings().value("files/lastDir").toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), dir, kFilter);
    if (path.isEmpty())
        return;
    QSettings().setValue("files/lastDir", QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Save failed"),
                              tr("Could not save %1:\n%2\n\nThe previous file is unchanged.").arg(path, error));
        return false;
    }
    m_autosave->discard();
    addRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveFile(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), m_document->filePath(), kFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += ".aifactory";
    return saveFile(path);
}

void MainWindow::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || !m_document->isModified())
        return;
    if (QMessageBox::question(this, tr("Revert"), tr("Discard all changes since the last save?"))
        != QMessageBox::Yes)
        return;
    m_autosave->discard();
    openFile(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The project has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosave->discard();
        return true;
    }
    return false;
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value("files/recent").toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue("files/recent", recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value("files/recent").toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace aif
