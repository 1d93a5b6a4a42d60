// The T1 air field as a vtkImageData (see airfieldimage.h).
#include "airfieldimage.h"

#include "thermal/airfield.h"

#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPointData.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace aif::scene3d {

namespace {

// Temperatures of solid cells are not air temperatures (the solver's value there is whatever
// its boundary treatment left, possibly far outside the air's range). Contouring or slicing
// through them would wrap isosurfaces around every rack and smear rack values into the air
// next to them, because trilinear interpolation mixes a solid cell's value into every cell
// edge that touches it. So each solid cell gets the mean of its face neighbours that are air
// (or already filled), peeling solids layer by layer from outside in: the field stays smooth
// across solids, values stay inside the air's range, and an isosurface crosses a solid only
// where the air on both sides really straddles its value.
std::vector<float> fillSolids(const thermal::AirFieldResult &f)
{
    std::vector<float> t = f.temperatureC;
    if (f.solid.empty())
        return t;
    const int nx = f.nx, ny = f.ny, nz = f.nz;
    std::vector<std::uint8_t> known(t.size());
    std::vector<int> pending;
    for (size_t c = 0; c < t.size(); ++c) {
        known[c] = f.solid[c] == 0;
        if (!known[c])
            pending.push_back(int(c));
    }
    std::vector<std::pair<int, float>> filled;
    while (!pending.empty()) {
        filled.clear();
        std::vector<int> still;
        for (int c : pending) {
            const int i = c % nx, j = (c / nx) % ny, k = c / (nx * ny);
            double sum = 0.0;
            int count = 0;
            auto take = [&](bool inside, int n) {
                if (inside && known[n]) {
                    sum += t[n];
                    ++count;
                }
            };
            take(i > 0, c - 1);
            take(i < nx - 1, c + 1);
            take(j > 0, c - nx);
            take(j < ny - 1, c + nx);
            take(k > 0, c - nx * ny);
            take(k < nz - 1, c + nx * ny);
            if (count > 0)
                filled.emplace_back(c, float(sum / count));
            else
                still.push_back(c);
        }
        if (filled.empty())
            break;   // no air at all: leave the solver's values
        // Commit after the sweep so that a layer depends only on the layers outside it (the
        // result does not depend on the order of the cells).
        for (auto [c, value] : filled) {
            t[c] = value;
            known[c] = 1;
        }
        pending.swap(still);
    }
    return t;
}

vtkNew<vtkFloatArray> floatArray(const char *name, int components, vtkIdType tuples)
{
    vtkNew<vtkFloatArray> a;
    a->SetName(name);
    a->SetNumberOfComponents(components);
    a->SetNumberOfTuples(tuples);
    return a;
}

} // namespace

void checkAirFieldSizes(const thermal::AirFieldResult &f)
{
    const size_t n = size_t(std::max(0, f.nx)) * size_t(std::max(0, f.ny))
                     * size_t(std::max(0, f.nz));
    auto check = [n](size_t size, const char *name, bool mayBeEmpty) {
        if (size != n && !(mayBeEmpty && size == 0))
            throw std::invalid_argument("AirFieldLayer: air field " + std::string(name) + " has "
                                        + std::to_string(size) + " values for nx*ny*nz = "
                                        + std::to_string(n));
    };
    check(f.temperatureC.size(), "temperatureC", false);
    check(f.vx.size(), "vx", true);
    check(f.vy.size(), "vy", f.vx.empty());
    check(f.vz.size(), "vz", f.vx.empty());
    check(f.solid.size(), "solid", true);
}

AirTemperatureRange fillAirFieldImage(vtkImageData *image, const thermal::AirFieldResult &f,
                                      double originXM, double originYM)
{
    image->Initialize();
    const vtkIdType n = vtkIdType(f.nx) * f.ny * f.nz;
    // Points at cell centres: the solver's values live there, and point data lets the filters
    // interpolate (cell data would give blocky slices and no contours).
    image->SetDimensions(f.nx, f.ny, f.nz);
    image->SetSpacing(f.dx, f.dy, f.dz);
    image->SetOrigin(originXM + 0.5 * f.dx, originYM + 0.5 * f.dy, 0.5 * f.dz);

    const std::vector<float> filled = fillSolids(f);
    auto temperature = floatArray(kAirFieldTemperature, 1, n);
    auto velocity = floatArray(kAirFieldVelocity, 3, n);
    auto air = floatArray(kAirFieldAir, 1, n);
    const bool hasFlow = !f.vx.empty();
    const bool hasSolid = !f.solid.empty();
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (vtkIdType c = 0; c < n; ++c) {
        const bool isAir = !hasSolid || f.solid[c] == 0;
        temperature->SetValue(c, filled[c]);
        const float v[3] = {hasFlow ? f.vx[c] : 0.0f, hasFlow ? f.vy[c] : 0.0f,
                            hasFlow ? f.vz[c] : 0.0f};
        velocity->SetTypedTuple(c, v);
        air->SetValue(c, isAir ? 1.0f : 0.0f);
        if (isAir) {
            lo = std::min(lo, double(f.temperatureC[c]));
            hi = std::max(hi, double(f.temperatureC[c]));
        }
    }
    AirTemperatureRange range;
    if (lo <= hi) {
        range.minC = lo;
        range.maxC = hi;
    }
    image->GetPointData()->AddArray(air);
    image->GetPointData()->SetScalars(temperature);
    image->GetPointData()->SetVectors(velocity);
    return range;
}

} // namespace aif::scene3d
