#include "fattree.h"

namespace aif::network {

Json fatTreeJson(const FatTreeResult &r)
{
    Json optics = Json::array();
    Json xcvr = {{"leaf", r.xcvrLeaf}, {"spine", r.xcvrSpine}, {"core", r.xcvrCore}, {"node", r.xcvrNode},
                 {"extra", r.xcvrExtra}};
    long long total = 0;
    for (const OpticsLine &o : r.optics) {
        total += o.count;
        if (o.count > 0)
            optics.push_back({{"tier", o.tier}, {"id", o.id}, {"medium", o.medium}, {"technology", o.technology},
                              {"count", o.count}, {"unit_power_w", o.powerW}, {"pj_per_bit", o.pjPerBit},
                              {"unit_price_usd", o.priceUsd}, {"source", o.source}});
    }
    xcvr["total"] = total;
    return Json{{"switch", r.switchId},
                {"switch_name", r.switchName},
                {"switch_source", r.switchSource},
                {"radix", r.radix},
                {"physical_ports", r.physicalPorts},
                {"physical_port_gbps", r.physicalGbps},
                {"link_gbps", r.linkGbps},
                {"split", r.splitFactor},
                {"lane_gbps", r.laneGbps},
                {"tiers", r.tiers},
                {"planes", r.planes},
                {"rails", r.rails},
                {"systems", r.systems},
                {"cabled_systems", r.cabledSystems},
                {"scalable_units", r.scalableUnits},
                {"su_systems", r.suSystems},
                {"leaf_down_ports", r.downPerLeaf},
                {"leaf_up_ports", r.upPerLeaf},
                {"pods", r.pods},
                {"leaf_switches", r.leaves},
                {"spine_switches", r.spines},
                {"core_switches", r.cores},
                {"cables",
                 {{"node_leaf", r.cablesNodeLeaf}, {"leaf_spine", r.cablesLeafSpine}, {"spine_core", r.cablesSpineCore}, {"extra_leaf_ports", r.xcvrExtra}}},
                {"transceivers", xcvr},
                {"optics", optics},
                {"switch_power_w", r.switchPowerW},
                {"optics_power_w", r.opticsPowerW},
                {"capex_usd", r.capexUsd},
                {"switch_capex_usd", r.switchCapexUsd},
                {"optics_capex_usd", r.opticsCapexUsd},
                {"bisection_tbps", r.bisectionTbps},
                {"max_endpoints", r.maxEndpoints},
                {"hops_max", r.hopsMax},
                {"hops_same_rail", r.hopsSameRail},
                {"latency_ns", r.latencyNs},
                {"warnings", r.warnings}};
}

} // namespace aif::network
