#pragma once

#include "scenemodel.h"

#include <vtkSmartPointer.h>

#include <vector>

class vtkPolyData;
class vtkPolyDataAlgorithm;

namespace aif::scene3d {

// VTK inputs for glyph instancing: one point per box at its centre with a 3-component "scale"
// array (the box's size, times `inflate`), so one unit-cube glyph mapper draws thousands of
// boxes in a single draw call (vtkGlyph3DMapper), which is what keeps a 10k-rack campus
// interactive under Mesa software rendering.
vtkSmartPointer<vtkPolyData> boxGlyphPoints(const std::vector<SceneBox> &boxes, double inflate = 1.0);
vtkSmartPointer<vtkPolyData> boxGlyphPoints(const std::vector<ScenePanel> &panels);
// Points for the subset of boxes whose ids are listed (bottlenecks, selection), inflated.
vtkSmartPointer<vtkPolyData> boxGlyphPoints(const SceneModel &model, const std::vector<std::string> &ids,
                                            double inflate);
// Front doors: a thin plate just outside each rack's front face, 80 % wide and 90 % high.
vtkSmartPointer<vtkPolyData> frontGlyphPoints(const std::vector<SceneBox> &racks);
// Floors (thin slabs under each hall) and walls (thin slabs around it), with a "colour" array.
vtkSmartPointer<vtkPolyData> hallGlyphPoints(const std::vector<SceneHall> &halls, bool walls);
// Equipment with a per-point RGB "colour" array (unsigned char) by kind and type; failed
// (what-if) units are dark red.
vtkSmartPointer<vtkPolyData> equipmentGlyphPoints(const std::vector<SceneBox> &equipment);
// The air path, with a "colour" array: a raised floor's structural slab and the pedestals along
// the hall's edges (the plenum seen from outside), floor tiles on the floor (shaded by open
// area, as on the plan) and return grilles and ducts in the ceiling.
vtkSmartPointer<vtkPolyData> airPathGlyphPoints(const SceneModel &model);
// Ceilings of halls with a ceiling plenum or return grilles, as boxes from the ceiling up to
// the plenum's top (for the outline glyph: the plenum in wireframe, the room stays visible).
vtkSmartPointer<vtkPolyData> ceilingGlyphPoints(const SceneModel &model);
// The holes of the floor tiles as vertices on their top faces: 4 x 4 on a perforated tile,
// 7 x 7 on a grate (the floor plan's pattern).
vtkSmartPointer<vtkPolyData> tileHolePoints(const std::vector<SceneVent> &vents);
// Pipes as polylines.
vtkSmartPointer<vtkPolyData> pipeLines(const std::vector<ScenePipe> &pipes);

// Unit glyph sources centred at the origin: a solid cube and its 12 edges.
vtkSmartPointer<vtkPolyDataAlgorithm> unitCube();
vtkSmartPointer<vtkPolyDataAlgorithm> unitCubeOutline();

} // namespace aif::scene3d
