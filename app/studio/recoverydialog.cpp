#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aif {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString designName(const RecoveryFile &f)
{
    if (!f.projectPath.isEmpty())
        return QFileInfo(f.projectPath).fileName();
    return f.title.isEmpty() ? RecoveryDialog::tr("Untitled design") : RecoveryDialog::tr("%1 (untitled)").arg(f.title);
}

} // namespace

RecoveryDialog::RecoveryDialog(const QList<RecoveryFile> &files, QWidget *parent)
    : QDialog(parent)
    , m_files(files)
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
{
    setObjectName("recoveryDialog");
    setWindowTitle(tr("Recover unsaved work"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("AI Factory Studio ended without saving the designs below; their autosaved "
                                "copies were kept. Restore one to continue where you left off (your saved "
                                "file stays as it is until you save), open the saved version instead, or "
                                "discard a copy you no longer need. Later keeps every copy for next time."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName("recoveryList");
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Design"), tr("Autosaved"), tr("Saved file"), tr("File last saved")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_openSaved = buttons->addButton(tr("&Open saved version"), QDialogButtonBox::ActionRole);
    m_discard = buttons->addButton(tr("&Discard copy"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_restore->setObjectName("restoreButton");
    m_openSaved->setObjectName("openSavedButton");
    m_discard->setObjectName("discardButton");
    later->setObjectName("laterButton");
    m_restore->setDefault(true);
    layout->addWidget(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] { finishWith(Restore); });
    connect(m_openSaved, &QPushButton::clicked, this, [this] { finishWith(OpenSaved); });
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardCurrent);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { finishWith(Restore); });
    fill();
    resize(760, 360);
}

void RecoveryDialog::fill()
{
    m_list->clear();
    for (const RecoveryFile &f : std::as_const(m_files)) {
        QString saved = f.projectPath.isEmpty() ? tr("never saved") : f.projectPath;
        if (f.projectMissing)
            saved += tr(" (missing)");
        auto *item = new QTreeWidgetItem(m_list, {designName(f), when(f.savedAt), saved, when(f.projectSavedAt)});
        item->setToolTip(0, f.path);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int RecoveryDialog::currentIndex() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void RecoveryDialog::updateButtons()
{
    const int i = currentIndex();
    const bool any = i >= 0 && i < m_files.size();
    m_restore->setEnabled(any);
    m_discard->setEnabled(any);
    const bool hasFile = any && !m_files[i].projectPath.isEmpty() && !m_files[i].projectMissing;
    m_openSaved->setEnabled(hasFile);
    if (!any) {
        m_details->setText(tr("Nothing left to recover."));
        return;
    }
    const RecoveryFile &f = m_files[i];
    m_details->setText(hasFile ? tr("Autosaved %1; %2 was last saved %3.")
                                     .arg(when(f.savedAt), QFileInfo(f.projectPath).fileName(), when(f.projectSavedAt))
                               : tr("Autosaved %1. Restoring opens it as a design you have not saved yet.")
                                     .arg(when(f.savedAt)));
}

void RecoveryDialog::finishWith(Choice choice)
{
    const int i = currentIndex();
    if (i < 0 || i >= m_files.size())
        return;
    m_choice = choice;
    m_chosen = m_files[i];
    accept();
}

void RecoveryDialog::discardCurrent()
{
    const int i = currentIndex();
    if (i < 0 || i >= m_files.size())
        return;
    Autosave::remove(m_files[i]);
    m_files.removeAt(i);
    if (m_files.isEmpty()) {
        reject();
        return;
    }
    fill();
}

} // namespace aif
