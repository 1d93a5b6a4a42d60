#pragma once

#include "designrequest.h"
#include "project.h"

#include <string>

namespace aif {
class Catalog;
}

namespace aif::generator {

// What was built, in counts a designer checks at a glance (the wizard's last page, `aif new`).
struct BuiltCounts
{
    int halls = 0, rows = 0, racks = 0, gpuRacks = 0, gpus = 0;
    double itNameplateW = 0.0;
    int airUnits = 0, cdus = 0, heatRejectionUnits = 0, powerNodes = 0, switches = 0, links = 0;
};

struct GenerateResult
{
    bool ok = false;
    std::string error;    // why the request cannot be built, naming the field
    Project project;
    BuiltCounts summary;
};

// The starting design for a request: halls sized, rows with aisles, air units and CDUs sized to
// the load with the redundancy, loops to heat rejection, the power chain sized with every rack
// fed, the fabric, a deployment on the GPUs, what-if scenarios. The result validates without
// errors (tested for every template). The same code behind File ▸ New and `aif new`.
GenerateResult generateDesign(const DesignRequest &request, const Catalog &catalog);

BuiltCounts summarize(const Project &project, const Catalog &catalog);

} // namespace aif::generator
