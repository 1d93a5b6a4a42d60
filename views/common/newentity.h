#pragma once

#include "entitykind.h"

#include <QString>
#include <QStringList>

#include <string>

namespace aif {

class Catalog;
class Document;

// "Add <kind>" for every kind of the model (the outline's Add menu, the Throughput tab's New
// deployment): a new entity with sensible defaults, wired to what is selected where that makes
// sense (a deployment on the selected GPU racks, a switch in the selected rack, a link between
// the two selected ends, equipment in the selected item's hall at a free spot), and any loop
// it cannot exist without created with it. One undo step; returns the new id, or an empty
// string with the reason in *why.
namespace newEntity {

QString create(Document *document, const Catalog *catalog, EntityKind kind, const QStringList &selection,
               QString *why, const std::string &subtype = {});

// The subtypes the Add menu offers for a kind (power-node types, loop types, heat-rejection
// types): value and words. Empty for kinds without.
std::vector<std::pair<std::string, QString>> subtypes(EntityKind kind);

} // namespace newEntity
} // namespace aif
