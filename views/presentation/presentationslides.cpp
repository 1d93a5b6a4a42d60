#include "presentationslides.h"

#include "dashboard/powerbreakdownchart.h"
#include "document.h"
#include "floorplan/floorplanscene.h"
#include "hallscene.h"
#include "power/powersolver.h"
#include "presentationwidgets.h"
#include "project.h"
#include "view3d/vtkopenglwidget.h"
#include "whatif.h"

#include <QChart>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>

#include <algorithm>

namespace aif {

PresentationSlide::PresentationSlide(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_visualHost(new QWidget(this))
    , m_figures(new QVBoxLayout)
{
    setObjectName(name);
    setTypeScale(m_title, 1.6, true);
    setTypeScale(m_subtitle, 0.75);
    m_subtitle->setWordWrap(true);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, presentationMuted());
    m_subtitle->setPalette(muted);
    auto *body = new QHBoxLayout;
    body->setSpacing(48);
    body->addWidget(m_visualHost, 3);
    m_figures->setSpacing(18);
    body->addLayout(m_figures, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 12, 48, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addLayout(body, 1);
    new QVBoxLayout(m_visualHost);
    m_visualHost->layout()->setContentsMargins(0, 0, 0, 0);
}

QString PresentationSlide::title() const
{
    return m_title->text();
}

void PresentationSlide::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
}

void PresentationSlide::setVisual(QWidget *visual)
{
    visual->setParent(m_visualHost);
    m_visualHost->layout()->addWidget(visual);
}

FigureTile *PresentationSlide::addTile(const QString &key, double valueScale)
{
    auto *tile = new FigureTile(key, valueScale, this);
    m_figures->addWidget(tile);
    m_tiles.push_back(tile);
    return tile;
}

void PresentationSlide::showFigures(const WhatIfOutcome &o)
{
    for (FigureTile *t : m_tiles) {
        if (const KeyFigure *f = findFigure(o.figures, t->key()))
            t->setFigure(f);
    }
}

// --- 1. Plan -----------------------------------------------------------------------------

PlanSlide::PlanSlide(const Catalog *catalog, QWidget *parent)
    : PresentationSlide("slidePlan", tr("The design"), parent)
    , m_document(std::make_unique<Document>())
    , m_scene(new FloorPlanScene(m_document.get(), catalog, this))
    , m_view(new QGraphicsView(m_scene))
{
    // A drawing to look at: no selection, no editing, no scroll bars.
    m_view->setInteractive(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setBackgroundBrush(QColor(248, 249, 251));
    m_view->setFocusPolicy(Qt::NoFocus);
    setVisual(m_view);
    addTile("it");
    m_gpus = addTile("gpus");
    m_racks = addTile("racks");
    m_area = addTile("area");
    figureColumn()->addStretch(1);
}

PlanSlide::~PlanSlide()
{
    delete m_view;
    delete m_scene; // before the document it listens to
}

void PlanSlide::showOutcome(const WhatIfOutcome &o)
{
    if (!o.project)
        return;
    // The plan follows the solved copy (a GPU swap changes the racks' systems).
    m_document->reset(*o.project);
    const DesignSummary &s = o.solve->summary;
    setSubtitle(QString::fromStdString(o.project->site().name.empty() ? o.project->site().id : o.project->site().name));
    showFigures(o);
    const QLocale en(QLocale::English);
    m_gpus->setText(tr("GPUs"), en.toString(s.gpus), {}, tr("%1 systems").arg(en.toString(s.systems)));
    m_racks->setText(tr("Racks"), en.toString(s.racks), {}, tr("in %n hall(s)", nullptr, s.halls));
    const DisplayUnit area = units::displayUnit(Quantity::Area, units::currentSystem());
    m_area->setText(tr("Floor area"),
                    en.toString(units::toDisplay(s.floorAreaM2, Quantity::Area, units::currentSystem()), 'f', 0),
                    area.symbol);
    fit();
}

void PlanSlide::fit()
{
    const QRectF r = m_scene->plansRect();
    if (!r.isEmpty())
        m_view->fitInView(r.adjusted(-1, -2, 1, 1), Qt::KeepAspectRatio);
}

void PlanSlide::resizeEvent(QResizeEvent *event)
{
    PresentationSlide::resizeEvent(event);
    fit();
}

void PlanSlide::showEvent(QShowEvent *event)
{
    PresentationSlide::showEvent(event);
    fit();
}

// --- 2. 3D heat map ----------------------------------------------------------------------

HeatSlide::HeatSlide(QWidget *parent)
    : PresentationSlide("slideHeat", tr("Will it stay cool?"), parent)
    , m_scene(std::make_unique<scene3d::HallScene>())
    , m_view(new VtkOpenGLWidget)
{
    setSubtitle(tr("Rack inlet temperature in 3D at the operating point (coupled twin); drag to orbit"));
    m_view->addRenderer(m_scene->renderer());
    m_view->setFocusPolicy(Qt::NoFocus); // the arrow keys step the slides
    setVisual(m_view);
    addTile("maxJunction");
    addTile("throttledRacks");
    addTile("cooling");
    figureColumn()->addStretch(1);
}

HeatSlide::~HeatSlide()
{
    m_view->removeRenderer(m_scene->renderer()); // free its GL resources while the context lives
}

void HeatSlide::showOutcome(const WhatIfOutcome &o)
{
    if (!o.project)
        return;
    if (m_shownProject != o.project.get()) {
        m_scene->setProject(*o.project);
        m_shownProject = o.project.get();
    }
    m_scene->setResult(o.sceneResult);
    m_scene->setMetric("inlet");
    styleScalarBar();
    m_scene->resetCamera(m_view->height() > 0 ? double(m_view->width()) / m_view->height() : 16.0 / 9.0);
    showFigures(o);
    m_view->requestRender();
}

void HeatSlide::styleScalarBar()
{
    // The studio's 12–13 px scale is for a desk; across a room it needs the slide's type size.
    vtkScalarBarActor *bar = m_scene->scalarBar();
    if (!bar)
        return;
    const int px = std::max(14, height() / 36);
    bar->SetHeight(0.13);
    bar->GetTitleTextProperty()->SetFontSize(px);
    bar->GetLabelTextProperty()->SetFontSize(px);
}

void HeatSlide::resizeEvent(QResizeEvent *event)
{
    PresentationSlide::resizeEvent(event);
    styleScalarBar();
    if (m_view->height() > 0)
        m_scene->resetCamera(double(m_view->width()) / m_view->height());
    m_view->requestRender();
}

// --- 3. Power ----------------------------------------------------------------------------

PowerSlide::PowerSlide(QWidget *parent)
    : PresentationSlide("slidePower", tr("Where the power goes"), parent)
    , m_chart(new PowerBreakdownChart)
{
    setSubtitle(tr("Facility power at the operating point: IT, power-chain losses and cooling"));
    setTypeScale(m_chart, 0.9);
    m_chart->setFocusPolicy(Qt::NoFocus);
    setVisual(m_chart);
    addTile("facility", 2.2);
    addTile("it", 1.5);
    addTile("cooling", 1.5);
    addTile("losses", 1.5);
    m_network = addTile("network", 1.5);
    addTile("pue", 1.5);
    figureColumn()->addStretch(1);
}

void PowerSlide::showOutcome(const WhatIfOutcome &o)
{
    showFigures(o);
    const auto power = o.sceneResult ? o.sceneResult->power : nullptr;
    m_chart->setBars({{tr("Operating point"), power}});
    // The chart takes its title font once, when built: give it the slide's type size.
    QFont title = m_chart->font();
    title.setBold(true);
    m_chart->chart()->setTitleFont(title);
    // Network gear is part of IT power; the power solve counts it per rack (docs/network.md).
    if (power) {
        const bool mw = power->networkW >= 1e6;
        m_network->setText(tr("of which network"),
                           QString::number(power->networkW / (mw ? 1e6 : 1e3), 'f', mw ? 2 : 0),
                           mw ? QStringLiteral("MW") : QStringLiteral("kW"),
                           tr("switches, optics and NICs, inside IT power"));
    }
    else
        m_network->setText(tr("of which network"), QStringLiteral("—"), {});
}

} // namespace aif
