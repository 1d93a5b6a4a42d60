#pragma once

#include <QImage>
#include <QSize>

namespace aif {

class Catalog;
struct Project;

// The floor plan of every hall of a design, fitted into an image of the given pixel size: the
// studio's own FloorPlanScene (so a thumbnail looks like the editor), on a temporary Document,
// with the hall walls drawn again at a minimum visible width (at campus scale the scene's
// 0.3 m walls are a fraction of a pixel). GUI thread only (QGraphicsScene, fonts).
QImage renderPlanThumbnail(const Project &project, const Catalog *catalog, const QSize &pixels);

} // namespace aif
