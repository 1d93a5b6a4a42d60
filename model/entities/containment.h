#pragma once

#include "entity.h"

namespace aif {

// Hot- or cold-aisle containment: a zone rectangle on the plan, the rows whose aisle it closes,
// and the leakage fraction of the two-zone model (physics.md).
struct Containment : EntityBase
{
    std::string hall;
    std::string type = "hot-aisle";   // hot-aisle, cold-aisle
    std::vector<std::string> rows;
    double xM = 0.0;                  // zone centre
    double yM = 0.0;
    double widthM = 1.2;
    double depthM = 10.0;
    double leakageFraction = 0.05;

    static const std::vector<Field<Containment>> &fields();
};

} // namespace aif
