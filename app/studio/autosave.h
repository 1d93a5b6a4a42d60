#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace aif {

class Document;

// Writes the modified document to a recovery file every minute (never over the user's file),
// removes it after a save or a deliberate discard, and finds it again after a crash.
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(Document *document, QObject *parent = nullptr);

    // Recovery file for a project path (empty path: the untitled document).
    static QString recoveryPath(const QString &projectPath);
    // A recovery file newer than the project file, if one exists; else empty.
    static QString pendingRecovery(const QString &projectPath);
    static QString autosaveDir();

    void discard();        // the user saved or chose not to keep changes
    bool saveNow();        // write the recovery file now (also used by tests)
    void setIntervalMs(int ms);

private:
    Document *m_document;
    QTimer *m_timer;
    QString m_lastWritten;
};

} // namespace aif
