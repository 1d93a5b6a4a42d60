#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace aif {

struct Hall;

// Plan geometry shared by the scene, the view and the tools (model/plangeometry.h underneath). Hall
// coordinates: x along the width, y along the depth (north), origin at the hall's south-west
// corner; the scene flips y so north is up on screen (scene y = -(originY + y)), 1 unit = 1 m.
namespace planGeometry {

// Quarter turns of a rotation (0..3); rotations are multiples of 90° on the plan.
int quarterTurns(double rotationDeg);
// Footprint in hall coordinates: 90/270 swap width and depth.
QRectF footprint(double xM, double yM, double widthM, double depthM, double rotationDeg);
// Unit vector (hall coordinates) the front (intake) faces: 0 -> -y, 90 -> +x, 180 -> +y, 270 -> -x.
QPointF frontDirection(double rotationDeg);

QPointF hallToScene(const Hall &hall, double xM, double yM);
QPointF sceneToHall(const Hall &hall, const QPointF &scene);
// Hall-coordinate rectangle to the scene rectangle it covers.
QRectF hallRectToScene(const Hall &hall, const QRectF &r);

double snapToGrid(double v, double stepM);

struct SnapOptions
{
    bool grid = true;
    double gridM = 0.1;           // fine placement grid (brief: 0.1 m default)
    bool rows = true;
    double rowToleranceM = 0.3;   // snap to a row-mate's line when this close
};

// Snaps a hall position: first to the grid, then (when enabled) the coordinate across the row
// to the nearest row-mate within tolerance (y for rows along x, x for rows along y), so a rack
// dragged back into its row lines up exactly with its neighbours.
QPointF snapPosition(const QPointF &hallPos, const SnapOptions &options, const std::vector<QPointF> &rowMates,
                     bool rowAlongX);

} // namespace planGeometry
} // namespace aif
