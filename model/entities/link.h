#pragma once

#include "entity.h"

namespace aif {

// A group of identical links between two endpoints (switches or racks).
struct Link : EntityBase
{
    std::string from;
    std::string to;
    int count = 1;
    double speedGbps = 800.0;
    std::string transceiver;   // catalog "optics" (empty: copper DAC)
    double lengthM = 10.0;
    int failedLinks = 0;       // what-if: links of the group down (optics or cable failures)

    static const std::vector<Field<Link>> &fields();
};

} // namespace aif
