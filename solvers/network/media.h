#pragma once

#include <string>
#include <vector>

namespace aif {

class Catalog;

namespace network {

// One cable medium at one lane rate (catalog "optics" entries with `medium` and `laneGbps`).
// powerW and priceUsd are per end (a module, or one end of a cable assembly); priceUsdPerM is
// the fibre bought by length (zero for assemblies sold whole).
struct Medium
{
    std::string id, medium, technology, source;
    double laneGbps = 0, speedGbps = 0, reachM = 0, powerW = 0, pjPerBit = 0, priceUsd = 0, priceUsdPerM = 0;
    double mtbfHours = 0;   // per module (link end); 0: not known (copper assemblies)
    bool copper() const { return medium == "dac" || medium == "acc" || medium == "aec"; }
    double linkPowerW() const { return 2 * powerW; }
    double linkPriceUsd(double lengthM) const { return 2 * priceUsd + priceUsdPerM * lengthM; }
};

// The media at a lane rate for an optics technology (pluggable, lpo, cpo): copper always, and
// for each optical medium the technology's variant where the catalog has one, else pluggable.
std::vector<Medium> mediaAt(const Catalog &catalog, double laneGbps, const std::string &technology = "pluggable");

// The cheapest medium whose reach covers lengthM at the lane rate (cost of both ends plus the
// fibre by length); *ok false when nothing reaches (the longest-reach medium is returned).
Medium chooseMedium(const Catalog &catalog, double laneGbps, double lengthM, bool *ok,
                    const std::string &technology = "pluggable");

Medium mediumFromEntry(const Catalog &catalog, const std::string &id);

} // namespace network
} // namespace aif
