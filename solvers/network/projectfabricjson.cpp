#include "projectfabric.h"

#include "projectdci.h"

#include <QString>

namespace aif::network {

Json projectFabricJson(const ProjectFabric &f)
{
    Json domains = Json::array();
    for (const DomainFabric &d : f.domains) {
        Json tree = fatTreeJson(d.tree);
        Json runs = Json::array();
        std::map<std::string, long long> byMedium;
        Json histogram = Json::object();   // cables per 5 m length bin
        for (const CableRun &r : d.runs) {
            runs.push_back({{"from", r.from}, {"to", r.to}, {"tier", r.tier}, {"count", r.count},
                            {"length_m", r.lengthM}, {"medium", r.medium.medium}, {"part", r.medium.id},
                            {"reach_m", r.medium.reachM}, {"pj_per_bit", r.medium.pjPerBit}, {"within_reach", r.reaches}});
            byMedium[r.medium.medium] += r.count;
            const std::string bin = std::to_string(int(r.lengthM / 5) * 5) + "-" + std::to_string(int(r.lengthM / 5) * 5 + 5);
            histogram[bin] = histogram.value(bin, 0LL) + r.count;
        }
        tree["domain"] = d.domainId;
        tree["technology"] = d.technology;
        tree["gpus"] = d.gpus;
        // From the floor plan: these replace the flat estimate's optics figures.
        tree["optics_power_w"] = d.opticsPowerW;
        tree["optics_capex_usd"] = d.opticsCapexUsd;
        tree["optics_failures_per_year"] = d.opticsFailuresPerYear;
        tree["capex_usd"] = d.tree.switchCapexUsd + d.opticsCapexUsd;
        tree["cable_length_m"] = d.cableLengthM;
        tree["cables_by_medium"] = byMedium;
        tree["length_histogram_m"] = histogram;
        tree["transceivers_from_plan"] = d.transceivers;
        tree["copper_cables"] = d.copperCables;
        tree["fibre_cables"] = d.fibreCables;
        tree["fibres"] = d.fibres;
        tree["runs"] = runs;
        tree["management"] = managementJson(d.management);
        domains.push_back(tree);
    }
    Json scaleUp = Json::array();
    for (size_t i = 0; i < f.scaleUp.size(); ++i) {
        Json s = scaleUpJson(f.scaleUp[i]);
        s["domains"] = f.scaleUpDomains[i];
        scaleUp.push_back(s);
    }
    return Json{{"domains", domains},
                {"scale_up", scaleUp},
                {"switch_power_w", f.switchPowerW},
                {"optics_power_w", f.opticsPowerW},
                {"capex_usd", f.capexUsd},
                {"cable_length_m", f.cableLengthM},
                {"routing", {{"tray_above_rack_top_m", kTrayAboveRackTopM}, {"patch_slack_m", kPatchSlackM},
                             {"port_height", "mid-rack"}, {"path", "Manhattan x then y between rack centres"}}},
                {"warnings", f.warnings},
                // Scale-across links between the domains deployments span (projectdci.cpp); their
                // power and capex are also in optics_power_w and capex_usd above.
                {"dci", {{"links", dciLinksJson(f)}, {"power_w", f.dciPowerW}, {"capex_usd", f.dciCapexUsd},
                         {"rule", "per GPU across the boundary: the domain's between-SU rate / DCI oversubscription; "
                                  "route between the domains' main spine positions"}}}};
}

QByteArray bomCsv(const ProjectFabric &f)
{
    auto q = [](const std::string &s) {
        QString t = QString::fromStdString(s);
        t.replace('"', "\"\"");
        return "\"" + t + "\"";
    };
    QString out = "part,kind,count,length_m,unit_power_w,unit_price_usd,source\n";
    for (const BomLine &l : f.bom)
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(q(l.part), q(l.kind))
                   .arg(l.count)
                   .arg(l.lengthM)
                   .arg(l.unitPowerW)
                   .arg(l.unitPriceUsd)
                   .arg(q(l.source));
    return out.toUtf8();
}

} // namespace aif::network
