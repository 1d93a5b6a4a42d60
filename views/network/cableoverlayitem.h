#pragma once

#include "cableroutes.h"

#include <QGraphicsObject>
#include <QPainterPath>
#include <QPointer>

#include <memory>
#include <vector>

namespace aif {

class Catalog;
class Document;
class FabricPlanner;
struct FabricPlan;

// The fabric's cables on the floor plan: every CableRun of the planner drawn along the route it
// was measured on (x first, then y, between the rack centres, network::routedLengthM), coloured
// by medium, wider for more cables, dashed red where no medium reaches; switch positions as
// squares, the planner's automatic positions as diamonds. It plans the document itself (a
// FabricPlanner), so it follows every edit; a key in the top-right corner of each view of the
// scene names the media. Scene units are metres with y flipped (FloorPlanScene).
class CableOverlayItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 18 };

    CableOverlayItem(Document *document, const Catalog *catalog, QGraphicsItem *parent = nullptr);
    ~CableOverlayItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    FabricPlanner *planner() const { return m_planner; }
    std::shared_ptr<const FabricPlan> plan() const { return m_plan; }
    void setPlan(std::shared_ptr<const FabricPlan> plan);

    // What is drawn: one route per CableRun of every scale-out domain.
    const std::vector<CableRoute> &routes() const;
    int routeCount() const { return int(routes().size()); }

    // Pixels for a route of `cables` cables: the square root, so 4x the cables reads 2x as wide.
    static double lineWidthPx(long long cables);
    // Scene polyline of a route (x, then y), what paint() strokes.
    static QPolygonF routePolyline(const CableRoute &route);

signals:
    void routesChanged();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    struct Stroke
    {
        std::string medium;
        double widthPx = 1;
        bool reaches = true;
        QPainterPath path;
    };
    void attachLegends();

    FabricPlanner *m_planner;
    std::shared_ptr<const FabricPlan> m_plan;
    std::vector<Stroke> m_strokes;
    QPainterPath m_switches, m_autos;
    QRectF m_bounds;
    std::vector<QPointer<QWidget>> m_legends;
};

} // namespace aif
