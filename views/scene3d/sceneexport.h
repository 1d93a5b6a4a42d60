#pragma once

#include "displayconnection.h"
#include "hallscene.h"

#include <vtkSmartPointer.h>

#include <string>

class vtkImageData;
class vtkMultiBlockDataSet;

namespace aif::scene3d {

// Offscreen rendering and export of a HallScene, shared by `aif render` and the studio's 3D tab.
// Rendering needs an X display (Debian's VTK renders through GLX; under CI that is Xvfb with
// Mesa llvmpipe); geometry export (glTF, VTK) does not.

struct RenderOptions
{
    int width = 1600;
    int height = 900;
    bool keepCamera = false;   // false: frame the whole site from `camera`
    CameraPreset camera = CameraPreset::Isometric;
};

// True when this process can open an offscreen GL window (an X display is set).
bool canRender(std::string *why);
// Renders the scene offscreen at any size; RGB image, or null with the reason.
vtkSmartPointer<vtkImageData> renderImage(HallScene &scene, const RenderOptions &options, std::string *error);
bool renderPng(HallScene &scene, const RenderOptions &options, const std::string &path, std::string *error);

// The scene as real geometry: every visible actor, glyphs expanded into polygons, racks with
// their "metric" value and RGB "colour" as drawn; air-field slices, isosurface and streamlines.
// One block per actor, named ("racks", "equipment", "pipes", "air slice", ...).
vtkSmartPointer<vtkMultiBlockDataSet> sceneGeometry(HallScene &scene);
// glTF 2.0 (.gltf with embedded buffers) for other 3D tools.
bool exportGltf(HallScene &scene, const std::string &path, std::string *error);
// VTK XML multiblock (.vtm plus a folder of .vtp/.vti pieces), for ParaView; includes each hall's
// air field as ImageData when it was solved.
bool exportVtk(HallScene &scene, const std::string &path, std::string *error);

} // namespace aif::scene3d
