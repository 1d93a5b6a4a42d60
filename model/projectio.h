#pragma once

#include "diagnostic.h"
#include "project.h"

#include <QByteArray>
#include <QString>

namespace aif {

struct LoadResult
{
    bool ok = false;           // false: nothing usable was loaded (see diagnostics)
    Project project;
    Diagnostics diagnostics;   // load errors, or warnings (unknown keys, migrations)
    int fileFormatVersion = 0;
    bool migrated = false;
};

// Reads a *.aifactory project. Never throws; any bad input becomes a diagnostic with a JSON
// pointer. Range and reference problems are left to validateProject().
LoadResult loadProject(const QString &path);
LoadResult parseProject(const QByteArray &data);

Json projectToJson(const Project &project);
QByteArray serializeProject(const Project &project);
// Atomic save: the old file stays intact unless the new one is fully written; a read-only file
// is refused with the reason; the previous version is kept as FILE.bak (unless keepBackup is
// false: recovery files).
bool saveProject(const Project &project, const QString &path, QString *error, bool keepBackup = true);

QString generatorString();   // "AI Factory Studio 0.1.0"

} // namespace aif
