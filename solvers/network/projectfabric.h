#pragma once

#include "dci.h"
#include "fattree.h"
#include "media.h"
#include "mgmtfabric.h"
#include "scaleup.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace aif {

class Project;

namespace network {

// Cable routing constants (docs/network.md), assumptions of common practice, not a standard:
// links run in overhead trays along x then y between rack centres (Manhattan), drop from the
// tray to a port at mid-height of the rack at each end, and carry patch-panel and service-loop
// slack.
constexpr double kTrayAboveRackTopM = 0.5;   // tray bottom above the tallest rack top
constexpr double kPatchSlackM = 2.0;         // per link, both ends together

// One end of a cable run on the campus: site metres (hall origin added, y north), the rack's
// height (the drop starts at mid-height), and whether it is an automatic switch position.
struct RunEnd
{
    double xM = 0, yM = 0, heightM = 0;
    bool automatic = false;
};

// One group of identical cables between two racks.
struct CableRun
{
    std::string from, to, tier;   // racks (GPU rack, or network rack / auto position id)
    long long count = 0;
    double lengthM = 0;           // routedLengthM between the two ends
    Medium medium;
    bool reaches = true;
    RunEnd a, b;                  // where `from` and `to` stand, as the length was measured
};

// Where the fabric draws power: a switch position (a network rack, or an automatic position when
// no switch is placed) or a GPU rack (the node end of its cables). Power on the floor, so the
// power and thermal solvers can put it where it stands (docs/network.md, "Into the other solvers").
struct FabricLoad
{
    std::string id, hall, tier;   // rack id or auto position id; tier leaf, spine (spines and cores), node
    bool automatic = false;       // an automatic position: no rack of its own
    double xM = 0, yM = 0;        // site coordinates (hall origin added)
    double switches = 0;          // the tree's switches standing here (spread by placed switches)
    double switchPowerW = 0, opticsPowerW = 0;
};

struct DomainFabric
{
    std::string domainId, technology;
    int gpus = 0;
    int gpusPerSystem = 0;        // GPUs per node (an NVL72 compute tray: 4)
    FatTreeResult tree;
    ManagementFabric management;     // storage, in-band and OOB beside this compute fabric
    std::vector<CableRun> runs;
    std::vector<FabricLoad> loads;   // sums to tree's and management's switch and optics power
    double cableLengthM = 0, opticsPowerW = 0, opticsCapexUsd = 0;
    double opticsFailuresPerYear = 0;   // module ends x 8,760 h / MTBF (media with an MTBF)
    long long transceivers = 0, copperCables = 0, fibreCables = 0, fibres = 0;
};

// A scale-across link between two scale-out domains that one or more deployments span
// (projectdci.cpp, docs/network.md "Scale-across inside a project"): sized by the bandwidth the
// deployments' GPUs need across the boundary, planned by planDci over the route between the
// two domains' spine positions.
struct DciLink
{
    std::string domainA, domainB, hallA, hallB;
    std::vector<std::string> deployments;
    int gpusA = 0, gpusB = 0;        // the deployments' GPUs on each side
    double routeM = 0;               // fibre route between the spine positions
    bool assumedRoute = false;       // halls without site coordinates: kUnplacedHallRouteM
    double perGpuGbps = 0;           // each GPU's bandwidth across the boundary, one way
    double bandwidthGbps = 0;        // the aggregate the link is sized for, one way
    DciResult plan;                  // parts, transceivers, fibre pairs, power, capex, latency
    FabricLoad ends[2];              // where its power stands (each domain's main spine position)
};

struct BomLine
{
    std::string part, kind, source;
    long long count = 0;
    double lengthM = 0, unitPowerW = 0, unitPriceUsd = 0;
};

struct ProjectFabric
{
    std::vector<DomainFabric> domains;
    std::vector<ScaleUpResult> scaleUp;   // one per system type found in scale-up domains
    std::vector<int> scaleUpDomains;      // how many domains of each
    std::vector<BomLine> bom;
    std::vector<DciLink> dci;             // scale-across links between domains deployments span
    std::vector<std::string> warnings;
    // Totals; opticsPowerW and capexUsd include the DCI links (dciPowerW, dciCapexUsd).
    double switchPowerW = 0, opticsPowerW = 0, capexUsd = 0, cableLengthM = 0;
    double dciPowerW = 0, dciCapexUsd = 0;
};

// The link length between two points on the floor (hall coordinates) for racks of the given
// heights: Manhattan run in the tray, a vertical drop at each end, slack.
double routedLengthM(double x1, double y1, double h1, double x2, double y2, double h2);

// Scale-across sizing (docs/network.md): a GPU gets its domain's between-SU bandwidth over this
// ratio across a domain boundary. An assumption: Meta's SIGCOMM 2024 fabric keeps links between
// its "AI Zones" deliberately oversubscribed under a topology-aware scheduler; the ratio here is
// not a published figure. Configurable (FabricOptions, `aif fabric FILE --dci-oversubscription`).
constexpr double kDefaultDciOversubscription = 7.0;
// Route between two halls whose origins coincide (no site coordinates): a campus of separate
// buildings a few hundred metres apart, an assumption.
constexpr double kUnplacedHallRouteM = 500.0;

struct FabricOptions
{
    // Optics technology of every optical link (pluggable, lpo, cpo): the what-if of the Network
    // view and `aif fabric FILE --optics`; media without a variant stay pluggable.
    std::string opticsTechnology = "pluggable";
    // Plan the storage, in-band and out-of-band networks of each scale-out domain (mgmtfabric.h).
    bool managementNetworks = true;
    // Scale-across links for deployments spanning several scale-out domains (projectdci.cpp):
    // each GPU gets its domain's between-SU rate over this ratio across the boundary, on the
    // DCI option asked for (auto, zr, zr+, leased; dci.h).
    double dciOversubscription = kDefaultDciOversubscription;
    std::string dciOption = "auto";
};

// The fabric of every scale-out domain of the project from its racks' systems and the switch
// racks on the floor (end-of-row leaves and a central spine position when none are placed).
ProjectFabric planProjectFabric(const Project &project, const Catalog &catalog,
                                const FabricOptions &options = {});

Json projectFabricJson(const ProjectFabric &f);
QByteArray bomCsv(const ProjectFabric &f);

} // namespace network
} // namespace aif
