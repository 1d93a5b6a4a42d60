#pragma once

#include "n1scan.h"

#include <limits>
#include <optional>

namespace aif {
namespace thermal {
struct ThermalResult;
}

namespace whatif {

// Time to limit (issue 22, docs/whatif.md): after a cooling failure, how long until the first
// rack passes its limit, from a lumped heat balance per hall and per loop: C·dT/dt = Q_in − Q_out,
// so t = C·(T_limit − T_0)/(Q_in − Q_out) with C the heat capacity of everything that warms
// together (room air, loop water, equipment). Building fabric (slab, walls) is left out, so the
// figure errs short (Schneider Electric WP 179, "Data Center Temperature Rise During a Cooling
// System Outage": room air alone gives seconds, equipment and stored water give minutes).

// Plain carbon steel at 300 K, J/(kg·K) (Incropera & DeWitt, Fundamentals of Heat and Mass
// Transfer, Table A.1: 434). Servers are steel chassis with aluminium (903) and copper (385)
// heat sinks; steel's value errs short.
inline constexpr double kEquipmentCpJkgK = 434.0;
// Water held in a facility or chilled-water loop, as seconds of its design flow. Chiller makers
// size the minimum loop volume as 3 gal/ton for comfort cooling and 6-10 gal/ton for process
// loads; at the usual 2.4 gpm/ton that is 1.25 min and 2.5-4 min of flow (Carrier and Trane
// chiller application guides): 2 min is the middle of that range.
inline constexpr double kFacilityLoopTransitS = 120.0;
// Technology cooling loops are short (CDU reservoir, manifolds, hoses): an assumption of 30 s of
// secondary flow, e.g. ~500 L in a loop circulating ~1,000 L/min for 1 MW (OCP 1.5 L/min/kW).
inline constexpr double kTcsLoopTransitS = 30.0;

struct ThermalMass
{
    double airJK = 0.0;         // ρ·c_p·V of the hall's air
    double waterJK = 0.0;       // ρ·c_p·V of the loops' water (V = flow × transit time)
    double equipmentJK = 0.0;   // installed systems' catalog weight × kEquipmentCpJkgK
    double total() const { return airJK + waterJK + equipmentJK; }
};

// One hall or loop that passes its limit after the failure.
struct LimitZone
{
    std::string id;             // the hall or loop
    std::string kind;           // hall (rack inlet), tcs (GPU coolant) or loop (facility/chilled water)
    std::string limit;          // what is passed, for a reader
    std::string rack;           // the first rack to pass it
    // deficit: the remaining units remove less than comes in (lumped balance);
    // airflow: they remove it all but the new steady state is past the limit (approached with
    // the air or water turnover time tauS); exceeded: already past the limit before the failure.
    std::string mode;
    double heatW = 0.0;         // heat into the zone
    double removedW = 0.0;      // what the remaining units can remove
    double startC = 0.0;        // the hottest rack inlet (or loop supply) before the failure
    double limitC = 0.0;
    double steadyC = 0.0;       // airflow mode: the steady state after the failure
    double tauS = 0.0;
    ThermalMass mass;
    double seconds = 0.0;
    double airOnlySeconds = 0.0;   // deficit mode: the room air alone (the lower bound)
    double netW() const { return heatW > removedW ? heatW - removedW : 0.0; }
};

struct TimeToLimit
{
    std::vector<ScanUnit> units;
    std::vector<LimitZone> zones;   // empty: the remaining units hold every limit
    bool ok = true;
    std::string error;
    bool holds() const { return zones.empty(); }
    const LimitZone *first() const;             // the zone that passes its limit first
    std::optional<double> minutes() const;      // none: holds
};

// The lumped balance: seconds for C to warm by headroomK with netW going in (0 with no headroom;
// infinity with no net heat).
double lumpedSeconds(double heatCapacityJK, double netW, double headroomK);
// First-order approach to a steady state past the limit: t = τ·ln((T_ss − T_0)/(T_ss − T_lim)).
double approachSeconds(double tauS, double startC, double steadyC, double limitC);

// The zones of `failed` (the project with its units failed) that pass their limit, from the
// healthy and the failed thermal solves. A pure function.
TimeToLimit timeToLimit(const Project &failed, const thermal::ThermalResult &base,
                        const thermal::ThermalResult &failedResult, const Catalog &catalog);

struct LimitOptions
{
    std::string unitId;         // empty: every cooling unit (air units, CDUs, heat-rejection banks) alone
    std::string scenario;       // applied before anything is failed
};

struct LimitReport
{
    bool ok = true;
    std::string error;
    std::vector<TimeToLimit> cases;
    Json toJson() const;        // the `aif whatif --time-to-limit --json` document
};

LimitReport runTimeToLimit(const Project &project, const Catalog &catalog, const LimitOptions &options,
                           Progress *progress = nullptr);

} // namespace whatif
} // namespace aif
