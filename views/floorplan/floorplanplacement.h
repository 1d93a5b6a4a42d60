#pragma once

#include "entitykind.h"
#include "json.h"

#include <QPointF>
#include <QRectF>

#include <set>
#include <string>
#include <vector>

namespace aif {

struct Project;

// Where new things may go and what they are called: the duplicate, paste and row tools never
// put an item on top of another and never repeat a name.
namespace placement {

// An entity about to be added (kind and JSON with hall, xM, yM, size and rotation).
struct NewItem
{
    EntityKind kind;
    Json entity;
};

// The plan footprint (hall metres) of an entity that stands on the floor, or an empty rect
// (busways and power shelves hang above or sit inside racks; zones are not equipment).
QRectF footprintOf(EntityKind kind, const Json &entity);

// The first offset base + k·step (k = 0, 1, …) at which none of the items overlaps equipment
// already in its hall; `base` itself when nothing is found within `tries` steps.
QPointF freeOffset(const Project &project, const std::vector<NewItem> &items, const QPointF &base,
                   const QPointF &step, int tries = 200);

// A name not yet used by an entity of this kind: the wanted name, or with its trailing number
// counted up ("A03" -> "A11" when A04..A10 exist), or " 2", " 3" … appended.
std::string uniqueName(const std::set<std::string> &taken, const std::string &wanted);
// The names in use for a kind; with a hall, only in that hall (rack A01 may exist in every hall).
std::set<std::string> namesOf(const Project &project, EntityKind kind, const std::string &hall = {});

// Row letters not yet used in a hall ("C" after rows A and B): rows are named "Row C", their
// racks C01, C02 …
std::string nextRowLetters(const Project &project, const std::string &hallId);

} // namespace placement
} // namespace aif
