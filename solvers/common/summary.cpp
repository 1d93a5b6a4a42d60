#include "summary.h"

#include "catalog.h"

#include <cmath>

namespace aif {

DesignSummary summarize(const Project &p, const Catalog &catalog)
{
    DesignSummary s;
    s.halls = int(p.halls.size());
    s.racks = int(p.racks.size());
    for (const Hall &h : p.halls) {
        // A hall whose size is out of range (validation reports it) adds no area rather than an
        // infinite one: 1e308 m deep would overflow the sum.
        const double area = h.widthM * h.depthM;
        if (std::isfinite(area) && area > 0.0)
            s.floorAreaM2 += area;
    }
    for (const Rack &r : p.racks) {
        if (r.system.empty() || r.systemCount == 0)
            continue;
        const Json *sys = catalog.entry("systems", r.system);
        if (!sys) {
            ++s.unknownSystems;
            continue;
        }
        s.systems += r.systemCount;
        s.gpus += r.systemCount * sys->value("gpuCount", 0);
        s.nameplateItW += r.systemCount * sys->value("maxPowerW", 0.0);
    }
    return s;
}

Json DesignSummary::toJson() const
{
    return Json{{"halls", halls},
                {"racks", racks},
                {"systems", systems},
                {"gpus", gpus},
                {"nameplate_it_kw", nameplateItW / 1e3},
                {"floor_area_m2", floorAreaM2}};
}

} // namespace aif
