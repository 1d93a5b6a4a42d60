#pragma once

#include "common/progress.h"
#include "json.h"
#include "project.h"

#include <string>
#include <vector>

namespace aif {

class Catalog;
namespace power {
struct PowerResult;
}

namespace whatif {

// UPS ride-through (issue 22, docs/whatif.md): when the utility is lost every UPS and battery
// carries its load on battery until the standby generators take it. Runtime at the actual load
// from the runtime at full rated load by Peukert's law on power, t = t_rated·(P_rated/P)^k.

// Lithium-ion cells discharge close to linearly: Peukert exponents of 1.02-1.10 are reported for
// Li-ion against 1.1-1.4 for lead-acid (Doerffel & Sharkh, "A critical review of using the
// Peukert equation for determining the remaining capacity of lead-acid and lithium-ion
// batteries", J. Power Sources 155 (2006) 395-400).
inline constexpr double kPeukertLithiumIon = 1.05;
// Assumed when a UPS or battery does not say (autonomyMin 0): 5 min at full load, the usual
// autonomy of lithium-ion UPS cabinets sized to bridge to generators (vendor sizing, e.g.
// Schneider Electric Galaxy and Vertiv Liebert Li-ion cabinets offered at 5 min).
inline constexpr double kDefaultAutonomyMin = 5.0;
// Assumed when a generator does not say (startDelayS 0): NFPA 110 Type 10, power restored to
// the load within 10 s of the outage.
inline constexpr double kDefaultGeneratorStartS = 10.0;

struct RideThroughOptions
{
    std::string scenario;
    double peukertK = kPeukertLithiumIon;
};

struct GeneratorStart
{
    std::string id, name, side;
    double startS = 0.0;
    bool assumed = false;       // startDelayS was 0: NFPA 110 Type 10
};

struct UpsRideThrough
{
    std::string id, name, type, side;
    double loadW = 0.0;          // its output at the design point
    double ratedW = 0.0;         // modules × rating (what the autonomy is quoted at)
    double autonomyMin = 0.0;    // at full rated load
    bool autonomyAssumed = false;
    double runtimeS = 0.0;       // at loadW (infinite without load); also what is left if the generators fail
    bool hasGenerator = false;
    double generatorStartS = 0.0;   // the slowest generator that backs it
    bool generatorAssumed = false;
    double marginS = 0.0;        // runtime − generator start (0 without a generator)
    bool covered = false;        // a generator takes the load before the batteries run out
};

struct RideThroughResult
{
    bool ok = true;
    std::string error;
    double peukertK = kPeukertLithiumIon;
    std::vector<UpsRideThrough> ups;
    std::vector<GeneratorStart> generators;
    bool allCovered() const;
    Json toJson() const;         // the `aif whatif --ride-through --json` document
};

// Runtime in seconds at loadW of a battery that lasts autonomyMin at ratedW (infinity at no load).
double batteryRuntimeS(double autonomyMin, double ratedW, double loadW, double peukertK);

// From a power solve of `project`: every working UPS and battery against the generators of its
// side (A/B; side N generators back both). A pure function.
RideThroughResult rideThrough(const Project &project, const power::PowerResult &power, double peukertK);

RideThroughResult runRideThrough(const Project &project, const Catalog &catalog, const RideThroughOptions &options,
                                 Progress *progress = nullptr);

} // namespace whatif
} // namespace aif
