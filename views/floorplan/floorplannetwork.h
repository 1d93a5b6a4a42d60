#pragma once

#include <QPointF>
#include <QStringList>

#include <string>

namespace aif {

class Catalog;
class Document;

// Network switches on the plan (issue 18: "switches and network racks are placeable and editable
// like any equipment"). A switch from the catalog's "network" entries dropped on a rack is mounted
// in it (its power and heat load that rack; the fabric planner puts the switch's tier there);
// dropped on free floor it gets a network rack of its own. One undo step either way; the switch
// and the rack are then edited in the inspector like any entity.
namespace floorPlanNetwork {

// The catalog rack a new network rack is built from: a standard 42U 600 x 1200 mm IT rack.
constexpr const char *kNetworkRack = "rack-42u-600x1200";

// Places switch `switchId` (catalog "network") at hallPos in hall hallId; the ids created (the
// rack first when one was made, then the switch), empty when the entry is not a switch.
QStringList place(Document *document, const Catalog *catalog, const std::string &switchId, const std::string &hallId,
                  const QPointF &hallPos);

} // namespace floorPlanNetwork
} // namespace aif
