#pragma once

#include "entity.h"

#include <algorithm>

namespace aif {

// One stage of the power chain: a utility feed, generator, MV/LV transformer, switchgear,
// solid-state transformer, UPS, battery, AC PDU, HVDC rectifier, busway or power shelf. Stages form a tree
// through `upstream`; racks connect to the leaves through their feeds. Losses follow
// Schneider Electric WP 113: P_loss = c0·P_rated + c1·P + c2·P²/P_rated (per module).
struct PowerNode : EntityBase
{
    std::string type = "pdu";
    std::string model;            // catalog "power"
    std::string upstream;         // empty only for utility feeds and generators
    std::string hall;             // where it stands (empty: outside the halls)
    std::string side = "A";       // A, B (2N paths) or N (single path)
    double xM = 0.0;
    double yM = 0.0;
    double rotationDeg = 0.0;
    double lengthM = 0.0;         // busways
    double ratedW = 300e3;        // per module
    int modules = 1;
    int redundantModules = 0;     // N+k inside the stage
    int failedModules = 0;        // what-if: modules of the stage out of service (a UPS module)
    double outputVoltageV = 415.0;
    std::string mode = "normal";  // UPS: normal (double conversion) or eco
    double lossC0 = 0.0;
    double lossC1 = 0.0;
    double lossC2 = 0.0;
    double autonomyMin = 0.0;     // UPS/battery: minutes of battery at full rated load (0: not known)
    double startDelayS = 0.0;     // generator: seconds from mains loss until it takes the load (0: not known)
    bool failed = false;

    static const std::vector<Field<PowerNode>> &fields();
    static bool isSource(const std::string &type) { return type == "utility" || type == "generator"; }
    // Modules carrying load: installed less those failed (what-if); 0 takes the stage out.
    int liveModules() const { return failed ? 0 : std::max(0, modules - failedModules); }
    // Modules the stage may still lose with its N capacity kept.
    int liveRedundantModules() const { return std::max(0, redundantModules - failedModules); }
};

} // namespace aif
