#include "availability.h"

#include "catalog.h"
#include "network/fabricfeed.h"
#include "project.h"
#include "throughput/throughputsolver.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace aif::availability {

namespace {

constexpr double kHoursPerYear = 8760.0;

// The design's hardware as the reliability classes count it (per rack, so a class's GPUs
// down use the GPUs of the server that failed there).
struct Inventory
{
    struct RackUnits
    {
        double gpus = 0, servers = 0, gpusPerServer = 0, switchTrays = 0;
    };
    std::vector<RackUnits> racks;
    std::map<std::string, RackUnits> byRack; // rack id -> units
    double gpus = 0, servers = 0, switchTrays = 0;
};

Inventory inventory(const Project &p, const Catalog &catalog)
{
    Inventory inv;
    for (const Rack &r : p.racks) {
        const Json *sys = r.system.empty() ? nullptr : catalog.entry("systems", r.system);
        if (!sys || r.systemCount <= 0)
            continue;
        const double gpuCount = sys->value("gpuCount", 0.0);
        if (gpuCount <= 0)
            continue;
        // A rack-scale system is many servers (an NVL72: 18 compute trays of 4 GPUs).
        const double perSystem
            = std::max(1.0, sys->value("computeTrays", sys->value("computeNodes", 1.0)));
        Inventory::RackUnits u;
        u.gpus = r.systemCount * gpuCount;
        u.servers = r.systemCount * perSystem;
        u.gpusPerServer = gpuCount / perSystem;
        u.switchTrays = r.systemCount * sys->value("nvlinkSwitchTrays", 0.0);
        inv.racks.push_back(u);
        inv.byRack[r.id] = u;
        inv.gpus += u.gpus;
        inv.servers += u.servers;
        inv.switchTrays += u.switchTrays;
    }
    return inv;
}

// Mean GPUs out of service per failure of a class (the scope a repair drains), GPU-weighted.
double gpusPerFailure(const std::string &scope, const Inventory &inv)
{
    if (scope == "gpu")
        return 1.0;
    if (scope == "server" && inv.servers > 0)
        return inv.gpus / inv.servers;
    return 0.0;
}

double jsonNumber(const Json &e, const char *key)
{
    return e.contains(key) && e[key].is_number() ? e[key].get<double>() : 0.0;
}

bool isAssumption(const Json &e, const char *key)
{
    if (!e.contains("assumptions") || !e["assumptions"].is_array())
        return false;
    for (const Json &a : e["assumptions"])
        if (a.is_string() && a.get<std::string>() == key)
            return true;
    return false;
}

int deploymentGpus(const Deployment &d, const Inventory &inv)
{
    if (d.gpus > 0)
        return d.gpus;
    double n = 0;
    for (const std::string &r : d.racks)
        if (const auto it = inv.byRack.find(r); it != inv.byRack.end())
            n += it->second.gpus;
    return int(std::lround(n));
}

} // namespace

int poissonSpares(double mean, double target, double *confidence)
{
    // Cumulative Poisson term by term; capped where the tail is negligible.
    double term = std::exp(-std::max(0.0, mean)), cdf = term;
    int s = 0;
    const int cap = int(mean + 20.0 * std::sqrt(mean + 1.0) + 20.0);
    while (cdf < target && s < cap) {
        ++s;
        term *= mean / s;
        cdf += term;
    }
    if (confidence)
        *confidence = std::min(1.0, cdf);
    return s;
}

double youngInterval(double writeS, double mtbfS)
{
    return writeS > 0.0 && mtbfS > 0.0 ? std::sqrt(2.0 * writeS * mtbfS) : 0.0;
}

double checkpointGoodput(double writeS, double restartS, double mtbfS, double intervalS)
{
    if (mtbfS <= 0.0 || intervalS <= 0.0)
        return 0.0;
    return std::clamp(1.0 - writeS / intervalS - (intervalS / 2.0 + restartS) / mtbfS, 0.0, 1.0);
}

AvailabilityResult solveAvailability(const Project &p, const Catalog &catalog,
                                     const AvailabilityOptions &o)
{
    AvailabilityResult r;
    r.sparesTarget = std::clamp(o.sparesTarget, 0.5, 0.999999);
    const Inventory inv = inventory(p, catalog);
    r.gpus = int(std::lround(inv.gpus));
    r.servers = int(std::lround(inv.servers));
    // Transceivers of the planned fabric, with their optics-catalog MTBF (docs/network.md).
    double transceivers = 0, opticsPerYear = 0;
    if (o.plannedFabric && !p.networkDomains.empty()) {
        const network::FabricFeed fabric = network::fabricFeed(p, catalog);
        for (const network::DomainFabric &d : fabric.fabric.domains) {
            transceivers += double(d.transceivers);
            opticsPerYear += d.opticsFailuresPerYear;
        }
    }
    const double cdus = double(p.cdus.size()), airUnits = double(p.airUnits.size());
    double interruptsPerGpuHour = 0.0;
    for (const CatalogEntry *e : catalog.entries("costs")) {
        if (e->type != "reliability")
            continue;
        const Json &d = e->data;
        ClassResult c;
        c.id = e->id;
        c.cls = d.value("class", std::string());
        c.name = e->name;
        c.per = d.value("per", std::string());
        c.mttrHours = jsonNumber(d, "mttrHours");
        c.interrupts = d.value("interrupts", true);
        c.downScope = d.value("downScope", std::string("none"));
        c.source = e->source;
        c.assumption = isAssumption(d, "mtbfHours") || isAssumption(d, "mttrHours")
            || isAssumption(d, "unitsPer");
        double perYear = 0.0;
        if (d.value("mtbfFrom", std::string()) == "optics") {
            c.units = transceivers;
            perYear = opticsPerYear;
            c.mtbfHours = perYear > 0.0 ? c.units * kHoursPerYear / perYear : 0.0;
        } else {
            c.mtbfHours = jsonNumber(d, "mtbfHours");
            if (c.per == "gpu")
                c.units = inv.gpus;
            else if (c.per == "server")
                c.units = inv.servers;
            else if (c.per == "tray")
                c.units = inv.switchTrays;
            else if (d.value("unitsOf", std::string()) == "cdu")
                c.units = cdus * jsonNumber(d, "unitsPer");
            else if (d.value("unitsOf", std::string()) == "air-unit")
                c.units = airUnits * jsonNumber(d, "unitsPer");
            // The Llama 3 switch-and-cable rate stands in only where no fabric is planned.
            if (c.cls == "network" && transceivers > 0)
                c.units = 0;
            perYear = c.mtbfHours > 0.0 ? c.units * kHoursPerYear / c.mtbfHours : 0.0;
        }
        if (c.units <= 0.0)
            continue;
        c.failuresPerDay = perYear / 365.0;
        // Little's law: units in repair = failure rate x repair time; each takes its scope's GPUs.
        const double perHour = perYear / kHoursPerYear;
        c.gpusDown = std::min(inv.gpus, perHour * c.mttrHours * gpusPerFailure(c.downScope, inv));
        if (c.mttrHours > 0.0)
            c.spares = poissonSpares(perHour * c.mttrHours, r.sparesTarget, &c.sparesConfidence);
        else
            c.sparesConfidence = 1.0;
        r.failuresPerDay += c.failuresPerDay;
        if (c.interrupts)
            r.interruptionsPerDay += c.failuresPerDay;
        r.gpusDown += c.gpusDown;
        if (inv.gpus > 0 && c.interrupts)
            interruptsPerGpuHour += perHour / inv.gpus;
        r.classes.push_back(std::move(c));
    }
    r.shareGpusDown = inv.gpus > 0 ? std::min(1.0, r.gpusDown / inv.gpus) : 0.0;

    const Json *ckpt = nullptr;
    for (const CatalogEntry *e : catalog.entries("costs"))
        if (e->type == "reliability-checkpoint")
            ckpt = &e->data;
    for (size_t i = 0; i < p.deployments.size(); ++i) {
        const Deployment &d = p.deployments[i];
        const int gpus = deploymentGpus(d, inv);
        if (gpus <= 0 || inv.gpus <= 0)
            continue;
        if (d.mode == "training") {
            // A synchronous job stops at any interrupting failure among its GPUs (a series
            // system: Kokolis et al. 2024 model job MTTF the same way).
            TrainingResult t;
            t.deployment = d.id;
            t.gpus = gpus;
            t.utilization = std::clamp(d.utilization, 0.0, 1.0);
            const Json *model = catalog.entry("models", d.model);
            t.paramsB = model ? model->value("paramsB", 0.0) : 0.0;
            t.interruptionsPerDay = interruptsPerGpuHour * gpus * 24.0;
            t.mtbfHours = t.interruptionsPerDay > 0.0 ? 24.0 / t.interruptionsPerDay : 0.0;
            if (ckpt) {
                t.checkpointBytes = t.paramsB * 1e9 * jsonNumber(*ckpt, "bytesPerParam");
                const double bw = jsonNumber(*ckpt, "storageBytesPerSPerGpu") * gpus;
                t.checkpointWriteS = bw > 0.0 ? t.checkpointBytes / bw : 0.0;
                t.restartS = jsonNumber(*ckpt, "restartS");
            }
            t.intervalS = youngInterval(t.checkpointWriteS, t.mtbfHours * 3600.0);
            t.goodput = t.mtbfHours > 0.0 ? checkpointGoodput(t.checkpointWriteS, t.restartS,
                                                              t.mtbfHours * 3600.0, t.intervalS)
                                          : 1.0;
            t.lostGpuHoursPerYear = (1.0 - t.goodput) * gpus * kHoursPerYear * t.utilization;
            r.training.push_back(t);
            continue;
        }
        InferenceResult n;
        n.deployment = d.id;
        n.gpus = gpus;
        double tokensPerS = 0.0;
        n.replicaGpus = std::max(1, d.tp * d.pp);
        if (o.throughput && i < o.throughput->deployments.size()
            && o.throughput->deployments[i].ok) {
            const throughput::DeploymentResult &dr = o.throughput->deployments[i];
            tokensPerS = dr.op.tokensPerS;
            n.replicaGpus = std::max(1, dr.op.placement.tp * dr.op.placement.pp);
        }
        // A failure takes out its scope, or the whole replica when the replica is larger.
        for (const ClassResult &c : r.classes) {
            const double scope = gpusPerFailure(c.downScope, inv);
            if (scope <= 0.0)
                continue;
            const double perGpuHour = c.failuresPerDay / 24.0 / inv.gpus;
            n.shareDown += perGpuHour * c.mttrHours * std::max(scope, double(n.replicaGpus));
        }
        n.shareDown = std::min(1.0, n.shareDown);
        n.lostTokensPerS = tokensPerS * n.shareDown;
        n.lostTokensPerYear
            = n.lostTokensPerS * std::clamp(d.utilization, 0.0, 1.0) * kHoursPerYear * 3600.0;
        r.lostTokensPerYear += n.lostTokensPerYear;
        r.inference.push_back(n);
    }
    r.ok = true;
    priceLosses(r, o.usdPerMillionTokens, o.annualCostUsd);
    return r;
}

double AvailabilityResult::trainingLostShare() const
{
    double lost = 0.0;
    for (const TrainingResult &t : training)
        lost += (1.0 - t.goodput) * t.utilization * t.gpus;
    return gpus > 0 ? lost / gpus : 0.0;
}

void priceLosses(AvailabilityResult &r, double usdPerMillionTokens, double annualCostUsd)
{
    r.lostUsdPerYear = 0.0;
    for (InferenceResult &n : r.inference) {
        n.lostUsdPerYear = n.lostTokensPerYear / 1e6 * usdPerMillionTokens;
        r.lostUsdPerYear += n.lostUsdPerYear;
    }
    for (TrainingResult &t : r.training) {
        t.lostUsdPerYear = r.gpus > 0
            ? annualCostUsd * (1.0 - t.goodput) * t.utilization * t.gpus / r.gpus
            : 0.0;
        r.lostUsdPerYear += t.lostUsdPerYear;
    }
}

} // namespace aif::availability
