#include "cableroutes.h"

namespace aif::cableRoutes {

std::vector<CableRoute> build(const network::ProjectFabric &fabric)
{
    std::vector<CableRoute> routes;
    for (const network::DomainFabric &d : fabric.domains)
        for (const network::CableRun &run : d.runs) {
            CableRoute r;
            r.domain = d.domainId;
            r.from = run.from;
            r.to = run.to;
            r.tier = run.tier;
            r.count = run.count;
            r.lengthM = run.lengthM;
            r.medium = run.medium;
            r.reaches = run.reaches;
            r.x1 = run.a.xM;
            r.y1 = run.a.yM;
            r.h1 = run.a.heightM;
            r.fromAuto = run.a.automatic;
            r.x2 = run.b.xM;
            r.y2 = run.b.yM;
            r.h2 = run.b.heightM;
            r.toAuto = run.b.automatic;
            routes.push_back(r);
        }
    return routes;
}

} // namespace aif::cableRoutes
