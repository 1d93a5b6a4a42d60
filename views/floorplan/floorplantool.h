#pragma once

#include <QString>

namespace aif {

// What a left click on the plan does.
enum class FloorPlanTool {
    Select,      // click / rubber band / drag
    CreateRow,   // click the first rack's centre
    AislePair,   // click the first rack's centre of the south (or west) row
    Connect,     // click racks, then a power node (Shift: feed B), a CDU or a rear door
    Place,       // drop from the palette (the view accepts drops in any tool)
    CreateHall,  // drag the hall's rectangle
    Containment, // drag the contained aisle's rectangle inside a hall
    FloorTile,   // click: one 0.6 m perforated tile on the floor grid; drag: a run of them
    ReturnGrille,// click: one ceiling return grille on the same grid; drag: a run of them
};

// Parameters of the row and aisle-pair tools. Defaults: a 10-rack row of 600 x 1200 mm racks
// at their own width as pitch, fronts facing south.
struct RowOptions
{
    int count = 10;
    double pitchM = 0;          // 0: the rack width
    double rotationDeg = 0;     // of the (first) row's racks; 90/270 lay the row along y
    double rackWidthM = 0.6;
    double rackDepthM = 1.2;
    double rackHeightM = 2.2;
    QString rackType;           // catalog "racks"
    QString system;             // catalog "systems"
    int systemCount = 0;
    QString namePrefix;         // empty: the row's letters (racks C01, C02 … of "Row C")
    double hotAisleWidthM = 1.2;   // aisle pair: the contained hot aisle between the rows

    double pitch() const { return pitchM > 0 ? pitchM : rackWidthM; }
};

} // namespace aif
