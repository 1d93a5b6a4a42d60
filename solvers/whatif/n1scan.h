#pragma once

#include "common/progress.h"
#include "json.h"
#include "project.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace aif {

class Catalog;

namespace whatif {

// The N−1 (and N−2) failure scan of issue 22 (docs/whatif.md): every unit that can be marked
// failed (air units, CDUs and one unit of each heat-rejection bank: "cooling"; power nodes:
// "power"; switches and whole link groups: "network") is failed alone (or in pairs), the normal
// solve job runs on that copy, and each case is compared with the healthy base. Cooling cases
// also get their time to limit (timetolimit.h). A pure function of (project, catalog, options).
struct ScanOptions
{
    std::set<std::string> kinds{"cooling", "power"};   // any of cooling, power, network
    bool pairs = false;           // N−2: every pair of units as well as each unit alone
    int maxCases = 2000;          // N−2 beyond this is refused with a message (not truncated)
    int threads = 2;              // 0: the hardware's thread count
    std::string scenario;         // applied to the base before anything is failed
    // Solvers each case runs; power, thermal and throughput give every figure of a case.
    std::set<std::string> solvers{"power", "thermal", "throughput"};
};

// What one solve says about the design, the figures each case is compared on.
struct CaseFigures
{
    double maxInletC = 0.0;
    int allowableViolations = 0;    // racks with inlet outside their hall's ASHRAE allowable (or uncooled)
    int recommendedViolations = 0;  // racks outside the recommended envelope (allowable ones included)
    int throttledGpus = 0;          // GPUs in racks whose GPUs throttle or shut down
    double tokensPerS = 0.0;
    std::vector<int> liveFeeds;     // per rack: feeds (A, B) whose node is alive
    std::vector<double> rackInputW; // per rack: IT input at the design point
};

struct ScanUnit
{
    std::string id, kind, name;     // kind: airUnit, cdu, heatRejection, powerNode, switch, link
};

// Air units, CDUs and heat-rejection banks: the cases time to limit applies to.
bool isCoolingUnit(const ScanUnit &unit);

struct ScanCase
{
    std::vector<ScanUnit> units;    // one (N−1) or two (N−2)
    bool ok = true;                 // the solve ran (false: see error)
    std::string error;
    CaseFigures figures;
    double lostTokensPerS = 0.0;    // base − case, never below 0
    double lostPowerCapacityW = 0.0;   // base IT input of racks that lost a feed or their redundancy
    bool breaksAllowable = false;   // more racks outside allowable than in the base
    // Cooling cases (thermal solved): minutes until the first rack passes its limit after the
    // failure (timetolimit.h); none when the remaining units hold, and for other kinds.
    bool coolingCase = false;
    std::optional<double> timeToLimitMin;
    std::string limitZone;          // the hall or loop that passes its limit first

    std::string unitIds() const;    // "a" or "a+b"
    std::string kinds() const;
    std::string names() const;
};

struct ScanResult
{
    bool ok = true;                 // false: refused or cancelled (see error)
    bool cancelled = false;
    std::string error;
    CaseFigures base;
    std::vector<ScanCase> cases;    // units in file order (air units, CDUs, heat rejection, power nodes, switches, links)
    Json toJson() const;            // the `aif whatif --json` document
};

// The units the scan would fail, in file order; already-failed units (banks with no working
// unit, link groups already all down) are left out. A heat-rejection bank is one unit: its
// units are identical, and N−2 pairs it with itself where two of its units still work.
std::vector<ScanUnit> scanUnits(const Project &project, const std::set<std::string> &kinds);

// Marks a unit failed in the project (a bank: one more of its units; a link group: all of its
// links); false when no unit of that kind has the id or none of it is left to fail.
bool failUnit(Project &project, const ScanUnit &unit);

// The figures of one solve of `project` (no scenario applied here).
CaseFigures solveFigures(const Project &project, const Catalog &catalog, const std::set<std::string> &solvers,
                         Progress *progress = nullptr, std::string *error = nullptr);

ScanResult runScan(const Project &project, const Catalog &catalog, const ScanOptions &options,
                   Progress *progress = nullptr);

// Cases ordered for a reader: those that break allowable first, then by lost tokens/s, lost
// power capacity and max inlet, all descending; ties keep the file order.
std::vector<const ScanCase *> bySeverity(const ScanResult &result);

} // namespace whatif
} // namespace aif
