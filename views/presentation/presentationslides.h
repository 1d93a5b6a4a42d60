#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QGraphicsView;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace aif {

class Catalog;
class Document;
class FigureTile;
class FloorPlanScene;
class PowerBreakdownChart;
class SplitBar;
class VtkOpenGLWidget;
struct WhatIfOutcome;
namespace scene3d {
class HallScene;
}

// One step of the presentation: a title, a line under it, a visual on the left and the
// figures that go with it on the right. Every figure is read from the solve (keyFigures).
class PresentationSlide : public QWidget
{
    Q_OBJECT

public:
    PresentationSlide(const QString &name, const QString &title, QWidget *parent = nullptr);
    virtual void showOutcome(const WhatIfOutcome &outcome) = 0;
    QString title() const;

protected:
    void setSubtitle(const QString &text);
    void setVisual(QWidget *visual);
    FigureTile *addTile(const QString &key, double valueScale = 1.9);
    // Fills every tile whose key is a key figure's.
    void showFigures(const WhatIfOutcome &outcome);
    QVBoxLayout *figureColumn() const { return m_figures; }

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_visualHost;
    QVBoxLayout *m_figures;
    std::vector<FigureTile *> m_tiles;
};

// 1. The design: the studio's own floor plan scene on a private document, read-only.
class PlanSlide : public PresentationSlide
{
    Q_OBJECT

public:
    PlanSlide(const Catalog *catalog, QWidget *parent = nullptr);
    ~PlanSlide() override;
    void showOutcome(const WhatIfOutcome &outcome) override;
    FloorPlanScene *scene() const { return m_scene; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fit();
    std::unique_ptr<Document> m_document;
    FloorPlanScene *m_scene;
    QGraphicsView *m_view;
    FigureTile *m_gpus;
    FigureTile *m_racks;
    FigureTile *m_area;
};

// 2. The 3D heat map: the studio's HallScene in its VTK widget, racks by inlet temperature.
class HeatSlide : public PresentationSlide
{
    Q_OBJECT

public:
    explicit HeatSlide(QWidget *parent = nullptr);
    ~HeatSlide() override;
    void showOutcome(const WhatIfOutcome &outcome) override;
    scene3d::HallScene *scene() const { return m_scene.get(); }
    VtkOpenGLWidget *view() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void styleScalarBar();
    std::unique_ptr<scene3d::HallScene> m_scene;
    VtkOpenGLWidget *m_view;
    const void *m_shownProject = nullptr;
};

// 3. Power: where the facility's power goes (the dashboard's breakdown chart) and PUE.
class PowerSlide : public PresentationSlide
{
    Q_OBJECT

public:
    explicit PowerSlide(QWidget *parent = nullptr);
    void showOutcome(const WhatIfOutcome &outcome) override;

private:
    PowerBreakdownChart *m_chart;
    FigureTile *m_network;
};

// 4. Tokens: the facility's tokens/s and tokens per joule, then each deployment's.
class TokensSlide : public PresentationSlide
{
    Q_OBJECT

public:
    explicit TokensSlide(QWidget *parent = nullptr);
    void showOutcome(const WhatIfOutcome &outcome) override;

private:
    QWidget *m_table;
    QGridLayout *m_grid;
};

// 5. $/Mtok: the big number, its split, and the PUE target beside the solved PUE.
class CostSlide : public PresentationSlide
{
    Q_OBJECT

public:
    explicit CostSlide(QWidget *parent = nullptr);
    void showOutcome(const WhatIfOutcome &outcome) override;
    QString costText() const;
    QString targetText() const;

private:
    FigureTile *m_cost;
    SplitBar *m_split;
    QLabel *m_target;
};

} // namespace aif
