#pragma once

#include "entity.h"

namespace aif {

// A liquid loop: facility water (to heat rejection), chilled water (to CRAHs) or a technology
// cooling system (CDU secondary, to cold plates). Racks and CDUs reference loops by id.
struct LiquidLoop : EntityBase
{
    std::string hall;              // empty for site-wide facility loops
    std::string type = "tcs";      // facility, chilled-water, tcs
    std::string fluid = "water";   // water, pg25 (25 % propylene glycol)
    double supplyTempC = 30.0;
    double designDeltaTK = 10.0;
    std::string waterClass = "W32";  // ASHRAE liquid-cooling class of facility water

    static const std::vector<Field<LiquidLoop>> &fields();
};

} // namespace aif
