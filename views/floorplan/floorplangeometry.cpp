#include "floorplangeometry.h"

#include "entities/hall.h"
#include "plangeometry.h"

#include <cmath>

namespace aif::planGeometry {

int quarterTurns(double rotationDeg)
{
    return plan::quarterTurns(rotationDeg);
}

QRectF footprint(double xM, double yM, double widthM, double depthM, double rotationDeg)
{
    const plan::Footprint f = plan::footprint(xM, yM, widthM, depthM, rotationDeg);
    return {f.x0, f.y0, f.x1 - f.x0, f.y1 - f.y0};
}

QPointF frontDirection(double rotationDeg)
{
    const plan::Direction d = plan::frontDirection(rotationDeg);
    return {d.dx, d.dy};
}

QPointF hallToScene(const Hall &hall, double xM, double yM)
{
    return {hall.originXM + xM, -(hall.originYM + yM)};
}

QPointF sceneToHall(const Hall &hall, const QPointF &scene)
{
    return {scene.x() - hall.originXM, -scene.y() - hall.originYM};
}

QRectF hallRectToScene(const Hall &hall, const QRectF &r)
{
    return QRectF(hallToScene(hall, r.left(), r.bottom()), hallToScene(hall, r.right(), r.top())).normalized();
}

double snapToGrid(double v, double stepM)
{
    if (stepM <= 0)
        return v;
    // Round to the grid, then to micrometres so 0.1-steps do not print as 4.6000000000000005.
    return std::round(std::round(v / stepM) * stepM * 1e6) / 1e6;
}

QPointF snapPosition(const QPointF &hallPos, const SnapOptions &options, const std::vector<QPointF> &rowMates,
                     bool rowAlongX)
{
    QPointF p = hallPos;
    if (options.grid)
        p = {snapToGrid(p.x(), options.gridM), snapToGrid(p.y(), options.gridM)};
    if (!options.rows)
        return p;
    double best = options.rowToleranceM;
    bool found = false;
    double across = 0;
    for (const QPointF &m : rowMates) {
        const double d = rowAlongX ? std::abs(hallPos.y() - m.y()) : std::abs(hallPos.x() - m.x());
        if (d <= best) {
            best = d;
            across = rowAlongX ? m.y() : m.x();
            found = true;
        }
    }
    if (found)
        (rowAlongX ? p.ry() : p.rx()) = across;
    return p;
}

} // namespace aif::planGeometry
