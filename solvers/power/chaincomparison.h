#pragma once

#include "json.h"

#include <string>
#include <vector>

namespace aif {
class Catalog;
}

namespace aif::power {

struct StageResult
{
    std::string stage;       // transformer, ups, pdu, psu, rectifier, busway, powershelf
    std::string catalogId;
    int modules = 0;
    double outputW = 0.0;
    double lossW = 0.0;
    double efficiency = 1.0;
    double loadFraction = 0.0;
};

struct ChainVariant
{
    std::string name;        // "ac" or "dc800"
    std::string label;
    std::vector<StageResult> stages;   // from the chips back to the utility
    double chipW = 0.0;
    double utilityW = 0.0;
    double efficiency = 0.0;           // chip power / utility power
};

struct ChainComparison
{
    ChainVariant ac;
    ChainVariant dc800;
    double dcGainPoints = 0.0;         // (η_dc - η_ac) in percentage points
    Json toJson() const;
};

// The same chip-level load delivered through a reference AC chain (MV/LV transformer ->
// double-conversion UPS -> PDU -> server PSU) and a reference 800 VDC chain (transformer ->
// 800 VDC rectifier -> busway -> DC-DC power shelf), each stage from its catalog entry, with
// N modules per side and two sides when `twoN` (each side then carries half).
ChainComparison compareChains(const Catalog &catalog, double chipW, bool twoN);

} // namespace aif::power
