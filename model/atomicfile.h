#pragma once

#include <QByteArray>
#include <QString>

namespace aif {

// Every file the program writes is written whole or not at all: the new content goes to a
// temporary file beside the target and replaces it in one rename, so a crash, a full disk or a
// kill never leaves half a file where the user's file was. A read-only target is refused (the
// user protected it), not silently replaced.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// For writers that need a path of their own (VTK, images): write to partialPath(target), then
// commitPartial() renames it over the target (or removes it when the write failed).
QString partialPath(const QString &target);
bool commitPartial(const QString &target, bool written, QString *error);

// An existing file we may not write, or that has no write permission bit at all.
bool isReadOnlyFile(const QString &path);
// False with the reason when an existing file may not be replaced (read-only).
bool replaceable(const QString &path, QString *error);

} // namespace aif
