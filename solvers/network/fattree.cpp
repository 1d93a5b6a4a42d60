#include "fattree.h"

#include "catalog.h"
#include "media.h"

#include <algorithm>
#include <cmath>

namespace aif::network {

namespace {

struct SwitchPick
{
    const CatalogEntry *entry = nullptr;
    int ports = 0, cages = 0;
    double portGbps = 0, usedGbps = 0;
};

// The switch by id, or the catalog switch that has `radix` ports at `portGbps` once its ports
// are split (64 x 800G = 128 x 400G); the lowest-power one when several fit.
SwitchPick pickSwitch(const FatTreeInput &in, const Catalog &catalog, std::string *error)
{
    SwitchPick p;
    auto fill = [&](const CatalogEntry *e) {
        p.entry = e;
        p.ports = e->data.value("ports", 0);
        p.portGbps = e->data.value("portSpeedGbps", 0.0);
        p.cages = e->data.value("cages", p.ports);
    };
    if (!in.switchId.empty()) {
        const CatalogEntry *e = catalog.find("network", in.switchId);
        if (!e || e->type != "switch") {
            *error = "no switch '" + in.switchId + "' in the network catalog";
            return p;
        }
        fill(e);
        p.usedGbps = in.portGbps > 0 ? in.portGbps : p.portGbps;
        if (p.usedGbps > p.portGbps || std::fmod(p.portGbps, p.usedGbps) > 1e-9)
            *error = "switch '" + in.switchId + "' ports cannot run at " + std::to_string(int(p.usedGbps)) + " Gb/s";
        return p;
    }
    for (const CatalogEntry *e : catalog.entries("network")) {
        if (e->type != "switch")
            continue;
        const double speed = e->data.value("portSpeedGbps", 0.0);
        const int ports = e->data.value("ports", 0);
        if (speed + 1e-9 < in.portGbps || std::fmod(speed, in.portGbps) > 1e-9
            || std::llround(ports * speed / in.portGbps) != in.radix)
            continue;
        const bool better = !p.entry || (speed == in.portGbps) > (p.portGbps == in.portGbps)
                            || ((speed == in.portGbps) == (p.portGbps == in.portGbps)
                                && e->data.value("powerW", 0.0) < p.entry->data.value("powerW", 0.0));
        if (better)
            fill(e);
    }
    p.usedGbps = in.portGbps;
    if (!p.entry) {   // a generic switch: counts are right, power and price are unknown
        p.ports = in.radix;
        p.cages = in.radix;
        p.portGbps = in.portGbps;
    }
    return p;
}

// Transceivers (or cable ends) on `switches` switches that share `links` ports evenly, each also
// using `fixedPorts`, with `perCage` ports per cage.
long long cagesUsed(long long switches, long long links, long long fixedPorts, long long perCage)
{
    if (switches <= 0)
        return 0;
    const long long q = links / switches, r = links % switches;
    return r * ceilDiv(q + 1 + fixedPorts, perCage) + (switches - r) * ceilDiv(q + fixedPorts, perCage);
}

} // namespace

int divisorAtLeast(int n, long long atLeast)
{
    for (int d = 1; d <= n; ++d) {
        if (n % d == 0 && d >= atLeast)
            return d;
    }
    return n;
}

FatTreeResult planFatTree(const FatTreeInput &in, const Catalog &catalog)
{
    FatTreeResult r;
    if (in.gpus <= 0 || in.gpusPerSystem <= 0 || in.nicGbps <= 0 || in.nicsPerGpu <= 0 || in.planes <= 0) {
        r.error = "--gpus, --gpus-per-system, --nic-gbps, --nics-per-gpu and --planes must be positive";
        return r;
    }
    if (in.switchId.empty() && (in.radix <= 0 || in.portGbps <= 0)) {
        r.error = "give --switch ID or both --radix K and --port-gbps S";
        return r;
    }
    const SwitchPick sw = pickSwitch(in, catalog, &r.error);
    if (!r.error.empty())
        return r;
    if (sw.entry) {
        r.switchId = sw.entry->id;
        r.switchName = sw.entry->name;
        r.switchSource = sw.entry->source;
        r.laneGbps = sw.entry->data.value("laneGbps", 100.0);
    } else {
        r.warnings.push_back("no catalog switch has " + std::to_string(in.radix) + " ports at "
                             + std::to_string(int(in.portGbps)) + " Gb/s: generic switch without power or price");
    }
    r.physicalPorts = sw.ports;
    r.physicalGbps = sw.portGbps;
    r.planes = in.planes;
    r.perGpuGbps = in.nicGbps * in.nicsPerGpu;
    const double perPlane = r.perGpuGbps / in.planes;
    r.linkGbps = std::min(perPlane, sw.usedGbps);
    r.linksPerGpuPerPlane = int(std::ceil(perPlane / r.linkGbps - 1e-9));
    const double split = sw.portGbps / r.linkGbps;
    if (std::abs(split - std::round(split)) > 1e-9) {
        r.error = "a " + std::to_string(int(sw.portGbps)) + " Gb/s port does not split into "
                  + std::to_string(int(r.linkGbps)) + " Gb/s links";
        return r;
    }
    r.splitFactor = int(std::lround(split));
    const int k = sw.ports * r.splitFactor;
    r.radix = k;
    const double a = std::max(in.overDown, 1e-9), b = std::max(in.overUp, 1e-9);
    r.downPerLeaf = int(std::floor(k * a / (a + b) + 1e-9));
    r.upPerLeaf = k - r.downPerLeaf;
    const int linksPerSystem = in.gpusPerSystem * r.linksPerGpuPerPlane;   // per plane
    r.rails = in.railOptimized ? linksPerSystem : 1;
    const int portsPerSystemPerRail = in.railOptimized ? 1 : linksPerSystem;
    if (portsPerSystemPerRail > r.downPerLeaf || r.downPerLeaf <= 0) {
        r.error = "a system's " + std::to_string(portsPerSystemPerRail) + " links do not fit one leaf's "
                  + std::to_string(r.downPerLeaf) + " down ports (use --rail-optimized)";
        return r;
    }
    r.suSystems = in.suSystems > 0 ? in.suSystems : r.downPerLeaf / portsPerSystemPerRail;
    r.systems = int(ceilDiv(in.gpus, in.gpusPerSystem));
    r.scalableUnits = int(ceilDiv(r.systems, r.suSystems));
    r.cabledSystems = in.fullSu ? r.scalableUnits * r.suSystems : r.systems;
    if (in.gpus % in.gpusPerSystem != 0)
        r.warnings.push_back("--gpus is not a multiple of --gpus-per-system: the last system is counted whole");

    // Leaves: each SU has its own leaves per rail (rail-aligned), one plane at a time.
    auto leavesPerRail = [&](long long systems) { return ceilDiv(systems * portsPerSystemPerRail, r.downPerLeaf); };
    const long long lastSu = r.cabledSystems - (long long)(r.scalableUnits - 1) * r.suSystems;
    const long long leavesPlane = r.rails * ((r.scalableUnits - 1) * leavesPerRail(r.suSystems) + leavesPerRail(lastSu));
    const long long downPlane = (long long)r.cabledSystems * linksPerSystem;
    if (leavesPlane * r.downPerLeaf < downPlane + in.extraLeafPorts)
        r.warnings.push_back("the leaves have no free port for the extra (UFM/management) ports");
    if (in.tiers != 0 && in.tiers != 2 && in.tiers != 3) {
        r.error = "--tiers must be 2, 3 or auto";
        return r;
    }
    r.tiers = in.tiers ? in.tiers : leavesPlane <= 1 ? 1 : leavesPlane <= k ? 2 : 3;
    if (r.tiers == 2 && leavesPlane > k) {
        r.error = std::to_string(leavesPlane) + " leaves per plane exceed a two-tier tree's " + std::to_string(k)
                  + " (radix): use --tiers 3 or auto";
        return r;
    }
    long long spinesPlane = 0, coresPlane = 0, upPlane = 0, spineCorePlane = 0, spineFixed = 0;
    if (r.tiers == 2) {
        upPlane = leavesPlane * r.upPerLeaf;
        spinesPlane = divisorAtLeast(r.upPerLeaf, ceilDiv(upPlane, k));
    } else if (r.tiers == 3) {
        upPlane = leavesPlane * r.upPerLeaf;
        const int spineDown = k / 2, spineUp = k - spineDown;
        const long long perSu = r.rails * leavesPerRail(r.suSystems);
        const long long podLeaves = perSu <= spineDown ? (spineDown / perSu) * perSu : spineDown;
        r.pods = ceilDiv(leavesPlane, podLeaves);
        if (r.pods > k) {
            r.error = std::to_string(r.pods) + " pods exceed what one core tier of radix " + std::to_string(k) + " joins";
            return r;
        }
        const auto spinesOfPod = [&](long long leaves) {
            return divisorAtLeast(r.upPerLeaf, ceilDiv(leaves * r.upPerLeaf, spineDown));
        };
        const long long fullPods = leavesPlane / podLeaves, rest = leavesPlane % podLeaves;
        spinesPlane = fullPods * spinesOfPod(podLeaves) + (rest ? spinesOfPod(rest) : 0);
        const long long groups = spinesOfPod(std::min(podLeaves, leavesPlane));
        spineCorePlane = spinesPlane * spineUp;
        coresPlane = groups * divisorAtLeast(spineUp, ceilDiv(r.pods * spineUp, k));
        spineFixed = spineUp;
    }
    r.leaves = leavesPlane * in.planes;
    r.spines = spinesPlane * in.planes;
    r.cores = coresPlane * in.planes;
    r.pods *= in.planes;
    r.cablesNodeLeaf = ceilDiv(downPlane, r.splitFactor) * in.planes + in.extraLeafPorts;
    r.cablesLeafSpine = ceilDiv(upPlane, r.splitFactor) * in.planes;
    r.cablesSpineCore = ceilDiv(spineCorePlane, r.splitFactor) * in.planes;

    // Media: one length for all links picks the medium; without one, the switch's default optic.
    Medium medium;
    bool reaches = true;
    if (in.lengthM >= 0)
        medium = chooseMedium(catalog, r.laneGbps, in.lengthM, &reaches, in.opticsTechnology);
    else if (sw.entry)
        medium = mediumFromEntry(catalog, sw.entry->data.value("defaultMedium", std::string()));
    if (!reaches)
        r.warnings.push_back("no medium reaches " + std::to_string(in.lengthM) + " m at this lane rate");
    const long long perCage = std::max<long long>(1, (long long)(sw.ports / std::max(1, sw.cages)) * r.splitFactor);
    const long long upUsed = r.tiers >= 2 ? r.upPerLeaf : 0;
    // The extra ports sit on plane 0's leaves.
    r.xcvrLeaf = cagesUsed(leavesPlane, downPlane + in.extraLeafPorts, upUsed, perCage)
                 + (in.planes - 1) * cagesUsed(leavesPlane, downPlane, upUsed, perCage);
    r.xcvrSpine = in.planes * cagesUsed(spinesPlane, upPlane, spineFixed, perCage);
    r.xcvrCore = in.planes * cagesUsed(coresPlane, spineCorePlane, 0, perCage);
    const int nodePerXcvr = std::max(1, in.nodeLinksPerTransceiver);
    r.xcvrNode = (long long)r.cabledSystems * ceilDiv((long long)linksPerSystem * in.planes, nodePerXcvr);
    r.xcvrExtra = in.extraLeafPorts;

    const double cageGbps = double(perCage) * r.linkGbps;
    const double nodeGbps = double(nodePerXcvr) * r.linkGbps;
    auto line = [&](const std::string &tier, long long count, double gbps) {
        OpticsLine o;
        o.id = medium.id;
        o.tier = tier;
        o.medium = medium.medium.empty() ? "optical" : medium.medium;
        o.technology = medium.technology;
        o.source = medium.source;
        o.count = count;
        o.pjPerBit = medium.pjPerBit;
        // Module power and price scale with the rate the module carries (pJ/bit held).
        o.powerW = medium.pjPerBit * gbps / 1000.0;
        o.priceUsd = medium.speedGbps > 0 ? medium.priceUsd * gbps / medium.speedGbps : 0;
        r.optics.push_back(o);
    };
    line("leaf", r.xcvrLeaf, cageGbps);
    line("spine", r.xcvrSpine, cageGbps);
    line("core", r.xcvrCore, cageGbps);
    line("node", r.xcvrNode, nodeGbps);
    line("extra", r.xcvrExtra, r.linkGbps);
    for (const OpticsLine &o : r.optics) {
        r.opticsPowerW += o.count * o.powerW;
        r.opticsCapexUsd += o.count * o.priceUsd;
    }
    if (in.lengthM > 0)
        r.opticsCapexUsd += medium.priceUsdPerM * in.lengthM
                            * double(r.cablesNodeLeaf + r.cablesLeafSpine + r.cablesSpineCore);
    const long long switches = r.leaves + r.spines + r.cores;
    if (sw.entry) {
        r.switchPowerW = switches * sw.entry->data.value("powerW", 0.0);
        r.switchCapexUsd = switches * sw.entry->data.value("priceUsd", 0.0);
    }
    r.capexUsd = r.switchCapexUsd + r.opticsCapexUsd;
    // Bisection: half the GPUs' injection bandwidth, cut by the leaf's up:down where it is below 1.
    const double upRatio = r.tiers >= 2 ? std::min(1.0, double(r.upPerLeaf) / r.downPerLeaf) : 1.0;
    r.bisectionTbps = double(r.cabledSystems) * in.gpusPerSystem * r.perGpuGbps / 2.0 * upRatio / 1000.0;
    // The largest tree of this radix and tier count (Al-Fares et al. 2008: k^2/2 and k^3/4 at 1:1).
    const long long maxLinks = r.tiers <= 1 ? r.downPerLeaf
                               : r.tiers == 2 ? (long long)k * r.downPerLeaf
                                              : (long long)k * (k / 2) * r.downPerLeaf;
    r.maxEndpoints = maxLinks / r.linksPerGpuPerPlane;
    r.hopsMax = 2 * r.tiers - 1;
    r.latencyNs = r.hopsMax * (sw.entry ? sw.entry->data.value("latencyNs", 0.0) : 0.0);
    return r;
}

} // namespace aif::network
