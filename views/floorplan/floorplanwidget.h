#pragma once

#include <QWidget>

class QActionGroup;
class QComboBox;
class QToolBar;

namespace aif {

class Catalog;
class Document;
class FloorPlanScene;
class FloorPlanView;
class SelectionModel;

// The floor-plan tab: a tool bar (tools, grid, snap, connections, cables, fit, overlay metric) over
// the FloorPlanView. The studio puts the FloorPlanPalette in a dock next to it and feeds
// overlays from solve results when overlayMetricChanged fires.
class FloorPlanWidget : public QWidget
{
    Q_OBJECT

public:
    FloorPlanWidget(Document *document, SelectionModel *selection, const Catalog *catalog,
                    QWidget *parent = nullptr);

    FloorPlanView *view() const { return m_view; }
    FloorPlanScene *scene() const { return m_scene; }
    QToolBar *toolBar() const { return m_toolBar; }   // the editing tools
    QToolBar *viewBar() const { return m_viewBar; }   // grid, snap, connections, cables, fit, overlay
    QString overlayMetric() const;
    bool setOverlayMetric(const QString &metric);   // false for an unknown metric

signals:
    // "none", "power", "inlet", "junction", "utilization" or "tokens".
    void overlayMetricChanged(const QString &metric);

private:
    void buildToolBar();

    FloorPlanScene *m_scene;
    FloorPlanView *m_view;
    QToolBar *m_toolBar;
    QToolBar *m_viewBar;
    QActionGroup *m_tools;
    QComboBox *m_overlay;
};

} // namespace aif
