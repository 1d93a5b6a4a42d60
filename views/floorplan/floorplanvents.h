#pragma once

#include "json.h"

#include <QPointF>
#include <QStringList>

#include <string>
#include <vector>

namespace aif {

class Document;
struct Project;

// Floor tiles and return grilles (model Vent) on the plan: their defaults, the 0.6 m floor grid
// they snap to and the placing of one or a run of them as one undo step. Used by the plan's
// Floor tile and Return grille tools and by the outline's Add menu (newentity).
namespace floorPlanVents {

// One raised-floor tile: 600 x 600 mm, laid from the hall's south-west corner (how access
// floors are set out, and how the validation halls place theirs).
constexpr double kTileM = 0.6;

// A new vent of a type: 0.6 m square, the type's usual open area, a name stem ("Tile 1").
// Open areas: 25 % perforated tile and 56 % cast grate (Tate Access Floors Perf 1000 and
// GrateAire 24 datasheets, as model/entities/vent.h); 50 % for a ceiling egg-crate or
// bar grille and a duct's grille face (typical free area of return grilles, ASHRAE Handbook
// Fundamentals 2021 ch. 20 "Space air diffusion").
Json defaults(const std::string &type);
bool isCeiling(const std::string &type);   // ceiling grille or ducted return: overhead

// The centre of the floor-grid tile under a hall point.
QPointF tileCentre(const QPointF &hallPos);
// Tile centres from the tile under `from` to the tile under `to`, along the drag's longer axis
// (a run along x when |dx| >= |dy|), in order from `from`.
std::vector<QPointF> tileRun(const QPointF &from, const QPointF &to);
// Up to `count` grid positions inside the hall that no vent of the same level (floor or
// ceiling) takes, row by row from the south-west corner.
std::vector<QPointF> freeTiles(const Project &project, const std::string &hallId, const std::string &type, int count);

// Adds vents of `type` at the centres that lie wholly inside the hall and are not taken by a vent
// of the same level, named uniquely in the hall ("Tile 7", "Tile 8" …), as one undo step.
// Returns the new ids (empty when none could go).
QStringList place(Document *document, const std::string &hallId, const std::vector<QPointF> &centres,
                  const std::string &type);

} // namespace floorPlanVents
} // namespace aif
