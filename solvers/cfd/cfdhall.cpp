// The hall's CFD description (docs/cfd.md "What the case contains"). Flows and heats come from the
// project's thermal solve so the CFD and the fast model see the same racks and units.
#include "cfd/cfdhall.h"

#include "plangeometry.h"
#include "thermal/airproperties.h"
#include "thermal/thermalsolver.h"

#include <cmath>
#include <map>

namespace aif::cfd {
namespace {

// Rotation in quarter turns: 0 => front faces -y, 1 => +x, 2 => +y, 3 => -x (rack.h).
int quarterTurns(double rotationDeg)
{
    const int q = int(std::lround(rotationDeg / 90.0)) % 4;
    return q < 0 ? q + 4 : q;
}

Box footprint(double x, double y, double w, double d, double rotationDeg, double h)
{
    const bool turned = quarterTurns(rotationDeg) % 2 == 1;
    const double hx = (turned ? d : w) / 2, hy = (turned ? w : d) / 2;
    return {{x - hx, y - hy, 0.0}, {x + hx, y + hy, h}};
}

// The vertical face of a box on the side `quarter` points to, with z up to zTop.
Patch sideFace(const Box &b, int quarter, double zTop)
{
    Patch p;
    p.rect = b;
    p.rect.hi[2] = zTop;
    static const int axis[4] = {1, 0, 1, 0}, sign[4] = {-1, 1, 1, -1};
    p.axis = axis[quarter];
    p.intoFluid = sign[quarter];
    const double at = sign[quarter] > 0 ? b.hi[p.axis] : b.lo[p.axis];
    p.rect.lo[p.axis] = p.rect.hi[p.axis] = at;
    return p;
}

Patch floorOrCeiling(double x, double y, double w, double d, double z, int intoFluid)
{
    Patch p;
    p.rect = {{x - w / 2, y - d / 2, z}, {x + w / 2, y + d / 2, z}};
    p.axis = 2;
    p.intoFluid = intoFluid;
    return p;
}

// Tile flows from the thermal solver's plenum model where it reports them (ThermalResult::vents,
// issue 16); until then, and for tiles it does not list, the underfloor units' flow split equally.
template<class R>
bool ventFlow(const R &result, const std::string &id, double *flowM3s)
{
    if constexpr (requires { result.vents; }) {
        for (const auto &v : result.vents) {
            if (v.id == id) {
                *flowM3s = v.flowM3s;
                return true;
            }
        }
    }
    return false;
}

bool inside(const Box &b, double W, double D, double H)
{
    const double eps = 1e-9;
    return b.lo[0] >= -eps && b.lo[1] >= -eps && b.hi[0] <= W + eps && b.hi[1] <= D + eps && b.hi[2] <= H + eps;
}

} // namespace

std::string foamWord(const std::string &s)
{
    std::string w;
    for (char c : s)
        w += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
    return w.empty() ? std::string("_") : w;
}

double CfdHall::areaM2(const Patch &p) const
{
    double a = 1.0;
    for (int k = 0; k < 3; ++k)
        if (k != p.axis)
            a *= p.rect.hi[k] - p.rect.lo[k];
    return a;
}

const Patch *findPatch(const CfdHall &hall, PatchKind kind, const std::string &entity)
{
    for (const Patch &p : hall.patches)
        if (p.kind == kind && p.entity == entity)
            return &p;
    return nullptr;
}

bool buildCfdHall(const Project &project, const thermal::ThermalResult &thermal, const std::string &hallId,
                  CfdHall *out, std::string *error)
{
    size_t h = 0;
    if (!hallId.empty()) {
        while (h < project.halls.size() && project.halls[h].id != hallId)
            ++h;
    }
    if (h >= project.halls.size()) {
        *error = hallId.empty() ? "the project has no hall" : "no hall '" + hallId + "'";
        return false;
    }
    const Hall &hall = project.halls[h];
    CfdHall c;
    c.hallId = hall.id;
    c.widthM = hall.widthM;
    c.depthM = hall.depthM;
    c.heightM = hall.heightM;
    c.elevationM = project.siteOf(hall).elevationM;
    c.supplyC = h < thermal.halls.size() ? thermal.halls[h].supplyC : 20.0;
    const double equipH = plan::equipmentHeightM(hall.heightM);
    auto rho = [&](double tC) { return thermal::airDensity(tC, c.elevationM); };
    auto fail = [&](const std::string &why) {
        *error = "hall " + hall.id + ": " + why;
        return false;
    };

    bool hasReturnVents = false, hasTiles = false;
    for (const Vent &v : project.vents) {
        if (v.hall == hall.id) {
            hasTiles = hasTiles || v.isSupply();
            hasReturnVents = hasReturnVents || !v.isSupply();
        }
    }

    double massIn = 0, massOut = 0;
    for (size_t r = 0; r < project.racks.size() && r < thermal.racks.size(); ++r) {
        const Rack &rack = project.racks[r];
        if (rack.hall != hall.id)
            continue;
        const thermal::RackThermal &t = thermal.racks[r];
        const Box b = footprint(rack.xM, rack.yM, rack.widthM, rack.depthM, rack.rotationDeg,
                                plan::rackHeightM(rack.heightM, hall.heightM));
        if (!inside(b, c.widthM, c.depthM, c.heightM))
            return fail("rack " + rack.id + " lies partly outside the hall");
        c.solids.push_back(b);
        c.rackIds.push_back(rack.id);
        c.fastT0InletC.push_back(t.inletC);
        if (t.airflowM3s <= 0)
            continue;   // liquid-only rack: a solid block, no air through it
        const int q = quarterTurns(rack.rotationDeg);
        Patch in = sideFace(b, q, b.hi[2]);
        in.kind = PatchKind::RackIntake;
        in.entity = rack.id;
        in.name = "intake-" + foamWord(rack.id);
        in.flowM3s = t.airflowM3s;
        in.massKgs = rho(t.inletC) * t.airflowM3s;   // airflow is measured at the inlet (heatedAirC)
        in.temperatureC = t.inletC;
        Patch ex = sideFace(b, (q + 2) % 4, b.hi[2]);
        ex.kind = PatchKind::RackExhaust;
        ex.entity = rack.id;
        ex.name = "exhaust-" + foamWord(rack.id);
        ex.flowM3s = t.airflowM3s;
        ex.massKgs = in.massKgs;   // same mass in and out: the rack stores no air
        ex.temperatureC = t.outletC;
        ex.heatW = t.airHeatW;
        ex.mappedFrom = in.name;
        c.patches.push_back(in);
        c.patches.push_back(ex);
        massOut += in.massKgs;
        massIn += ex.massKgs;
    }
    if (c.rackIds.empty())
        return fail("no racks to simulate");

    double underfloorM3s = 0, underfloorHeatTC = 0;
    for (const AirUnit &a : project.airUnits) {
        if (a.hall != hall.id || a.failed || a.type == "rdhx")
            continue;   // rear doors sit on their rack: part of the rack's block
        const Box b = footprint(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg, equipH);
        if (!inside(b, c.widthM, c.depthM, c.heightM))
            return fail("air unit " + a.id + " lies partly outside the hall");
        c.solids.push_back(b);
        const double supplyC = a.control == "supply" ? a.supplyTempC : c.supplyC;
        const int q = quarterTurns(a.rotationDeg);
        if (a.discharge == "underfloor" && hasTiles) {
            underfloorM3s += a.airflowM3s;
            underfloorHeatTC += a.airflowM3s * supplyC;
        } else {
            if (a.discharge != "room")
                c.notes.push_back("air unit " + a.id + " (" + a.discharge
                                  + ") discharges through the lower half of its front: no tiles or duct modelled");
            Patch s = sideFace(b, q, b.hi[2] / 2);   // the lower half, as the fast model's AirUnit
            s.kind = PatchKind::UnitSupply;
            s.entity = a.id;
            s.name = "supply-" + foamWord(a.id);
            s.flowM3s = a.airflowM3s;
            s.massKgs = rho(supplyC) * a.airflowM3s;
            s.temperatureC = supplyC;
            c.patches.push_back(s);
            massIn += s.massKgs;
        }
        if (!hasReturnVents) {
            // In-row coolers take their return from the rear, perimeter units on top.
            Patch r = a.type == "inrow" ? sideFace(b, (q + 2) % 4, b.hi[2]) : floorOrCeiling(0, 0, 0, 0, b.hi[2], 1);
            if (a.type != "inrow") {
                r.rect = b;
                r.rect.lo[2] = b.hi[2];
            }
            r.kind = PatchKind::PressureOutlet;
            r.entity = a.id;
            r.name = "return-" + foamWord(a.id);
            c.patches.push_back(r);
        }
    }
    for (const Cdu &cdu : project.cdus) {
        if (cdu.hall == hall.id)
            c.solids.push_back(footprint(cdu.xM, cdu.yM, cdu.widthM, cdu.depthM, cdu.rotationDeg, equipH));
    }

    std::vector<size_t> tiles;
    for (const Vent &v : project.vents) {
        if (v.hall != hall.id)
            continue;
        Patch p = floorOrCeiling(v.xM, v.yM, v.widthM, v.depthM, v.isSupply() ? 0.0 : c.heightM, v.isSupply() ? 1 : -1);
        if (!inside(p.rect, c.widthM, c.depthM, c.heightM))
            return fail("vent " + v.id + " lies partly outside the hall");
        p.entity = v.id;
        p.name = (v.isSupply() ? "tile-" : "grille-") + foamWord(v.id);
        p.kind = v.isSupply() ? PatchKind::SupplyTile : PatchKind::PressureOutlet;
        if (v.isSupply())
            tiles.push_back(c.patches.size());
        c.patches.push_back(p);
    }
    if (!tiles.empty()) {
        const double tileC = underfloorM3s > 0 ? underfloorHeatTC / underfloorM3s : c.supplyC;
        bool allFromSolver = true;
        for (size_t i : tiles) {
            Patch &p = c.patches[i];
            double flow = underfloorM3s / double(tiles.size());
            allFromSolver = ventFlow(thermal, p.entity, &flow) && allFromSolver;
            p.flowM3s = flow;
            p.temperatureC = tileC;
            p.massKgs = rho(tileC) * flow;
            massIn += p.massKgs;
        }
        if (!allFromSolver)
            c.notes.push_back("tile flows: the underfloor units' airflow split equally over the hall's supply tiles "
                              "(the thermal solve reported no per-tile flow)");
    }

    double outletArea = 0;
    for (const Patch &p : c.patches)
        outletArea += p.kind == PatchKind::PressureOutlet ? c.areaM2(p) : 0.0;
    if (outletArea <= 0)
        return fail("no return: the room air has no way out (add ceiling grilles or air units)");
    for (Patch &p : c.patches) {
        if (p.kind == PatchKind::PressureOutlet) {
            // Not prescribed (a fixed-pressure outlet takes what is left); its nominal share by area.
            p.massKgs = (massIn - massOut) * c.areaM2(p) / outletArea;
            p.flowM3s = p.massKgs / rho(c.supplyC);
        }
    }
    if (massIn - massOut < 0)
        c.notes.push_back("the racks draw more air than the units supply: the returns run backwards "
                          "and feed room air at the supply temperature");
    if (h < thermal.halls.size()) {
        double rackHeat = 0;
        for (const Patch &p : c.patches)
            rackHeat += p.heatW;
        const double roomHeat = thermal.halls[h].airHeatW - rackHeat;
        if (roomHeat > 1.0)
            c.notes.push_back("not modelled: " + std::to_string(int(roomHeat)) + " W of power-chain losses in the room air");
    }
    *out = std::move(c);
    return true;
}

} // namespace aif::cfd
