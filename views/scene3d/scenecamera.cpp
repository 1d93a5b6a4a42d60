// HallScene's camera presets and picking: camera math only, no render window needed.
#include "hallscene.h"

#include <vtkCamera.h>
#include <vtkMath.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

namespace aif::scene3d {

void HallScene::setCamera(CameraPreset preset, double aspect)
{
    vtkRenderer *r = renderer();
    vtkCamera *cam = r->GetActiveCamera();
    const Vec3 &lo = m_model.boundsMin, &hi = m_model.boundsMax;
    const double c[3] = {(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2};
    // Direction from the focal point to the camera, and which way is up on screen.
    double dir[3] = {-1.0, -1.4, 1.1}, up[3] = {0, 0, 1};
    switch (preset) {
    case CameraPreset::Top: dir[0] = 0; dir[1] = 0; dir[2] = 1; up[1] = 1; up[2] = 0; break;   // north up, as the plan
    case CameraPreset::Front: dir[0] = 0; dir[1] = -1; dir[2] = 0.12; break;   // from the south
    case CameraPreset::Side: dir[0] = -1; dir[1] = 0; dir[2] = 0.12; break;    // from the west
    case CameraPreset::Isometric: break;
    }
    vtkMath::Normalize(dir);
    double right[3];
    vtkMath::Cross(up, dir, right);   // screen right (up x towards-camera, right-handed)
    vtkMath::Normalize(right);
    vtkMath::Cross(dir, right, up);   // true screen up, orthogonal to the view direction
    // Fit the bounding box, not its bounding sphere (what ResetCamera does): a flat hall seen
    // from above or a long campus would otherwise fill a third of the view. For every corner,
    // the camera must stand far enough back that the corner's offset across the view fits the
    // half-angle vertically and, scaled by the aspect ratio, horizontally.
    const double viewAngle = 30.0;
    const double t = std::tan(vtkMath::RadiansFromDegrees(viewAngle / 2));
    aspect = aspect > 0 ? aspect : 1.0;
    double distance = 1.0;
    for (int i = 0; i < 8; ++i) {
        const double p[3] = {(i & 1 ? hi[0] : lo[0]) - c[0], (i & 2 ? hi[1] : lo[1]) - c[1], (i & 4 ? hi[2] : lo[2]) - c[2]};
        const double along = vtkMath::Dot(p, dir), across = std::abs(vtkMath::Dot(p, right)),
                     vertical = std::abs(vtkMath::Dot(p, up));
        distance = std::max(distance, along + std::max(vertical / t, across / (t * aspect)));
    }
    distance *= 1.04;   // a thin margin round the edge
    cam->SetFocalPoint(c);
    cam->SetPosition(c[0] + dir[0] * distance, c[1] + dir[1] * distance, c[2] + dir[2] * distance);
    cam->SetViewUp(up);
    cam->SetViewAngle(viewAngle);
    const double bounds[6] = {lo[0], hi[0], lo[1], hi[1], lo[2], hi[2]};
    r->ResetCameraClippingRange(bounds);
}

void HallScene::resetCamera(double aspect)
{
    setCamera(CameraPreset::Isometric, aspect);
}

std::optional<RayHit> HallScene::pick(double displayX, double displayY, int width, int height) const
{
    if (width <= 0 || height <= 0)
        return std::nullopt;
    vtkCamera *cam = renderer()->GetActiveCamera();
    // Normalised device coordinates of the pixel, through the inverse of the camera's composite
    // projection: the same transform the renderer draws with, so a pick matches what is seen.
    const double aspect = double(width) / double(height);
    vtkNew<vtkMatrix4x4> m;
    m->DeepCopy(cam->GetCompositeProjectionTransformMatrix(aspect, -1, 1));
    m->Invert();
    // VTK's display convention: x in [0, width] across the viewport, so NDC = 2x/width - 1 (a
    // pixel's centre is at i + 0.5; the caller passes what it means).
    const double nx = 2.0 * displayX / width - 1.0, ny = 2.0 * displayY / height - 1.0;
    auto unproject = [&](double nz) {
        double in[4] = {nx, ny, nz, 1.0}, out[4];
        m->MultiplyPoint(in, out);
        return Vec3{out[0] / out[3], out[1] / out[3], out[2] / out[3]};
    };
    const Vec3 a = unproject(-1.0), b = unproject(1.0);
    return pickRay(m_model, a, {b[0] - a[0], b[1] - a[1], b[2] - a[2]}, showEquipment());
}

} // namespace aif::scene3d
