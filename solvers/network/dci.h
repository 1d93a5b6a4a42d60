#pragma once

#include "json.h"

#include <string>

namespace aif {

class Catalog;

namespace network {

// A scale-across link between halls or sites (data-centre interconnect): the aggregate bandwidth
// one way, over a fibre route of a given length.
struct DciInput
{
    double distanceKm = 0;
    double bandwidthTbps = 0;     // required aggregate, one direction
    double lambdaGbps = 0;        // rate per wavelength or port; 0 = any the catalog has
    std::string option = "auto";  // auto | zr | zr+ | leased
    int sites = 2;                // sites in the data-parallel ring (all-reduce)
    double gradientGb = 0;        // gradient volume per step in GB (1e9 bytes); 0 = no all-reduce
};

struct DciResult
{
    std::string error;
    std::string medium;           // dr | fr | lr | zr | zrplus | leased
    std::string partId, partName, source;
    double speedGbps = 0, reachKm = 0, pjPerBit = 0;
    int wavelengths = 0;          // wavelengths (coherent, leased) or ports (grey optics), one way
    int transceivers = 0;         // both ends (leased: the hand-off optics)
    int fibrePairs = 0;
    int amplifierSites = 0, amplifiers = 0;
    std::string amplifierId, amplifierSource;
    double powerW = 0, capexUsd = 0, opexUsdPerYear = 0;
    double fibreLatencyMs = 0, equipmentLatencyMs = 0, latencyMs = 0;
    double allreduceSeconds = -1; // < 0 when no gradient volume was given
};

// Group index of SMF-28 at 1550 nm (Corning SMF-28 Ultra optical fibre product information:
// effective group index of refraction 1.4682 at 1550 nm): light covers a km in n/c = 4.9 µs.
constexpr double kSmfGroupIndex = 1.4682;
constexpr double kLightKmPerS = 299792.458;

double fibreLatencyMs(double distanceKm);

// Ring all-reduce of `bytes` among n sites over links of `gbps` one way with a one-way latency:
// 2(n-1)/n · bytes / bandwidth + 2(n-1) steps × latency (Patarasuk & Yuan, J. Parallel Distrib.
// Comput. 69 (2009) 117).
double ringAllReduceSeconds(double bytes, int n, double gbps, double latencyS);

// The cheapest catalog option that reaches (auto), or the one asked for.
DciResult planDci(const DciInput &in, const Catalog &catalog);

Json dciJson(const DciResult &r);

} // namespace network
} // namespace aif
