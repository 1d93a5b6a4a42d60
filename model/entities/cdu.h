#pragma once

#include "entity.h"

#include <algorithm>

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
    // Secondary pumps: CDU datasheets (CoolIT CHx2000, Vertiv CoolChip CDU, nVent) ship N+1
    // pumps, each able to carry the rated flow, so one may fail or be serviced at full duty.
    int pumps = 2;              // installed
    int redundantPumps = 1;     // standby: the rated flow needs pumps - redundantPumps running
    int failedPumps = 0;        // what-if: pumps out of service
    bool failed = false;

    // Share of secondaryFlowM3s the running pumps deliver: 1 while the duty pumps run, less when
    // failures eat into them, 0 for a failed CDU or one with every pump down.
    double pumpFlowShare() const
    {
        if (failed)
            return 0.0;
        const int duty = std::max(1, pumps - redundantPumps);
        return std::clamp(double(pumps - failedPumps) / duty, 0.0, 1.0);
    }
    bool inService() const { return pumpFlowShare() > 0.0; }

    static const std::vector<Field<Cdu>> &fields();
};

} // namespace aif
