// MainWindow's file handling: open, save, revert, recent files, unsaved-changes prompts and
// recovery of autosaved work. Nothing here ever writes over a file the user did not save.
#include "mainwindow.h"

#include "atomicfile.h"
#include "autosave.h"
#include "catalog.h"
#include "document.h"
#include "generator/designgenerator.h"
#include "generator/templates.h"
#include "projectio.h"
#include "selectionmodel.h"
#include "welcome/welcomepage.h"
#include "wizard/newprojectwizard.h"

#include <QApplication>
#include <QDockWidget>
#include <QStackedWidget>

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
    p.site().name = tr("New AI factory").toStdString();
    startUntitled(std::move(p), QString());
}

void MainWindow::startUntitled(Project project, const QString &origin)
{
    m_selection->clear();
    m_untitledName = origin;
    m_document->reset(std::move(project));
    m_autosave->discard();
    m_autosave->setUntitledTitle(origin);
    updateTitle();
    showDesign();
}

bool MainWindow::newFromWizard()
{
    if (!maybeSave())
        return false;
    NewProjectWizard wizard(m_catalog, this);
    if (wizard.exec() != QDialog::Accepted || !wizard.result().ok)
        return false;
    startUntitled(wizard.result().project, QString());
    qInfo("new design from the wizard: %d racks", int(m_document->project().racks.size()));
    return true;
}

bool MainWindow::openTemplate(const QString &templateId)
{
    const generator::DesignTemplate *t = generator::findTemplate(templateId.toStdString());
    if (!t || !maybeSave())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    generator::GenerateResult r = generator::generateDesign(t->request, *m_catalog);
    QApplication::restoreOverrideCursor();
    if (!r.ok) {
        QMessageBox::critical(this, tr("Template"), QString::fromStdString(r.error));
        return false;
    }
    startUntitled(std::move(r.project), QString::fromStdString(t->title));
    return true;
}

bool MainWindow::openSample(const QString &resourcePath)
{
    if (!maybeSave())
        return false;
    LoadResult r = loadProject(resourcePath);
    if (!r.ok) {
        showLoadErrors(resourcePath, r.diagnostics);
        return false;
    }
    // A shipped sample opens as an untitled copy: saving asks for a file of the user's own.
    startUntitled(std::move(r.project), QFileInfo(resourcePath).completeBaseName());
    return true;
}

void MainWindow::showWelcome()
{
    m_welcome->refreshRecent();
    if (m_central->currentWidget() != m_welcomeArea) {
        // The start page has the window to itself, as in Qt Creator: the docks that were open
        // come back with the design.
        m_docksBeforeWelcome.clear();
        for (QDockWidget *d : findChildren<QDockWidget *>()) {
            if (d->isVisible()) {
                m_docksBeforeWelcome << d;
                d->hide();
            }
        }
    }
    m_central->setCurrentWidget(m_welcomeArea);
}

void MainWindow::showDesign()
{
    if (m_central->currentWidget() == m_welcomeArea) {
        for (QDockWidget *d : std::as_const(m_docksBeforeWelcome))
            d->show();
        m_docksBeforeWelcome.clear();
    }
    m_central->setCurrentWidget(m_views);
}

bool MainWindow::welcomeShown() const
{
    return m_central->currentWidget() == m_welcomeArea;
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
    m_untitledName.clear();
    addRecent(path);
    if (isShippedSample(path)) {
        // The samples that ship with the studio are never saved over: they open as an untitled
        // copy and Save asks where to keep the user's own.
        Project copy = m_document->project();
        startUntitled(std::move(copy), QFileInfo(path).completeBaseName());
        statusBar()->showMessage(tr("Opened the sample %1 as an untitled copy; Save asks where to keep yours.")
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
    }
    showDesign();
    updateTitle();
    qInfo("opened %s", qPrintable(path));
    if (interactive && !m_document->filePath().isEmpty())
        offerRecovery(path);
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
    const QFileInfo target(path);
    if (isReadOnlyFile(path)) {
        // The user (or the package) protected this file: never overwrite it, offer another name.
        const auto answer = QMessageBox::warning(
            this, tr("File is read-only"),
            tr("%1 is read-only, so it was not overwritten.\n\nSave your design under another name?")
                .arg(target.fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save && saveAs();
    }
    const bool replacing = target.exists();
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Save failed"),
                              tr("Could not save %1:\n%2\n\nThe previous file is unchanged.").arg(path, error));
        return false;
    }
    m_autosave->projectSaved(path);
    m_untitledName.clear();
    addRecent(path);
    updateTitle();
    statusBar()->showMessage(replacing ? tr("Saved %1 (the previous version is kept as %2.bak)")
                                             .arg(path, target.fileName())
                                       : tr("Saved %1").arg(path),
                             5000);
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
    QString start = m_document->filePath();
    if (start.isEmpty() || isReadOnlyFile(start))
        start = QSettings().value("files/lastDir").toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), start, kFilter);
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
    m_welcome->refreshRecent();
}

} // namespace aif
