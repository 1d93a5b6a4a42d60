#pragma once

#include "entity.h"

namespace aif {

// A coolant distribution unit: heat exchanger between a facility loop (primary) and a
// technology cooling loop (secondary), with the secondary pump.
struct Cdu : EntityBase
{
    std::string hall;
    std::string model;          // catalog "cooling"
    double xM = 0.0;
    double yM = 0.0;
    double rotationDeg = 0.0;
    double widthM = 1.2;
    double depthM = 1.2;
    std::string primaryLoop;
    std::string secondaryLoop;
    double capacityW = 1.3e6;
    double approachK = 3.0;
    double secondaryFlowM3s = 0.03;
    double pumpHeadPa = 300e3;
    double pumpEfficiency = 0.6;
    bool failed = false;

    static const std::vector<Field<Cdu>> &fields();
};

} // namespace aif
