// The Sites section of a project with several sites (docs/multisite.md): each site and the whole
// factory, with the scale-across links between them. From the result's `sites`, `factory` and
// `site_links`, so the report says what the dashboard and `aif solve` say.
#include "reportsections.h"

namespace aif::report {

ReportSection sitesSection(const ReportContext &c)
{
    const Formatter &f = c.fmt;
    const Json *sites = f.node("/sites");
    if (!sites || !sites->is_array() || sites->empty())
        return {"sites", "Sites", QString()};
    HtmlTable t({"Site", "Climate", "USD/kWh", "gCO₂/kWh", "Tokens/s", "USD/Mtok", "gCO₂/Mtok", "PUE",
                 "Users' round trip (ms)"},
                {false, false, true, true, true, true, true, true, true});
    for (size_t i = 0; i < sites->size(); ++i) {
        const std::string p = "/sites/" + std::to_string(i);
        const Json &s = (*sites)[i];
        t.row({esc(s.value("name", s.value("id", std::string()))), esc(s.value("climate", std::string())),
               f.at(p + "/tariff_usd_per_kwh", 1.0, 3), f.at(p + "/intensity_g_per_kwh", 1.0, 0),
               f.at(p + "/tokens_per_s", 1.0, 0), f.at(p + "/usd_per_mtok", 1.0, 3), f.at(p + "/g_per_mtok", 1.0, 1),
               f.at(p + "/pue", 1.0, 3), f.at(p + "/users_rtt_ms", 1.0, 1)});
    }
    t.row({"Whole factory", QString(), f.at("/factory/tariff_usd_per_kwh", 1.0, 3),
           f.at("/factory/intensity_g_per_kwh", 1.0, 0), f.at("/factory/tokens_per_s", 1.0, 0),
           f.at("/factory/usd_per_mtok", 1.0, 3), f.at("/factory/g_per_mtok", 1.0, 1), f.at("/factory/pue", 1.0, 3),
           QString()},
          QStringLiteral("total"));
    QString h = QStringLiteral("<p>Each site is solved at its own weather, electricity price and grid; the "
                               "factory's figures are the sites' sums. Tokens are served tokens: a training "
                               "site serves none, and its cost and carbon fall on the factory's.</p>\n")
                + t.html();
    QStringList placed;
    for (const Json &s : *sites) {
        for (const Json &d : s.value("deployments", Json::array())) {
            if (!d.contains("latency_budget_ms") || !d["latency_budget_ms"].is_number())
                continue;
            QStringList may;
            for (const Json &id : d.value("may_run_at", Json::array()))
                may << esc(id.get<std::string>());
            placed << QStringLiteral("%1 (%2 ms budget, %3 ms at %4; may run at %5)")
                          .arg(esc(d.value("id", std::string())), f.number(d["latency_budget_ms"].get<double>(), 0),
                               f.number(d.value("users_rtt_ms", 0.0), 1), esc(s.value("id", std::string())),
                               may.isEmpty() ? QStringLiteral("no site") : may.join(QStringLiteral(", ")));
        }
    }
    if (!placed.isEmpty())
        h += QStringLiteral("<p>Latency-bound deployments: %1.</p>\n").arg(placed.join(QStringLiteral("; ")));
    QStringList links;
    for (const Json &l : f.node("/site_links") ? *f.node("/site_links") : Json::array())
        links << QStringLiteral("%1 – %2: %3 km, %4 Gb/s, %5 ms one way (%6)")
                     .arg(esc(l.value("from", std::string())), esc(l.value("to", std::string())),
                          f.number(l.value("distance_km", 0.0), 0), f.number(l.value("bandwidth_gbps", 0.0), 0),
                          f.number(l.value("latency_ms", 0.0), 1), esc(l.value("medium", std::string())));
    if (!links.isEmpty())
        h += QStringLiteral("<p>Scale-across links: %1.</p>\n").arg(links.join(QStringLiteral("; ")));
    return {"sites", "Sites", h};
}

} // namespace aif::report
