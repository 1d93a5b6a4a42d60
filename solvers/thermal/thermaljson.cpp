// ThermalResult -> the `thermal` section of `aif solve --json` (architecture contract keys
// first: max_inlet_c, mean_inlet_c, rci_hi, rci_lo, rti, racks[], loops[]).
#include "thermalsolver.h"

#include "airfield.h"

#include <algorithm>

namespace aif::thermal {

Json ThermalResult::toJson() const
{
    Json rackList = Json::array();
    for (const RackThermal &r : racks) {
        Json j{{"id", r.id},
               {"inlet_c", r.inletC},
               {"outlet_c", r.outletC},
               {"throttled", r.gpu.throttled},
               {"clock_factor", r.gpu.clockFactor},
               {"leakage_factor", r.gpu.leakageFactor},
               {"airflow_m3s", r.airflowM3s},
               {"air_heat_kw", r.airHeatW / 1e3},
               {"liquid_heat_kw", r.liquidHeatW / 1e3}, {"door_heat_kw", r.doorHeatW / 1e3}};
        if (r.gpus > 0)   // racks without GPUs (network, storage) have no junction to report
            j["gpu_junction_c"] = r.gpu.junctionC;
        if (r.uncooled)
            j["uncooled"] = true;   // hall or loop without a steady state: GPUs shut down
        if (r.coolant.cooled) {
            j["coolant_supply_c"] = r.coolant.supplyC;
            j["coolant_return_c"] = r.coolant.returnC;
            j["coolant_lpm_per_kw"] = r.coolant.lpmPerKw;
        }
        rackList.push_back(j);
    }
    Json loopList = Json::array();
    for (const LoopThermal &l : loops)
        loopList.push_back(Json{{"id", l.id},
                                {"type", l.type},
                                {"supply_c", l.supplyC},
                                {"return_c", l.returnC},
                                {"flow_lpm", l.flowM3s * 60000.0},
                                {"heat_kw", l.heatW / 1e3},
                                {"capacity_kw", l.capacityW / 1e3},
                                {"utilization", l.utilization},
                                {"pressure_drop_kpa", l.pressureDropPa / 1e3},
                                {"pump_kw", l.pumpW / 1e3},
                                {"n_plus_1", l.nPlusOne},
                                {"no_steady_state", l.noSteadyState}});
    Json hallList = Json::array();
    for (const HallThermal &h : halls) {
        Json j{{"id", h.id},
               {"supply_c", h.supplyC},
               {"return_c", h.returnC},
               {"supply_m3s", h.supplyM3s},
               {"rack_m3s", h.rackM3s},
               {"recirculation", h.recirculation},
               {"inlets_from_matrix", h.fromMatrix},
               {"max_inlet_c", h.maxInletC},
               {"mean_inlet_c", h.meanInletC},
               {"rci_hi", h.rciHi},
               {"rci_lo", h.rciLo},
               {"rti", h.rti},
               {"shi", h.shi},
               {"live_capacity_kw", h.liveCapacityW / 1e3},
               {"no_steady_state", h.noSteadyState},
               {"seconds_to_allowable", h.secondsToAllowable}};
        if (h.plenumPa > 0.0)   // raised floor: the plenum's total and the tiles' static pressures
            j["plenum"] = Json{{"total_pa", h.plenumPa}, {"min_static_pa", h.plenumMinStaticPa},
                               {"max_static_pa", h.plenumMaxStaticPa}};
        hallList.push_back(j);
    }
    Json unitList = Json::array();
    for (const AirUnitThermal &u : units)
        unitList.push_back(Json{{"id", u.id}, {"heat_kw", u.heatW / 1e3}, {"capacity_kw", u.capacityW / 1e3},
                                {"return_c", u.returnC}, {"supply_c", u.supplyC}, {"airflow_m3s", u.airflowM3s},
                                {"rated_airflow_m3s", u.ratedM3s}});
    Json ventList = Json::array();
    for (const VentFlow &v : vents)
        ventList.push_back(Json{{"id", v.id}, {"flow_m3s", v.flowM3s}, {"pressure_pa", v.staticPressurePa},
                                {"supply_c", v.supplyC}});
    // Heat with nowhere to go closes the balance as a term of its own (and an error elsewhere).
    const double removed = liquidRemovedW + airRemovedW + unremovedW;
    // Hot spots: the five hottest rack intakes.
    std::vector<const RackThermal *> byInlet;
    for (const RackThermal &r : racks) {
        if (r.airHeatW > 0 || r.gpus > 0)
            byInlet.push_back(&r);
    }
    std::sort(byInlet.begin(), byInlet.end(), [](const RackThermal *a, const RackThermal *b) { return a->inletC > b->inletC; });
    Json hotSpots = Json::array();
    for (size_t i = 0; i < byInlet.size() && i < 5; ++i)
        hotSpots.push_back(Json{{"id", byInlet[i]->id}, {"inlet_c", byInlet[i]->inletC}});
    Json fields = Json::array();
    for (const HallAirField &f : airFields)
        fields.push_back(Json{{"hall", f.hall},
                              {"cells", f.field->nx * f.field->ny * f.field->nz},
                              {"grid", Json::array({f.field->nx, f.field->ny, f.field->nz})},
                              {"cell_m", f.field->cellM},
                              {"flow_iterations", f.field->flowIterations},
                              {"thermal_iterations", f.field->thermalIterations},
                              {"flow_residual", f.field->flowResidual},
                              {"thermal_residual", f.field->thermalResidual},
                              {"seconds", f.field->seconds},
                              {"converged", f.field->converged},
                              {"heat_in_kw", f.field->heatInW / 1e3},
                              {"heat_removed_kw", f.field->heatRemovedW / 1e3},
                              {"note", f.field->note}});
    return Json{{"tier", tier},
                {"max_inlet_c", maxInletC},
                {"mean_inlet_c", meanInletC},
                {"rci_hi", rciHi},
                {"rci_lo", rciLo},
                {"rti", rti},
                {"throttled_racks", throttledRacks},
                {"hot_spots", hotSpots},
                {"heat_balance", Json{{"in_kw", heatInW / 1e3},
                                      {"liquid_kw", liquidRemovedW / 1e3},
                                      {"air_kw", airRemovedW / 1e3},
                                      {"unremoved_kw", unremovedW / 1e3},
                                      {"error_pct", heatInW > 0 ? (heatInW - removed) / heatInW * 100.0 : 0.0}}},
                {"air_field", fields},
                {"racks", rackList},
                {"loops", loopList},
                {"halls", hallList},
                {"air_units", unitList},
                {"vents", ventList}};
}

} // namespace aif::thermal
