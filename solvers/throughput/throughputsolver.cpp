#include "throughputsolver.h"

#include "catalog.h"
#include "common/progress.h"
#include "network/fabricfeed.h"
#include "project.h"
#include "simulatepoint.h"
#include "throughputjson.h"
#include "training.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace aif::throughput {

std::unique_ptr<DeploymentSetup> setupDeployment(const Project &project, const Catalog &catalog,
                                                 const Deployment &d, std::string *error,
                                                 const network::FabricFeed *feed)
{
    auto s = std::make_unique<DeploymentSetup>();
    std::string gpuId;
    std::string systemId;
    for (const std::string &rackId : d.racks) {
        const Rack *rack = project.get<Rack>(rackId);
        const Json *sys = rack && !rack->system.empty() ? catalog.entry("systems", rack->system) : nullptr;
        if (!sys || rack->systemCount <= 0)
            continue;
        const std::string g = sys->value("gpu", std::string());
        if (!gpuId.empty() && g != gpuId) {
            *error = d.id + ": /racks: the pool mixes GPUs (" + gpuId + " and " + g + "); a deployment runs on one GPU type";
            return nullptr;
        }
        gpuId = g;
        // A supernode's network racks (no GPUs) carry none of the per-GPU node overhead.
        if (sys->value("gpuCount", 0) > 0)
            systemId = rack->system;
        s->gpusInPool += sys->value("gpuCount", 0) * rack->systemCount;
        s->racks.push_back(rackId);
    }
    if (gpuId.empty()) {
        *error = d.id + ": /racks: the GPU pool has no racks with GPU systems";
        return nullptr;
    }
    if (!loadProfiles(catalog, gpuId, d.model, engineIdFor(d.engine), &s->profiles, error)) {
        *error = d.id + ": " + *error;
        return nullptr;
    }
    s->profiles.systemId = systemId;
    // The planned fabric's bandwidth per GPU (network::DomainBandwidth) replaces the catalog's
    // NIC figure; a pool on no planned scale-out domain keeps the NIC rate everywhere.
    std::optional<network::FabricFeed> planned;
    if (!feed)
        feed = &planned.emplace(network::fabricFeed(project, catalog));
    if (const std::optional<network::DomainBandwidth> b = feed->bandwidthFor(s->racks); b && b->nicGbps > 0) {
        GpuProfile &g = s->profiles.gpu;
        g.scaleOutBps = b->nicGbps * 1e9 / 8.0;
        g.scaleOutCrossBps = b->crossLeafGbps * 1e9 / 8.0;
        g.scaleOutLocalGpus = b->suGpus;
        // Spanning halls: the DCI links' share per GPU beyond the largest domain's GPUs.
        g.scaleAcrossBps = b->acrossGbps * 1e9 / 8.0;
        g.scaleAcrossLocalGpus = b->domainGpus;
        g.scaleAcrossDomains = b->domains;
        g.scaleAcrossLatencyS = b->acrossLatencyS;
        s->fabricDomain = b->domainId;
    }
    ServingConfig &c = s->config;
    c.model = &s->profiles.model;
    c.gpu = &s->profiles.gpu;
    c.engine = &s->profiles.engine;
    if (!parsePrecision(d.precision, &c.precision)) {
        *error = d.id + ": /precision: '" + d.precision + "' is not bf16, fp8, fp4 or int8";
        return nullptr;
    }
    c.gpus = d.gpus > 0 ? std::min(d.gpus, s->gpusInPool) : s->gpusInPool;
    if (d.gpus > s->gpusInPool) {
        *error = d.id + ": /gpus: " + std::to_string(d.gpus) + " GPUs requested, the pool's racks hold "
                 + std::to_string(s->gpusInPool);
        return nullptr;
    }
    c.placement = Placement{d.tp, d.pp, d.ep};
    c.autoPlacement = false;
    c.prefillGpus = d.prefillGpus;
    c.decodeGpus = d.decodeGpus;
    c.fixedBatch = d.batch;
    s->profiles.engine.setMemoryFraction(d.memoryFraction);   // 0: the engine's default
    c.draftTokens = d.mtpTokens;
    c.draftAcceptance = d.mtpAcceptance;
    if (d.mtpTokens > 0 && d.mtpAcceptance <= 0.0) {
        *error = d.id + ": /mtpAcceptance: " + std::to_string(d.mtpTokens)
                 + " MTP draft tokens need an acceptance above 0 (e.g. 0.85)";
        return nullptr;
    }
    if (c.disaggregated() && c.prefillGpus + c.decodeGpus > c.gpus) {
        *error = d.id + ": /prefillGpus: prefill + decode GPUs exceed the deployment's " + std::to_string(c.gpus);
        return nullptr;
    }
    c.workload = deploymentWorkload(d);
    ServingMode mode;
    if (d.mode != "training" && !parseServingMode(d.mode, &mode)) {
        *error = d.id + ": /mode: '" + d.mode + "' is not offline, server, interactive or training";
        return nullptr;
    }
    return s;
}

Workload deploymentWorkload(const Deployment &d)
{
    Workload w;
    w.inputTokens = d.inputTokens;
    w.outputTokens = d.outputTokens;
    w.kvHitRate = d.kvHitRate;
    w.ttftLimitS = d.ttftLimitS;
    w.tpotLimitS = d.tpotLimitS;
    const Deployment defaults;
    w.limitsGiven = d.ttftLimitS != defaults.ttftLimitS || d.tpotLimitS != defaults.tpotLimitS;
    applyBenchmarkLimits(d.model, &w);
    if (d.mode == "training" || !parseServingMode(d.mode, &w.mode))
        w.mode = ServingMode::Offline;
    return w;
}

double scaleOutGbpsUsed(const ServingConfig &c, const Placement &placement, bool training, int *groupOut)
{
    const int group = training ? c.gpus : c.disaggregated() ? c.prefillGpus + c.decodeGpus : placement.gpus();
    if (groupOut)
        *groupOut = group;
    return group > c.gpu->scaleUpDomain ? c.gpu->scaleOutBpsFor(group) * 8.0 / 1e9 : 0.0;
}

namespace {

// What the fabric gave the deployment (docs/network.md, "Into the other solvers").
Json networkJson(const DeploymentSetup &s, const Placement &placement, bool training)
{
    const GpuProfile &g = s.profiles.gpu;
    int group = 0;
    const double used = scaleOutGbpsUsed(s.config, placement, training, &group);
    return Json{{"domain", s.fabricDomain},
                {"nic_gbps_per_gpu", g.scaleOutBps * 8.0 / 1e9},
                {"between_su_gbps_per_gpu", (g.scaleOutCrossBps > 0.0 ? g.scaleOutCrossBps : g.scaleOutBps) * 8.0 / 1e9},
                {"su_gpus", g.scaleOutLocalGpus},
                {"scale_up_domain_gpus", g.scaleUpDomain},
                {"widest_group_gpus", group},
                {"domains_spanned", g.scaleAcrossDomains},
                {"domain_gpus", g.scaleAcrossLocalGpus},
                {"across_domain_gbps_per_gpu", g.scaleAcrossBps * 8.0 / 1e9},
                {"across_domain_latency_us", g.scaleAcrossLatencyS * 1e6},
                {"scale_out_gbps_per_gpu", used}};
}

int rackGpus(const Project &project, const Catalog &catalog, const std::string &rackId)
{
    const Rack *rk = project.get<Rack>(rackId);
    const Json *sys = rk ? catalog.entry("systems", rk->system) : nullptr;
    return sys ? sys->value("gpuCount", 0) * rk->systemCount : 0;
}

// A model that returns a non-finite operating point is a solver bug, never a number to show.
bool finitePoint(const OperatingPoint &op)
{
    return std::isfinite(op.tokensPerS) && std::isfinite(op.gpuPowerW) && std::isfinite(op.serverPowerW)
           && std::isfinite(op.tokensPerJoule) && op.tokensPerS >= 0.0 && op.serverPowerW >= 0.0;
}

void evaluate(const Project &project, const Catalog &catalog, const Deployment &d, const ThroughputOptions &o,
              const network::FabricFeed &feed, DeploymentResult *r)
{
    std::string error;
    std::unique_ptr<DeploymentSetup> s = setupDeployment(project, catalog, d, &error, &feed);
    if (!s) {
        r->error = error;
        return;
    }
    ServingConfig &c = s->config;
    // Racks without power or with their GPUs shut down leave the pool: the deployment runs on
    // the rest (its replicas there are lost), or makes nothing at all.
    std::vector<std::string> online;
    for (const std::string &rack : s->racks) {
        const auto clock = o.rackClockFactor.find(rack);
        const bool down = o.offlineRacks.count(rack) > 0 || (clock != o.rackClockFactor.end() && !(clock->second > 0.0));
        if (down)
            r->offlineGpus += rackGpus(project, catalog, rack);
        else
            online.push_back(rack);
    }
    r->onlineRacks = online;
    if (r->offlineGpus > 0) {
        const int onlineGpus = s->gpusInPool - r->offlineGpus;
        if (onlineGpus <= 0) {
            r->error = d.id + ": every rack of its GPU pool is offline (no power, or GPUs in thermal shutdown): "
                              "0 tokens/s";
            r->json = Json{{"feasible", false}, {"tokens_per_s", 0.0}, {"offline_gpus", r->offlineGpus}};
            return;
        }
        s->racks = online;
        s->gpusInPool = onlineGpus;
        c.gpus = std::min(c.gpus, onlineGpus);
    }
    r->gpu = s->profiles.gpu.id;
    r->engine = s->profiles.engine.id;
    r->gpus = c.gpus;
    applyRackConditions(project, o, s.get());
    r->confidence = confidenceOf(c);
    r->ttftLimitS = c.workload.effectiveTtftLimitS();
    r->tpotLimitS = c.workload.effectiveTpotLimitS();
    r->limitsSource = c.workload.limitsSource();
    if (d.mode == "training") {
        const TrainingPoint t = solveDeploymentTraining(catalog, s.get());
        r->ok = t.feasible;
        r->error = t.why;
        r->op.feasible = t.feasible;
        r->op.tokensPerS = t.tokensPerS;
        r->op.tokensPerSPerGpu = t.tokensPerSPerGpu;
        r->op.gpusUsed = t.gpusUsed;
        r->op.bound = t.bound;
        r->op.power = t.power;
        r->op.gpuPowerW = t.gpuPowerW;
        r->op.serverPowerW = t.serverPowerW;
        r->op.tokensPerJoule = t.tokensPerJoule;
        r->op.placement = c.placement;
        r->json = Json{{"feasible", t.feasible}, {"tokens_per_s", t.tokensPerS}, {"tokens_per_s_per_gpu", t.tokensPerSPerGpu},
                       {"mfu", t.mfu}, {"step_s", t.stepS}, {"bubble_share", t.bubbleShare}, {"comm_share", t.commShare},
                       {"bound", t.bound}, {"power_w", t.serverPowerW}, {"tokens_per_joule", t.tokensPerJoule}};
        if (!t.feasible)
            r->json["error"] = t.why;
        r->json["network"] = networkJson(*s, c.placement, true);
        r->json["scale_out_gbps_per_gpu"] = r->json["network"]["scale_out_gbps_per_gpu"];
        return;
    }
    const OperatingPoint op = solveDeploymentServing(catalog, s.get());
    r->ok = op.feasible;
    r->error = op.feasible ? std::string() : d.id + ": " + op.why;
    r->op = op;
    r->json = operatingPointJson(op, c);
    r->json["network"] = networkJson(*s, op.placement, false);
    r->json["scale_out_gbps_per_gpu"] = r->json["network"]["scale_out_gbps_per_gpu"];
    if (op.feasible && c.workload.mode != ServingMode::Offline && o.simulatedRequests > 0) {
        r->sim = simulateOperatingPoint(c, op, o.simulatedRequests);
        r->simulated = r->sim.error.empty();
        if (r->simulated)
            r->json["simulated"] = simulationJson(r->sim, o.simulatedRequests);
    }
}

} // namespace

void applyRackConditions(const Project &project, const ThroughputOptions &o, DeploymentSetup *s)
{
    ServingConfig &c = s->config;
    // Links down on a rack of the pool: a bandwidth-bound ring or all-to-all moves the same bytes
    // through every member (Patarasuk & Yuan 2009), so the pool's scale-out rate is its slowest
    // rack's, here the share of that rack's links still up.
    double linkLoss = 0.0;
    for (const std::string &rack : s->racks) {
        if (auto it = o.rackLinkLoss.find(rack); it != o.rackLinkLoss.end())
            linkLoss = std::max(linkLoss, std::clamp(it->second, 0.0, 1.0));
    }
    if (linkLoss > 0.0) {
        s->profiles.gpu.scaleOutBps *= 1.0 - linkLoss;
        s->profiles.gpu.scaleOutCrossBps *= 1.0 - linkLoss;
    }
    for (const std::string &rack : s->racks) {
        if (auto it = o.rackClockFactor.find(rack); it != o.rackClockFactor.end())
            c.clockFactor = std::min(c.clockFactor, it->second);
        if (auto it = o.rackLeakageFactor.find(rack); it != o.rackLeakageFactor.end())
            c.leakageFactor = std::max(c.leakageFactor, it->second);
        if (const Rack *rk = project.get<Rack>(rack); rk && rk->gpuPowerLimitW > 0)
            c.powerLimitW = c.powerLimitW > 0 ? std::min(c.powerLimitW, rk->gpuPowerLimitW) : rk->gpuPowerLimitW;
    }
}

OperatingPoint solveDeploymentServing(const Catalog &catalog, DeploymentSetup *s)
{
    ServingConfig &c = s->config;
    OperatingPoint op = solveServing(c);
    if (op.feasible) {
        c.nodeOverheadPerGpuW = nodeOverheadPerGpuW(catalog, s->profiles.systemId, op.power.activity, op.power.powerW);
        op = solveServing(c);
    }
    return op;
}

TrainingPoint solveDeploymentTraining(const Catalog &catalog, DeploymentSetup *s)
{
    ServingConfig &c = s->config;
    TrainingPoint t = solveTraining(c);
    if (t.feasible) {
        c.nodeOverheadPerGpuW = nodeOverheadPerGpuW(catalog, s->profiles.systemId, t.power.activity, t.power.powerW);
        t = solveTraining(c);
    }
    return t;
}

ThroughputResult solveThroughput(const Project &project, const Catalog &catalog, const ThroughputOptions &options,
                                 Progress *progress)
{
    ThroughputResult result;
    Json deployments = Json::array();
    // One fabric plan for every deployment: its per-GPU bandwidth within and between SUs.
    const network::FabricFeed feed = project.deployments.empty() ? network::FabricFeed{} : network::fabricFeed(project, catalog);
    for (size_t i = 0; i < project.deployments.size(); ++i) {
        if (progress) {
            if (progress->cancelled()) {
                result.cancelled = true;
                return result;
            }
            progress->report(double(i) / project.deployments.size(), "throughput");
        }
        const Deployment &d = project.deployments[i];
        DeploymentResult r;
        r.id = d.id;
        r.name = d.name;
        r.model = d.model;
        r.mode = d.mode;
        evaluate(project, catalog, d, options, feed, &r);
        bool reported = false;   // a violation already says why this deployment makes nothing
        if (r.ok && !finitePoint(r.op)) {
            r.ok = false;
            r.error = d.id + ": no finite operating point (a GPU clock or power of 0 in its pool?)";
            r.json = Json{{"feasible", false}, {"tokens_per_s", 0.0}};
            result.violations.push_back({Diagnostic::Severity::Error, {}, d.id, "throughput.non-finite", r.error});
            reported = true;
        }
        if (r.offlineGpus > 0 && r.onlineRacks.empty()) {
            result.violations.push_back({Diagnostic::Severity::Error, {}, d.id, "throughput.offline", r.error});
            reported = true;
        } else if (r.offlineGpus > 0) {
            result.violations.push_back({Diagnostic::Severity::Warning, {}, d.id, "throughput.offline",
                                         d.id + ": " + std::to_string(r.offlineGpus)
                                             + " of its pool's GPUs are offline (no power or thermal shutdown); it "
                                               "runs on the other racks"});
            r.json["offline_gpus"] = r.offlineGpus;
        }
        Json j = {{"id", d.id}, {"model", d.model}, {"gpu", r.gpu}, {"gpus", r.gpus}, {"mode", d.mode},
                  {"engine", r.engine}, {"confidence", r.confidence}};
        for (auto it = r.json.begin(); it != r.json.end(); ++it)
            j[it.key()] = it.value();
        if (r.simulated) {
            if (r.sim.ttftS.p99 > r.ttftLimitS * 1.05 || r.sim.tpotS.p99 > r.tpotLimitS * 1.05) {
                char buf[240];
                std::snprintf(buf, sizeof buf, "%s: simulated p99 TTFT %.0f ms / TPOT %.0f ms exceed the limits at the "
                              "steady-state rate; serve less traffic or add GPUs", d.id.c_str(), r.sim.ttftS.p99 * 1e3,
                              r.sim.tpotS.p99 * 1e3);
                result.violations.push_back({Diagnostic::Severity::Warning, {}, d.id, "throughput.slo", buf});
            }
        }
        if (!r.ok) {
            j["error"] = r.error;
            if (!reported)
                result.violations.push_back({Diagnostic::Severity::Warning, {}, d.id, "throughput.infeasible",
                                             r.error.empty() ? d.id + ": not feasible" : r.error});
        } else {
            result.tokensPerS += r.op.tokensPerS;
            result.gpuPowerW += r.op.gpuPowerW;
            result.serverPowerW += r.op.serverPowerW;
            // Spread the deployment over its online racks by their GPUs.
            int poolGpus = 0;
            for (const std::string &rack : r.onlineRacks)
                poolGpus += rackGpus(project, catalog, rack);
            if (poolGpus > 0) {
                const double share = r.op.gpusUsed > 0 ? double(r.op.gpusUsed) / poolGpus : 0.0;
                for (const std::string &rack : r.onlineRacks) {
                    const double g = rackGpus(project, catalog, rack);
                    result.rackTokensPerS[rack] += r.op.tokensPerS * g / std::max(1, r.op.gpusUsed) * std::min(1.0, share);
                    // Mean activity of the rack's GPUs: the share this deployment uses, at its load.
                    result.rackActivity[rack] = std::min(1.0, result.rackActivity[rack]
                                                                  + std::min(1.0, share) * r.op.load * r.op.power.activity);
                    result.rackUtilization[rack] = std::min(1.0, result.rackUtilization[rack] + share * r.op.load);
                }
            }
        }
        deployments.push_back(j);
        result.deployments.push_back(std::move(r));
    }
    result.tokensPerJoule = result.serverPowerW > 0.0 ? result.tokensPerS / result.serverPowerW : 0.0;
    result.json = Json{{"tokens_per_s", std::round(result.tokensPerS)},
                       {"tokens_per_joule", std::round(result.tokensPerJoule * 1000.0) / 1000.0},
                       {"gpu_power_kw", std::round(result.gpuPowerW) / 1000.0},
                       {"server_power_kw", std::round(result.serverPowerW) / 1000.0},
                       {"deployments", deployments}};
    if (progress)
        progress->report(1.0, "throughput");
    return result;
}

} // namespace aif::throughput
