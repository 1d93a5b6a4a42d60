#pragma once

#include "entitykind.h"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace aif {
struct Project;
}

namespace aif::scene3d {

// The hall in 3D as plain boxes and lines in site coordinates (x east, y north, z up, metres),
// before any VTK: what the scene draws, what picking hits and what tests check. Halls sit at
// their origin on the site; plan rotations are quarter turns, so every box stays axis-aligned.

using Vec3 = std::array<double, 3>;

enum class BoxKind { Rack, AirUnit, Cdu, PowerNode, Busway };

struct SceneBox
{
    std::string id;
    std::string name;
    std::string hall;
    BoxKind kind = BoxKind::Rack;
    std::string type;        // air unit / power node type ("crah", "inrow", "pdu", ...)
    Vec3 centre{};           // centre of the box
    Vec3 size{};             // extent along x, y, z (width and depth already swapped by rotation)
    int front = 0;           // the face air enters: 0 -y, 1 +x, 2 +y, 3 -x (model/plangeometry.h)
    bool failed = false;     // what-if: the unit is out of service (air units, CDUs, power nodes)
    std::string degraded;    // what-if: part of it is down, in words ("1 of 2 pumps failed"); empty if not
};

struct ScenePanel   // a containment panel (translucent): its box
{
    std::string id;
    std::string hall;
    Vec3 centre{}, size{};
    bool cold = false;
};

struct ScenePipe    // overhead liquid pipe from a CDU to a rack on its secondary loop
{
    std::string loop;
    std::string rack;
    std::vector<Vec3> points;
};

struct SceneHall
{
    std::string id, name;
    double x0 = 0, y0 = 0, width = 0, depth = 0, height = 0;
    // The room floor is z = 0 (racks stand on it, the air field starts there); a raised floor's
    // plenum is drawn below it, down to the structural slab, and a ceiling plenum above z = height.
    double raisedFloorM = 0;   // 0: slab floor
    double ceilingPlenumM = 0;
};

struct SceneVent    // a floor tile (on the floor) or a return grille / duct (in the ceiling)
{
    std::string id, hall, type;
    Vec3 centre{};           // on the floor (z 0) or at the ceiling (z = hall height)
    double width = 0.6, depth = 0.6;
    double openArea = 0.25;  // free area after the damper
    bool supply = true;      // a floor tile
};

struct SceneModel
{
    std::vector<SceneHall> halls;
    std::vector<SceneBox> racks;
    std::vector<SceneBox> equipment;   // air units, CDUs, floor power nodes, busways
    std::vector<ScenePanel> panels;    // containment: two side walls and a roof per zone
    std::vector<ScenePipe> pipes;
    std::vector<SceneVent> vents;
    Vec3 boundsMin{}, boundsMax{};     // of everything, floors included

    int rackIndex(const std::string &id) const;   // -1 when absent
    const SceneBox *box(const std::string &id) const;   // rack or equipment

private:
    friend SceneModel buildSceneModel(const Project &);
    std::unordered_map<std::string, int> m_rackIndex;
};

SceneModel buildSceneModel(const Project &project);

// Front-face direction of a box as a unit vector on the plan.
Vec3 frontDirection(int front);

struct RayHit
{
    std::string id;
    bool rack = false;
    double distance = 0.0;   // along the ray, in units of its direction's length
};

// The nearest rack or equipment box a ray hits (slab test on axis-aligned boxes), if any. Exact,
// independent of the renderer, and fast enough for hover on 10k racks (a linear scan, ~µs each).
std::optional<RayHit> pickRay(const SceneModel &model, const Vec3 &origin, const Vec3 &direction,
                              bool includeEquipment = true);

} // namespace aif::scene3d
