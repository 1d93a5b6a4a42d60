// The T1 air field of one hall as VTK props (see airfieldlayer.h).
#include "airfieldlayer.h"

#include "airfieldimage.h"

#include "thermal/airfield.h"

#include <vtkActor.h>
#include <vtkAssignAttribute.h>
#include <vtkCellArray.h>
#include <vtkClipPolyData.h>
#include <vtkDataObject.h>
#include <vtkDataSetAttributes.h>
#include <vtkFlyingEdges3D.h>
#include <vtkFlyingEdgesPlaneCutter.h>
#include <vtkImageData.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPlane.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkStreamTracer.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif::scene3d {

namespace {

// Seeds: a regular grid over the hall's floor plan at this height, at most kMaxSeeds of them.
// 1 m is about mid-height of a rack's intake face (0–2 m), so the lines show where the air the
// racks breathe comes from and where their exhaust goes. A grid needs nothing but the field
// (no knowledge of where the units are), is deterministic, and ~250 lines keep the view
// readable and the trace well under 0.1 s for a 50k-cell hall.
constexpr double kSeedHeightM = 1.0;
constexpr int kMaxSeeds = 256;
// Air slower than this is stagnant for display purposes; halls run at ~0.1–3 m/s.
constexpr double kTerminalSpeedMs = 1e-3;

// Keeps the part of source's output where the interpolated "air" mask is >= 0.5
// (vtkClipPolyData clips on the active scalars only, hence the vtkAssignAttribute).
void clipSolids(vtkAlgorithm *source, vtkAssignAttribute *mask, vtkClipPolyData *clip)
{
    mask->SetInputConnection(source->GetOutputPort());
    mask->Assign(kAirFieldAir, vtkDataSetAttributes::SCALARS, vtkAssignAttribute::POINT_DATA);
    clip->SetInputConnection(mask->GetOutputPort());
    clip->SetValue(0.5);
}

// Coloured through the shared lookup table, whose range the scene sets for all halls.
void colourByTemperature(vtkPolyDataMapper *mapper, vtkAlgorithm *source)
{
    mapper->SetInputConnection(source->GetOutputPort());
    mapper->SetScalarModeToUsePointFieldData();
    mapper->SelectColorArray(kAirFieldTemperature);
    mapper->ScalarVisibilityOn();
    mapper->UseLookupTableScalarRangeOn();
}

vtkPolyData *updatedOutput(bool on, vtkPolyDataAlgorithm *filter, vtkPolyData *empty)
{
    if (!on)
        return empty;
    filter->Update();
    return filter->GetOutput();
}

} // namespace

struct AirFieldLayer::Private
{
    std::shared_ptr<const thermal::AirFieldResult> field;
    double originX = 0.0, originY = 0.0;
    AirFieldDisplay display;
    double minC = std::numeric_limits<double>::quiet_NaN();
    double maxC = std::numeric_limits<double>::quiet_NaN();

    vtkNew<vtkImageData> image;
    vtkNew<vtkPolyData> empty;   // what the outputs return when off
    vtkNew<vtkPolyData> seeds;

    // Slice: plane cut, then the solid cells cut away (see buildPipelines()).
    vtkNew<vtkPlane> plane;
    vtkNew<vtkFlyingEdgesPlaneCutter> cutter;
    vtkNew<vtkAssignAttribute> sliceMask;
    vtkNew<vtkClipPolyData> sliceClip;
    vtkNew<vtkPolyDataMapper> sliceMapper;
    vtkNew<vtkActor> sliceActor;

    vtkNew<vtkFlyingEdges3D> contour;
    vtkNew<vtkAssignAttribute> isoMask;
    vtkNew<vtkClipPolyData> isoClip;
    vtkNew<vtkPolyDataMapper> isoMapper;
    vtkNew<vtkActor> isoActor;

    vtkNew<vtkStreamTracer> tracer;
    vtkNew<vtkPolyDataMapper> streamMapper;
    vtkNew<vtkActor> streamActor;

    void buildPipelines();
    void buildImage();
    void buildSeeds();
    void updatePlane();
    bool sliceOn() const;
    // Outside the air's range there is no surface; skipping the contour also avoids a
    // degenerate surface when the value equals an extreme exactly.
    bool isoOn() const
    {
        return field && display.isosurface && display.isoTemperatureC > minC
               && display.isoTemperatureC < maxC;
    }
    bool streamOn() const { return field && display.streamlines && seeds->GetNumberOfPoints() > 0; }
    void updateVisibility();
};

// The slice must show holes where racks stand (the scene draws the racks). Point blanking
// (vtkImageData::BlankPoint) is not honoured by the cutters nor by the OpenGL mapper, so the
// image carries an "air" mask (1 air, 0 solid) that the cut interpolates like any attribute;
// clipping the cut at air = 0.5 removes the solids. The 0.5 level lies halfway between an air
// centre and a solid centre, i.e. on the face between the cells, so the holes match the solids'
// outlines. The isosurface gets the same clip so that exports hold only air.
void AirFieldLayer::Private::buildPipelines()
{
    cutter->SetInputData(image);
    cutter->SetPlane(plane);
    cutter->SetInputArrayToProcess(0, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS,
                                    kAirFieldTemperature);
    cutter->InterpolateAttributesOn();
    clipSolids(cutter, sliceMask, sliceClip);
    colourByTemperature(sliceMapper, sliceClip);
    sliceActor->SetMapper(sliceMapper);
    // Unlit, so that the colours read exactly as on the scene's scalar bar.
    sliceActor->GetProperty()->LightingOff();

    contour->SetInputData(image);
    contour->SetInputArrayToProcess(0, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS,
                                     kAirFieldTemperature);
    contour->ComputeNormalsOn();
    contour->ComputeScalarsOff();
    contour->InterpolateAttributesOn();   // carries "air" to the clip
    clipSolids(contour, isoMask, isoClip);
    isoMapper->SetInputConnection(isoClip->GetOutputPort());
    isoMapper->ScalarVisibilityOff();
    isoActor->SetMapper(isoMapper);
    isoActor->GetProperty()->SetColor(1.0, 0.35, 0.1);   // orange-red: "too warm"
    isoActor->GetProperty()->SetOpacity(0.45);   // the racks and the slice stay visible through it

    tracer->SetInputData(image);
    tracer->SetSourceData(seeds);
    tracer->SetInputArrayToProcess(0, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS,
                                    kAirFieldVelocity);
    tracer->SetIntegratorTypeToRungeKutta4();
    tracer->SetIntegrationDirectionToBoth();
    tracer->SetIntegrationStepUnit(vtkStreamTracer::CELL_LENGTH_UNIT);
    tracer->SetInitialIntegrationStep(0.5);   // half a cell: the field is piecewise trilinear
    tracer->SetMaximumNumberOfSteps(2000);
    tracer->SetTerminalSpeed(kTerminalSpeedMs);
    tracer->SetComputeVorticity(false);
    colourByTemperature(streamMapper, tracer);
    streamActor->SetMapper(streamMapper);
    streamActor->GetProperty()->SetLineWidth(1.5);
    streamActor->GetProperty()->LightingOff();
}

void AirFieldLayer::Private::buildImage()
{
    if (!field) {
        image->Initialize();
        minC = maxC = std::numeric_limits<double>::quiet_NaN();
        return;
    }
    const AirTemperatureRange range = fillAirFieldImage(image, *field, originX, originY);
    minC = range.minC;
    maxC = range.maxC;
}

void AirFieldLayer::Private::buildSeeds()
{
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> verts;
    if (field) {
        const thermal::AirFieldResult &f = *field;
        const double w = f.nx * f.dx, depth = f.ny * f.dy;
        const double step = std::max({f.dx, f.dy, std::sqrt(w * depth / kMaxSeeds)});
        const int mx = std::max(1, int(w / step)), my = std::max(1, int(depth / step));
        const double z = std::clamp(kSeedHeightM, 0.5 * f.dz, (f.nz - 0.5) * f.dz);
        const int k = std::clamp(int(z / f.dz), 0, f.nz - 1);
        for (int b = 0; b < my; ++b) {
            for (int a = 0; a < mx; ++a) {
                const double x = (a + 0.5) * w / mx, y = (b + 0.5) * depth / my;
                const int i = std::clamp(int(x / f.dx), 0, f.nx - 1);
                const int j = std::clamp(int(y / f.dy), 0, f.ny - 1);
                if (!f.solid.empty() && f.solid[i + f.nx * (j + f.ny * k)])
                    continue;   // inside a rack: no air to follow
                verts->InsertNextCell(1);
                verts->InsertCellPoint(points->InsertNextPoint(originX + x, originY + y, z));
            }
        }
    }
    seeds->Initialize();
    seeds->SetPoints(points);
    seeds->SetVerts(verts);
    // Long enough to cross the hall corner to corner, not so long that a line circles for ever.
    if (field)
        tracer->SetMaximumPropagation(std::hypot(field->nx * field->dx, field->ny * field->dy,
                                                 field->nz * field->dz));
}

void AirFieldLayer::Private::updatePlane()
{
    if (!field)
        return;
    const int axis = int(display.sliceAxis);
    const int n[3] = {field->nx, field->ny, field->nz};
    const double spacing[3] = {field->dx, field->dy, field->dz};
    const double origin[3] = {originX, originY, 0.0};
    // Just inside the outer layers of centres: a plane exactly on the boundary layer may cut
    // nothing (its points count as on one side); 1/1000 of a cell is invisible.
    const double margin = 1e-3 * spacing[axis];
    const double lo = 0.5 * spacing[axis] + margin, hi = (n[axis] - 0.5) * spacing[axis] - margin;
    const double p = lo <= hi ? std::clamp(display.slicePositionM, lo, hi) : 0.5 * spacing[axis];
    double o[3] = {origin[0], origin[1], origin[2]}, normal[3] = {0.0, 0.0, 0.0};
    o[axis] += p;
    normal[axis] = 1.0;
    plane->SetOrigin(o);   // vtkSetVector macros: Modified() only when the value changes
    plane->SetNormal(normal);
}

bool AirFieldLayer::Private::sliceOn() const
{
    if (!field || !display.slice)
        return false;
    const int n[3] = {field->nx, field->ny, field->nz};
    return n[int(display.sliceAxis)] >= 2;   // one layer of centres has nothing to cut between
}

void AirFieldLayer::Private::updateVisibility()
{
    sliceActor->SetVisibility(sliceOn());
    isoActor->SetVisibility(isoOn());
    streamActor->SetVisibility(streamOn());
}

AirFieldLayer::AirFieldLayer()
    : d(std::make_unique<Private>())
{
    d->buildPipelines();
    d->updatePlane();
    d->contour->SetValue(0, d->display.isoTemperatureC);
    d->updateVisibility();
}

AirFieldLayer::~AirFieldLayer() = default;

void AirFieldLayer::setField(std::shared_ptr<const thermal::AirFieldResult> field,
                             double originXM, double originYM)
{
    if (field) {
        checkAirFieldSizes(*field);
        if (field->temperatureC.empty())
            field.reset();   // e.g. a cancelled solve: nothing to show
    }
    d->field = std::move(field);
    d->originX = originXM;
    d->originY = originYM;
    d->buildImage();
    d->buildSeeds();
    d->updatePlane();
    d->updateVisibility();
}

bool AirFieldLayer::hasField() const
{
    return d->field != nullptr;
}

void AirFieldLayer::setLookupTable(vtkLookupTable *lut)
{
    d->sliceMapper->SetLookupTable(lut);
    d->streamMapper->SetLookupTable(lut);
}

void AirFieldLayer::setDisplay(const AirFieldDisplay &display)
{
    d->display = display;
    // The pipelines re-execute lazily on the next render or output request, and only
    // downstream of what was modified: the plane feeds only the slice, the contour value only
    // the isosurface; the tracer depends on neither.
    d->updatePlane();
    if (d->contour->GetValue(0) != display.isoTemperatureC)
        d->contour->SetValue(0, display.isoTemperatureC);
    d->updateVisibility();
}

const AirFieldDisplay &AirFieldLayer::display() const
{
    return d->display;
}

std::vector<vtkProp *> AirFieldLayer::props() const
{
    return {d->sliceActor.Get(), d->isoActor.Get(), d->streamActor.Get()};
}

void AirFieldLayer::addTo(vtkRenderer *renderer)
{
    if (!renderer)
        return;
    for (vtkProp *prop : props())
        renderer->AddViewProp(prop);
}

void AirFieldLayer::removeFrom(vtkRenderer *renderer)
{
    if (!renderer)
        return;
    for (vtkProp *prop : props())
        renderer->RemoveViewProp(prop);
}

vtkImageData *AirFieldLayer::image() const
{
    return d->image;
}

vtkPolyData *AirFieldLayer::sliceOutput() const
{
    return updatedOutput(d->sliceOn(), d->sliceClip, d->empty);
}

vtkPolyData *AirFieldLayer::isosurfaceOutput() const
{
    return updatedOutput(d->isoOn(), d->isoClip, d->empty);
}

vtkPolyData *AirFieldLayer::streamlineOutput() const
{
    return updatedOutput(d->streamOn(), d->tracer, d->empty);
}

double AirFieldLayer::minTemperatureC() const
{
    return d->minC;
}

double AirFieldLayer::maxTemperatureC() const
{
    return d->maxC;
}

} // namespace aif::scene3d
