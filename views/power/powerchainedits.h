#pragma once

#include "json.h"
#include "schematic/schematicview.h"

#include <QStringList>

namespace aif {

class Catalog;
class Document;
struct Project;

// Edits of the power chain the single-line diagram offers, each one undo step through the
// Document, and the rules that refuse a feed that cannot exist (with the reason in words).
namespace powerchain {

// Display name of a power-node type ("rectifier" -> "800 VDC rectifier"), from the model's field
// table.
QString typeLabel(const std::string &type);
// The "Add" menu: every power-node type; a type with catalog entries offers them as variants.
QList<AddChoice> addChoices(const Catalog *catalog, bool sources = true);
// The new node for a key: a type ("utility") or a catalog entry ("power/pdu-300kva").
Json newNode(const Catalog *catalog, const QString &key);
// Adds a node fed from `upstream` (unless it is a source or upstream is empty) on the same
// side (A/B/N) as its upstream. Returns the new id, empty when nothing was added.
QString addNode(Document *document, const Catalog *catalog, const QString &key,
                const QString &upstream);

// Why the nodes `downIds` cannot be fed from `upId`; empty when they can.
QString feedRefusal(const Project &project, const QString &upId, const QStringList &downIds);
// Feeds the nodes from `upId`; their side, and their subtrees' side, follow the new upstream.
// Returns why the document refused an edit (empty when all went in).
QString feed(Document *document, const QString &upId, const QStringList &downIds);
void disconnect(Document *document, const QStringList &ids);
// A copy with a fresh id and name, fed from the same upstream. Returns the new id.
QString duplicate(Document *document, const QString &id);
void toggleFailed(Document *document, const QString &id);
// What-if inside a multi-module stage (a UPS module): one more module out, or all back; one undo step.
void tripModule(Document *document, const QString &id);
void restoreModules(Document *document, const QString &id);

} // namespace powerchain
} // namespace aif
