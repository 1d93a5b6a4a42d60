#pragma once

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::generator {

// What a designer asks for when starting a design (File ▸ New, `aif new`): the site, the IT
// load, the GPU system and the cooling and power architectures. generateDesign() turns it
// into a complete, valid, solvable starting design (docs/authoring.md).
struct DesignRequest
{
    std::string name = "New AI factory";
    std::string location;
    std::string climate = "ashburn-va";   // catalog "climate"
    double tariffUsdPerKwh = 0.08;
    double gridCarbonGPerKwh = 0.0;       // 0: not set
    double itMw = 1.0;                    // target IT load (GPU systems at nameplate)
    std::string system = "hgx-h100-8gpu"; // catalog "systems"
    std::string cooling = "air";          // air, rdhx, liquid, hybrid
    std::string power = "ac";             // ac, hvdc800, 48v
    std::string redundancy = "2n";        // n, n+1, 2n
    int halls = 0;                        // 0: as many as the load needs (sizing.h kHallMaxW each)
    std::string model;                    // catalog "models" for the first deployment; empty: by GPU
};

// The largest request a design may hold.
inline constexpr double kMaxItMw = 2000.0;
inline constexpr int kMaxHalls = 100;
// GPU racks: 2000 MW at 10 kW a rack; also keeps counts of a tiny (user catalog) system in an int.
inline constexpr int kMaxRacks = 200000;

// The choices of the request's enumerated fields (the wizard's combos and the CLI's options).
const std::vector<std::string> &coolingChoices();
const std::vector<std::string> &powerChoices();
const std::vector<std::string> &redundancyChoices();
// One line per choice, for people: "air: room air units (CRAH or fan walls) with hot-aisle containment".
std::string describeChoice(const std::string &field, const std::string &value);

// Why the request cannot be built (naming the field), or an empty string: the checks that need
// no sizing (the generator refuses the rest before it builds anything, rackplan.h).
std::string checkRequest(const DesignRequest &request, const Catalog &catalog);

} // namespace aif::generator
