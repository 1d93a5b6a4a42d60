// PowerResult -> the `power` section of `aif solve --json` (docs/cli.md). Keys are snake_case
// with the unit in the name.
#include "powersolver.h"

namespace aif::power {

Json PowerResult::toJson() const
{
    Json losses = Json::object();
    for (const auto &[stage, w] : lossesByStageW)
        losses[stage] = w / 1e3;
    Json feeds = Json::array();
    for (const NodeResult &n : nodes)
        feeds.push_back(Json{{"id", n.id},
                             {"type", n.type},
                             {"side", n.side},
                             {"alive", n.alive},
                             {"load_kw", n.loadW / 1e3},
                             {"loss_kw", n.lossW / 1e3},
                             {"input_kw", n.inputW / 1e3},
                             {"capacity_kw", n.capacityW / 1e3},
                             {"installed_kw", n.physicalW / 1e3},
                             {"utilization", n.utilization},
                             {"efficiency", n.efficiency}});
    Json rackList = Json::array();
    for (const RackLoad &r : racks)
        rackList.push_back(Json{{"id", r.id},
                                {"gpus", r.gpus},
                                {"gpu_kw", r.gpuW / 1e3},
                                {"cpu_kw", r.cpuW / 1e3},
                                {"nic_kw", r.nicW / 1e3},
                                {"fan_kw", r.fanW / 1e3},
                                {"network_kw", r.networkW / 1e3},
                                {"psu_loss_kw", r.psuLossW / 1e3},
                                {"it_kw", r.inputW / 1e3},
                                {"liquid_fraction", r.liquidFraction}});
    Json coolingUnits = Json::array();
    for (const CoolingUnitLoad &u : cooling.units)
        coolingUnits.push_back(Json{{"id", u.id},
                                    {"type", u.type},
                                    {"heat_kw", u.heatW / 1e3},
                                    {"capacity_kw", u.capacityW / 1e3},
                                    {"utilization", u.utilization},
                                    {"power_kw", u.powerW / 1e3}});
    Json failures = Json::array();
    for (const FailureCase &c : redundancy.cases) {
        if (c.droppedRacks.empty() && c.overloaded.empty())
            continue;   // only the cases that hurt, to keep the output readable
        failures.push_back(Json{{"failed", c.failed},
                                {"dropped_racks", c.droppedRacks.size()},
                                {"overloaded", c.overloaded},
                                {"worst_utilization", c.worstUtilization},
                                {"worst_node", c.worstNode}});
    }
    // The big lists are moved in last, in the same key order: an initializer list would copy
    // them (51,000 racks are a few hundred ms of copying).
    Json coolingJson{{"air_fans_kw", cooling.airFansW / 1e3},
                     {"cdu_pumps_kw", cooling.cduPumpsW / 1e3},
                     {"chillers_kw", cooling.chillersW / 1e3},
                     {"dry_coolers_kw", cooling.dryCoolersW / 1e3},
                     {"towers_kw", cooling.towersW / 1e3},
                     {"heat_reuse_kw", cooling.heatReuseW / 1e3},
                     {"liquid_heat_kw", cooling.liquidHeatW / 1e3},
                     {"air_heat_kw", cooling.airHeatW / 1e3},
                     {"electrical_room_heat_kw", cooling.electricalRoomHeatW / 1e3},
                     {"unrejected_heat_kw", cooling.unrejectedHeatW / 1e3},
                     {"basis", cooling.basis}};
    coolingJson["units"] = std::move(coolingUnits);
    Json redundancyJson{{"tier", redundancy.tier},
                        {"tier_reason", redundancy.tierReason},
                        {"tier_basis", "indicative, electrical topology only"},
                        {"dual_path", redundancy.dualPath},
                        {"independent_sources", redundancy.independentSources},
                        {"failure_cases", redundancy.cases.size()},
                        {"cases_dropping_load", redundancy.casesDroppingLoad},
                        {"cases_overloading", redundancy.casesOverloading}};
    redundancyJson["harmful_failures"] = std::move(failures);
    Json j{{"it_kw", itW / 1e3},
           {"chain_loss_kw", chainLossW / 1e3},
           {"cooling_kw", cooling.totalW / 1e3},
           {"facility_kw", facilityW / 1e3},
           {"pue", pue},
           {"ppue_power", ppuePower},
           {"ppue_cooling", ppueCooling},
           {"dropped_kw", droppedW / 1e3},
           {"balance_error_kw", balanceErrorW / 1e3},
           {"network_kw", networkW / 1e3}};
    // The network's part of IT power (docs/network.md, "Into the other solvers").
    Json draws = Json::array();
    for (const NetworkDraw &d : networkDraws)
        draws.push_back(Json{{"position", d.position}, {"domain", d.domain}, {"hall", d.hall},
                             {"node", d.node}, {"node_b", d.nodeB}, {"kw", d.powerW / 1e3}});
    Json hallHeat = Json::object();
    for (const auto &[hall, w] : hallNetworkW)
        hallHeat[hall] = w / 1e3;
    j["network"] = Json{{"it_kw", networkW / 1e3},
                        {"fabric_switch_kw", fabricSwitchW / 1e3},
                        {"fabric_optics_kw", fabricOpticsW / 1e3},
                        {"automatic_positions", draws},
                        {"automatic_positions_heat_kw_by_hall", hallHeat}};
    j["losses_kw"] = std::move(losses);
    j["cooling"] = std::move(coolingJson);
    j["redundancy"] = std::move(redundancyJson);
    j["feeds"] = std::move(feeds);
    j["racks"] = std::move(rackList);
    if (hasComparison)
        j["comparison"] = comparison.toJson();
    return j;
}

} // namespace aif::power
