#include "media.h"

#include "catalog.h"

#include <algorithm>
#include <cmath>

namespace aif::network {

namespace {

Medium fromJson(const CatalogEntry &e)
{
    const Json &d = e.data;
    Medium m;
    m.id = e.id;
    m.medium = d.value("medium", std::string());
    m.technology = d.value("technology", std::string("pluggable"));
    m.source = e.source;
    m.laneGbps = d.value("laneGbps", 0.0);
    m.speedGbps = d.value("speedGbps", 0.0);
    m.reachM = d.value("reachM", 0.0);
    m.powerW = d.value("powerW", 0.0);
    m.priceUsd = d.value("priceUsd", 0.0);
    m.priceUsdPerM = d.value("priceUsdPerM", 0.0);
    m.mtbfHours = d.value("mtbfHours", 0.0);
    // pJ/bit is power over the module's rate; recomputed so a user entry cannot disagree.
    m.pjPerBit = m.speedGbps > 0 ? m.powerW / m.speedGbps * 1000.0 : d.value("pjPerBit", 0.0);
    return m;
}

} // namespace

Medium mediumFromEntry(const Catalog &catalog, const std::string &id)
{
    const CatalogEntry *e = catalog.find("optics", id);
    return e ? fromJson(*e) : Medium{};
}

std::vector<Medium> mediaAt(const Catalog &catalog, double laneGbps, const std::string &technology)
{
    std::vector<Medium> all;
    for (const CatalogEntry *e : catalog.entries("optics")) {
        Medium m = fromJson(*e);
        if (!m.medium.empty() && m.laneGbps == laneGbps)
            all.push_back(m);
    }
    std::vector<Medium> out;
    for (const Medium &m : all) {
        if (m.copper()) {
            out.push_back(m);
            continue;
        }
        const bool variant = std::any_of(all.begin(), all.end(), [&](const Medium &o) {
            return o.medium == m.medium && o.technology == technology;
        });
        if (m.technology == technology || (!variant && m.technology == "pluggable"))
            out.push_back(m);
    }
    return out;
}

Medium chooseMedium(const Catalog &catalog, double laneGbps, double lengthM, bool *ok, const std::string &technology)
{
    const std::vector<Medium> media = mediaAt(catalog, laneGbps, technology);
    const Medium *best = nullptr, *longest = nullptr;
    for (const Medium &m : media) {
        if (!longest || m.reachM > longest->reachM)
            longest = &m;
        if (m.reachM + 1e-9 < lengthM)
            continue;
        // Ties in price go to the lower power, then the shorter reach (the simpler part).
        if (!best || m.linkPriceUsd(lengthM) < best->linkPriceUsd(lengthM) - 1e-9
            || (std::abs(m.linkPriceUsd(lengthM) - best->linkPriceUsd(lengthM)) <= 1e-9 && m.powerW < best->powerW))
            best = &m;
    }
    if (ok)
        *ok = best != nullptr;
    return best ? *best : longest ? *longest : Medium{};
}

} // namespace aif::network
