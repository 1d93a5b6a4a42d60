#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace aif {

class Document;

// The floor plan's edits, each exactly one undo step with a readable name, made only through
// the Document API (beginBatch / editProperty / addEntity / removeEntities / endBatch).
// Shared by the view's keys, its context menu and the tests.
class FloorPlanEdits
{
public:
    explicit FloorPlanEdits(Document *document) : m_document(document) {}

    struct Move
    {
        QString id;
        QPointF hallPos;   // new xM, yM
    };
    enum class Edge { Left, Right, Top, Bottom };

    // Returns false when nothing changed (no undo step pushed).
    bool move(const std::vector<Move> &moves);
    bool nudge(const QStringList &ids, double dxM, double dyM);
    bool rotate(const QStringList &ids);
    bool remove(const QStringList &ids);
    QStringList duplicate(const QStringList &ids);
    bool align(const QStringList &ids, Edge edge);
    bool distribute(const QStringList &ids, bool horizontal);
    // Sets powerFeedA (or B) of the racks among ids.
    bool connectFeed(const QStringList &ids, const QString &nodeId, bool sideB);
    bool assignCoolingLoop(const QStringList &ids, const QString &loopId);
    // Hangs a rear-door unit on a rack's back (sets its rack, position and direction).
    bool mountRearDoor(const QString &unitId, const QString &rackId);

    // Plan offset of a duplicate: one pitch along x (the first item's plan width), so a copy of
    // a rack lands in the next slot of its row.
    QPointF pitchOffset(const QStringList &ids) const;

private:
    // Plan footprint (hall coordinates) of an entity that has one.
    bool footprint(const QString &id, double *x, double *y, double *w, double *d) const;

    Document *m_document;
};

} // namespace aif
