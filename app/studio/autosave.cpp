#include "autosave.h"

#include "document.h"
#include "projectio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace aif {

Autosave::Autosave(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_document->isModified())
            saveNow();
    });
    m_timer->start();
    connect(document, &Document::filePathChanged, this, [this] { discard(); });
}

QString Autosave::autosaveDir()
{
    const QString env = qEnvironmentVariable("AIF_AUTOSAVE_DIR");
    return env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/autosave" : env;
}

QString Autosave::recoveryPath(const QString &projectPath)
{
    const QString key = projectPath.isEmpty() ? QStringLiteral("untitled") : QFileInfo(projectPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString base = projectPath.isEmpty() ? QStringLiteral("untitled") : QFileInfo(projectPath).completeBaseName();
    return autosaveDir() + "/" + base + "-" + QString::fromLatin1(hash) + ".aifactory";
}

QString Autosave::pendingRecovery(const QString &projectPath)
{
    const QFileInfo recovery(recoveryPath(projectPath));
    if (!recovery.exists())
        return {};
    const QFileInfo project(projectPath);
    if (!projectPath.isEmpty() && project.exists() && project.lastModified() > recovery.lastModified())
        return {};
    return recovery.filePath();
}

void Autosave::discard()
{
    if (!m_lastWritten.isEmpty())
        QFile::remove(m_lastWritten);
    QFile::remove(recoveryPath(m_document->filePath()));
    m_lastWritten.clear();
}

bool Autosave::saveNow()
{
    QDir().mkpath(autosaveDir());
    const QString path = recoveryPath(m_document->filePath());
    QString error;
    if (!saveProject(m_document->project(), path, &error)) {
        qWarning("autosave failed: %s", qPrintable(error));
        return false;
    }
    m_lastWritten = path;
    qInfo("autosaved to %s", qPrintable(path));
    return true;
}

void Autosave::setIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

} // namespace aif
