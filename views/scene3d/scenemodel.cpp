#include "scenemodel.h"

#include "plangeometry.h"
#include "project.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif::scene3d {

namespace {

// Heights and footprints the model lacks come from model/plangeometry (shared with the air field
// and the floor plan). Busways hang 0.25 m above the tallest rack; pipes run 0.5 m above it.
constexpr double kBuswayClearanceM = 0.25;
constexpr double kPipeClearanceM = 0.5;

struct HallFrame
{
    const Hall *hall = nullptr;
    double tallestRackM = 0.0;
};

SceneBox makeBox(const Hall &h, const std::string &id, const std::string &name, BoxKind kind, double xM, double yM,
                 double widthM, double depthM, double heightM, double rotationDeg, double z0 = 0.0)
{
    const plan::Footprint f = plan::footprint(xM, yM, widthM, depthM, rotationDeg);
    SceneBox b;
    b.id = id;
    b.name = name;
    b.hall = h.id;
    b.kind = kind;
    b.centre = {h.originXM + (f.x0 + f.x1) / 2, h.originYM + (f.y0 + f.y1) / 2, z0 + heightM / 2};
    b.size = {f.x1 - f.x0, f.y1 - f.y0, heightM};
    b.front = plan::quarterTurns(rotationDeg);
    return b;
}

void grow(SceneModel &m, const Vec3 &c, const Vec3 &s)
{
    for (int k = 0; k < 3; ++k) {
        m.boundsMin[k] = std::min(m.boundsMin[k], c[k] - s[k] / 2);
        m.boundsMax[k] = std::max(m.boundsMax[k], c[k] + s[k] / 2);
    }
}

// Containment of a hot (or cold) aisle: the racks are its side walls; it adds end doors at the
// two short ends of the zone and a roof at the height of the tallest rack.
void addContainment(SceneModel &m, const Containment &c, const Hall &h, double heightM)
{
    const double cx = h.originXM + c.xM, cy = h.originYM + c.yM;
    const double t = 0.05;   // panel thickness, for drawing only
    const bool alongX = c.widthM >= c.depthM;
    m.panels.push_back({c.id, h.id, {cx, cy, heightM + t / 2}, {c.widthM, c.depthM, t}, c.type == "cold-aisle"});
    for (int side : {-1, 1}) {
        ScenePanel door{c.id, h.id, {cx, cy, heightM / 2}, {t, c.depthM, heightM}, c.type == "cold-aisle"};
        if (alongX)
            door.centre[0] += side * c.widthM / 2;
        else
            door = {c.id, h.id, {cx, cy + side * c.depthM / 2, heightM / 2}, {c.widthM, t, heightM}, door.cold};
        m.panels.push_back(door);
    }
}

// Overhead pipe from the CDU serving the rack's loop: up from the CDU, across (x then y) at pipe
// height, down to the rack's top.
void addPipe(SceneModel &m, const SceneBox &cdu, const SceneBox &rack, const std::string &loop, double pipeZ)
{
    ScenePipe p{loop, rack.id, {}};
    const double cduTop = cdu.centre[2] + cdu.size[2] / 2, rackTop = rack.centre[2] + rack.size[2] / 2;
    p.points = {{cdu.centre[0], cdu.centre[1], cduTop},
                {cdu.centre[0], cdu.centre[1], pipeZ},
                {rack.centre[0], cdu.centre[1], pipeZ},
                {rack.centre[0], rack.centre[1], pipeZ},
                {rack.centre[0], rack.centre[1], rackTop}};
    m.pipes.push_back(std::move(p));
}

} // namespace

int SceneModel::rackIndex(const std::string &id) const
{
    const auto it = m_rackIndex.find(id);
    return it == m_rackIndex.end() ? -1 : it->second;
}

const SceneBox *SceneModel::box(const std::string &id) const
{
    if (const int i = rackIndex(id); i >= 0)
        return &racks[size_t(i)];
    for (const SceneBox &b : equipment) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

Vec3 frontDirection(int front)
{
    static const Vec3 dirs[4] = {{0, -1, 0}, {1, 0, 0}, {0, 1, 0}, {-1, 0, 0}};
    return dirs[((front % 4) + 4) % 4];
}

SceneModel buildSceneModel(const Project &p)
{
    SceneModel m;
    const double inf = std::numeric_limits<double>::infinity();
    m.boundsMin = {inf, inf, inf};
    m.boundsMax = {-inf, -inf, -inf};
    std::unordered_map<std::string, HallFrame> frames;
    for (const Hall &h : p.halls) {
        const double raised = h.floor == "raised" ? std::max(0.0, h.raisedFloorM) : 0.0;
        const double ceiling = std::max(0.0, h.ceilingPlenumM);
        m.halls.push_back({h.id, h.name, h.originXM, h.originYM, h.widthM, h.depthM, h.heightM, raised, ceiling});
        frames[h.id].hall = &h;
        // The room, with the plenums below and above it.
        grow(m, {h.originXM + h.widthM / 2, h.originYM + h.depthM / 2, (h.heightM + ceiling - raised) / 2},
             {h.widthM, h.depthM, h.heightM + ceiling + raised});
    }
    for (const Vent &v : p.vents) {
        const auto it = frames.find(v.hall);
        if (it == frames.end())
            continue;
        const Hall &h = *it->second.hall;
        m.vents.push_back({v.id, v.hall, v.type, {h.originXM + v.xM, h.originYM + v.yM, v.isSupply() ? 0.0 : h.heightM},
                           v.widthM, v.depthM, v.openArea * v.damper, v.isSupply()});
    }
    for (const Rack &r : p.racks) {
        const auto it = frames.find(r.hall);
        if (it == frames.end())
            continue;   // unplaced: validation reports it
        const Hall &h = *it->second.hall;
        const double height = plan::rackHeightM(r.heightM, h.heightM);
        it->second.tallestRackM = std::max(it->second.tallestRackM, height);
        m.m_rackIndex[r.id] = int(m.racks.size());
        m.racks.push_back(makeBox(h, r.id, r.name, BoxKind::Rack, r.xM, r.yM, r.widthM, r.depthM, height, r.rotationDeg));
    }
    // A switch mounted in a rack is not drawn: a failed one marks its rack's hover text.
    for (const Switch &sw : p.switches) {
        if (!sw.failed || sw.rack.empty())
            continue;
        if (const auto it = m.m_rackIndex.find(sw.rack); it != m.m_rackIndex.end()) {
            std::string &d = m.racks[size_t(it->second)].degraded;
            d += (d.empty() ? "" : ", ") + std::string("switch ") + (sw.name.empty() ? sw.id : sw.name) + " failed (what-if)";
        }
    }
    for (const AirUnit &a : p.airUnits) {
        if (const auto it = frames.find(a.hall); it != frames.end()) {
            const Hall &h = *it->second.hall;
            SceneBox b = makeBox(h, a.id, a.name, BoxKind::AirUnit, a.xM, a.yM, a.widthM, a.depthM,
                                 plan::equipmentHeightM(h.heightM), a.rotationDeg);
            b.type = a.type;
            b.failed = a.failed;
            m.equipment.push_back(b);
        }
    }
    std::unordered_map<std::string, size_t> cduByLoop;   // secondary loop -> equipment index
    for (const Cdu &c : p.cdus) {
        if (const auto it = frames.find(c.hall); it != frames.end()) {
            const Hall &h = *it->second.hall;
            cduByLoop.emplace(c.secondaryLoop, m.equipment.size());
            m.equipment.push_back(makeBox(h, c.id, c.name, BoxKind::Cdu, c.xM, c.yM, c.widthM, c.depthM,
                                          plan::equipmentHeightM(h.heightM), c.rotationDeg));
            m.equipment.back().failed = !c.inService();   // failed, or every pump down
            if (c.inService() && c.failedPumps > 0)
                m.equipment.back().degraded = std::to_string(c.failedPumps) + " of " + std::to_string(c.pumps)
                                              + " pumps failed (what-if)";
        }
    }
    for (const PowerNode &n : p.powerNodes) {
        const auto it = frames.find(n.hall);
        if (it == frames.end() || n.type == "powershelf")
            continue;   // outside the halls, or inside a rack
        const Hall &h = *it->second.hall;
        const plan::Size size = plan::powerNodeSize(n.type, n.lengthM);   // the floor plan's footprint
        SceneBox b;
        if (n.type == "busway") {   // a 0.15 m deep bar hanging over the rack row
            const double z0 = std::min(it->second.tallestRackM + kBuswayClearanceM, 0.95 * h.heightM - 0.15);
            b = makeBox(h, n.id, n.name, BoxKind::Busway, n.xM, n.yM, size.widthM, size.depthM, 0.15, n.rotationDeg, z0);
        } else {
            b = makeBox(h, n.id, n.name, BoxKind::PowerNode, n.xM, n.yM, size.widthM, size.depthM,
                        plan::equipmentHeightM(h.heightM), n.rotationDeg);
        }
        b.type = n.type;
        b.failed = n.liveModules() == 0;   // failed, or every module down
        if (!b.failed && n.failedModules > 0)
            b.degraded = std::to_string(n.failedModules) + " of " + std::to_string(n.modules) + " modules failed (what-if)";
        m.equipment.push_back(b);
    }
    for (const Containment &c : p.containments) {
        if (const auto it = frames.find(c.hall); it != frames.end())
            addContainment(m, c, *it->second.hall,
                           it->second.tallestRackM > 0 ? it->second.tallestRackM
                                                       : plan::equipmentHeightM(it->second.hall->heightM));
    }
    for (const Rack &r : p.racks) {
        const auto cdu = cduByLoop.find(r.coolingLoop);
        const int ri = m.rackIndex(r.id);
        if (r.coolingLoop.empty() || cdu == cduByLoop.end() || ri < 0)
            continue;
        const SceneBox &cduBox = m.equipment[cdu->second];
        if (cduBox.hall != r.hall)
            continue;
        const HallFrame &f = frames[r.hall];
        addPipe(m, cduBox, m.racks[size_t(ri)], r.coolingLoop,
                std::min(f.tallestRackM + kPipeClearanceM, 0.97 * f.hall->heightM));
    }
    if (m.halls.empty()) {
        m.boundsMin = {0, 0, 0};
        m.boundsMax = {1, 1, 1};
    }
    return m;
}

std::optional<RayHit> pickRay(const SceneModel &model, const Vec3 &o, const Vec3 &d, bool includeEquipment)
{
    std::optional<RayHit> best;
    auto test = [&](const SceneBox &b, bool rack) {
        double t0 = 0.0, t1 = std::numeric_limits<double>::infinity();
        for (int k = 0; k < 3; ++k) {
            const double lo = b.centre[k] - b.size[k] / 2, hi = b.centre[k] + b.size[k] / 2;
            if (std::abs(d[k]) < 1e-15) {
                if (o[k] < lo || o[k] > hi)
                    return;
                continue;
            }
            double a = (lo - o[k]) / d[k], c = (hi - o[k]) / d[k];
            if (a > c)
                std::swap(a, c);
            t0 = std::max(t0, a);
            t1 = std::min(t1, c);
            if (t0 > t1)
                return;
        }
        if (!best || t0 < best->distance)
            best = RayHit{b.id, rack, t0};
    };
    for (const SceneBox &b : model.racks)
        test(b, true);
    if (includeEquipment) {
        for (const SceneBox &b : model.equipment)
            test(b, false);
    }
    return best;
}

} // namespace aif::scene3d
