#include "scenegeometry.h"

#include <vtkCellArray.h>
#include <vtkCubeSource.h>
#include <vtkDoubleArray.h>
#include <vtkOutlineSource.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>

namespace aif::scene3d {

namespace {

struct GlyphBuilder
{
    vtkNew<vtkPoints> points;
    vtkNew<vtkDoubleArray> scale;
    vtkNew<vtkUnsignedCharArray> colour;

    GlyphBuilder()
    {
        points->SetDataTypeToDouble();   // site coordinates reach kilometres: keep millimetres
        scale->SetName("scale");
        scale->SetNumberOfComponents(3);
        colour->SetName("colour");
        colour->SetNumberOfComponents(3);
    }
    void add(const Vec3 &c, const Vec3 &s, const std::array<unsigned char, 3> &rgb = {200, 200, 200})
    {
        points->InsertNextPoint(c.data());
        scale->InsertNextTuple3(s[0], s[1], s[2]);
        colour->InsertNextTuple3(rgb[0], rgb[1], rgb[2]);
    }
    vtkSmartPointer<vtkPolyData> done(bool withColour = false)
    {
        auto pd = vtkSmartPointer<vtkPolyData>::New();
        pd->SetPoints(points);
        pd->GetPointData()->AddArray(scale);
        if (withColour)
            pd->GetPointData()->AddArray(colour);
        return pd;
    }
};

Vec3 scaled(const Vec3 &s, double f)
{
    return {s[0] * f, s[1] * f, s[2] * f};
}

} // namespace

vtkSmartPointer<vtkPolyData> boxGlyphPoints(const std::vector<SceneBox> &boxes, double inflate)
{
    GlyphBuilder g;
    for (const SceneBox &b : boxes)
        g.add(b.centre, scaled(b.size, inflate));
    return g.done();
}

vtkSmartPointer<vtkPolyData> boxGlyphPoints(const std::vector<ScenePanel> &panels)
{
    GlyphBuilder g;
    for (const ScenePanel &p : panels)
        g.add(p.centre, p.size, p.cold ? std::array<unsigned char, 3>{90, 150, 230} : std::array<unsigned char, 3>{230, 110, 80});
    return g.done(true);
}

vtkSmartPointer<vtkPolyData> boxGlyphPoints(const SceneModel &model, const std::vector<std::string> &ids, double inflate)
{
    GlyphBuilder g;
    for (const std::string &id : ids) {
        if (const SceneBox *b = model.box(id))
            g.add(b->centre, scaled(b->size, inflate));
    }
    return g.done();
}

vtkSmartPointer<vtkPolyData> frontGlyphPoints(const std::vector<SceneBox> &racks)
{
    GlyphBuilder g;
    const double t = 0.02;   // plate thickness: drawn, not modelled
    for (const SceneBox &b : racks) {
        const Vec3 n = frontDirection(b.front);
        // The door covers the middle of the face, so the rack's metric colour still frames it.
        Vec3 c = b.centre, s = {b.size[0] * 0.8, b.size[1] * 0.8, b.size[2] * 0.9};
        for (int k = 0; k < 2; ++k) {
            if (n[k] != 0) {
                c[k] += n[k] * (b.size[k] / 2 + t / 2);
                s[k] = t;
            }
        }
        g.add(c, s);
    }
    return g.done();
}

vtkSmartPointer<vtkPolyData> hallGlyphPoints(const std::vector<SceneHall> &halls, bool walls)
{
    GlyphBuilder g;
    const double t = walls ? 0.15 : 0.05;
    for (const SceneHall &h : halls) {
        const double cx = h.x0 + h.width / 2, cy = h.y0 + h.depth / 2;
        if (!walls) {
            g.add({cx, cy, -t / 2}, {h.width, h.depth, t}, {205, 208, 212});
            continue;
        }
        const std::array<unsigned char, 3> wall{170, 178, 190};
        g.add({cx, h.y0 - t / 2, h.height / 2}, {h.width + 2 * t, t, h.height}, wall);
        g.add({cx, h.y0 + h.depth + t / 2, h.height / 2}, {h.width + 2 * t, t, h.height}, wall);
        g.add({h.x0 - t / 2, cy, h.height / 2}, {t, h.depth, h.height}, wall);
        g.add({h.x0 + h.width + t / 2, cy, h.height / 2}, {t, h.depth, h.height}, wall);
    }
    return g.done(true);
}

vtkSmartPointer<vtkPolyData> equipmentGlyphPoints(const std::vector<SceneBox> &equipment)
{
    GlyphBuilder g;
    for (const SceneBox &b : equipment) {
        // Colours follow the floor plan's: cooling blue, CDUs teal, power orange, busways copper.
        std::array<unsigned char, 3> rgb{120, 170, 220};
        switch (b.kind) {
        case BoxKind::AirUnit: rgb = b.type == "inrow" ? std::array<unsigned char, 3>{100, 150, 215}
                                                       : std::array<unsigned char, 3>{140, 185, 230};
            break;
        case BoxKind::Cdu: rgb = {40, 160, 160}; break;
        case BoxKind::PowerNode: rgb = {235, 150, 60}; break;
        case BoxKind::Busway: rgb = {185, 115, 60}; break;
        case BoxKind::Rack: rgb = {150, 150, 150}; break;
        }
        if (b.failed)
            rgb = {165, 35, 35};   // what-if: out of service, the plan's failed red (outlined too)
        else if (!b.degraded.empty())
            rgb = {240, 200, 40};  // what-if: part of it down (a pump, a module): yellow, apart from the orange power nodes
        g.add(b.centre, b.size, rgb);
    }
    return g.done(true);
}

vtkSmartPointer<vtkPolyData> airPathGlyphPoints(const SceneModel &model)
{
    GlyphBuilder g;
    const double tile = 0.6, floorT = 0.05, post = 0.05, slabT = 0.1;   // drawn, not modelled
    for (const SceneHall &h : model.halls) {
        if (h.raisedFloorM <= floorT)
            continue;
        const double z0 = -h.raisedFloorM;
        g.add({h.x0 + h.width / 2, h.y0 + h.depth / 2, z0 - slabT / 2}, {h.width, h.depth, slabT}, {150, 152, 156});
        // Pedestals at the tile corners along the four edges: the plenum's depth reads at a glance.
        const Vec3 size{post, post, h.raisedFloorM - floorT};
        const double zc = z0 + size[2] / 2;
        const std::array<unsigned char, 3> steel{110, 116, 126};
        for (double x = 0; x <= h.width + 1e-6; x += tile) {
            g.add({h.x0 + x, h.y0, zc}, size, steel);
            g.add({h.x0 + x, h.y0 + h.depth, zc}, size, steel);
        }
        for (double y = tile; y < h.depth - 1e-6; y += tile) {
            g.add({h.x0, h.y0 + y, zc}, size, steel);
            g.add({h.x0 + h.width, h.y0 + y, zc}, size, steel);
        }
    }
    for (const SceneVent &v : model.vents) {
        if (v.supply) {
            // Proud of the floor by a few millimetres so it never z-fights with it.
            const double t = std::clamp(v.openArea / 0.6, 0.0, 1.0);
            const std::array<unsigned char, 3> shade{static_cast<unsigned char>(245 - 77 * t),
                                                     static_cast<unsigned char>(247 - 43 * t),
                                                     static_cast<unsigned char>(252 - 15 * t)};
            g.add({v.centre[0], v.centre[1], 0.006}, {v.width - 0.01, v.depth - 0.01, 0.012}, shade);
        } else if (v.type == "return-duct") {
            // The duct rises from its grille through the ceiling (into the plenum, or 0.6 m).
            const SceneHall *h = nullptr;
            for (const SceneHall &c : model.halls)
                h = c.id == v.hall ? &c : h;
            const double up = h && h->ceilingPlenumM > 0 ? h->ceilingPlenumM : 0.6;
            g.add({v.centre[0], v.centre[1], v.centre[2] + up / 2 - 0.02}, {v.width, v.depth, up + 0.04}, {175, 120, 95});
        } else {
            g.add({v.centre[0], v.centre[1], v.centre[2] - 0.015}, {v.width, v.depth, 0.03}, {200, 110, 80});
        }
    }
    return g.done(true);
}

vtkSmartPointer<vtkPolyData> ceilingGlyphPoints(const SceneModel &model)
{
    GlyphBuilder g;
    for (const SceneHall &h : model.halls) {
        const bool grilles = std::any_of(model.vents.begin(), model.vents.end(),
                                         [&](const SceneVent &v) { return v.hall == h.id && !v.supply; });
        if (h.ceilingPlenumM <= 0 && !grilles)
            continue;
        g.add({h.x0 + h.width / 2, h.y0 + h.depth / 2, h.height + h.ceilingPlenumM / 2},
              {h.width, h.depth, h.ceilingPlenumM});
    }
    return g.done();
}

vtkSmartPointer<vtkPolyData> tileHolePoints(const std::vector<SceneVent> &vents)
{
    vtkNew<vtkPoints> points;
    points->SetDataTypeToDouble();
    vtkNew<vtkCellArray> verts;
    for (const SceneVent &v : vents) {
        if (!v.supply)
            continue;
        const int n = v.type == "grate-tile" ? 7 : 4;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const double x = v.centre[0] - v.width / 2 + (i + 0.5) * v.width / n;
                const double y = v.centre[1] - v.depth / 2 + (j + 0.5) * v.depth / n;
                verts->InsertNextCell(1);
                verts->InsertCellPoint(points->InsertNextPoint(x, y, 0.0135));
            }
    }
    auto pd = vtkSmartPointer<vtkPolyData>::New();
    pd->SetPoints(points);
    pd->SetVerts(verts);
    return pd;
}

vtkSmartPointer<vtkPolyData> pipeLines(const std::vector<ScenePipe> &pipes)
{
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> lines;
    for (const ScenePipe &p : pipes) {
        lines->InsertNextCell(vtkIdType(p.points.size()));
        for (const Vec3 &v : p.points)
            lines->InsertCellPoint(points->InsertNextPoint(v.data()));
    }
    auto pd = vtkSmartPointer<vtkPolyData>::New();
    pd->SetPoints(points);
    pd->SetLines(lines);
    return pd;
}

vtkSmartPointer<vtkPolyDataAlgorithm> unitCube()
{
    auto cube = vtkSmartPointer<vtkCubeSource>::New();
    cube->SetXLength(1);
    cube->SetYLength(1);
    cube->SetZLength(1);
    return cube;
}

vtkSmartPointer<vtkPolyDataAlgorithm> unitCubeOutline()
{
    auto outline = vtkSmartPointer<vtkOutlineSource>::New();
    outline->SetBounds(-0.5, 0.5, -0.5, 0.5, -0.5, 0.5);
    return outline;
}

} // namespace aif::scene3d
