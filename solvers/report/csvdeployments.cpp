// The deployments table of csvexport.h.
#include "csvtables.h"

namespace aif::csvexport {

namespace {

bool servesTokens(const Json &solved, const Deployment &d)
{
    return d.mode != "training" && solved.value("feasible", false) && solved.value("tokens_per_s", 0.0) > 0.0;
}

} // namespace

CsvTable deploymentsTable(const ExportContext &c)
{
    using U = ColumnUnit;
    CsvTable t({{"id"}, {"name"}, {"model"}, {"gpu"}, {"gpus"}, {"mode"}, {"engine"}, {"precision"}, {"tp"},
                {"pp"}, {"ep"}, {"replicas"}, {"feasible"}, {"tokens_per_s"}, {"tokens_per_s_per_gpu"},
                {"ttft", U::Ms}, {"ttft_p99", U::Ms}, {"tpot", U::Ms}, {"tpot_p99", U::Ms}, {"batch"}, {"bound"},
                {"limited_by"}, {"power", U::W}, {"tokens_per_joule"}, {"utilization"}, {"usd_per_mtok"}});
    const ResultIndex deployments(c.result, "throughput", "deployments");
    // $/Mtok per deployment: the year's cost of the site (the TCO's annualized capex + opex) shared
    // among the token-serving deployments by their GPUs, over the tokens each serves in a year at
    // its utilization (the TCO's own formula, solvers/tco/tco.cpp: tokens/s × utilization ×
    // 8,760 h). One serving deployment at the site's utilization gives the TCO's usd_per_million_tokens.
    const Json *tco = c.result.contains("tco") ? &c.result["tco"] : nullptr;
    const double annualUsd = valueOf(tco, "annualized_capex_usd").is_number() && valueOf(tco, "opex_usd_per_year").is_number()
                                 ? (*tco)["annualized_capex_usd"].get<double>() + (*tco)["opex_usd_per_year"].get<double>()
                                 : -1.0;
    double servingGpus = 0.0;
    for (const Deployment &d : c.project.deployments)
        if (const Json *s = deployments.find(d.id); s && servesTokens(*s, d))
            servingGpus += s->value("gpus", 0.0);
    for (const Deployment &d : c.project.deployments) {
        const Json *s = deployments.find(d.id);
        const Json placement = valueOf(s, "placement");
        const Json simulated = valueOf(s, "simulated");
        Json usdPerMtok;
        if (s && servesTokens(*s, d) && annualUsd >= 0.0 && servingGpus > 0.0 && d.utilization > 0.0) {
            const double tokensPerYear = s->value("tokens_per_s", 0.0) * d.utilization * 8760.0 * 3600.0;
            usdPerMtok = annualUsd * s->value("gpus", 0.0) / servingGpus / (tokensPerYear / 1e6);
        }
        const auto layout = [&](const char *key, int declared) {
            const Json v = valueOf(&placement, key);
            return v.is_null() ? Json(declared) : v;
        };
        t.addRow({d.id, d.name, d.model, valueOf(s, "gpu"), s ? valueOf(s, "gpus") : Json(d.gpus), d.mode, d.engine,
                  d.precision, layout("tp", d.tp), layout("pp", d.pp), layout("ep", d.ep), valueOf(s, "replicas"),
                  valueOf(s, "feasible"), valueOf(s, "tokens_per_s"), valueOf(s, "tokens_per_s_per_gpu"),
                  valueOf(s, "ttft_ms"), valueOf(&simulated, "ttft_p99_ms"), valueOf(s, "tpot_ms"),
                  valueOf(&simulated, "tpot_p99_ms"), valueOf(s, "batch"), valueOf(s, "bound"),
                  valueOf(s, "limited_by"), valueOf(s, "power_w"), valueOf(s, "tokens_per_joule"), d.utilization,
                  usdPerMtok});
    }
    return t;
}

} // namespace aif::csvexport
