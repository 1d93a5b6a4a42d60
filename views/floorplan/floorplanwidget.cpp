#include "floorplanwidget.h"

#include "floorplanscene.h"
#include "floorplanview.h"
#include "rowtooldialog.h"

#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

#include <tuple>

namespace aif {

FloorPlanWidget::FloorPlanWidget(Document *document, SelectionModel *selection, const Catalog *catalog,
                                 QWidget *parent)
    : QWidget(parent)
    , m_scene(new FloorPlanScene(document, catalog, this))
    , m_view(new FloorPlanView(m_scene, selection, this))
    , m_toolBar(new QToolBar(this))
    , m_viewBar(new QToolBar(this))
    , m_tools(new QActionGroup(this))
    , m_overlay(new QComboBox(this))
{
    setObjectName(QStringLiteral("floorPlanWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    // What the plan shows (grid, connections, cables, the overlay) on a row of its own, so the
    // overlay selector stays in sight on a 1280-pixel screen instead of behind the tools' ».
    m_viewBar->setObjectName(QStringLiteral("floorPlanViewBar"));
    layout->addWidget(m_viewBar);
    layout->addWidget(m_view, 1);
    buildToolBar();
}

QString FloorPlanWidget::overlayMetric() const
{
    return m_overlay->currentData().toString();
}

bool FloorPlanWidget::setOverlayMetric(const QString &metric)
{
    const int i = m_overlay->findData(metric);
    if (i < 0)
        return false;
    m_overlay->setCurrentIndex(i);
    return true;
}

void FloorPlanWidget::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("floorPlanToolBar"));
    const std::tuple<QString, FloorPlanTool, QString, QString> tools[] = {
        {tr("Select"), FloorPlanTool::Select, "toolSelect", tr("Select, move (drag), rotate (R); drag a hall's walls to move it")},
        {tr("Hall"), FloorPlanTool::CreateHall, "toolHall", tr("Draw a hall: drag its rectangle")},
        {tr("Row"), FloorPlanTool::CreateRow, "toolRow", tr("Create a row of racks: click the first rack's centre")},
        {tr("Aisle pair"), FloorPlanTool::AislePair, "toolAislePair",
         tr("Two rows back to back around a contained hot aisle: click the first rack's centre")},
        {tr("Containment"), FloorPlanTool::Containment, "toolContainment",
         tr("Draw hot-aisle containment: drag the aisle's rectangle")},
        {tr("Floor tile"), FloorPlanTool::FloorTile, "toolFloorTile",
         tr("Perforated floor tiles on the 0.6 m floor grid: click for one, drag to lay a run")},
        {tr("Return grille"), FloorPlanTool::ReturnGrille, "toolReturnGrille",
         tr("Ceiling return grilles: click for one over the ceiling, drag for a run")},
        {tr("Connect"), FloorPlanTool::Connect, "toolConnect",
         tr("Select racks, then click a PDU or busway (power, Shift for feed B), a CDU (cooling loop) or a rear door")},
    };
    for (const auto &[label, tool, name, tip] : tools) {
        QAction *a = m_toolBar->addAction(label);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setCheckable(true);
        a->setChecked(tool == FloorPlanTool::Select);
        a->setData(int(tool));
        m_tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool = tool] { m_view->setTool(tool); });
    }
    connect(m_view, &FloorPlanView::toolChanged, this, [this](FloorPlanTool tool) {
        for (QAction *a : m_tools->actions())
            a->setChecked(a->data().toInt() == int(tool));
    });
    m_toolBar->addAction(tr("Row options…"), this, [this] {
        RowToolDialog dialog(m_scene->catalog(), m_view->rowOptions(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_view->rowOptions() = dialog.options();
    });
    QAction *grid = m_viewBar->addAction(tr("Grid"));
    grid->setCheckable(true);
    grid->setChecked(m_view->gridVisible());
    connect(grid, &QAction::toggled, m_view, &FloorPlanView::setGridVisible);
    QAction *snap = m_viewBar->addAction(tr("Snap"));
    snap->setCheckable(true);
    snap->setChecked(true);
    connect(snap, &QAction::toggled, m_view, [this](bool on) { m_view->setSnapEnabled(on); });
    QAction *links = m_viewBar->addAction(tr("Show connections"));
    links->setCheckable(true);
    links->setChecked(m_scene->showConnections());
    connect(links, &QAction::toggled, m_scene, &FloorPlanScene::setShowConnections);
    QAction *cables = m_viewBar->addAction(tr("Cables"));
    cables->setObjectName(QStringLiteral("showCables"));
    cables->setToolTip(tr("The network fabric's cable routes from the rack positions, coloured by medium"));
    cables->setCheckable(true);
    connect(cables, &QAction::toggled, m_scene, &FloorPlanScene::setShowCables);
    m_viewBar->addAction(tr("Fit"), m_view, &FloorPlanView::fitToView);
    m_viewBar->addSeparator();

    m_viewBar->addWidget(new QLabel(tr("Overlay: "), this));
    const std::pair<QString, QString> metrics[] = {
        {tr("None"), QStringLiteral("none")},
        {tr("Rack power"), QStringLiteral("power")},
        {tr("Inlet temperature"), QStringLiteral("inlet")},
        {tr("GPU junction temperature"), QStringLiteral("junction")},
        {tr("Power budget used"), QStringLiteral("utilization")},
        {tr("Tokens/s"), QStringLiteral("tokens")},
        {tr("GPU activity"), QStringLiteral("activity")},
        {tr("Tile airflow"), QStringLiteral("tileflow")},
    };
    for (const auto &[label, key] : metrics)
        m_overlay->addItem(label, key);
    m_overlay->setObjectName(QStringLiteral("overlayMetric"));
    connect(m_overlay, &QComboBox::currentIndexChanged, this, [this] {
        if (overlayMetric() == QLatin1String("none"))
            m_scene->clearOverlay();
        emit overlayMetricChanged(overlayMetric());
    });
    m_viewBar->addWidget(m_overlay);
}

} // namespace aif
