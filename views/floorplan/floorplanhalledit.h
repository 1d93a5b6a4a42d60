#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

namespace aif {

class Document;
class FloorPlanView;

// Halls on the plan: drawn with the Hall tool, moved by their walls or name, resized by the
// handles of a selected hall. Each gesture is one undo step. Moving a west or south wall keeps
// everything inside where it stands on the site (its hall coordinates shift with the origin).
class FloorPlanHallEdit
{
public:
    enum class Part { None, Move, West, East, South, North, SouthWest, SouthEast, NorthWest, NorthEast };

    explicit FloorPlanHallEdit(FloorPlanView *view) : m_view(view) {}

    // What a press at a viewport point grabs: a handle of a selected hall, else the walls or
    // the name of any hall (None: the floor, which belongs to rubber-band selection).
    Part hit(const QPoint &viewPos, QString *hallId) const;
    void begin(const QString &hallId, Part part, const QPointF &scenePos);
    void update(const QPointF &scenePos);
    bool commit();   // false when nothing changed
    void cancel() { m_hall.clear(); }
    bool active() const { return !m_hall.isEmpty(); }
    QRectF previewSceneRect() const { return m_preview; }

    // A hall from a rectangle drawn on the plan (scene coordinates), snapped to the 0.1 m grid,
    // as one undo step; returns its id (empty and *why set when too small to be a hall).
    static QString createHall(Document *document, const QRectF &sceneRect, QString *why);

    // The handle rectangles of a hall rectangle in viewport pixels (8 of them, Part order).
    static constexpr int kHandlePx = 8;

private:
    FloorPlanView *m_view;
    QString m_hall;
    Part m_part = Part::None;
    QPointF m_press;
    QRectF m_start;     // scene rect at the press
    QRectF m_preview;
};

} // namespace aif
