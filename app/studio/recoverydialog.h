#pragma once

#include "autosave.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace aif {

// Offers the work that autosave kept from sessions that ended without saving: for each copy
// the design, the file it belongs to and both times, with Restore, Open saved version, Discard
// (deletes that copy, after which the list stays open) and Later (keeps everything).
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Later, Restore, OpenSaved };

    explicit RecoveryDialog(const QList<RecoveryFile> &files, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    RecoveryFile chosen() const { return m_chosen; }
    int remaining() const { return int(m_files.size()); }

private:
    void fill();
    void updateButtons();
    int currentIndex() const;
    void finishWith(Choice choice);
    void discardCurrent();

    QList<RecoveryFile> m_files;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_restore;
    QPushButton *m_openSaved;
    QPushButton *m_discard;
    Choice m_choice = Later;
    RecoveryFile m_chosen;
};

} // namespace aif
