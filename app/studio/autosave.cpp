#include "autosave.h"

#include "atomicfile.h"
#include "document.h"
#include "jsonlimits.h"
#include "projectio.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace aif {

namespace {

constexpr int kDefaultIntervalS = 60;
const char *const kMetaSuffix = ".json";

// The session id of this process's Autosave, so a scan never offers our own live copies.
QString &ownSession()
{
    static QString id;
    return id;
}

QString lockPath(const QString &session)
{
    return Autosave::autosaveDir() + "/session-" + session + ".lock";
}

// A session is alive while another running studio holds its lock. A crashed (or killed)
// session leaves its lock behind; QLockFile recognises it as stale because the process is gone.
bool sessionAlive(const QString &session)
{
    if (session.isEmpty())
        return false;
    if (session == ownSession())
        return true;
    QLockFile probe(lockPath(session));
    probe.setStaleLockTime(0);   // stale only when its process is gone, never by age
    if (probe.tryLock(0)) {
        probe.unlock();          // removes the dead session's lock
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

struct Meta
{
    QString session;
    QString project;
    QString title;
    QDateTime savedAt;
};

bool readMeta(const QString &metaPath, Meta *meta)
{
    QFile f(metaPath);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    meta->session = o.value("session").toString();
    meta->project = o.value("project").toString();
    meta->title = o.value("title").toString();
    meta->savedAt = QDateTime::fromString(o.value("savedAt").toString(), Qt::ISODateWithMs);
    return !meta->session.isEmpty() && meta->savedAt.isValid();
}

void removeWithMeta(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    QFile::remove(recoveryPath + kMetaSuffix);
}

} // namespace

Autosave::Autosave(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_sessionId = QDateTime::currentDateTimeUtc().toString("yyyyMMdd-HHmmss") + "-"
                  + QString::number(QCoreApplication::applicationPid());
    ownSession() = m_sessionId;
    QDir().mkpath(autosaveDir());
    m_lock = std::make_unique<QLockFile>(lockPath(m_sessionId));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qWarning("autosave: cannot lock %s; another studio may offer this session's copies",
                 qPrintable(lockPath(m_sessionId)));

    m_timer->setInterval(configuredIntervalMs());
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_document->isModified()) {
            if (!m_savedOnce || m_document->revision() != m_savedRevision)
                saveNow();
        } else if (!m_lastWritten.isEmpty() && m_adopted.isEmpty()) {
            // Undone back to the saved file: the copy holds nothing the file does not.
            removeCopy(m_lastWritten);
            m_lastWritten.clear();
            m_savedOnce = false;
        }
    });
    m_timer->start();
}

Autosave::~Autosave()
{
    // A clean exit with unsaved work still asked the user (maybeSave); what remains here was
    // kept on purpose ("Later") or belongs to a clean document, so the files stay.
    if (m_lock)
        m_lock->unlock();
    if (ownSession() == m_sessionId)
        ownSession().clear();
}

QString Autosave::autosaveDir()
{
    const QString env = qEnvironmentVariable("AIF_AUTOSAVE_DIR");
    return env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/autosave" : env;
}

int Autosave::configuredIntervalMs()
{
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("AIF_AUTOSAVE_INTERVAL_MS", &ok);
    if (ok && env > 0)
        return env;
    const int seconds = QSettings().value("autosave/intervalSeconds", kDefaultIntervalS).toInt();
    return std::clamp(seconds, 5, 600) * 1000;
}

QString Autosave::sessionFilePath(const QString &projectPath) const
{
    const QString key = absolute(projectPath);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    const QString base = key.isEmpty() ? QStringLiteral("untitled") : QFileInfo(key).completeBaseName();
    return autosaveDir() + "/" + QString::fromStdString(safeFileName(base.toStdString())) + "-" + hash + "-"
           + m_sessionId + ".aifactory";
}

namespace {

// Copies left by sessions no longer running; superseded ones (older than their saved file)
// only when asked, for clearing up after a save.
QList<RecoveryFile> scan(bool includeSuperseded)
{
    QList<RecoveryFile> found;
    const QDir dir(Autosave::autosaveDir());
    for (const QFileInfo &metaInfo : dir.entryInfoList({"*.aifactory.json"}, QDir::Files)) {
        const QString recovery = metaInfo.filePath().chopped(int(qstrlen(kMetaSuffix)));
        Meta meta;
        if (!readMeta(metaInfo.filePath(), &meta)) {
            qWarning("autosave: ignoring unreadable recovery record %s", qPrintable(metaInfo.filePath()));
            continue;
        }
        if (!QFileInfo::exists(recovery)) {
            QFile::remove(metaInfo.filePath());   // a record of nothing
            continue;
        }
        if (sessionAlive(meta.session))
            continue;
        RecoveryFile r;
        r.path = recovery;
        r.projectPath = meta.project;
        r.title = meta.title;
        r.savedAt = meta.savedAt;
        if (!meta.project.isEmpty()) {
            const QFileInfo project(meta.project);
            r.projectMissing = !project.exists();
            if (!r.projectMissing) {
                r.projectSavedAt = project.lastModified();
                // The user saved the file after this copy was made: the copy is superseded.
                if (r.projectSavedAt >= r.savedAt && !includeSuperseded)
                    continue;
            }
        }
        found << r;
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryFile &a, const RecoveryFile &b) { return a.savedAt > b.savedAt; });
    return found;
}

QList<RecoveryFile> only(QList<RecoveryFile> found, const QString &projectPath)
{
    const QString key = absolute(projectPath);
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const RecoveryFile &r) { return r.projectPath != key; }),
                found.end());
    return found;
}

} // namespace

QList<RecoveryFile> Autosave::pendingRecoveries()
{
    return scan(false);
}

QList<RecoveryFile> Autosave::pendingRecoveries(const QString &projectPath)
{
    return only(scan(false), projectPath);
}

void Autosave::remove(const RecoveryFile &file)
{
    removeWithMeta(file.path);
}

void Autosave::removeCopy(const QString &path)
{
    removeWithMeta(path);
}

void Autosave::adopt(const RecoveryFile &file)
{
    if (!m_adopted.contains(file.path))
        m_adopted << file.path;
}

void Autosave::discard()
{
    if (!m_lastWritten.isEmpty())
        removeCopy(m_lastWritten);
    for (const QString &path : std::as_const(m_adopted))
        removeCopy(path);
    m_lastWritten.clear();
    m_adopted.clear();
    m_savedOnce = false;
}

void Autosave::projectSaved(const QString &path)
{
    discard();
    // Copies of this file from crashed sessions are older than what the user just saved.
    for (const RecoveryFile &r : only(scan(true), path))
        removeCopy(r.path);
}

bool Autosave::saveNow()
{
    QDir().mkpath(autosaveDir());
    const QString path = sessionFilePath(m_document->filePath());
    if (!m_lastWritten.isEmpty() && m_lastWritten != path)
        removeCopy(m_lastWritten);   // same session, the document now has another identity
    QString error;
    if (!saveProject(m_document->project(), path, &error, false)) {
        qWarning("autosave failed: %s", qPrintable(error));
        return false;
    }
    QJsonObject meta;
    meta["format"] = 1;
    meta["session"] = m_sessionId;
    meta["project"] = absolute(m_document->filePath());
    meta["title"] = m_document->filePath().isEmpty() && !m_untitledTitle.isEmpty()
                        ? m_untitledTitle
                        : QString::fromStdString(m_document->project().site().name);
    meta["savedAt"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!writeFileAtomically(path + kMetaSuffix, QJsonDocument(meta).toJson(), &error)) {
        qWarning("autosave failed: %s", qPrintable(error));
        QFile::remove(path);
        return false;
    }
    m_lastWritten = path;
    m_savedRevision = m_document->revision();
    m_savedOnce = true;
    qInfo("autosaved to %s", qPrintable(path));
    emit saved(path);
    return true;
}

void Autosave::setIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

} // namespace aif
