#pragma once

#include <vtkSmartPointer.h>

#include <array>
#include <string>

class vtkActor;
class vtkLookupTable;
class vtkPolyData;
class vtkPolyDataAlgorithm;
class vtkRenderer;
class vtkScalarBarActor;

namespace aif::scene3d {

// The look of the 3D scene in one place: background, lights, colour maps, scalar bars and the
// materials of the static parts.

void styleRenderer(vtkRenderer *renderer);
// Viridis (the floor plan's ramp, monotonic lightness) for rack metrics; racks without a value
// take the NaN colour, a neutral grey.
void makeViridis(vtkLookupTable *lut);
// Cool-to-warm (Moreland 2009) for air temperature: blue cold aisle, red hot aisle.
void makeCoolWarm(vtkLookupTable *lut);

enum class ScalarBarSide { Left, Right };
void styleScalarBar(vtkScalarBarActor *bar, vtkLookupTable *lut, ScalarBarSide side);
// "Inlet temperature (°C)"; a stale result says so in the title.
void setBarTitle(vtkScalarBarActor *bar, const std::string &title, const std::string &unit, bool stale);

void styleStaticActors(vtkActor *floors, vtkActor *walls, vtkActor *fronts, vtkActor *equipment, vtkActor *panels,
                       vtkActor *pipes);
void styleOutline(vtkActor *actor, const std::array<double, 3> &rgb, double lineWidth);
// Raised floor, tiles and grilles (direct colours), the ceiling plenum's outline (a warm dashed
// look: return air, as on the plan) and the tiles' holes (dark points).
void styleAirPathActors(vtkActor *airPath, vtkActor *ceilings, vtkActor *tileHoles);
// Vertices drawn as points (a plain poly-data mapper).
void setPoints(vtkActor *actor, vtkPolyData *points);

// Points with a "scale" array drawn as instances of `source` (vtkGlyph3DMapper); `directColours`
// takes each point's "colour" RGB array as is.
void setGlyphs(vtkActor *actor, vtkPolyData *points, const vtkSmartPointer<vtkPolyDataAlgorithm> &source,
               bool directColours);

} // namespace aif::scene3d
