#pragma once

#include "network/projectfabric.h"

#include <map>
#include <string>
#include <vector>

namespace aif {

class Catalog;
struct Project;

// Presentation figures of a planned fabric for the Network view: sums and regroupings of the
// planner's output, never a second plan (docs/network.md, "Network view").
namespace fabricFigures {

// What the project says about one scale-out domain, beside what the planner made of it.
struct DomainSummary
{
    std::string name;
    long long placedLeaves = 0, placedSpines = 0,
              placedCores = 0; // switches of the domain in racks
    long long gpuRacks = 0;
    std::vector<std::pair<int, long long>> scaleUp; // index into ProjectFabric::scaleUp, racks here
    std::map<std::string, std::map<std::string, long long>>
        cablesByTierMedium; // tier -> medium -> cables
};
std::vector<DomainSummary> domainSummaries(const Project &project,
                                           const network::ProjectFabric &fabric);

// The fabric planned for one optics technology (pluggable, lpo, cpo): the planner itself with
// FabricOptions::opticsTechnology, as `aif fabric FILE --optics`, compared link by link with
// the pluggable plan `fabric`.
struct OpticsWhatIf
{
    std::string technology;
    double opticsPowerW = 0, opticsCapexUsd = 0, switchCapexUsd = 0;
    double pjPerBit = 0; // optics W over the bits the link ends carry (2 ends per link)
    double failuresPerYear = 0; // optical modules expected to fail in a year (catalog MTBF)
    long long links = 0, linksOnTechnology = 0, linksChanged = 0, beyondReach = 0;
    bool catalogHasParts
        = false; // the catalog has a part of this technology at the fabric's lane rates
    double capexUsd() const { return switchCapexUsd + opticsCapexUsd; }
};
OpticsWhatIf opticsWhatIf(const Project &project, const network::ProjectFabric &fabric,
                          const Catalog &catalog, const std::string &technology);

// Power and cost by medium (and the switches), from the planner's BOM and runs.
struct MediumRow
{
    std::string kind; // "switch", "scale-up", "medium" or "dci" (a scale-across link)
    std::string medium, part, name, source;
    long long links = 0, transceivers = 0, units = 0;
    double lengthM = 0, powerW = 0, capexUsd = 0, pjPerBit = 0, reachM = 0;
    bool priced = true;
};
std::vector<MediumRow> mediumRows(const network::ProjectFabric &fabric, const Catalog &catalog);

// Cables per length bin and medium, every scale-out domain together (the CLI's 5 m bins).
struct LengthHistogram
{
    double binM = 5;
    std::vector<std::string> media; // in mediumStyle::order()
    std::vector<std::vector<long long>> counts; // [bin][medium]
    long long total() const;
};
LengthHistogram lengthHistogram(const network::ProjectFabric &fabric, double binM = 5);

// The planner's warnings and the checks the view adds from the project: switches placed
// against the tree's needs (ports exhausted when short) and oversubscription above target.
struct Finding
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    std::string domain, text;
};
std::vector<Finding> findings(const network::ProjectFabric &fabric,
                              const std::vector<DomainSummary> &summaries,
                              const std::vector<OpticsWhatIf> &whatIfs);

} // namespace fabricFigures
} // namespace aif
