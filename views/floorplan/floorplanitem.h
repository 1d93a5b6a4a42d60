#pragma once

#include "entitykind.h"
#include "whatifmarks.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

namespace aif {

// One placed thing on the plan (rack, air unit, CDU, in-hall power node, containment zone,
// floor tile or return grille).
// Geometry is set by the scene from the document; the view moves items while dragging and the
// scene puts them back from the document once the move is committed (or cancelled).
// The local rectangle is the plan footprint centred on the item's position (no item rotation:
// labels stay upright and the front edge is drawn from the quarter-turn).
class FloorPlanItem : public QGraphicsItem
{
public:
    enum class Shape {
        Rack, Crah, InRow, Rdhx, FanWall, Cdu, Pdu, Busway, Ups, Power, Containment, ColdContainment,
        PerforatedTile, GrateTile, CeilingGrille, ReturnDuct
    };
    // Where an air unit sends its supply (AirUnit::discharge): drawn on its fans.
    enum class Discharge { Room, Underfloor, Overhead };
    enum { Type = UserType + 1 };

    FloorPlanItem(const QString &id, EntityKind kind, Shape shape);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString id() const { return m_id; }
    EntityKind kind() const { return m_kind; }
    Shape itemShape() const { return m_shape; }
    void setShape(Shape shape);
    // Footprint size on the plan (already swapped for 90/270) and the front quarter-turn.
    void setGeometry(double planWidthM, double planDepthM, int frontQuarter);
    QRectF localRect() const { return m_rect; }
    void setName(const QString &name);
    // A vent's free area (0..1): tiles shade darker the more they pass.
    void setOpenArea(double fraction);
    double openArea() const { return m_openArea; }
    void setDischarge(Discharge discharge);
    Discharge discharge() const { return m_discharge; }
    bool isVent() const { return m_shape >= Shape::PerforatedTile; }
    bool isOverhead() const { return m_shape == Shape::Busway || m_shape == Shape::CeilingGrille || m_shape == Shape::ReturnDuct; }

    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void setIssue(bool on);
    void setOverlay(const QColor &color);   // invalid colour: no overlay
    QColor overlay() const { return m_overlay; }
    void setStale(bool stale);
    void setBadges(const QStringList &badges);
    // What-if (whatifmarks.h): a unit out of service is hatched in red, crossed and labelled
    // "FAILED" so it reads at any zoom and in any overlay; a degraded one (a CDU pump, a UPS
    // module, a rack's switch down) gets an amber outline and its tag.
    void setWhatIf(const WhatIfMark &mark);
    bool isFailed() const { return m_whatIf.failed; }
    QString degradedTag() const { return m_whatIf.tag; }

private:
    // Footprints at least this many pixels high show a failed unit's name over "FAILED".
    static constexpr qreal kFailedTwoLinePx = 28;

    void paintBody(QPainter *painter, qreal lod) const;
    void paintSymbol(QPainter *painter, qreal lod) const;
    void paintFront(QPainter *painter, qreal lod) const;
    void paintLabel(QPainter *painter, qreal lod) const;
    void paintFailed(QPainter *painter, qreal lod) const;
    void updateToolTip();
    void paintVent(QPainter *painter, qreal lod) const;       // floorplanitemvent.cpp
    void paintDischarge(QPainter *painter, qreal lod) const;  // floorplanitemvent.cpp

    QString m_id;
    QString m_name;
    EntityKind m_kind;
    Shape m_shape;
    QRectF m_rect;
    int m_front = 0;
    qreal m_labelWidthPx = 0;
    QColor m_overlay;
    double m_openArea = 0.0;
    Discharge m_discharge = Discharge::Room;
    QStringList m_badges;
    bool m_highlighted = false;
    bool m_issue = false;
    bool m_stale = false;
    WhatIfMark m_whatIf;
};

} // namespace aif
