#pragma once

#include "json.h"
#include "project.h"

namespace aif {

class Catalog;

// Inventory of a design from the model and the catalog: counts, GPUs and nameplate power.
// Nameplate IT power = Σ racks systemCount × the system's rated maxPowerW (catalog); it is an
// upper bound, not a solved load (the power solver computes the load).
struct DesignSummary
{
    int halls = 0;
    int racks = 0;
    int systems = 0;
    int gpus = 0;
    double nameplateItW = 0.0;
    double floorAreaM2 = 0.0;
    int unknownSystems = 0;   // racks whose system is not in the catalog

    Json toJson() const;
};

DesignSummary summarize(const Project &project, const Catalog &catalog);

} // namespace aif
