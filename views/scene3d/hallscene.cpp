#include "hallscene.h"

#include "scenegeometry.h"
#include "scenestyle.h"

#include "project.h"
#include "solvejob.h"
#include "thermal/airfield.h"
#include "thermal/thermalsolver.h"
#include "units.h"

#include <vtkActor.h>
#include <vtkBillboardTextActor3D.h>
#include <vtkDoubleArray.h>
#include <vtkGlyph3DMapper.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace aif::scene3d {

struct HallScene::Private
{
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkLookupTable> rackLut;
    vtkNew<vtkLookupTable> airLut;      // °C: the layers colour by temperature_c
    vtkNew<vtkLookupTable> airBarLut;   // the same colours over the range in display units
    vtkNew<vtkScalarBarActor> rackBar;
    vtkNew<vtkScalarBarActor> airBar;
    vtkNew<vtkActor> floors, walls, racks, fronts, equipment, panels, pipes, bottlenecks, selection;
    vtkNew<vtkActor> airPath, ceilings, tileHoles;   // raised floor, tiles, grilles, ceiling plenum
    vtkSmartPointer<vtkPolyData> rackPoints;
    std::vector<vtkSmartPointer<vtkBillboardTextActor3D>> hallLabels;
    Project project;   // the halls and racks the geometry came from: metrics and bottlenecks read them
    bool showEquipment = true;
};

HallScene::HallScene() : d(std::make_unique<Private>())
{
    styleRenderer(d->renderer);
    makeViridis(d->rackLut);
    makeCoolWarm(d->airLut);
    makeCoolWarm(d->airBarLut);
    styleScalarBar(d->rackBar, d->rackLut, ScalarBarSide::Right);
    styleScalarBar(d->airBar, d->airBarLut, ScalarBarSide::Left);
    for (vtkActor *a : actors())
        d->renderer->AddActor(a);
    d->renderer->AddViewProp(d->rackBar);
    d->renderer->AddViewProp(d->airBar);
    d->rackBar->SetVisibility(false);
    d->airBar->SetVisibility(false);
    styleStaticActors(d->floors, d->walls, d->fronts, d->equipment, d->panels, d->pipes);
    styleOutline(d->bottlenecks, {0.9, 0.1, 0.1}, 3.0);
    styleOutline(d->selection, {1.0, 0.85, 0.0}, 4.0);
    styleAirPathActors(d->airPath, d->ceilings, d->tileHoles);
    setProject(Project());
}

HallScene::~HallScene()
{
    for (auto &label : d->hallLabels)
        d->renderer->RemoveViewProp(label);
    for (auto &layer : m_airLayers)
        layer->removeFrom(d->renderer);
}

vtkRenderer *HallScene::renderer() const
{
    return d->renderer;
}

std::vector<vtkActor *> HallScene::actors() const
{
    return {d->floors,  d->walls,       d->racks,     d->fronts,  d->equipment, d->panels,
            d->pipes,   d->bottlenecks, d->selection, d->airPath, d->ceilings,  d->tileHoles};
}

std::vector<std::pair<std::string, vtkActor *>> HallScene::namedActors() const
{
    static const char *const names[] = {"floors", "walls",       "racks",       "rack fronts", "equipment",
                                        "containment", "pipes", "bottlenecks", "selection",
                                        "air path", "ceilings", "tile holes"};
    std::vector<std::pair<std::string, vtkActor *>> named;
    const std::vector<vtkActor *> parts = actors();   // in the same order as the names
    for (size_t i = 0; i < parts.size(); ++i)
        named.emplace_back(names[i], parts[i]);
    for (const auto &layer : m_airLayers) {
        for (vtkProp *p : layer->props()) {
            if (auto *a = vtkActor::SafeDownCast(p))
                named.emplace_back("air field", a);
        }
    }
    return named;
}

void HallScene::setProject(const Project &project)
{
    // The metrics and bottlenecks read the racks and their halls only: the rest of a campus (a
    // quarter of a million links at 10,000 racks) is not copied for them.
    Project kept;
    kept.halls = project.halls;
    kept.racks = project.racks;
    kept.rebuildIndex();
    d->project = std::move(kept);
    m_model = buildSceneModel(project);
    setGlyphs(d->floors, hallGlyphPoints(m_model.halls, false), unitCube(), true);
    setGlyphs(d->walls, hallGlyphPoints(m_model.halls, true), unitCube(), true);
    d->rackPoints = boxGlyphPoints(m_model.racks);
    vtkNew<vtkDoubleArray> metric;
    metric->SetName("metric");
    metric->SetNumberOfTuples(vtkIdType(m_model.racks.size()));
    d->rackPoints->GetPointData()->AddArray(metric);
    setGlyphs(d->racks, d->rackPoints, unitCube(), false);
    auto *rackMapper = vtkGlyph3DMapper::SafeDownCast(d->racks->GetMapper());
    rackMapper->SetLookupTable(d->rackLut);
    rackMapper->SetScalarModeToUsePointFieldData();
    rackMapper->SelectColorArray("metric");
    rackMapper->UseLookupTableScalarRangeOn();
    rackMapper->ScalarVisibilityOn();
    setGlyphs(d->fronts, frontGlyphPoints(m_model.racks), unitCube(), false);
    setGlyphs(d->equipment, equipmentGlyphPoints(m_model.equipment), unitCube(), true);
    setGlyphs(d->panels, boxGlyphPoints(m_model.panels), unitCube(), true);
    setGlyphs(d->airPath, airPathGlyphPoints(m_model), unitCube(), true);
    setGlyphs(d->ceilings, ceilingGlyphPoints(m_model), unitCubeOutline(), false);
    setPoints(d->tileHoles, tileHolePoints(m_model.vents));
    auto pipeMapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    pipeMapper->SetInputData(pipeLines(m_model.pipes));
    d->pipes->SetMapper(pipeMapper);
    setShowEquipment(d->showEquipment);
    updateHallLabels();
    // Results stay on the racks they were solved for (matched by id) until the next solve.
    if (m_result)
        m_bottlenecks = rackBottlenecks(d->project, *m_result);
    setMetric(m_metricKey);
    updateOutlines();
    updateAirLayers();
}

void HallScene::updateHallLabels()
{
    // Each hall's name floats over the middle of its north wall, facing the camera (on a campus
    // the halls look alike, and the names are how a designer finds one); at the wall it hides no
    // rack from above.
    for (auto &label : d->hallLabels)
        d->renderer->RemoveViewProp(label);
    d->hallLabels.clear();
    for (const SceneHall &h : m_model.halls) {
        auto label = vtkSmartPointer<vtkBillboardTextActor3D>::New();
        label->SetInput((h.name.empty() ? h.id : h.name).c_str());
        label->SetPosition(h.x0 + h.width / 2, h.y0 + h.depth, h.height);
        vtkTextProperty *t = label->GetTextProperty();
        t->SetFontSize(14);
        t->SetFontFamilyToArial();
        t->BoldOn();
        t->SetColor(0.1, 0.1, 0.12);
        t->SetBackgroundColor(1, 1, 1);
        t->SetBackgroundOpacity(0.7);
        t->SetJustificationToCentered();
        t->SetVerticalJustificationToBottom();
        d->renderer->AddViewProp(label);
        d->hallLabels.push_back(label);
    }
}

int HallScene::labelCount() const
{
    return int(d->hallLabels.size());
}

void HallScene::setResult(std::shared_ptr<const SolveResult> result)
{
    m_result = std::move(result);
    m_bottlenecks.clear();
    m_stale = false;
    if (m_result) {
        // Bottleneck reasons in a fixed order per rack: the order the checks run.
        m_bottlenecks = rackBottlenecks(d->project, *m_result);
    }
    setMetric(m_metricKey);
    updateOutlines();
    updateAirLayers();
}

void HallScene::refreshUnits()
{
    setMetric(m_metricKey);
    updateAirLayers();
}

void HallScene::setStale(bool stale)
{
    m_stale = stale;
    updateScalarBars();
}

void HallScene::setMetric(const std::string &key)
{
    m_metricKey = key;
    m_metric = RackMetric();
    m_metric.key = key;
    if (m_result && !key.empty())
        m_metric = rackMetric(d->project, *m_result, key);
    updateRackColours();
}

void HallScene::updateRackColours()
{
    if (!d->rackPoints)
        return;
    auto *metric = vtkDoubleArray::SafeDownCast(d->rackPoints->GetPointData()->GetArray("metric"));
    const UnitSystem system = units::currentSystem();
    for (size_t i = 0; i < m_model.racks.size(); ++i) {
        const auto it = m_metric.values.find(m_model.racks[i].id);
        metric->SetValue(vtkIdType(i), it == m_metric.values.end()
                                           ? std::numeric_limits<double>::quiet_NaN()
                                           : units::toDisplay(it->second, m_metric.quantity, system));
    }
    metric->Modified();
    if (!m_metric.values.empty())
        d->rackLut->SetTableRange(units::toDisplay(m_metric.min, m_metric.quantity, system),
                                  units::toDisplay(m_metric.max, m_metric.quantity, system));
    updateScalarBars();
}

void HallScene::updateScalarBars()
{
    const UnitSystem system = units::currentSystem();
    const bool rackActive = !m_metric.values.empty();
    d->rackBar->SetVisibility(rackActive);
    if (rackActive)
        setBarTitle(d->rackBar, m_metric.title, units::displayUnit(m_metric.quantity, system).symbol.toStdString(), m_stale);
    bool air = false;
    for (const auto &layer : m_airLayers)
        air = air || (m_showAirField && layer->hasField());
    d->airBar->SetVisibility(air && (m_airDisplay.slice || m_airDisplay.streamlines));
    setBarTitle(d->airBar, "Air temperature", units::displayUnit(Quantity::Temperature, system).symbol.toStdString(),
                m_stale);
}

void HallScene::setSelection(const std::vector<std::string> &ids)
{
    m_selection = ids;
    updateOutlines();
}

int HallScene::selectedCount() const
{
    auto *m = vtkGlyph3DMapper::SafeDownCast(d->selection->GetMapper());
    return m && m->GetInput() ? int(m->GetInput()->GetNumberOfPoints()) : 0;
}

int HallScene::bottleneckCount() const
{
    auto *m = vtkGlyph3DMapper::SafeDownCast(d->bottlenecks->GetMapper());
    return m && m->GetInput() ? int(m->GetInput()->GetNumberOfPoints()) - failedCount() : 0;
}

int HallScene::failedCount() const
{
    return int(std::count_if(m_model.equipment.begin(), m_model.equipment.end(), [](const SceneBox &e) { return e.failed; }));
}

void HallScene::updateOutlines()
{
    std::vector<std::string> ids;
    for (const SceneBox &r : m_model.racks) {
        if (m_bottlenecks.contains(r.id))
            ids.push_back(r.id);
    }
    for (const SceneBox &e : m_model.equipment) {   // failed units share the red outline
        if (e.failed)
            ids.push_back(e.id);
    }
    // Outlines just outside the box so they are not buried in its faces.
    setGlyphs(d->bottlenecks, boxGlyphPoints(m_model, ids, 1.04), unitCubeOutline(), false);
    setGlyphs(d->selection, boxGlyphPoints(m_model, m_selection, 1.08), unitCubeOutline(), false);
}

void HallScene::setAirFieldDisplay(const AirFieldDisplay &display)
{
    m_airDisplay = display;
    for (auto &layer : m_airLayers)
        layer->setDisplay(display);
    updateScalarBars();
}

void HallScene::setShowAirField(bool show)
{
    m_showAirField = show;
    updateAirLayers();
}

bool HallScene::hasAirField() const
{
    for (const auto &layer : m_airLayers) {
        if (layer->hasField())
            return true;
    }
    return false;
}

void HallScene::updateAirLayers()
{
    for (auto &layer : m_airLayers)
        layer->removeFrom(d->renderer);
    m_airLayers.clear();
    if (m_result && m_result->thermal && m_showAirField) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const thermal::HallAirField &f : m_result->thermal->airFields) {
            const SceneHall *hall = nullptr;
            for (const SceneHall &h : m_model.halls)
                hall = h.id == f.hall ? &h : hall;
            if (!hall || !f.field)
                continue;   // the design changed since the solve: the field belongs to no hall now
            auto layer = std::make_unique<AirFieldLayer>();
            layer->setField(f.field, hall->x0, hall->y0);
            layer->setLookupTable(d->airLut);
            lo = std::min(lo, layer->minTemperatureC());
            hi = std::max(hi, layer->maxTemperatureC());
            m_airLayers.push_back(std::move(layer));
        }
        if (hi > lo) {
            // Temperature conversion is linear, so the bar's table in °F shows the colours the
            // °C table gives the field.
            const UnitSystem system = units::currentSystem();
            d->airLut->SetTableRange(lo, hi);
            d->airBarLut->SetTableRange(units::toDisplay(lo, Quantity::Temperature, system),
                                        units::toDisplay(hi, Quantity::Temperature, system));
        }
        for (auto &layer : m_airLayers) {
            layer->setDisplay(m_airDisplay);
            layer->addTo(d->renderer);
        }
    }
    updateScalarBars();
}

void HallScene::setShowEquipment(bool show)
{
    d->showEquipment = show;
    for (vtkActor *a : {d->equipment.Get(), d->panels.Get(), d->pipes.Get()})
        a->SetVisibility(show);
}

bool HallScene::showEquipment() const
{
    return d->showEquipment;
}

vtkPolyData *HallScene::rackPoints() const
{
    return d->rackPoints;
}

vtkLookupTable *HallScene::rackLookupTable() const
{
    return d->rackLut;
}

vtkScalarBarActor *HallScene::scalarBar() const
{
    return d->rackBar;
}

vtkScalarBarActor *HallScene::airScalarBar() const
{
    return d->airBar;
}

std::array<double, 3> HallScene::rackColour(const std::string &id) const
{
    std::array<double, 3> rgb{};
    const int i = m_model.rackIndex(id);
    if (i < 0)
        return rgb;
    const double v = vtkDoubleArray::SafeDownCast(d->rackPoints->GetPointData()->GetArray("metric"))->GetValue(i);
    d->rackLut->GetColor(v, rgb.data());   // NaN -> the lookup table's NaN colour: the neutral rack
    return rgb;
}

std::string HallScene::describe(const std::string &id) const
{
    const SceneBox *b = m_model.box(id);
    if (!b)
        return {};
    std::ostringstream s;
    s << (b->name.empty() ? b->id : b->name);
    if (b->failed)
        s << "\nFAILED (what-if)";
    else if (!b->degraded.empty())
        s << "\nDEGRADED: " << b->degraded;
    if (const auto it = m_metric.values.find(id); it != m_metric.values.end())
        s << "\n" << m_metric.title << ": "
          << units::format(it->second, m_metric.quantity, units::currentSystem()).toStdString();
    if (const auto it = m_bottlenecks.find(id); it != m_bottlenecks.end()) {
        for (const std::string &reason : it->second)
            s << "\n⚠ " << reason;
    }
    return s.str();
}

} // namespace aif::scene3d
