#include "sceneexport.h"

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkDataObject.h>
#include <vtkGLTFExporter.h>
#include <vtkGlyph3D.h>
#include <vtkGlyph3DMapper.h>
#include <vtkImageData.h>
#include <vtkInformation.h>
#include <vtkLookupTable.h>
#include <vtkMultiBlockDataSet.h>
#include <vtkPNGWriter.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkWindowToImageFilter.h>
#include <vtkXMLMultiBlockDataWriter.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace aif::scene3d {

bool canRender(std::string *why)
{
    const char *display = std::getenv("DISPLAY");
    if (display && *display)
        return true;
    if (why)
        *why = "no X display: VTK renders through GLX here; run under xvfb-run (Xvfb + Mesa)";
    return false;
}

vtkSmartPointer<vtkImageData> renderImage(HallScene &scene, const RenderOptions &o, std::string *error)
{
    if (!canRender(error))
        return nullptr;
    if (o.width < 16 || o.height < 16 || o.width > 16384 || o.height > 16384) {
        if (error)
            *error = "size: width and height must be 16..16384 pixels";
        return nullptr;
    }
    vtkNew<vtkRenderWindow> window;
    window->SetOffScreenRendering(true);
    window->SetMultiSamples(0);   // llvmpipe: MSAA is slow; outlines stay crisp without it
    window->SetSize(o.width, o.height);
    window->AddRenderer(scene.renderer());
    if (!o.keepCamera)
        scene.setCamera(o.camera, double(o.width) / o.height);
    window->Render();
    vtkNew<vtkWindowToImageFilter> grab;
    grab->SetInput(window);
    grab->SetInputBufferTypeToRGB();
    grab->ReadFrontBufferOff();
    grab->Update();
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->DeepCopy(grab->GetOutput());
    window->RemoveRenderer(scene.renderer());
    scene.renderer()->ReleaseGraphicsResources(window);
    window->Finalize();
    return image;
}

bool renderPng(HallScene &scene, const RenderOptions &options, const std::string &path, std::string *error)
{
    vtkSmartPointer<vtkImageData> image = renderImage(scene, options, error);
    if (!image)
        return false;
    vtkNew<vtkPNGWriter> png;
    png->SetFileName(path.c_str());
    png->SetInputData(image);
    png->Write();
    if (png->GetErrorCode() != 0) {
        if (error)
            *error = path + ": cannot write the PNG";
        return false;
    }
    return true;
}

namespace {

// RGB colours as drawn, one per point of `pd` (its own mapper's lookup, or the actor's colour).
void addColours(vtkPolyData *pd, vtkActor *actor, vtkMapper *mapper)
{
    vtkNew<vtkUnsignedCharArray> rgb;
    rgb->SetName("colour");
    rgb->SetNumberOfComponents(3);
    rgb->SetNumberOfTuples(pd->GetNumberOfPoints());
    double c[3];
    actor->GetProperty()->GetColor(c);
    vtkDataArray *direct = pd->GetPointData()->GetArray("colour");
    vtkDataArray *metric = pd->GetPointData()->GetArray("metric");
    vtkDataArray *scalars = mapper->GetScalarVisibility() && !direct && !metric ? pd->GetPointData()->GetScalars()
                                                                                : nullptr;
    auto *lut = vtkLookupTable::SafeDownCast(mapper->GetLookupTable());
    for (vtkIdType i = 0; i < pd->GetNumberOfPoints(); ++i) {
        double v[3] = {c[0] * 255, c[1] * 255, c[2] * 255};
        if (direct && mapper->GetScalarVisibility()) {
            direct->GetTuple(i, v);
        } else if ((metric || scalars) && lut && mapper->GetScalarVisibility()) {
            double col[3];
            lut->GetColor((metric ? metric : scalars)->GetComponent(i, 0), col);
            for (int k = 0; k < 3; ++k)
                v[k] = col[k] * 255;
        }
        rgb->SetTuple3(i, std::round(v[0]), std::round(v[1]), std::round(v[2]));
    }
    pd->GetPointData()->RemoveArray("colour");
    pd->GetPointData()->AddArray(rgb);
}

vtkSmartPointer<vtkPolyData> geometryOf(vtkActor *actor)
{
    auto pd = vtkSmartPointer<vtkPolyData>::New();
    vtkMapper *mapper = actor->GetMapper();
    if (auto *glyphs = vtkGlyph3DMapper::SafeDownCast(mapper)) {
        auto *points = vtkPolyData::SafeDownCast(glyphs->GetInputDataObject(0, 0));
        if (!points || points->GetNumberOfPoints() == 0)
            return nullptr;
        vtkNew<vtkGlyph3D> expand;   // the instanced boxes as real polygons
        expand->SetInputData(points);
        expand->SetSourceConnection(glyphs->GetInputConnection(1, 0));
        expand->SetInputArrayToProcess(1, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS, "scale");
        expand->SetScaleModeToScaleByVectorComponents();
        expand->SetVectorModeToVectorRotationOff();
        expand->OrientOff();
        expand->Update();
        pd->DeepCopy(expand->GetOutput());
    } else if (auto *poly = vtkPolyDataMapper::SafeDownCast(mapper)) {
        poly->Update();
        if (!poly->GetInput() || poly->GetInput()->GetNumberOfPoints() == 0)
            return nullptr;
        pd->DeepCopy(poly->GetInput());
    } else {
        return nullptr;
    }
    addColours(pd, actor, mapper);
    return pd;
}

} // namespace

vtkSmartPointer<vtkMultiBlockDataSet> sceneGeometry(HallScene &scene)
{
    auto blocks = vtkSmartPointer<vtkMultiBlockDataSet>::New();
    unsigned n = 0;
    for (const auto &[name, actor] : scene.namedActors()) {
        if (!actor->GetVisibility())
            continue;
        if (vtkSmartPointer<vtkPolyData> pd = geometryOf(actor)) {
            blocks->SetBlock(n, pd);
            blocks->GetMetaData(n)->Set(vtkMultiBlockDataSet::NAME(), name.c_str());
            ++n;
        }
    }
    return blocks;
}

bool exportGltf(HallScene &scene, const std::string &path, std::string *error)
{
    vtkSmartPointer<vtkMultiBlockDataSet> blocks = sceneGeometry(scene);
    vtkNew<vtkRenderer> renderer;
    const auto named = scene.namedActors();
    for (unsigned i = 0; i < blocks->GetNumberOfBlocks(); ++i) {
        auto *pd = vtkPolyData::SafeDownCast(blocks->GetBlock(i));
        const std::string name = blocks->GetMetaData(i)->Get(vtkMultiBlockDataSet::NAME());
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputData(pd);
        mapper->SetScalarModeToUsePointFieldData();
        mapper->SelectColorArray("colour");
        mapper->SetColorModeToDirectScalars();
        mapper->ScalarVisibilityOn();
        vtkNew<vtkActor> actor;
        actor->SetMapper(mapper);
        for (const auto &[n, a] : named) {
            if (n == name)
                actor->GetProperty()->SetOpacity(a->GetProperty()->GetOpacity());
        }
        renderer->AddActor(actor);
    }
    vtkNew<vtkRenderWindow> window;   // the exporter walks a window's renderers; nothing is drawn
    window->AddRenderer(renderer);
    vtkNew<vtkGLTFExporter> gltf;
    gltf->SetRenderWindow(window);
    gltf->SetFileName(path.c_str());
    gltf->InlineDataOn();
    gltf->SaveNormalOn();
    gltf->Write();
    if (!std::filesystem::exists(path) || std::filesystem::file_size(path) == 0) {
        if (error)
            *error = path + ": cannot write the glTF file";
        return false;
    }
    return true;
}

bool exportVtk(HallScene &scene, const std::string &path, std::string *error)
{
    vtkSmartPointer<vtkMultiBlockDataSet> blocks = sceneGeometry(scene);
    unsigned n = blocks->GetNumberOfBlocks();
    for (const auto &layer : scene.airLayers()) {
        if (!layer->hasField())
            continue;
        blocks->SetBlock(n, layer->image());
        blocks->GetMetaData(n)->Set(vtkMultiBlockDataSet::NAME(), "air field");
        ++n;
    }
    vtkNew<vtkXMLMultiBlockDataWriter> writer;
    writer->SetFileName(path.c_str());
    writer->SetInputData(blocks);
    writer->SetDataModeToBinary();
    if (writer->Write() != 1) {
        if (error)
            *error = path + ": cannot write the VTK multiblock file";
        return false;
    }
    return true;
}

} // namespace aif::scene3d
