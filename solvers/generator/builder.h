#pragma once

#include "designrequest.h"
#include "json.h"
#include "project.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace aif {
class Catalog;
struct CatalogEntry;
}

namespace aif::generator {

// What goes in one rack: a catalog system (count) or network gear, with its nameplate load.
struct RackSpec
{
    std::string system;        // empty: a network rack
    int systemCount = 0;
    std::string rackType;      // catalog "racks" (empty when the system is its own cabinet)
    double widthM = 0.6, depthM = 1.2, heightM = 2.2;
    double powerW = 0.0;       // nameplate
    double liquidW = 0.0;      // heat to liquid at nameplate
    double airflowM3s = 0.0;   // at nameplate
    int gpus = 0;
    // Network racks: the fabric switches they hold (indices into HallPlan::fabric.switches),
    // and how the rack is told apart in its row ("-net", "-net2", "-spine1") and named.
    std::vector<int> switches;
    std::string idSuffix, label;
    bool isNetwork() const { return system.empty(); }
};

// One fabric switch of a hall and where it is mounted (a network rack of the hall plan).
struct FabricSwitch
{
    std::string id, tier;      // tier: leaf, spine, core
    int ports = 0;             // in use: every port carries a link
    int row = -1, rack = -1;   // HallPlan::rows[row][rack]
};

// A group of identical links between two switches (indices into HallFabric::switches).
struct FabricLinks
{
    int from = 0, to = 0, count = 0;
};

// A hall's scale-out fabric (fabricplan.h): leaves per row, spines (and cores past what two
// tiers reach), the links between them and from every GPU rack to its leaves.
struct HallFabric
{
    std::vector<FabricSwitch> switches;
    std::vector<FabricLinks> links;
    // rackLinks[row][rack]: (leaf switch index, links) of each GPU rack of the plan's rows.
    std::vector<std::vector<std::vector<std::pair<int, int>>>> rackLinks;
    int tiers = 0;             // 0: no fabric (supernodes), 1: one leaf, 2: leaf/spine, 3: with cores
    double oversubscription = 1.0;
};

// What one hall holds before it has a geometry: its rows of racks in floor order (GPU racks,
// then the row's network racks) and its fabric.
struct HallPlan
{
    std::vector<std::vector<RackSpec>> rows;
    HallFabric fabric;
    double itW() const;        // the racks' power budgets
};

struct PlacedRack
{
    std::string id, name;
    int row = 0;               // index into HallLayout::rows
    double xM = 0, yM = 0, rotationDeg = 0;
    RackSpec spec;
    bool network = false;      // the row's network rack (switches)
    std::string feedA, feedB;  // filled by the power plan
    std::string coolingLoop;   // filled by the cooling plan (liquid-cooled systems)
};

struct PlacedRow
{
    std::string id, name;
    double yM = 0;             // centre line of the row
    double rotationDeg = 0;    // of its racks: 0 fronts face south, 180 north
    double x0 = 0, x1 = 0;     // extent of its racks
    std::vector<int> racks;    // indices into HallLayout::racks
    int pair = 0;              // rows 2k and 2k+1 share a hot aisle
};

struct HallLayout
{
    std::string id, name, tag; // tag: prefix of the hall's ids ("" for one hall, "H01-")
    double widthM = 0, depthM = 0, heightM = 4.5, originXM = 0, originYM = 0;
    std::string ashraeClass = "A1";
    double xRowsM = 0;         // where the racks of each row start (after the row-end PDUs)
    double hotAisleM = 1.2;
    double xCduM = 0;          // first CDU column (liquid side)
    std::string roomUnitModel; // catalog air unit on its walls (empty: rear doors)
    std::vector<double> pairCentreYM;   // centre of each pair's CDU band (sizing.h cduColumns)
    double cduBandM = 0;       // length of that band
    std::vector<PlacedRow> rows;
    std::vector<PlacedRack> racks;
    int pairs() const { return int(rows.size() + 1) / 2; }
};

// Shared state of one generation: the request, the catalog, the project being built and the
// halls' geometry. Errors are thrown as GenerateError and become the generator's message.
class Builder
{
public:
    Builder(const DesignRequest &request, const Catalog &catalog);

    const DesignRequest &request;
    const Catalog &catalog;
    Project project;
    std::vector<HallPlan> plans;     // rackplan.h
    std::vector<HallLayout> halls;   // halllayout.h, parallel to plans

    // Inserts an entity (JSON with its id); throws on a refused value (a generator bug).
    void add(EntityKind kind, Json entity);
    const Json &entry(const std::string &category, const std::string &id) const;   // throws
    static double num(const Json &j, const char *key, double fallback = 0.0);

    // Power paths: {"A", "B"} for 2N, {"N"} otherwise.
    std::vector<std::string> sides() const;
    // Units to install for a need of n: N, N+1 or 2N.
    int installed(int n) const;
    int spare(int n) const { return installed(n) - n; }
    bool liquidSide() const;    // the system sends heat to liquid (CDUs needed)
    bool rearDoors() const;     // rdhx or liquid: rear doors take the air-side heat
    bool roomUnits() const { return !rearDoors(); }

    // The standard catalog rack (not a rack-scale system's cabinet) with the highest power
    // rating, which holds servers and network switches; throws when the catalog has none.
    const CatalogEntry &standardRack(const std::string &forWhat) const;
    // What one such rack may carry: its rating, and with rear doors the largest door's capacity.
    double standardRackLimitW(const CatalogEntry &rack) const;
};

struct GenerateError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

std::string rowLetters(int index);   // 0 -> A, 25 -> Z, 26 -> AA
std::string formatNumber(double value, int digits = 4);   // "%g": 1e+308, 0.0306, 31.9
double rackBudgetW(const RackSpec &rack);   // the rack's power budget: its load rounded up to 100 W
std::vector<double> rackBudgetsW(const std::vector<RackSpec> &racks);   // rackBudgetW of each rack

} // namespace aif::generator
