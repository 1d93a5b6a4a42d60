#pragma once

// Shared by the throughput tests: a serving configuration over the catalog's profiles, the
// layout left to the search. The profiles it points into are kept alive in `keep`.
#include "catalog.h"
#include "throughput/calibration.h"
#include "throughput/profiles.h"
#include "throughput/serving.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace aif::throughput {

inline ServingConfig servingConfig(const Catalog &catalog, std::vector<std::unique_ptr<Profiles>> *keep, const char *gpu,
                                   const char *model, int gpus, double isl, double osl,
                                   const char *engine = "tensorrt-llm")
{
    auto p = std::make_unique<Profiles>();
    std::string error;
    if (!loadProfiles(catalog, gpu, model, engine, p.get(), &error))
        qFatal("%s", error.c_str());
    ServingConfig c;
    c.model = &p->model;
    c.gpu = &p->gpu;
    c.engine = &p->engine;
    c.gpus = gpus;
    c.autoPlacement = true;
    c.placement.tp = 0;
    c.workload.inputTokens = isl;
    c.workload.outputTokens = osl;
    keep->push_back(std::move(p));
    return c;
}

// One FP8 replica of the given profiles at `placement` (the memory plan's inputs).
inline CostInputs fp8Inputs(Profiles &prof, Placement placement = {1, 1, 1})
{
    CostInputs in;
    in.model = &prof.model;
    in.gpu = &prof.gpu;
    in.engine = &prof.engine;
    in.placement = placement;
    in.precision = Precision::Fp8;
    return in;
}

// A shipped calibration point by id (the test stops if it is gone).
inline const CalibrationPoint &calibrationPoint(const char *id)
{
    for (const CalibrationPoint &p : calibrationPoints())
        if (p.id == id)
            return p;
    qFatal("no calibration point %s", id);
}

} // namespace aif::throughput
