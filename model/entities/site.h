#pragma once

#include "entity.h"

namespace aif {

// A site: where (part of) the AI factory stands. Its climate drives free cooling and annual
// energy, its tariff and grid the cost and carbon of the halls on it (docs/multisite.md).
struct Site : EntityBase
{
    std::string location;
    std::string climate;        // id in the shipped climate dataset (resources/climate)
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double elevationM = 0.0;    // air density falls with altitude
    double gridCarbonGPerKwh = 0.0;  // grid electricity's carbon intensity (0: not set)
    // Share of the site's consumption matched by carbon-free supply bought on contract (a PPA)
    // or made on site: market-based Scope 2 (GHG Protocol Scope 2 Guidance) counts the rest.
    double carbonFreeShare = 0.0;
    double tariffUsdPerKwh = 0.0;   // electricity price here (0: the economics tariff)
    // Fibre route to the users this site serves: their network round trip, against the latency
    // budget of each deployment placed here.
    double usersDistanceM = 0.0;

    static const std::vector<Field<Site>> &fields();
};

} // namespace aif
