#pragma once

#include "json.h"
#include "weather.h"

#include <array>
#include <string>
#include <vector>

namespace aif {
class Catalog;
struct Project;
namespace power {
struct PowerResult;
}
}

namespace aif::energy {

// One year, hour by hour, at the site's weather: the operating point's IT load and fixed
// overheads (chain losses, air-unit fans, CDU pumps) plus heat rejection that follows the
// weather: economizers (dry coolers on dry bulb, towers on wet bulb) take what their
// temperature difference allows with fans by the cube law, chillers take the rest with a COP
// scaled from its rating by the Carnot lift. Utilization blends the busy and idle points.
struct AnnualOptions
{
    double utilization = 1.0;   // share of the year at the busy operating point (idle otherwise)
};

struct AnnualResult
{
    bool ok = false;
    std::string error;
    std::string climate;
    double itMwh = 0.0;
    double facilityMwh = 0.0;
    double pue = 0.0;
    double peakFacilityW = 0.0;
    double waterM3 = 0.0;           // cooling-tower evaporation and blowdown
    double wueLPerKwh = 0.0;        // water per kWh of IT energy
    int freeCoolingHours = 0;       // every chiller of the site off (strict: one chiller-only loop makes it 0)
    double economizerShare = 0.0;   // share of the year's rejected heat that no chiller carried
    int unmetHours = 0;             // heat rejection short of the load
    // The facility loops' heat over the year: reused + rejected + unmet = heatLoadMwh.
    double heatLoadMwh = 0.0;
    double reusedMwh = 0.0;         // handed to heat networks by heat-reuse exchangers
    double rejectedMwh = 0.0;       // to air or water by dry coolers, towers and chillers
    double unmetMwh = 0.0;
    double heatPumpMwh = 0.0;       // heat pumps lifting reused heat (outside facilityMwh)
    double heatPumpCop = 0.0;       // of the first heat-reuse bank that needs one (0: none)
    double heatPumpLiftK = 0.0;
    int reuseHours = 0;             // hours some heat was reused (busy point)
    double heatingDesignC = 0.0;    // heating design dry bulb (99.6 %) the receivers' demand peaks at
    std::array<double, 12> monthlyPue{};
    std::array<int, 12> monthlyFreeCoolingHours{};
    std::array<double, 12> monthlyFacilityMwh{};
    std::array<double, 12> monthlyReusedMwh{};
    std::array<double, 12> monthlyEre{};   // (facility − reused) / IT of each month: PUE where nothing is reused
    std::vector<float> hourlyFacilityW;   // 8,760 values
    // Per facility loop: a liquid loop on dry coolers runs chiller-free most of the year even
    // while the hall's chilled-water loop never does; the site-wide count hides that.
    struct Loop
    {
        std::string id;
        int freeCoolingHours = 0;   // hours this loop's chillers are off
        double economizerShare = 0.0;
        double heatMwh = 0.0;       // rejected over the year (busy point)
    };
    std::vector<Loop> loops;
    double seconds = 0.0;

    Json toJson() const;
};

AnnualResult annualEnergy(const Project &project, const Catalog &catalog, const power::PowerResult &busy,
                          const power::PowerResult &idle, const AnnualOptions &options);

} // namespace aif::energy
