// Tokens per second, tokens per joule (servers, facility), TTFT and TPOT per deployment.
#include "figures.h"

#include "project.h"

#include <QtGlobal>

namespace aif::explain::detail {

namespace {

std::string deploymentAt(const Context &c)
{
    return "/throughput/deployments/" + str(c.index[0]);
}

// The deployment's id, with it and its racks as the entities the figure depends on.
std::string deploymentEntities(Explanation &e, const Context &c)
{
    const Json *d = c.at(deploymentAt(c));
    const std::string id = d ? d->value("id", std::string()) : std::string();
    e.entities.push_back(id);
    if (const Deployment *dep = c.project.get<Deployment>(id))
        e.entities.insert(e.entities.end(), dep->racks.begin(), dep->racks.end());
    return id;
}

std::string modeOf(const Context &c)
{
    const Json *d = c.at(deploymentAt(c));
    return d ? d->value("mode", std::string()) : std::string();
}

void plantTokens(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Tokens per second (design solve)");
    e.unit = "tokens/s";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Output tokens per second of all deployments together, each at its solved "
        "operating point "
        "(best layout and batch within its latency limits, at the clocks the thermal "
        "solve allows). "
        "The coupled twin's figure, after power and heat feed back, is "
        "/twin/coupled/tokens_per_s.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain", "tokens/s = Σ deployments' tokens/s");
    e.combination = Combination::Sum;
    const Json *list = c.at("/throughput/deployments");
    for (size_t i = 0; list && list->is_array() && i < list->size(); ++i) {
        const std::string id = (*list)[i].value("id", std::string());
        if (addResult(e, c, "tokens/s of " + id,
                      "/throughput/deployments/" + str(int(i)) + "/tokens_per_s", "tokens/s",
                      Role::Term, id))
            e.entities.push_back(id);
    }
}

void twinTokens(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Tokens per second (operating point)");
    e.unit = "tokens/s";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Output tokens per second of all deployments at the coupled twin's operating "
        "point: where hot "
        "GPUs throttle, their replicas make fewer tokens. Equal to the design solve's "
        "/throughput/tokens_per_s when nothing throttles (up to the twin's tolerance).");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "tokens/s = Σ deployments' tokens/s at the clocks of the converged thermal solve");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens/s in the design solve"),
              "/throughput/tokens_per_s", "tokens/s");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens/s after the first, uncoupled pass"),
              "/twin/uncoupled/tokens_per_s", "tokens/s");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "racks throttled"),
              "/twin/coupled/throttled_racks", "racks");
}

void deploymentTokens(Explanation &e, const Context &c)
{
    const std::string at = deploymentAt(c);
    const std::string id = deploymentEntities(e, c);
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "Tokens per second of %1"), {id});
    e.unit = "tokens/s";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Output tokens per second this deployment makes at its operating point: every "
        "replica runs a "
        "batch of sequences, each advancing one token per decode iteration "
        "(TPOT); "
        "server modes run "
        "at the load that still meets the latency limits.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "tokens/s = tokens/s per GPU × GPUs used (= batch / TPOT × replicas × load)");
    e.combination = Combination::Product;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens/s per GPU"),
              at + "/tokens_per_s_per_gpu", "tokens/s", Role::Factor, id);
    if (!addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "GPUs used"), at + "/gpus_used", "GPUs",
                   Role::Factor, id))
        addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "GPUs"), at + "/gpus", "GPUs",
                  Role::Factor, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "batch per replica"), at + "/batch",
              "sequences", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "TPOT"), at + "/tpot_ms", "ms", Role::Context,
              id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "replicas"), at + "/replicas", "replicas",
              Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "load (share of capacity)"), at + "/load",
              "ratio", Role::Context, id);
}

void serverTokensPerJoule(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Tokens per joule (servers)");
    e.unit = "tokens/J";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Output tokens per joule of energy the deployments' servers draw (GPUs, CPUs, "
        "NICs, fans, "
        "power-supply loss) at their operating points; the facility-level figure, "
        "including cooling "
        "and power-chain losses, is /throughput/tokens_per_joule_facility.");
    e.formula
        = QT_TRANSLATE_NOOP("aif::Explain", "tokens/J = tokens/s / (server power in kW × 1000)");
    e.combination = Combination::Sum;
    e.scale = 1e-3;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens/s"), "/throughput/tokens_per_s",
              "tokens/s", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "server power of the deployments"),
              "/throughput/server_power_kw", "kW", Role::Divisor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of which GPU power"),
              "/throughput/gpu_power_kw", "kW");
}

void facilityTokensPerJoule(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Tokens per joule (facility, design PUE)");
    e.unit = "tokens/J";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Output tokens per joule the whole facility draws: the servers' tokens per "
        "joule divided by the "
        "design-load PUE, so cooling and power-chain losses count. The operating "
        "point's figure is "
        "/twin/coupled/tokens_per_joule_facility.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "tokens/J (facility) = tokens/J (servers) / PUE (design point)");
    e.reference = kPueStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens per joule at the servers"),
              "/throughput/tokens_per_joule", "tokens/J", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "PUE (design point)"), "/power/pue", "ratio",
              Role::Divisor);
}

void twinTokensPerJoule(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Tokens per joule (facility, operating point)");
    e.unit = "tokens/J";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Output tokens per joule the whole facility draws at the coupled twin's operating point: "
        "every "
        "watt counts, servers, network, power-chain losses and cooling, and idle racks too.");
    e.formula
        = QT_TRANSLATE_NOOP("aif::Explain", "tokens/J = tokens/s / (facility power in kW × 1000)");
    e.combination = Combination::Sum;
    e.scale = 1e-3;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens/s (operating point)"),
              "/twin/coupled/tokens_per_s", "tokens/s", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "facility power (operating point)"),
              "/twin/coupled/facility_kw", "kW", Role::Divisor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "facility tokens/J at the design PUE"),
              "/throughput/tokens_per_joule_facility", "tokens/J");
}

void deploymentTokensPerJoule(Explanation &e, const Context &c)
{
    const std::string at = deploymentAt(c);
    const std::string id = deploymentEntities(e, c);
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "Tokens per joule of %1"), {id});
    e.unit = "tokens/J";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Output tokens per joule this deployment's servers draw at its operating point "
        "(GPUs plus the "
        "rest of each server).");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain", "tokens/J = tokens/s / server power in W");
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens/s"), at + "/tokens_per_s", "tokens/s",
              Role::Term, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "server power"), at + "/power_w", "W",
              Role::Divisor, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "GPU power"), at + "/gpu_power_w", "W",
              Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens per joule at the GPUs"),
              at + "/tokens_per_joule_gpu", "tokens/J", Role::Context, id);
}

void ttft(Explanation &e, const Context &c)
{
    const std::string at = deploymentAt(c);
    const std::string id = deploymentEntities(e, c);
    const bool served = modeOf(c) == "server" || modeOf(c) == "interactive";
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "TTFT of %1 (analytic)"), {id});
    e.unit = "ms";
    e.definition = served
        ? QT_TRANSLATE_NOOP("aif::Explain",
                            "Time to first token, analytic p99: the prompt's prefill time plus the "
                            "99th-percentile "
                            "wait for a batch slot (M/M/c queue, Erlang C) at the solved load. The "
                            "load is raised "
                            "until this meets the TTFT limit, so it often "
                            "equals the limit; the event simulation's "
                            "p50/p90/p99 are under simulated/.")
        : "Time to first token: how long a new request's prompt takes to be prefilled and give "
          "its first token while the batch keeps decoding (offline mode has no queue).";
    e.formula = served ? "TTFT = prefill time + Erlang-C p99 wait (slots = batch, service = TTFT + "
                         "(osl − 1) × TPOT)"
                       : "TTFT = ⌈prompt tokens / spare tokens per iteration⌉ × iteration time";
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "TPOT (iteration time)"), at + "/tpot_ms",
              "ms", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "batch per replica (queue slots)"),
              at + "/batch", "sequences", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "load (share of capacity)"), at + "/load",
              "ratio", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "requests per second"),
              at + "/requests_per_s", "requests/s", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "prefill-to-decode KV transfer"),
              at + "/kv_transfer_ms", "ms", Role::Context, id);
    addProject(e, c.project, id, "inputTokens",
               QT_TRANSLATE_NOOP("aif::Explain", "prompt (input) tokens"), "tokens");
    if (served)
        addProject(e, c.project, id, "ttftLimitS",
                   QT_TRANSLATE_NOOP("aif::Explain", "TTFT limit (p99)"), "s");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "simulated p50"),
              at + "/simulated/ttft_p50_ms", "ms", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "simulated p99"),
              at + "/simulated/ttft_p99_ms", "ms", Role::Context, id);
}

void tpot(Explanation &e, const Context &c)
{
    const std::string at = deploymentAt(c);
    const std::string id = deploymentEntities(e, c);
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "TPOT of %1 (analytic)"), {id});
    e.unit = "ms";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "Time per output token: the decode iteration time with the "
                                     "full batch, in which "
                                     "every running "
                                     "sequence gets one token. It is the slowest steady-state pace "
                                     "at the solved "
                                     "batch; the event "
                                     "simulation's p50/p90/p99 (at the batch "
                                     "actually running) are under simulated/.");
    e.formula = "TPOT = compute + memory + communication + overhead time of one decode iteration";
    e.combination = Combination::Sum;
    for (const char *part : {"compute", "memory", "communication", "overhead"})
        addResult(e, c, std::string(part) + " time", at + "/tpot_breakdown_ms/" + part, "ms",
                  Role::Term, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "batch per replica"), at + "/batch",
              "sequences", Role::Context, id);
    if (modeOf(c) != "offline")
        addProject(e, c.project, id, "tpotLimitS", QT_TRANSLATE_NOOP("aif::Explain", "TPOT limit"),
                   "s");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "simulated p50"),
              at + "/simulated/tpot_p50_ms", "ms", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "simulated p99"),
              at + "/simulated/tpot_p99_ms", "ms", Role::Context, id);
}

void simulated(Explanation &e, const Context &c)
{
    const std::string at = deploymentAt(c);
    const std::string id = deploymentEntities(e, c);
    const std::string key = e.pointer.substr(e.pointer.rfind('/') + 1); // ttft_p99_ms
    const bool first = key.rfind("ttft", 0) == 0;
    const std::string pct = key.substr(5, 3); // p50, p90, p99
    setTitle(e,
             first ? QT_TRANSLATE_NOOP("aif::Explain", "TTFT %1 of %2 (simulated)")
                   : QT_TRANSLATE_NOOP("aif::Explain", "TPOT %1 of %2 (simulated)"),
             {pct, id});
    e.unit = "ms";
    e.definition = std::string(first ? "Time to first token" : "Time per output token") + ", " + pct
        + " percentile over the requests of an event simulation at the solved operating point "
          "(Poisson "
          "arrivals, continuous batching iteration by iteration). The analytic figure is "
        + (first ? "ttft_ms (a conservative p99)" : "tpot_ms (at the full batch)") + ".";
    e.formula
        = pct + " of the simulated requests' " + (first ? "TTFT" : "TPOT") + " after a warm-up";
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "simulated requests"),
              at + "/simulated/requests", "requests", Role::Context, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "mean batch in the simulation"),
              at + "/simulated/mean_batch", "sequences", Role::Context, id);
    addResult(e, c, first ? "analytic TTFT" : "analytic TPOT",
              at + (first ? "/ttft_ms" : "/tpot_ms"), "ms", Role::Context, id);
    addProject(e, c.project, id, first ? "ttftLimitS" : "tpotLimitS",
               first ? "TTFT limit" : "TPOT limit", "s");
}

} // namespace

const std::vector<Figure> &throughputFigures()
{
    static const std::vector<Figure> figures {
        {"/throughput/tokens_per_s", plantTokens},
        {"/twin/coupled/tokens_per_s", twinTokens},
        {"/throughput/tokens_per_joule", serverTokensPerJoule},
        {"/throughput/tokens_per_joule_facility", facilityTokensPerJoule},
        {"/twin/coupled/tokens_per_joule_facility", twinTokensPerJoule},
        {"/throughput/deployments/N/tokens_per_s", deploymentTokens},
        {"/throughput/deployments/N/tokens_per_joule", deploymentTokensPerJoule},
        {"/throughput/deployments/N/ttft_ms", ttft},
        {"/throughput/deployments/N/tpot_ms", tpot},
        {"/throughput/deployments/N/simulated/ttft_p50_ms", simulated},
        {"/throughput/deployments/N/simulated/ttft_p90_ms", simulated},
        {"/throughput/deployments/N/simulated/ttft_p99_ms", simulated},
        {"/throughput/deployments/N/simulated/tpot_p50_ms", simulated},
        {"/throughput/deployments/N/simulated/tpot_p90_ms", simulated},
        {"/throughput/deployments/N/simulated/tpot_p99_ms", simulated},
    };
    return figures;
}

} // namespace aif::explain::detail
