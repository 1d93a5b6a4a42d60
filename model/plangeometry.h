#pragma once

#include <string>

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
// Unit vector (hall coordinates) the front (intake) faces: 0 -> -y, 90 -> +x, 180 -> +y, 270 -> -x.
struct Direction
{
    double dx, dy;
};
Direction frontDirection(double rotationDeg);

// Sizes the model does not hold, assumed the same by every layer that needs them (the T1 air
// field, the floor plan, the 3D view). A rack stands at most 95 % of the ceiling high.
double rackHeightM(double rackHeightM, double hallHeightM);
// Air units, CDUs and floor cabinets: 2.0 m, a typical CRAH, CDU and cabinet height
// (assumption), never above 90 % of the ceiling.
double equipmentHeightM(double hallHeightM);
// Power nodes have no footprint in the model: a floor PDU about 0.6 x 0.9 m, larger stages (UPS,
// SST, transformer) about 1.2 x 0.9 m; a busway is its run length (1 m when unset) by 0.12 m.
struct Size
{
    double widthM, depthM;
};
Size powerNodeSize(const std::string &type, double lengthM);

} // namespace aif::plan
