#include "view3dpanel.h"

#include "hallscene.h"
#include "view3d/cfdcomparedialog.h"
#include "view3d/vtkopenglwidget.h"

#include "cooling/coolingedits.h"
#include "document.h"
#include "selectionmodel.h"
#include "solvejob.h"
#include "thermal/thermalsolver.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QSplitter>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace aif {

using scene3d::CameraPreset;

View3DPanel::View3DPanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_scene(std::make_unique<scene3d::HallScene>())
    , m_view(new VtkOpenGLWidget(this))
    , m_rebuildTimer(new QTimer(this))
{
    setObjectName("view3dPanel");
    m_view->addRenderer(m_scene->renderer());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(createControls());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Geometry follows the design a moment after each burst of edits (a campus rebuild is ~10 ms,
    // but a drag emits one change per mouse move).
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(100);
    connect(m_rebuildTimer, &QTimer::timeout, this, &View3DPanel::rebuildScene);
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &e) {
        m_rebuildTimer->start();
        if (e.type == ChangeEvent::Type::Reset) {
            m_fitOnRebuild = true;
            dropCfdField();   // a CFD case belongs to the design it was exported from
        }
    });
    connect(m_selection, &SelectionModel::selectionChanged, this, [this](const QStringList &ids) {
        std::vector<std::string> v;
        for (const QString &id : ids)
            v.push_back(id.toStdString());
        m_scene->setSelection(v);
        render();
    });
    connect(m_view, &VtkOpenGLWidget::clicked, this, &View3DPanel::onClicked);
    m_view->installEventFilter(this);
    connect(m_view, &VtkOpenGLWidget::hovered, this, &View3DPanel::onHovered);
    rebuildScene();
}

View3DPanel::~View3DPanel()
{
    // A CFD load in flight reads the catalog; its result has nowhere to go once the panel is gone.
    for (QFutureWatcherBase *w : findChildren<QFutureWatcherBase *>())
        w->waitForFinished();
    m_view->removeRenderer(m_scene->renderer());   // free its GL resources while the context lives
}

void View3DPanel::setScenario(const QString &scenarioId)
{
    if (scenarioId == m_scenario)
        return;
    m_scenario = scenarioId;
    rebuildScene();
}

void View3DPanel::rebuildScene()
{
    const Project &design = m_document->project();
    Project applied;
    Diagnostics invalid;   // the Scenarios panel reports overrides that no longer apply
    const bool scenario = !m_scenario.isEmpty() && design.get<Scenario>(m_scenario.toStdString());
    if (scenario) {
        applied = design;
        if (!applyScenario(applied, m_scenario.toStdString(), &invalid))
            applied = design;
    }
    m_scene->setProject(scenario ? applied : design);
    if (m_fitOnRebuild) {
        m_autoFit = true;   // a newly opened design is shown whole
        fitCamera(CameraPreset::Isometric);
        m_fitOnRebuild = false;
    }
    updateBottleneckList();
    render();
}

void View3DPanel::fitCamera(CameraPreset preset)
{
    m_preset = preset;
    m_scene->setCamera(preset, m_view->height() > 0 ? double(m_view->width()) / m_view->height() : 16.0 / 9.0);
    m_view->requestRender();
}

bool View3DPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        // Until the user orbits or zooms, keep the whole design in view as the tab is resized
        // (it is laid out after the design loads, often while another tab is showing).
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::Wheel)
            m_autoFit = false;
        // Right-drag zooms (VTK's trackball); a right click without moving opens the unit menu.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (event->type() == QEvent::MouseButtonPress && mouse->button() == Qt::RightButton)
            m_rightPressPos = mouse->position().toPoint();
        else if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::RightButton
                 && (mouse->position().toPoint() - m_rightPressPos).manhattanLength() < 4)
            showUnitMenu(mouse->position().toPoint(), mouse->globalPosition().toPoint());
        else if (event->type() == QEvent::Resize && m_autoFit)
            fitCamera(m_preset);
    }
    return QWidget::eventFilter(watched, event);
}

void View3DPanel::setResult(std::shared_ptr<const SolveResult> result)
{
    m_result = std::move(result);
    // A CFD field being shown stays over the quick solves that follow edits; a solve with the
    // air field (Shift+F5) was asked for to be seen, so it replaces it (the case stays loaded).
    if (m_result && m_result->thermal && !m_result->thermal->airFields.empty())
        m_showCfd = false;
    showResult(false);   // view3dcfd.cpp
}

void View3DPanel::refreshUnits()
{
    m_scene->refreshUnits();
    showIsoTemperature();
    updateAirControls();
    applyAirDisplay();   // the slice label's length
    if (m_compare)
        m_compare->refreshUnits();
    render();
}

void View3DPanel::setStale(bool stale)
{
    m_scene->setStale(stale);
    render();
}

void View3DPanel::setMetric(const QString &key)
{
    const int i = m_metric->findData(key);
    if (i >= 0)
        m_metric->setCurrentIndex(i);   // applies through currentIndexChanged
}

void View3DPanel::render()
{
    m_view->requestRender();
    const scene3d::SceneModel &m = m_scene->model();
    m_status->setText(tr("%1 racks, %2 other items, %3 bottlenecks")
                          .arg(m.racks.size())
                          .arg(m.equipment.size())
                          .arg(m_scene->bottlenecks().size()));
}

void View3DPanel::updateBottleneckList()
{
    m_bottlenecks->clear();
    // In rack order, as on the plan: a designer walks the rows.
    for (const scene3d::SceneBox &r : m_scene->model().racks) {
        const auto it = m_scene->bottlenecks().find(r.id);
        if (it == m_scene->bottlenecks().end())
            continue;
        QStringList reasons;
        for (const std::string &s : it->second)
            reasons << QString::fromStdString(s);
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2")
                                             .arg(QString::fromStdString(r.name.empty() ? r.id : r.name), reasons.join(", ")));
        item->setData(Qt::UserRole, QString::fromStdString(r.id));
        m_bottlenecks->addItem(item);
    }
    if (m_bottlenecks->count() == 0)
        m_bottlenecks->addItem(m_result ? tr("None: every rack within its limits") : tr("Solve (F5) to find bottlenecks"));
}

void View3DPanel::onClicked(const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    const QSize px = m_view->size() * m_view->devicePixelRatio();
    const std::optional<scene3d::RayHit> hit = m_scene->pick(pos.x() + 0.5, pos.y() + 0.5, px.width(), px.height());
    QStringList ids = m_selection->selected();
    const bool extend = modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    if (!hit) {
        if (!extend)
            m_selection->clear();   // a click on empty floor clears, as on the plan
        return;
    }
    const QString id = QString::fromStdString(hit->id);
    if (extend) {
        if (!ids.removeOne(id))
            ids << id;
    } else {
        ids = {id};
    }
    m_selection->setSelected(ids);
}

QMenu *View3DPanel::createUnitMenu(const QString &id, QWidget *parent)
{
    const Project &p = m_document->project();
    const auto ref = p.find(id.toStdString());
    if (!ref || (ref->kind != EntityKind::AirUnit && ref->kind != EntityKind::Cdu && ref->kind != EntityKind::PowerNode))
        return nullptr;
    const bool failed = p.value(*ref, "failed") == Json(true);
    auto *menu = new QMenu(parent);
    QAction *trip = menu->addAction(failed ? tr("Restore") : tr("Trip (what-if)"), this,
                                    [this, id] { coolingplant::toggleFailed(m_document, {id}); });
    trip->setObjectName(QStringLiteral("tripAction"));
    return menu;
}

void View3DPanel::showUnitMenu(const QPoint &widgetPos, const QPoint &globalPos)
{
    const QPoint pos = m_view->toVtkDisplay(widgetPos);
    const QSize px = m_view->size() * m_view->devicePixelRatio();
    const std::optional<scene3d::RayHit> hit = m_scene->pick(pos.x() + 0.5, pos.y() + 0.5, px.width(), px.height());
    if (!hit)
        return;
    const QString id = QString::fromStdString(hit->id);
    m_selection->setSelected({id});   // the menu acts on what it was opened over, as on the plan
    if (QMenu *menu = createUnitMenu(id, this)) {
        menu->exec(globalPos);
        delete menu;
    }
}

void View3DPanel::onHovered(const QPoint &pos, const QPoint &widgetPos)
{
    const QSize px = m_view->size() * m_view->devicePixelRatio();
    const std::optional<scene3d::RayHit> hit = m_scene->pick(pos.x() + 0.5, pos.y() + 0.5, px.width(), px.height());
    const QString id = hit ? QString::fromStdString(hit->id) : QString();
    if (id == m_hoverId)
        return;
    m_hoverId = id;
    if (id.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_view->mapToGlobal(widgetPos), QString::fromStdString(m_scene->describe(hit->id)), m_view);
}

} // namespace aif
