#pragma once

#include "floorplandragmove.h"
#include "floorplangeometry.h"
#include "floorplanhalledit.h"
#include "floorplantool.h"

#include <QGraphicsView>

#include <string>
#include <vector>

namespace aif {

class Document;
class FloorPlanItem;
class FloorPlanScene;
class SelectionModel;

// The CAD-style editor over a FloorPlanScene: zoom at the cursor, pan (middle drag or Space +
// left drag), fit (F / Home), grid and scale bar, selection shared with the SelectionModel,
// drag-move with snapping, keyboard edits, the layout tools and catalog drops. Every edit is
// one undo step through the Document.
class FloorPlanView : public QGraphicsView
{
    Q_OBJECT

public:
    FloorPlanView(FloorPlanScene *scene, SelectionModel *selection, QWidget *parent = nullptr);

    FloorPlanScene *floorPlanScene() const { return m_scene; }
    Document *document() const;
    SelectionModel *selectionModel() const { return m_selection; }

    FloorPlanTool tool() const { return m_tool; }
    void setTool(FloorPlanTool tool);
    RowOptions &rowOptions() { return m_rowOptions; }

    bool gridVisible() const { return m_grid; }
    void setGridVisible(bool on);
    planGeometry::SnapOptions &snapOptions() { return m_snap; }
    void setSnapEnabled(bool on) { m_snap.grid = on; m_snap.rows = on; }

    void fitToView();
    double pixelsPerMetre() const;
    // Topmost plan item at a viewport point (racks above zones), or nullptr.
    FloorPlanItem *itemAtPoint(const QPoint &viewPos) const;

    void copySelection();
    void pasteClipboard();
    void duplicateSelection();
    void rotateSelection();
    void deleteSelection();

    // Renders `frames` frames panning and zooming over the plan into an offscreen image and
    // returns the mean milliseconds per frame (the view's own state is restored).
    double benchmarkFrameMs(int frames);

signals:
    void toolChanged(aif::FloorPlanTool tool);
    // A gesture that could not become an edit, with the reason (status bar).
    void editRefused(const QString &message);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Mode { Idle, Panning, PendingDrag, Dragging, RubberBand, PendingHall, HallEdit, DrawRect, TileRun };

    void clickTool(const QPoint &viewPos, Qt::KeyboardModifiers mods);
    void finishDrawRect();   // the Hall and Containment tools' rectangle
    void pressSelect(FloorPlanItem *item, const QPointF &scenePos, Qt::KeyboardModifiers mods);
    void finishRubberBand(Qt::KeyboardModifiers mods);
    void select(const QStringList &ids);
    void drawScaleBar(QPainter *painter) const;
    // The Floor tile and Return grille tools (floorplanviewvents.cpp).
    void beginTileRun(const QPoint &viewPos);
    void finishTileRun(const QPoint &viewPos);
    std::vector<QPointF> tileRunCentres(const QPoint &viewPos) const;   // hall coordinates
    void drawTileRun(QPainter *painter) const;
    void drawRaisedFloors(QPainter *painter, const QRectF &rect) const;
    void zoomBy(double factor);

    FloorPlanScene *m_scene;
    SelectionModel *m_selection;
    FloorPlanTool m_tool = FloorPlanTool::Select;
    RowOptions m_rowOptions;
    planGeometry::SnapOptions m_snap;
    FloorPlanDragMove m_drag;
    FloorPlanHallEdit m_hallEdit{this};
    Mode m_mode = Mode::Idle;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QString m_pressedId;
    QRect m_rubber;
    std::string m_runHall;   // the hall a tile run started in, and its first point (hall metres)
    QPointF m_runStart;
    bool m_space = false;
    bool m_grid = true;
    std::vector<QLineF> m_gridLines;   // reused between paints (no per-paint allocation)
};

} // namespace aif
