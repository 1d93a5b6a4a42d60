#pragma once

#include "json.h"

#include <QPointF>
#include <QStringList>

class QMimeData;

namespace aif {

class Document;
struct Project;

// Copy and paste of plan entities through the system clipboard, so they travel between
// windows and projects: mime type application/x-aifactory-entities holding a JSON array of
// {"kind": fileKey, "entity": {...}}.
class FloorPlanClipboard
{
public:
    static QString mimeType() { return QStringLiteral("application/x-aifactory-entities"); }

    static Json toJson(const Project &project, const QStringList &ids);
    static QMimeData *toMimeData(const Project &project, const QStringList &ids);
    static void copy(const Project &project, const QStringList &ids);
    static bool canPaste();

    // Adds the entities as one undo step: fresh ids, positions offset by `offset` (hall
    // metres), references among the pasted entities remapped, references that resolve in the
    // target kept and the rest cleared (a required hall falls back to `fallbackHall`).
    // Returns the new ids.
    static QStringList paste(Document *document, const Json &entities, const QPointF &offset,
                             const std::string &fallbackHall, const QString &undoText);
    static QStringList pasteFromClipboard(Document *document, const QPointF &offset,
                                          const std::string &fallbackHall);
};

} // namespace aif
