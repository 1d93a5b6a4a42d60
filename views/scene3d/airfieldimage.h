#pragma once

#include <limits>

class vtkImageData;

namespace aif::thermal {
struct AirFieldResult;
}

namespace aif::scene3d {

// The T1 air field (solvers/thermal/airfield.h) as a vtkImageData that AirFieldLayer's filters
// slice, contour and trace. VTK only, no Qt.

// Point-data arrays of the image.
inline constexpr const char *kAirFieldTemperature = "temperature_c";   // scalars, °C
inline constexpr const char *kAirFieldVelocity = "velocity_m_s";       // vectors, m/s
inline constexpr const char *kAirFieldAir = "air";                     // 1 air, 0 solid

// Throws std::invalid_argument when the field's arrays do not match nx*ny*nz (vx, vy, vz and
// solid may be empty: no flow, all air).
void checkAirFieldSizes(const thermal::AirFieldResult &field);

// Over air (non-solid) cells; NaN without air cells.
struct AirTemperatureRange
{
    double minC = std::numeric_limits<double>::quiet_NaN();
    double maxC = std::numeric_limits<double>::quiet_NaN();
};

// Replaces image's content with the field: points at cell centres in site coordinates (the
// hall's corner at originXM, originYM, floor at z = 0) carrying the arrays above; solid cells'
// temperatures are the mean of the neighbouring air (see the .cpp). Fills in place rather than
// returning a new image because the layer's filters hold this image as their input. The field
// must have passed checkAirFieldSizes().
AirTemperatureRange fillAirFieldImage(vtkImageData *image, const thermal::AirFieldResult &field,
                                      double originXM, double originYM);

} // namespace aif::scene3d
