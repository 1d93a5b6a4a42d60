#include "profiles.h"

#include "catalog.h"
#include "efficiencytable.h"
#include "power/itload.h"

namespace aif::throughput {

namespace {

std::string known(const Catalog &catalog, const std::string &category)
{
    std::string s;
    for (const CatalogEntry *e : catalog.entries(category))
        s += (s.empty() ? "" : ", ") + e->id;
    return s;
}

// A GPU without its own GEMM / copy measurement borrows them from a measured GPU of the same
// vendor and scale-up generation (the same die: B200 and GB200 are both NVLink5 Blackwell),
// so sister parts differ by their datasheet peaks and clocks, not by which one was measured.
void borrowFractions(const Catalog &catalog, GpuProfile *g)
{
    if ((g->computeFractionMeasured && g->memoryFractionMeasured) || g->scaleUpTechnology.empty())
        return;
    for (const CatalogEntry *e : catalog.entries("gpus")) {
        if (e->id == g->id)
            continue;
        GpuProfile other;
        std::string ignored;
        if (!readGpuProfile(e->data, &other, &ignored) || other.vendor != g->vendor
            || other.scaleUpTechnology != g->scaleUpTechnology)
            continue;
        if (!g->computeFractionMeasured && other.computeFractionMeasured) {
            g->computeFraction = other.computeFraction;
            g->fp8ComputeFraction = other.fp8ComputeFraction;
            if (g->fp4ComputeFraction <= 0.0)
                g->fp4ComputeFraction = other.fp4ComputeFraction;
            g->computeFractionMeasured = true;
            g->fractionSource = "GEMM fraction borrowed from " + other.id + " (same " + g->scaleUpTechnology
                                + " generation, no measurement of its own)";
        }
        if (!g->memoryFractionMeasured && other.memoryFractionMeasured) {
            g->memoryFraction = other.memoryFraction;
            g->memoryFractionMeasured = true;
        }
    }
}

} // namespace

bool loadProfiles(const Catalog &catalog, const std::string &gpuId, const std::string &modelId,
                  const std::string &engineId, Profiles *out, std::string *error)
{
    const Json *g = catalog.entry("gpus", gpuId);
    if (!g) {
        *error = "unknown GPU '" + gpuId + "' (catalog gpus: " + known(catalog, "gpus") + ")";
        return false;
    }
    const Json *m = catalog.entry("models", modelId);
    if (!m) {
        *error = "unknown model '" + modelId + "' (catalog models: " + known(catalog, "models") + ")";
        return false;
    }
    const Json *e = catalog.entry("engines", engineId);
    if (!e) {
        *error = "unknown serving engine '" + engineId + "' (catalog engines: " + known(catalog, "engines") + ")";
        return false;
    }
    if (!readGpuProfile(*g, &out->gpu, error) || !readModelCard(*m, &out->model, error)
        || !readEngineProfile(*e, &out->engine, error))
        return false;
    borrowFractions(catalog, &out->gpu);
    resolveEfficiencyTable(&out->engine, out->gpu);   // engine efficiency for this GPU generation
    out->systemId.clear();
    int bestCount = 0;
    for (const CatalogEntry *s : catalog.entries("systems")) {
        if (s->data.value("gpu", std::string()) != gpuId)
            continue;
        const int count = s->data.value("gpuCount", 0);
        if (out->systemId.empty() || (count == 8 && bestCount != 8)) {
            out->systemId = s->id;
            bestCount = count;
        }
    }
    return true;
}

std::string defaultEngineId(const Catalog &catalog, const std::string &gpuId)
{
    const Json *gpu = catalog.entry("gpus", gpuId);
    const std::string vendor = gpu ? gpu->value("vendor", std::string()) : std::string();
    const std::string name = gpu ? gpu->value("name", std::string()) : std::string();
    std::string id = "tensorrt-llm";
    if (vendor == "AMD")
        id = "rocm-vllm";
    else if (vendor == "Intel" && name.find("Gaudi") != std::string::npos)
        id = "vllm-gaudi";
    else if (vendor == "Huawei")
        id = "mindie";
    return catalog.entry("engines", id) ? id : std::string("tensorrt-llm");
}

double nodeOverheadPerGpuW(const Catalog &catalog, const std::string &systemId, double activity, double gpuW)
{
    const Json *sys = systemId.empty() ? nullptr : catalog.entry("systems", systemId);
    const int gpus = sys ? sys->value("gpuCount", 0) : 0;
    if (!sys || gpus <= 0)
        return 0.175 * gpuW;
    // One rack with one such system, at this activity: the power solver's own IT-load model.
    Project p;
    Rack r;
    r.id = "probe";
    r.system = systemId;
    r.systemCount = 1;
    p.racks.push_back(r);
    power::ItLoadOptions o;
    o.defaultActivity = activity;
    const std::vector<power::RackLoad> loads = power::computeRackLoads(p, catalog, o);
    if (loads.empty())
        return 0.175 * gpuW;
    return (loads.front().inputW - loads.front().gpuW) / gpus;
}

} // namespace aif::throughput
