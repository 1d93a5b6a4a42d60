#include "sceneexport.h"


#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkDataObject.h>
#include <vtkDoubleArray.h>
#include <vtkFieldData.h>
#include <vtkGLTFExporter.h>
#include <vtkCellArray.h>
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
#include <vtkTransform.h>
#include <vtkTransformPolyDataFilter.h>
#include <vtkXMLMultiBlockDataWriter.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace aif::scene3d {

bool canRender(std::string *why)
{
    const char *display = std::getenv("DISPLAY");
    if (!display || !*display) {
        if (why)
            *why = "no X display: VTK renders through GLX here; run under xvfb-run (Xvfb + Mesa)";
        return false;
    }
    if (!DisplayConnection().id()) {   // VTK would abort on a display it cannot open: ask first
        if (why)
            *why = std::string("cannot open the X display '") + display + "'; run under xvfb-run (Xvfb + Mesa)";
        return false;
    }
    return true;
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
    DisplayConnection display;   // outlives the window
    if (!display.id()) {
        if (error)
            *error = "cannot open the X display; run under xvfb-run (Xvfb + Mesa)";
        return nullptr;
    }
    vtkNew<vtkRenderWindow> window;
    window->SetDisplayId(display.id());
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

// RGB colours as drawn, one per point of `pd`: the array the mapper colours by (direct RGB, or
// through its lookup table), or the actor's own colour.
void addColours(vtkPolyData *pd, vtkActor *actor, vtkMapper *mapper)
{
    vtkNew<vtkUnsignedCharArray> rgb;
    rgb->SetName("colour");
    rgb->SetNumberOfComponents(3);
    rgb->SetNumberOfTuples(pd->GetNumberOfPoints());
    double c[3];
    actor->GetProperty()->GetColor(c);
    vtkDataArray *by = nullptr;
    if (mapper->GetScalarVisibility()) {
        const char *name = mapper->GetArrayName();
        by = mapper->GetScalarMode() == VTK_SCALAR_MODE_USE_POINT_FIELD_DATA && name && *name
                 ? pd->GetPointData()->GetArray(name)
                 : pd->GetPointData()->GetScalars();
    }
    const bool direct = by && mapper->GetColorMode() == VTK_COLOR_MODE_DIRECT_SCALARS && by->GetNumberOfComponents() == 3;
    vtkScalarsToColors *lut = mapper->GetLookupTable();
    for (vtkIdType i = 0; i < pd->GetNumberOfPoints(); ++i) {
        double v[3] = {c[0] * 255, c[1] * 255, c[2] * 255};
        if (direct) {
            by->GetTuple(i, v);
        } else if (by && lut) {
            const unsigned char *col = lut->MapValue(by->GetComponent(i, 0));
            for (int k = 0; k < 3; ++k)
                v[k] = col[k];
        }
        rgb->SetTuple3(i, std::round(v[0]), std::round(v[1]), std::round(v[2]));
    }
    pd->GetPointData()->RemoveArray("colour");
    pd->GetPointData()->AddArray(rgb);
}

// The instanced boxes as real polygons: each glyph point's copy of the source, scaled per axis by
// its "scale" and moved to the point, carrying the point's data (metric, colour). Written out
// rather than through vtkGlyph3D, whose vector-component scaling did not reproduce what
// vtkGlyph3DMapper draws (the z scale was dropped).
vtkSmartPointer<vtkPolyData> expandGlyphs(vtkPolyData *points, vtkPolyData *source)
{
    auto out = vtkSmartPointer<vtkPolyData>::New();
    vtkDataArray *scale = points->GetPointData()->GetArray("scale");
    if (!source || !scale)
        return out;
    const vtkIdType n = points->GetNumberOfPoints(), m = source->GetNumberOfPoints();
    vtkNew<vtkPoints> xyz;
    xyz->SetDataTypeToDouble();
    xyz->SetNumberOfPoints(n * m);
    vtkPointData *in = points->GetPointData(), *pdOut = out->GetPointData();
    pdOut->CopyAllocate(in, n * m);
    vtkNew<vtkCellArray> polys, lines;
    for (vtkIdType i = 0; i < n; ++i) {
        double c[3], s[3], q[3];
        points->GetPoint(i, c);
        scale->GetTuple(i, s);
        for (vtkIdType j = 0; j < m; ++j) {
            source->GetPoint(j, q);
            xyz->SetPoint(i * m + j, c[0] + s[0] * q[0], c[1] + s[1] * q[1], c[2] + s[2] * q[2]);
            pdOut->CopyData(in, i, i * m + j);
        }
        for (auto [from, to] : {std::pair{source->GetPolys(), polys.Get()}, std::pair{source->GetLines(), lines.Get()}}) {
            vtkIdType count;
            const vtkIdType *ids;
            for (from->InitTraversal(); from->GetNextCell(count, ids);) {
                to->InsertNextCell(count);
                for (vtkIdType k = 0; k < count; ++k)
                    to->InsertCellPoint(i * m + ids[k]);
            }
        }
    }
    out->SetPoints(xyz);
    out->SetPolys(polys);
    out->SetLines(lines);
    return out;
}

vtkSmartPointer<vtkPolyData> geometryOf(vtkActor *actor)
{
    auto pd = vtkSmartPointer<vtkPolyData>::New();
    vtkMapper *mapper = actor->GetMapper();
    if (auto *glyphs = vtkGlyph3DMapper::SafeDownCast(mapper)) {
        auto *points = vtkPolyData::SafeDownCast(glyphs->GetInputDataObject(0, 0));
        if (!points || points->GetNumberOfPoints() == 0)
            return nullptr;
        vtkAlgorithm *source = glyphs->GetInputAlgorithm(1, 0);
        source->Update();
        pd = expandGlyphs(points, vtkPolyData::SafeDownCast(source->GetOutputDataObject(0)));
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
            // The drawn opacity travels with the block (several air-field parts share a name).
            vtkNew<vtkDoubleArray> opacity;
            opacity->SetName("opacity");
            opacity->InsertNextValue(actor->GetProperty()->GetOpacity());
            pd->GetFieldData()->AddArray(opacity);
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
    // glTF is +Y up (glTF 2.0 spec, "Coordinate system and units"); the scene is +Z up.
    vtkNew<vtkTransform> yUp;
    yUp->RotateX(-90.0);   // (x, y, z) -> (x, z, -y)
    for (unsigned i = 0; i < blocks->GetNumberOfBlocks(); ++i) {
        auto *pd = vtkPolyData::SafeDownCast(blocks->GetBlock(i));
        vtkNew<vtkTransformPolyDataFilter> rotate;
        rotate->SetInputData(pd);
        rotate->SetTransform(yUp);
        rotate->Update();
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputData(rotate->GetOutput());
        mapper->SetScalarModeToUsePointFieldData();
        mapper->SelectColorArray("colour");
        mapper->SetColorModeToDirectScalars();
        mapper->ScalarVisibilityOn();
        vtkNew<vtkActor> actor;
        actor->SetMapper(mapper);
        if (vtkDataArray *opacity = pd->GetFieldData()->GetArray("opacity"))
            actor->GetProperty()->SetOpacity(opacity->GetTuple1(0));
        renderer->AddActor(actor);
    }
    DisplayConnection display;   // should the exporter touch the window's display, it is ours
    vtkNew<vtkRenderWindow> window;   // the exporter walks a window's renderers; nothing is drawn
    if (display.id())
        window->SetDisplayId(display.id());
    window->AddRenderer(renderer);
    std::error_code ignored;
    std::filesystem::remove(path, ignored);   // success below means this export wrote the file
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
