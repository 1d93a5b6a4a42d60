#include "atomicfile.h"

#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

#include <cstdio>

namespace aif {

bool isReadOnlyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    // Write permission for us, and the user's intent: a file with no write bit at all was
    // protected on purpose, even where the kernel would let us write (root, CAP_DAC_OVERRIDE).
    // (WriteUser is left out: Qt computes it with access(), which says yes to root.)
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !info.isWritable() || !(info.permissions() & anyWrite);
}

bool replaceable(const QString &path, QString *error)
{
    if (isReadOnlyFile(path)) {
        if (error)
            *error = QObject::tr("%1 is read-only: save under another name").arg(path);
        return false;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!replaceable(path, error))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

QString partialPath(const QString &target)
{
    return target + QStringLiteral(".partial");
}

bool commitPartial(const QString &target, bool written, QString *error)
{
    const QString partial = partialPath(target);
    if (!written) {
        std::remove(partial.toLocal8Bit().constData());
        return false;
    }
    if (!replaceable(target, error)) {
        std::remove(partial.toLocal8Bit().constData());
        return false;
    }
    // rename(2) replaces the target in one step (same folder, so the same file system).
    if (std::rename(partial.toLocal8Bit().constData(), target.toLocal8Bit().constData()) != 0) {
        if (error)
            *error = QObject::tr("cannot replace %1").arg(target);
        std::remove(partial.toLocal8Bit().constData());
        return false;
    }
    return true;
}

} // namespace aif
