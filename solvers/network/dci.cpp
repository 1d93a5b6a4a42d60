#include "dci.h"

#include "catalog.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace aif::network {

namespace {

// The C band's usable DWDM spectrum, ~4.8 THz (1530-1565 nm): 64 channels on a 75 GHz grid.
// An assumption of common practice; mux/demux filters are not counted.
constexpr double kCBandGHz = 4800;

struct Candidate
{
    DciResult plan;
    double costUsd = 0;
};

double num(const Json &d, const char *key, double fallback = 0)
{
    const auto it = d.find(key);
    return it != d.end() && it->is_number() ? it->get<double>() : fallback;
}

int ceilCount(double a, double b)
{
    return b > 0 ? int(std::ceil(a / b - 1e-9)) : 0;
}

bool optionWants(const std::string &option, const std::string &medium)
{
    if (option == "leased")
        return medium == "leased";
    if (option == "zr")
        return medium == "zr";
    if (option == "zr+")
        return medium == "zrplus";
    return medium == "dr" || medium == "fr" || medium == "lr" || medium == "zr" || medium == "zrplus";
}

// Fibre pairs one way-and-back for `ports` modules: parallel DR uses a pair per lane; CWDM FR/LR
// a duplex pair per 400G (twin-port 2xFR4: 2); coherent wavelengths share pairs through a DWDM
// mux, C-band channels per pair on the entry's grid (75 GHz for 400G, 150 GHz assumed above).
int fibrePairs(const Json &d, const std::string &medium, int ports, double speedGbps)
{
    if (d.contains("fibrePairs"))
        return ports * int(num(d, "fibrePairs"));
    if (medium == "dr")
        return ports * std::max(1, ceilCount(speedGbps, num(d, "laneGbps", speedGbps)));
    if (medium == "fr" || medium == "lr")
        return ports * std::max(1, ceilCount(speedGbps, 400));
    const double grid = num(d, "gridGHz", speedGbps <= 400 ? 75 : 150);
    return ceilCount(ports, std::floor(kCBandGHz / grid));
}

Candidate plan(const CatalogEntry &e, const DciInput &in, const Catalog &catalog)
{
    const Json &d = e.data;
    Candidate c;
    DciResult &r = c.plan;
    r.medium = d.value("medium", std::string());
    r.partId = e.id;
    r.partName = e.name;
    r.source = e.source;
    r.speedGbps = num(d, "speedGbps");
    r.reachKm = num(d, "reachM") / 1000.0;
    r.wavelengths = ceilCount(in.bandwidthTbps * 1000.0, r.speedGbps);
    const double km = in.distanceKm;
    // Each end's DSP/FEC (coherent) or the carrier's transponders (leased); grey optics ~0.
    r.equipmentLatencyMs = 2 * num(d, "latencyUs") / 1000.0;

    if (r.medium == "leased") {
        // The carrier's fibre, amplifiers and transponders are in the monthly price; the customer
        // buys the hand-off optics at both ends.
        const CatalogEntry *h = catalog.find("optics", d.value("handoffOptic", std::string()));
        const double hSpeed = h ? num(h->data, "speedGbps") : 0;
        r.transceivers = h ? 2 * ceilCount(in.bandwidthTbps * 1000.0, hSpeed) : 0;
        r.powerW = h ? r.transceivers * num(h->data, "powerW") : 0;
        r.capexUsd = h ? r.transceivers * num(h->data, "priceUsd") : 0;
        r.pjPerBit = h && hSpeed > 0 ? num(h->data, "powerW") / hSpeed * 1000.0 : 0;
        if (h)
            r.source += "; hand-off: " + h->source;
        r.opexUsdPerYear = r.wavelengths * 12.0 * (num(d, "priceUsdPerMonth") + num(d, "priceUsdPerKmMonth") * km);
        c.costUsd = r.capexUsd + r.opexUsdPerYear;
        return c;
    }

    r.transceivers = 2 * r.wavelengths;
    r.fibrePairs = fibrePairs(d, r.medium, r.wavelengths, r.speedGbps);
    r.pjPerBit = r.speedGbps > 0 ? num(d, "powerW") / r.speedGbps * 1000.0 : 0;
    r.powerW = r.transceivers * num(d, "powerW");
    r.capexUsd = r.transceivers * num(d, "priceUsd") + r.fibrePairs * km * 1000.0 * num(d, "priceUsdPerM");
    // Beyond one span (unamplifiedReachM), an in-line amplifier site every spanKm on each pair.
    const double span = num(d, "unamplifiedReachM") / 1000.0;
    if (span > 0 && km > span) {
        const CatalogEntry *amp = nullptr;
        for (const CatalogEntry *o : catalog.entries("optics"))
            if (o->type == "amplifier" && (!amp || num(o->data, "priceUsd") < num(amp->data, "priceUsd")))
                amp = o;
        if (!amp) {
            r.error = "no in-line amplifier (type amplifier) in the optics catalog for " + e.id;
            return c;
        }
        r.amplifierId = amp->id;
        r.amplifierSource = amp->source;
        r.amplifierSites = std::max(0, ceilCount(km, num(amp->data, "spanKm", 80)) - 1);
        r.amplifiers = r.amplifierSites * r.fibrePairs;
        r.powerW += r.amplifiers * num(amp->data, "powerW");
        r.capexUsd += r.amplifiers * num(amp->data, "priceUsd");
    }
    c.costUsd = r.capexUsd;
    return c;
}

} // namespace

double fibreLatencyMs(double distanceKm)
{
    return distanceKm * kSmfGroupIndex / kLightKmPerS * 1000.0;
}

double ringAllReduceSeconds(double bytes, int n, double gbps, double latencyS)
{
    if (n < 2 || gbps <= 0)
        return 0;
    return 2.0 * (n - 1) / n * bytes * 8.0 / (gbps * 1e9) + 2.0 * (n - 1) * latencyS;
}

DciResult planDci(const DciInput &in, const Catalog &catalog)
{
    DciResult fail;
    if (!(in.distanceKm > 0) || !std::isfinite(in.distanceKm))
        fail.error = "distance must be above 0 km";
    else if (!(in.bandwidthTbps > 0) || !std::isfinite(in.bandwidthTbps))
        fail.error = "bandwidth must be above 0 Tb/s";
    else if (in.option != "auto" && in.option != "zr" && in.option != "zr+" && in.option != "leased")
        fail.error = "option must be auto, zr, zr+ or leased (got '" + in.option + "')";
    else if (in.sites < 2)
        fail.error = "sites must be at least 2";
    if (!fail.error.empty())
        return fail;

    std::vector<Candidate> all;
    for (const CatalogEntry *e : catalog.entries("optics")) {
        const std::string medium = e->data.value("medium", std::string());
        const std::string tech = e->data.value("technology", std::string("pluggable"));
        const double speed = num(e->data, "speedGbps");
        if (tech != "pluggable" || speed <= 0 || !optionWants(in.option, medium))
            continue;
        if (in.lambdaGbps > 0 && std::abs(speed - in.lambdaGbps) > 1e-9)
            continue;
        if (num(e->data, "reachM") / 1000.0 + 1e-9 < in.distanceKm)
            continue;
        all.push_back(plan(*e, in, catalog));
    }
    // Cheapest first (capex; leased: a year of rent and the hand-off optics), then lower power.
    const auto best = std::min_element(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        if (std::abs(a.costUsd - b.costUsd) > 1e-6)
            return a.costUsd < b.costUsd;
        return a.plan.powerW < b.plan.powerW;
    });
    if (best == all.end()) {
        fail.error = "no " + (in.option == "auto" ? std::string("scale-across") : in.option)
                     + " option in the optics catalog reaches " + std::to_string(int(std::ceil(in.distanceKm)))
                     + " km" + (in.lambdaGbps > 0 ? " at " + std::to_string(int(in.lambdaGbps)) + " Gb/s" : "");
        return fail;
    }
    DciResult r = best->plan;
    if (!r.error.empty())
        return r;
    r.fibreLatencyMs = fibreLatencyMs(in.distanceKm);
    r.latencyMs = r.fibreLatencyMs + r.equipmentLatencyMs;
    if (in.gradientGb > 0)
        r.allreduceSeconds = ringAllReduceSeconds(in.gradientGb * 1e9, in.sites, in.bandwidthTbps * 1000.0,
                                                  r.latencyMs / 1000.0);
    return r;
}

Json dciJson(const DciResult &r)
{
    Json j{{"medium", r.medium},
           {"part", r.partId},
           {"name", r.partName},
           {"lambda_gbps", r.speedGbps},
           {"reach_km", r.reachKm},
           {"wavelengths", r.wavelengths},
           {"transceivers", r.transceivers},
           {"fibre_pairs", r.fibrePairs},
           {"amplifier_sites", r.amplifierSites},
           {"amplifiers", r.amplifiers},
           {"power_w", r.powerW},
           {"capex_usd", r.capexUsd},
           {"opex_usd_per_year", r.opexUsdPerYear},
           {"fibre_latency_ms", r.fibreLatencyMs},
           {"equipment_latency_ms", r.equipmentLatencyMs},
           {"latency_ms", r.latencyMs},
           {"allreduce_seconds", r.allreduceSeconds >= 0 ? Json(r.allreduceSeconds) : Json()},
           {"pj_per_bit", r.pjPerBit},
           {"source", r.source}};
    if (!r.amplifierId.empty())
        j["amplifier_source"] = r.amplifierId + ": " + r.amplifierSource;
    return j;
}

} // namespace aif::network
