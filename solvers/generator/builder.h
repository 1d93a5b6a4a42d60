#pragma once

#include "designrequest.h"
#include "json.h"
#include "project.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace aif {
class Catalog;
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
    std::vector<HallLayout> halls;

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
};

struct GenerateError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

std::string rowLetters(int index);   // 0 -> A, 25 -> Z, 26 -> AA

} // namespace aif::generator
