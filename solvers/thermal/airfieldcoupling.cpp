#include "airfieldcoupling.h"

#include "airfield.h"
#include "airmetrics.h"
#include "airpath.h"
#include "airproperties.h"
#include "plangeometry.h"
#include "power/coolingpower.h"
#include "thermalsolver.h"

#include <algorithm>
#include <cmath>

namespace aif::thermal {

namespace {

Face faceOf(double rotationDeg)
{
    return Face(plan::quarterTurns(rotationDeg));   // Face numbering follows the plan convention
}

AirBox boxOf(double x, double y, double w, double d, double rotationDeg, double h)
{
    const plan::Footprint f = plan::footprint(x, y, w, d, rotationDeg);
    return {f.x0, f.y0, 0.0, f.x1, f.y1, h};
}

// The field's constants from the project (AirModel: calibrated defaults, settable per project).
AirFieldOptions fieldOptions(const AirModel &m, double cellM)
{
    AirFieldOptions o;
    o.cellM = cellM;
    o.supplyThrowM = m.unitJetThrowM;
    o.exhaustThrowM = m.rackJetThrowM;
    o.tileThrowM = m.tileJetThrowM;
    o.diffusivityM2s = m.turbulentDiffusivityM2s;
    o.recirculationMix = m.recirculationCoefficient;
    o.buoyancy = m.buoyancy;
    return o;
}

} // namespace

AirFieldInput buildHallInput(const Project &p, size_t hIndex, const ThermalResult &res, std::vector<size_t> *rackIndexOut,
                             std::vector<size_t> *unitIndexOut)
{
    const Hall &hall = p.halls[hIndex];
    const HallThermal &ht = res.halls[hIndex];
    const double equipH = plan::equipmentHeightM(hall.heightM);   // units and obstacles have no height
    AirFieldInput in;
    in.widthM = hall.widthM;
    in.depthM = hall.depthM;
    in.heightM = hall.heightM;
    std::vector<size_t> &rackIndex = *rackIndexOut, &unitIndex = *unitIndexOut;
    double rackAirHeat = 0, tallest = 0;
    for (size_t r = 0; r < p.racks.size(); ++r) {
        const Rack &rack = p.racks[r];
        if (rack.hall != hall.id)
            continue;
        const RackThermal &t = res.racks[r];
        in.racks.push_back({rack.id, boxOf(rack.xM, rack.yM, rack.widthM, rack.depthM, rack.rotationDeg,
                                           plan::rackHeightM(rack.heightM, hall.heightM)),
                            faceOf(rack.rotationDeg), t.airflowM3s, std::max(0.0, t.airHeatW - t.doorHeatW)});
        rackIndex.push_back(r);
        rackAirHeat += t.airHeatW;
        tallest = std::max(tallest, plan::rackHeightM(rack.heightM, hall.heightM));
    }
    std::unordered_map<std::string, double> rowLeakage;
    for (const Containment &c : p.containments)
        for (const std::string &row : c.rows)
            rowLeakage[row] = c.leakageFraction;
    // T1 spreads the wrap over one and a half racks (0.9 m): its grid smears the end rack's
    // excess over its neighbour anyway, and its recirculation correction was tuned with it.
    const std::vector<double> exposure = rowEndExposure(p, rackIndex, rowLeakage, 0.9);
    for (size_t k = 0; k < in.racks.size(); ++k)
        in.racks[k].rowEnd = exposure[k];
    // Tiles with their plenum flows (plenum.h); units discharging into that plenum then supply
    // the room only through them.
    const bool plenum = hasPlenum(p, hall);
    for (const VentFlow &vf : res.vents) {
        const Vent *v = p.get<Vent>(vf.id);
        if (v && v->hall == hall.id)
            in.tiles.push_back({v->id, {v->xM - 0.5 * v->widthM, v->yM - 0.5 * v->depthM, 0.0,
                                        v->xM + 0.5 * v->widthM, v->yM + 0.5 * v->depthM, 0.0},
                                vf.flowM3s, vf.supplyC});
    }
    if (hall.returnPath != "room") {
        for (const Vent &v : p.vents)
            if (v.hall == hall.id && !v.isSupply())
                in.grilles.push_back({v.id, {v.xM - 0.5 * v.widthM, v.yM - 0.5 * v.depthM, 0.0,
                                             v.xM + 0.5 * v.widthM, v.yM + 0.5 * v.depthM, 0.0},
                                      std::max(0.0, v.widthM * v.depthM * v.openArea * v.damper)});
    }
    // Rear doors sit on their racks (whose exhaust they have already cooled, above); they are
    // drawn as units only in a hall that has no other unit to hold the room's temperature.
    bool roomUnits = false;
    for (const aif::AirUnit &a : p.airUnits)
        roomUnits = roomUnits || (a.hall == hall.id && !a.failed && !power::isRearDoor(p, a));
    for (size_t u = 0; u < p.airUnits.size(); ++u) {
        const aif::AirUnit &a = p.airUnits[u];
        if (a.hall != hall.id || a.failed || (roomUnits && power::isRearDoor(p, a)))
            continue;
        double supplyC = a.supplyTempC;
        for (const AirUnitThermal &ut : res.units)
            if (ut.id == a.id)
                supplyC = ut.supplyC;   // floating under return control
        aif::thermal::FieldUnit unit{a.id, boxOf(a.xM, a.yM, a.widthM, a.depthM, a.rotationDeg, equipH),
                                   faceOf(a.rotationDeg), a.airflowM3s, supplyC, a.type != "inrow"};
        unit.suppliesRoom = !(plenum && !in.tiles.empty() && a.discharge == "underfloor");
        in.units.push_back(unit);
        unitIndex.push_back(u);
    }
    // A chimney rack's exhaust goes up a sealed duct into the ceiling plenum: a closed (no
    // leakage) box over its rear clearance, 0.3 m deep, whose top the returns take (the same
    // path a contained hot aisle's air takes).
    for (size_t k = 0; k < rackIndex.size(); ++k) {
        const Rack &rack = p.racks[rackIndex[k]];
        if (rack.exhaust != "chimney")
            continue;
        const AirBox &b = in.racks[k].box;
        constexpr double kDuctM = 0.3;
        AirBox duct = b;
        switch (in.racks[k].front) {
        case Face::MinusY: duct.y0 = b.y1; duct.y1 = b.y1 + kDuctM; break;
        case Face::PlusY: duct.y1 = b.y0; duct.y0 = b.y0 - kDuctM; break;
        case Face::PlusX: duct.x1 = b.x0; duct.x0 = b.x0 - kDuctM; break;
        case Face::MinusX: duct.x0 = b.x1; duct.x1 = b.x1 + kDuctM; break;
        }
        in.containments.push_back({duct, 0.0});
    }
    for (const Containment &c : p.containments) {
        if (c.hall == hall.id)
            in.containments.push_back({boxOf(c.xM, c.yM, c.widthM, c.depthM, 0.0, tallest > 0 ? tallest : equipH),
                                       c.leakageFraction});
    }
    for (const Cdu &c : p.cdus) {
        if (c.hall == hall.id)
            in.obstacles.push_back(boxOf(c.xM, c.yM, c.widthM, c.depthM, c.rotationDeg, equipH));
    }
    in.roomHeatW = std::max(0.0, ht.airHeatW - rackAirHeat);   // power-chain losses in the hall
    return in;
}

std::vector<HallAirField> applyAirField(const Project &p, ThermalResult &res, double cellM, Progress *progress,
                                        const std::vector<HallAirField> &previous)
{
    std::vector<HallAirField> fields;
    for (size_t hIndex = 0; hIndex < p.halls.size() && hIndex < res.halls.size(); ++hIndex) {
        const Hall &hall = p.halls[hIndex];
        HallThermal &ht = res.halls[hIndex];
        std::vector<size_t> rackIndex, unitIndex;
        const AirFieldInput in = buildHallInput(p, hIndex, res, &rackIndex, &unitIndex);
        double rackAirHeat = 0;
        for (const AirRack &r : in.racks)
            rackAirHeat += r.heatW;
        if (in.racks.empty() || in.units.empty())
            continue;

        AirFieldOptions options = fieldOptions(p.airModel, cellM);
        for (const HallAirField &prev : previous) {
            // Same hall, same grid: start from its temperatures (fewer iterations after an edit;
            // the solver ignores a start vector whose size does not match its grid).
            if (prev.hall == hall.id && prev.field && std::abs(prev.field->cellM - cellM) < 1e-12)
                options.warmStartTemperature = &prev.field->temperatureC;
        }
        auto field = std::make_shared<AirFieldResult>(solveAirField(in, options, progress));
        if (field->cancelled)
            return fields;
        if (!field->gridNote.empty()) {
            // Coarsened (bounded memory) or not solved at all: the user is told either way.
            res.violations.push_back({Diagnostic::Severity::Warning, {}, hall.id, "thermal.airfield-grid",
                                      "hall " + hall.id + ": air field " + field->gridNote});
        }
        if (field->nx == 0)
            continue;   // the hall keeps its T0 inlets and metrics
        std::vector<double> inlets, outlets;
        ht.maxInletC = 0;
        ht.meanInletC = 0;
        for (size_t k = 0; k < rackIndex.size(); ++k) {
            RackThermal &t = res.racks[rackIndex[k]];
            // A rack the field could not place (no airflow, blocked faces) keeps its T0 values.
            if (std::isfinite(field->rackInletC[k]))
                t.inletC = field->rackInletC[k];
            if (std::isfinite(field->rackOutletC[k]))
                t.outletC = field->rackOutletC[k];
            inlets.push_back(t.inletC);
            outlets.push_back(t.outletC);
            ht.maxInletC = std::max(ht.maxInletC, t.inletC);
            ht.meanInletC += t.inletC / double(rackIndex.size());
        }
        double returnFlowTemp = 0, returnFlow = 0;
        for (size_t k = 0; k < unitIndex.size(); ++k) {
            const std::string &id = p.airUnits[unitIndex[k]].id;
            for (AirUnitThermal &u : res.units) {
                if (u.id == id && std::isfinite(field->unitReturnC[k]))
                    u.returnC = field->unitReturnC[k];
            }
            if (!std::isfinite(field->unitReturnC[k]))
                continue;   // a unit the field ignored (no airflow, blocked faces)
            returnFlowTemp += field->unitReturnC[k] * in.units[k].airflowM3s;
            returnFlow += in.units[k].airflowM3s;
        }
        ht.returnC = returnFlow > 0 ? returnFlowTemp / returnFlow : ht.returnC;
        const AirClassLimits lim = airClassLimits(hall.ashraeClass);
        ht.rciHi = rciHi(inlets, lim.recommendedMax, lim.allowableMax);
        ht.rciLo = rciLo(inlets, lim.recommendedMin, lim.allowableMin);
        const double dT = ht.rackM3s > 0 ? rackAirHeat / (airDensity(ht.supplyC, p.siteOf(hall).elevationM) * kAirCp * ht.rackM3s) : 0.0;
        ht.rti = rti(ht.returnC, ht.supplyC, dT);
        ht.shi = shi(inlets, outlets, ht.supplyC);
        fields.push_back({hall.id, field});
    }
    return fields;
}

bool recirculationInlets(const RecirculationMatrix &m, const std::vector<std::string> &rackIds,
                         const std::vector<double> &airHeatW, std::vector<double> *inletsC)
{
    const size_t n = rackIds.size();
    if (m.rackIds != rackIds || airHeatW.size() != n || m.dKPerW.size() != n * n || m.baseInletC.size() != n)
        return false;
    std::vector<double> t(n);
    for (size_t i = 0; i < n; ++i) {
        double sum = m.baseInletC[i];
        for (size_t j = 0; j < n; ++j)
            sum += m.dKPerW[i * n + j] * airHeatW[j];
        if (!std::isfinite(sum))
            return false;
        t[i] = sum;
    }
    *inletsC = std::move(t);
    return true;
}

RecirculationSet computeRecirculation(const Project &p, const ThermalResult &t0, double cellM, Progress *progress)
{
    RecirculationSet set;
    for (size_t h = 0; h < p.halls.size() && h < t0.halls.size(); ++h) {
        std::vector<size_t> racks, units;
        const AirFieldInput in = buildHallInput(p, h, t0, &racks, &units);
        if (in.racks.empty() || in.units.empty())
            continue;
        const AirFieldOptions options = fieldOptions(p.airModel, cellM);
        auto m = std::make_shared<RecirculationMatrix>(computeRecirculationMatrix(in, options, progress));
        if (m->cancelled)
            break;
        set.emplace_back(p.halls[h].id, m);
    }
    return set;
}

} // namespace aif::thermal
