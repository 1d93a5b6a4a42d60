#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;
class QTimer;

namespace aif {

class Document;

// One autosaved copy found on disk: what it is a copy of and when it was written.
struct RecoveryFile
{
    QString path;           // the recovery project file
    QString projectPath;    // the user's file it is a copy of; empty for an untitled design
    QString title;          // what the design was called (untitled designs)
    QDateTime savedAt;      // when the copy was written
    QDateTime projectSavedAt; // when the user's file was last saved (invalid: no file or missing)
    bool projectMissing = false;
};

// Writes the modified document to a recovery file at a fixed interval (60 s unless the
// settings say otherwise), for untitled designs too, never over the user's file. Each running
// studio writes its own files under a session lock, so two studios never take each other's
// copies and a crashed session's copies are found at the next start. A copy is removed only when
// the user saves the project or decides to discard it.
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(Document *document, QObject *parent = nullptr);
    ~Autosave() override;

    static QString autosaveDir();
    // Interval: AIF_AUTOSAVE_INTERVAL_MS, else settings "autosave/intervalSeconds" (5–600), else 60 s.
    static int configuredIntervalMs();

    // Copies left by sessions that are no longer running, newest first. With a project path,
    // only the copies of that file that are newer than it.
    static QList<RecoveryFile> pendingRecoveries();
    static QList<RecoveryFile> pendingRecoveries(const QString &projectPath);
    // Removes one copy (the user discarded it).
    static void remove(const RecoveryFile &file);

    // This session's copy of the current document, if one has been written.
    QString currentRecoveryPath() const { return m_lastWritten; }
    // The document revision the last copy holds (tests wait for the copy of their last edit).
    quint64 savedRevision() const { return m_savedRevision; }
    // The user restored this copy: it is kept until the restored work is saved or discarded.
    void adopt(const RecoveryFile &file);
    // Title for untitled designs (the template or sample the design started from).
    void setUntitledTitle(const QString &title) { m_untitledTitle = title; }

    void discard();                          // the user chose not to keep the changes
    void projectSaved(const QString &path);  // the user saved: every copy of that file is superseded
    bool saveNow();                          // write the copy now (also used by tests)
    void setIntervalMs(int ms);

signals:
    void saved(const QString &recoveryPath);

private:
    QString sessionFilePath(const QString &projectPath) const;
    void removeCopy(const QString &path);

    Document *m_document;
    QTimer *m_timer;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastWritten;
    QStringList m_adopted;
    QString m_untitledTitle;
    quint64 m_savedRevision = 0;
    bool m_savedOnce = false;
};

} // namespace aif
