#include "designgenerator.h"

#include "builder.h"
#include "catalog.h"
#include "coolingplan.h"
#include "halllayout.h"
#include "networkplan.h"
#include "powerplan.h"
#include "rackplan.h"
#include "validation.h"
#include "workloadplan.h"

namespace aif::generator {

GenerateResult generateDesign(const DesignRequest &request, const Catalog &catalog)
{
    GenerateResult r;
    if (std::string why = checkRequest(request, catalog); !why.empty()) {
        r.error = why;
        return r;
    }
    try {
        Builder b(request, catalog);
        planSite(b);
        planRacks(b);     // every refusal that needs sizing, before anything is built
        planHalls(b);
        planNetwork(b);
        planPower(b);
        planCooling(b);
        addRacks(b);
        planWorkload(b);
        b.project.rebuildIndex();
        for (const Diagnostic &d : validateProject(b.project, &catalog)) {
            if (d.isError())
                throw GenerateError("internal: the generated design is invalid: " + d.pointer + ": " + d.message);
        }
        r.project = std::move(b.project);
    } catch (const std::exception &e) {
        r.error = e.what();
        return r;
    }
    r.summary = summarize(r.project, catalog);
    r.ok = true;
    return r;
}

BuiltCounts summarize(const Project &p, const Catalog &catalog)
{
    BuiltCounts s;
    s.halls = int(p.halls.size());
    s.rows = int(p.rows.size());
    s.racks = int(p.racks.size());
    for (const Rack &r : p.racks) {
        const Json *sys = r.system.empty() ? nullptr : catalog.entry("systems", r.system);
        if (!sys || r.systemCount <= 0)
            continue;
        const int g = r.systemCount * sys->value("gpuCount", 0);
        s.gpuRacks += g > 0;
        s.gpus += g;
        s.itNameplateW += r.systemCount * sys->value("maxPowerW", 0.0);
    }
    s.airUnits = int(p.airUnits.size());
    s.cdus = int(p.cdus.size());
    for (const HeatRejection &h : p.heatRejection)
        s.heatRejectionUnits += h.units;
    s.powerNodes = int(p.powerNodes.size());
    s.switches = int(p.switches.size());
    s.links = int(p.links.size());
    return s;
}

} // namespace aif::generator
