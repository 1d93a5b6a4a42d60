#pragma once

namespace aif::plan {

// The plan convention every layer shares (docs/file-format.md): rotations are multiples of
// 90°; rotation 0 means the front (intake) faces -y, 90 faces +x, 180 +y, 270 -x; a quarter
// turn swaps an item's width and depth on the plan. Positions are footprint centres.

int quarterTurns(double rotationDeg);   // 0..3

struct Footprint
{
    double x0, y0, x1, y1;   // hall coordinates, metres
};
Footprint footprint(double xM, double yM, double widthM, double depthM, double rotationDeg);

} // namespace aif::plan
