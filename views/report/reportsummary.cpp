// Executive summary, throughput, energy and TCO sections: the figures a customer asks for.
#include "reportsections.h"

#include "solvejob.h"

namespace aif::report {

namespace {

QString row(const QString &label, const QString &value, const QString &basis)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td>%3</td></tr>\n")
        .arg(esc(label), value, esc(basis));
}

} // namespace

const KeyFigure *ReportContext::figure(const char *key) const
{
    return findFigure(figures, QString::fromLatin1(key));
}

QString ReportContext::figureText(const char *key) const
{
    const KeyFigure *f = figure(key);
    return f ? Formatter::figureText(*f) : QStringLiteral("—");
}

ReportSection summarySection(const ReportContext &c)
{
    const Formatter &f = c.fmt;
    QString h = QStringLiteral("<table class=\"summary\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"4\" border=\"1\">\n<thead><tr><th>Figure</th>"
                               "<th align=\"right\">Value</th><th>Basis</th></tr></thead>\n");
    const QString design = QStringLiteral("design point (power solve)");
    auto keyRow = [&](const char *key) {
        if (const KeyFigure *k = c.figure(key))
            h += row(k->label, Formatter::figureText(*k), k->valid() ? k->source : k->reason);
    };
    h += row("IT power at the design point", f.at("/power/it_kw", 1e-3, 2) + " MW", design);
    keyRow("it");
    h += row("GPUs installed", f.at("/summary/gpus", 1.0, 0), "the design's racks and systems");
    keyRow("facility");
    keyRow("tokensPerS");
    keyRow("tokensPerJoule");
    keyRow("usdPerMtok");
    h += row("PUE at the design point", f.at("/power/pue", 1.0, 3), design);
    keyRow("pueOperating");
    const KeyFigure *pue = c.figure("pue");
    if (pue && pue->pointer != c.figure("pueOperating")->pointer)
        keyRow("pue");
    keyRow("ere");
    h += row("WUE", f.at("/annual/wue_l_per_kwh", 1.0, 2) + " L/kWh",
             "annual water per IT energy at the site's weather");
    keyRow("scope2");
    keyRow("carbonPerMtok");
    keyRow("waterPerMtok");
    keyRow("capex");
    keyRow("opex");
    keyRow("energy");
    keyRow("maxInlet");
    keyRow("maxJunction");
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<p class=\"note\">Every value is read from the solve result "
                        "(<code>aif solve --json</code> of the same file); prices are catalog "
                        "assumptions listed under Assumptions and sources.</p>\n");
    return {"summary", "Executive summary", h};
}

ReportSection throughputSection(const ReportContext &c)
{
    const Formatter &f = c.fmt;
    const Json *deps = f.node("/throughput/deployments");
    if (!deps || !deps->is_array() || deps->empty())
        return {"throughput", "Throughput and latency",
                "<p>The design has no deployments: no tokens are served.</p>\n"};
    HtmlTable t({"Deployment", "Model", "GPU", "GPUs", "Mode", "Tokens/s", "Tokens/s per GPU",
                 "TTFT (ms)", "TTFT p99 (ms)", "TPOT mean (ms)", "TPOT p99 (ms)",
                 "Tokens/J (servers)"},
                {false, false, false, true, false, true, true, true, true, true, true, true});
    for (size_t i = 0; i < deps->size(); ++i) {
        const std::string p = "/throughput/deployments/" + std::to_string(i);
        const Json &d = (*deps)[i];
        t.row({esc(d.value("id", std::string())), esc(d.value("model", std::string())),
               esc(d.value("gpu", std::string())), f.at(p + "/gpus", 1.0, 0),
               esc(d.value("mode", std::string())), f.at(p + "/tokens_per_s", 1.0, 0),
               f.at(p + "/tokens_per_s_per_gpu", 1.0, 1), f.at(p + "/ttft_ms", 1.0, 1),
               f.at(p + "/simulated/ttft_p99_ms", 1.0, 1), f.at(p + "/tpot_ms", 1.0, 2),
               f.at(p + "/simulated/tpot_p99_ms", 1.0, 2), f.at(p + "/tokens_per_joule", 1.0, 3)});
    }
    QString h = t.html();
    h += QStringLiteral("<p>Design solve: %1 tokens/s, %2 tokens/J at the servers. At the "
                        "operating point: %3.</p>\n")
             .arg(f.at("/throughput/tokens_per_s", 1.0, 0),
                  f.at("/throughput/tokens_per_joule", 1.0, 3), c.figureText("tokensPerS"));
    h += QStringLiteral(
        "<p class=\"note\">TTFT and TPOT mean are the analytic model's; p99 columns "
        "come from the event simulation where it ran (— otherwise).</p>\n");
    return {"throughput", "Throughput and latency", h};
}

ReportSection energySection(const ReportContext &c, std::vector<ReportFigure> &figures)
{
    const Formatter &f = c.fmt;
    const Json *annual = f.node("/annual");
    if (!annual || !f.node("/annual/annual_pue"))
        return {"energy", "Annual energy",
                QStringLiteral("<p>No annual result: %1.</p>\n")
                    .arg(esc(c.figure("energy") ? c.figure("energy")->reason : QString()))};
    QString h
        = QStringLiteral("<p>At the weather of <b>%1</b>: %2 MWh a year at the facility, "
                         "%3 MWh of IT; annual PUE %4; %5 h with chillers off; %6 of heat "
                         "rejected without chillers; water %7 m³ (WUE %8 L/kWh).</p>\n")
              .arg(esc(annual->value("climate", std::string())),
                   f.at("/annual/annual_energy_mwh", 1.0, 0), f.at("/annual/it_energy_mwh", 1.0, 0),
                   f.at("/annual/annual_pue", 1.0, 3), f.at("/annual/free_cooling_hours", 1.0, 0),
                   f.quantity("/annual/economizer_share", Quantity::Fraction),
                   f.at("/annual/water_m3", 1.0, 0), f.at("/annual/wue_l_per_kwh", 1.0, 2));
    // Heat reuse, carbon and water of the same year (docs/energy.md).
    if (f.node("/energy/heat_reuse/reused_mwh")) {
        h += QStringLiteral("<p>Heat reuse: %1 MWh a year handed to heat networks (ERF %2), ERE %3 "
                            "against the annual PUE %4; revenue %5 USD a year.</p>\n")
                 .arg(f.at("/energy/heat_reuse/reused_mwh", 1.0, 0), f.at("/energy/heat_reuse/erf", 1.0, 3),
                      f.at("/energy/heat_reuse/ere", 1.0, 3), f.at("/annual/annual_pue", 1.0, 3),
                      f.at("/energy/heat_reuse/revenue_usd", 1.0, 0));
        h += f.node("/energy/carbon/scope2_t") && f.node("/energy/carbon/scope2_t")->is_number()
                 ? QStringLiteral("<p>Carbon: Scope 2 %1 t CO<sub>2</sub> a year market-based (%2 t "
                                  "location-based, grid %3 g/kWh), CUE %4 kg/kWh, %5 g per million "
                                  "tokens. Water: %6 L per million tokens.</p>\n")
                       .arg(f.at("/energy/carbon/scope2_t", 1.0, 0), f.at("/energy/carbon/scope2_location_t", 1.0, 0),
                            f.at("/energy/carbon/intensity_g_per_kwh", 1.0, 1), f.at("/energy/carbon/cue", 1.0, 3),
                            f.at("/energy/carbon/g_per_mtok", 1.0, 1), f.at("/energy/water/l_per_mtok", 1.0, 2))
                 : QStringLiteral("<p>Carbon: the site has no grid carbon intensity. Water: %1 L per "
                                  "million tokens.</p>\n")
                       .arg(f.at("/energy/water/l_per_mtok", 1.0, 2));
    }
    const Json *pue = f.node("/annual/monthly_pue");
    if (pue && pue->is_array() && pue->size() == 12) {
        figures.push_back(monthlyPueFigure(c));
        h += figurePlaceholder(figures.back().id);
        static const char *kMonths[]
            = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        HtmlTable t({"Month", "PUE", "Energy (MWh)", "Hours with chillers off"},
                    {false, true, true, true});
        for (int m = 0; m < 12; ++m) {
            const std::string i = "/" + std::to_string(m);
            t.row({kMonths[m], f.at("/annual/monthly_pue" + i, 1.0, 3),
                   f.at("/annual/monthly_energy_mwh" + i, 1.0, 0),
                   f.at("/annual/monthly_free_cooling_hours" + i, 1.0, 0)});
        }
        h += t.html();
    }
    return {"energy", "Annual energy", h};
}

ReportSection tcoSection(const ReportContext &c, std::vector<ReportFigure> &figures)
{
    const Formatter &f = c.fmt;
    if (!f.node("/tco/capex_usd"))
        return {"tco", "Cost of ownership",
                QStringLiteral("<p>No TCO: %1.</p>\n").arg(esc(c.figure("capex")->reason))};
    QString h = QStringLiteral("<p>Capex %1, opex %2, %3 (annualised capex %4 M USD/yr, %5 "
                               "tokens a year).</p>\n")
                    .arg(c.figureText("capex"), c.figureText("opex"), c.figureText("usdPerMtok"),
                         f.at("/tco/annualized_capex_usd", 1e-6, 2),
                         f.at("/tco/tokens_per_year", 1.0, 0));
    figures.push_back(capexFigure(c));
    h += figurePlaceholder(figures.back().id);
    HtmlTable t({"Capex category", "M USD", "Opex item", "M USD/yr"}, {false, true, false, true});
    const Json *capex = f.node("/tco/capex_by_category_usd");
    const Json *opex = f.node("/tco/opex_usd");
    std::vector<std::string> ck, ok;
    if (capex)
        for (const auto &[k, v] : capex->items())
            ck.push_back(k);
    if (opex)
        for (const auto &[k, v] : opex->items())
            ok.push_back(k);
    for (size_t i = 0; i < std::max(ck.size(), ok.size()); ++i) {
        t.row({i < ck.size() ? esc(ck[i]) : QString(),
               i < ck.size() ? f.at("/tco/capex_by_category_usd/" + ck[i], 1e-6, 2) : QString(),
               i < ok.size() ? esc(ok[i]) : QString(),
               i < ok.size() ? f.at("/tco/opex_usd/" + ok[i], 1e-6, 2) : QString()});
    }
    h += t.html();
    const Json *tornado = f.node("/tco/tornado");
    if (tornado && tornado->is_array() && !tornado->empty()) {
        h += QStringLiteral("<h2>Sensitivity</h2>\n<p>$/Mtok with each input 20 % lower and "
                            "higher, the others as designed (base %1).</p>\n")
                 .arg(c.figureText("usdPerMtok"));
        figures.push_back(tornadoFigure(c));
        h += figurePlaceholder(figures.back().id);
        HtmlTable s({"Input", "$/Mtok at −20 %", "$/Mtok at +20 %"}, {false, true, true});
        for (size_t i = 0; i < tornado->size(); ++i) {
            const std::string p = "/tco/tornado/" + std::to_string(i);
            s.row({esc((*tornado)[i].value("input", std::string())),
                   f.at(p + "/low_usd_per_million_tokens", 1.0, 3),
                   f.at(p + "/high_usd_per_million_tokens", 1.0, 3)});
        }
        h += s.html();
    }
    return {"tco", "Cost of ownership", h};
}

} // namespace aif::report
