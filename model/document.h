#pragma once

#include "changeevent.h"
#include "diagnostic.h"
#include "project.h"

#include <QObject>
#include <QString>

class QUndoStack;
class QUndoCommand;

namespace aif {

class BatchCommand;

// The open project: the Project values, the undo stack that owns every edit, the file it came
// from, and typed change events. Views edit through the edit*() functions (each pushes one
// undo command); the apply*() functions are what commands call and are not for views.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    bool isModified() const;
    quint64 revision() const { return m_revision; }   // bumps on every change (stale results)

    // Replaces the project (new/open/revert); clears the undo history.
    void reset(Project project, const QString &filePath = {});
    bool load(const QString &path, Diagnostics *diagnostics);
    bool save(const QString &path, QString *error);

    // --- Edits (one undo step each) -------------------------------------------------------
    // Returns an empty string on success, otherwise why the value was refused.
    std::string editProperty(const std::string &id, const std::string &key, const Json &value);
    // Adds an entity; a missing or taken id is replaced by a fresh one. Returns the new id,
    // or an empty string with *error set.
    std::string addEntity(EntityKind kind, Json entity, std::string *error = nullptr);
    void removeEntities(const std::vector<std::string> &ids);
    // Groups the edits between begin and end into one undo step and one notification.
    void beginBatch(const QString &text);
    void endBatch();
    // Replaces the whole project as one undo step (e.g. recovered autosave).
    void replaceProject(Project project, const QString &text);

    // --- For undo commands ------------------------------------------------------------------
    std::string applyValue(const std::string &id, const std::string &key, const Json &value);
    std::string applyInsert(EntityKind kind, const Json &entity, int index);
    void applyRemove(const std::string &id);
    Project swapProject(Project project);   // returns the previous project
    void suspendNotifications();
    void resumeNotifications();

signals:
    void changed(const aif::ChangeEvent &event);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void notify(ChangeEvent event);
    std::string renameEntity(EntityRef ref, const std::string &newId);
    void pushCommand(QUndoCommand *command);

    Project m_project;
    QUndoStack *m_undoStack;
    QString m_filePath;
    quint64 m_revision = 0;
    int m_suspended = 0;
    std::vector<std::string> m_suspendedIds;
    bool m_suspendedAny = false;
    BatchCommand *m_batch = nullptr;
    int m_batchDepth = 0;
};

} // namespace aif
