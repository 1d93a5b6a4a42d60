// The text lines `aif solve` prints for the operating-point solvers: throughput per
// deployment, the coupled twin, the weather year and the TCO (the JSON has everything).
#include "cli.h"

#include "solvejob.h"
#include "units.h"

namespace aif::cli {

namespace {

double num(const Json &j, const char *key)
{
    return j.contains(key) && j[key].is_number() ? j[key].get<double>() : 0.0;
}

// The fabric bandwidth a deployment's widest scale-out group gets (docs/network.md).
QString scaleOut(const Json &d)
{
    const double gbps = num(d, "scale_out_gbps_per_gpu");
    return gbps > 0 ? QStringLiteral(", scale-out %1 Gb/s per GPU").arg(gbps, 0, 'f', 0) : QString();
}

} // namespace

void printOperatingSummary(const SolveResult &r)
{
    const Json &j = r.json;
    if (j.contains("throughput")) {
        const Json &t = j["throughput"];
        printOut(QStringLiteral("throughput: %1 tokens/s, %2 tokens/J at the servers, %3 at the facility\n")
                     .arg(num(t, "tokens_per_s"), 0, 'f', 0)
                     .arg(num(t, "tokens_per_joule"), 0, 'f', 3)
                     .arg(num(t, "tokens_per_joule_facility"), 0, 'f', 3));
        for (const Json &d : t.value("deployments", Json::array())) {
            const QString id = QString::fromStdString(d.value("id", std::string()));
            if (d.contains("error")) {
                printOut(QStringLiteral("  %1: %2\n").arg(id, QString::fromStdString(d["error"].get<std::string>())));
            } else if (d.contains("mfu")) {
                printOut(QStringLiteral("  %1: training %2 tokens/s on %3 GPUs, MFU %4 %%5\n")
                             .arg(id).arg(num(d, "tokens_per_s"), 0, 'f', 0).arg(num(d, "gpus"), 0, 'f', 0)
                             .arg(100.0 * num(d, "mfu"), 0, 'f', 1).arg(scaleOut(d)));
            } else {
                printOut(QStringLiteral("  %1: %2 tokens/s (%3 per GPU), TTFT %4 ms, TPOT %5 ms, %6-bound, %7 confidence%8\n")
                             .arg(id).arg(num(d, "tokens_per_s"), 0, 'f', 0).arg(num(d, "tokens_per_s_per_gpu"), 0, 'f', 1)
                             .arg(num(d, "ttft_ms"), 0, 'f', 0).arg(num(d, "tpot_ms"), 0, 'f', 1)
                             .arg(QString::fromStdString(d.value("bound", std::string())),
                                  QString::fromStdString(d.value("confidence", std::string())), scaleOut(d)));
            }
        }
    }
    if (j.contains("twin")) {
        const Json &w = j["twin"];
        const Json &u = w["uncoupled"], &c = w["coupled"];
        printOut(QStringLiteral("coupled twin: %1 in %2 passes (residual %3); IT %4 -> %5 kW, tokens/s %6 -> %7, "
                                "max junction %8 -> %9, throttled racks %10\n")
                     .arg(w.value("converged", false) ? "converged" : "NOT converged")
                     .arg(w.value("iterations", 0)).arg(num(w, "residual"), 0, 'g', 2)
                     .arg(num(u, "it_kw"), 0, 'f', 0).arg(num(c, "it_kw"), 0, 'f', 0)
                     .arg(num(u, "tokens_per_s"), 0, 'f', 0).arg(num(c, "tokens_per_s"), 0, 'f', 0)
                     .arg(units::format(num(u, "max_junction_c"), Quantity::Temperature, units::currentSystem()),
                          units::format(num(c, "max_junction_c"), Quantity::Temperature, units::currentSystem()))
                     .arg(num(c, "throttled_racks"), 0, 'f', 0));
    }
    if (j.contains("annual") && !j["annual"].contains("error")) {
        const Json &a = j["annual"];
        printOut(QStringLiteral("annual energy (%1): %2 MWh, PUE %3, peak %4 kW, free cooling %5 h site-wide "
                                "(%7 % of the heat rejected without chillers), water %6 m³\n")
                     .arg(QString::fromStdString(a.value("climate", std::string())))
                     .arg(num(a, "annual_energy_mwh"), 0, 'f', 0).arg(num(a, "annual_pue"), 0, 'f', 3)
                     .arg(num(a, "peak_facility_kw"), 0, 'f', 0).arg(num(a, "free_cooling_hours"), 0, 'f', 0)
                     .arg(num(a, "water_m3"), 0, 'f', 0).arg(100.0 * num(a, "economizer_share"), 0, 'f', 0));
    }
    if (j.contains("tco")) {
        const Json &t = j["tco"];
        printOut(QStringLiteral("TCO: capex %1 M$ (network %4 M$), opex %2 M$/year, %3 $ per million tokens (unit "
                                "prices are catalog defaults: set your own)\n")
                     .arg(num(t, "capex_usd") / 1e6, 0, 'f', 1).arg(num(t, "opex_usd_per_year") / 1e6, 0, 'f', 2)
                     .arg(num(t, "usd_per_million_tokens"), 0, 'f', 3).arg(num(t, "network_capex_usd") / 1e6, 0, 'f', 1));
    }
    // Several sites: one line each and the factory's (docs/multisite.md).
    auto perMtok = [](const Json &s, const char *key, int decimals) {
        return s.contains(key) && s[key].is_number() ? QString::number(s[key].get<double>(), 'f', decimals) : QStringLiteral("-");
    };
    for (const Json &s : j.value("sites", Json::array())) {
        printOut(QStringLiteral("site %1 (%2): %3 tokens/s, %4 $/Mtok, %5 gCO2/Mtok, PUE %6, users %7 ms away%8\n")
                     .arg(QString::fromStdString(s.value("id", std::string())),
                          QString::fromStdString(s.value("climate", std::string())))
                     .arg(num(s, "tokens_per_s"), 0, 'f', 0)
                     .arg(perMtok(s, "usd_per_mtok", 3), perMtok(s, "g_per_mtok", 1), perMtok(s, "pue", 3))
                     .arg(num(s, "users_rtt_ms"), 0, 'f', 1)
                     .arg(s.contains("error") ? QStringLiteral(" (") + QString::fromStdString(s["error"].get<std::string>()) + ")"
                                              : QString()));
    }
    if (j.contains("factory")) {
        const Json &f = j["factory"];
        printOut(QStringLiteral("whole factory: %1 tokens/s, %2 $/Mtok, %3 gCO2/Mtok, PUE %4\n")
                     .arg(num(f, "tokens_per_s"), 0, 'f', 0)
                     .arg(perMtok(f, "usd_per_mtok", 3), perMtok(f, "g_per_mtok", 1), perMtok(f, "pue", 3)));
    }
}

} // namespace aif::cli
