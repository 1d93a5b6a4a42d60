#pragma once

#include <memory>
#include <vector>

class vtkImageData;
class vtkPolyData;
class vtkRenderer;
class vtkProp;
class vtkLookupTable;

namespace aif::thermal {
struct AirFieldResult;
}

namespace aif::scene3d {

// The T1 air field of one hall (solvers/thermal/airfield.h) as VTK props in site coordinates:
// a slice coloured by air temperature, an isosurface at one temperature and streamlines of the
// air velocity. VTK only, no Qt; the outputs can be checked without an OpenGL context.

enum class SliceAxis { X, Y, Z };

struct AirFieldDisplay
{
    bool slice = true;
    SliceAxis sliceAxis = SliceAxis::Z;
    // Along sliceAxis from the hall's origin (z: height above floor). A display position, not
    // user data: it is clamped into the span of the cell centres, where the field is defined.
    double slicePositionM = 1.2;
    bool isosurface = false;
    double isoTemperatureC = 27.0;   // ASHRAE TC9.9 (2021) A1 recommended maximum inlet
    bool streamlines = false;
};

class AirFieldLayer
{
public:
    AirFieldLayer();
    ~AirFieldLayer();
    AirFieldLayer(const AirFieldLayer &) = delete;
    AirFieldLayer &operator=(const AirFieldLayer &) = delete;

    // The field (kept alive by the shared_ptr) and where its hall's corner sits on the site.
    // nullptr clears the layer. Throws std::invalid_argument when the field's arrays do not
    // match nx*ny*nz (vx, vy, vz and solid may be empty: no flow, all air).
    void setField(std::shared_ptr<const thermal::AirFieldResult> field, double originXM,
                  double originYM);
    bool hasField() const;

    // Colour mapping shared by all halls' layers (the scene owns the one scalar bar).
    void setLookupTable(vtkLookupTable *lut);   // the caller sets its range

    void setDisplay(const AirFieldDisplay &display);   // rebuilds what changed, updates visibility
    const AirFieldDisplay &display() const;

    std::vector<vtkProp *> props() const;   // slice, isosurface and streamline actors
    void addTo(vtkRenderer *renderer);
    void removeFrom(vtkRenderer *renderer);

    // For tests and export: the filters' current outputs, updated; never nullptr (empty data
    // when off or without a field).
    // Point data at cell centres, in site coordinates: "temperature_c" (scalars; in solid cells
    // the mean of the neighbouring air, see the .cpp), "velocity_m_s" (vectors) and "air"
    // (1 air, 0 solid).
    vtkImageData *image() const;
    vtkPolyData *sliceOutput() const;
    vtkPolyData *isosurfaceOutput() const;
    vtkPolyData *streamlineOutput() const;

    // Over air (non-solid) cells; NaN without a field or without air cells.
    double minTemperatureC() const;
    double maxTemperatureC() const;

private:
    struct Private;
    std::unique_ptr<Private> d;   // keeps VTK headers out of this header
};

} // namespace aif::scene3d
