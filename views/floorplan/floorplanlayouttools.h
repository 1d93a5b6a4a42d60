#pragma once

#include "floorplantool.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <string>

namespace aif {

class Document;

// Layout generators of the row and aisle-pair tools: each is one undo step.
class FloorPlanLayoutTools
{
public:
    // A Row entity plus `count` racks named <prefix>01.. starting at `firstCentre` (hall
    // coordinates of the first rack's centre), stepping by the pitch along the row.
    // Returns the ids created: the row first, then the racks.
    static QStringList createRow(Document *document, const std::string &hallId, const QPointF &firstCentre,
                                 const RowOptions &options);
    // Two rows back to back around a hot aisle of options.hotAisleWidthM plus a hot-aisle
    // Containment over it. The first row faces options.rotationDeg (default south), the second
    // faces the opposite way. Returns row 1, its racks, row 2, its racks, the containment id.
    static QStringList createAislePair(Document *document, const std::string &hallId, const QPointF &firstCentre,
                                       const RowOptions &options);

    // Containment over a rectangle of a hall (hall coordinates), closing the rows whose racks
    // border it: a cold aisle when their fronts face into it, else a hot aisle (or `type`).
    // One undo step; returns its id (empty when the rectangle is too small).
    static QString createContainment(Document *document, const std::string &hallId, const QRectF &hallRect,
                                     const std::string &type = {});

private:
    static QStringList addRow(Document *document, const std::string &hallId, const QPointF &firstCentre,
                              const RowOptions &options, const QString &prefix);
};

} // namespace aif
