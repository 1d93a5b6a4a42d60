#include "cellbounds.h"

#include "catalog.h"
#include "efficiencytable.h"
#include "profiles.h"

#include <cstdio>

namespace aif::throughput {

std::string CellBound::warning() const
{
    char buf[400];
    std::string out;
    if (gemmAbovePeak) {
        std::snprintf(buf, sizeof buf, "the %s cell of %s puts %s's GEMMs at %.0f %% of the datasheet peak",
                      cell.c_str(), engine.c_str(), gpu.c_str(), 100.0 * gemmShareOfPeak);
        out = buf;
    }
    if (memoryAboveCopy) {
        std::snprintf(buf, sizeof buf, "%sthe %s cell of %s streams %s's memory faster than its measured copy bandwidth (%.0f %% of the HBM peak)",
                      out.empty() ? "" : "; ", cell.c_str(), engine.c_str(), gpu.c_str(), 100.0 * memoryShareOfPeak);
        out += buf;
    }
    if (memoryLow) {
        std::snprintf(buf, sizeof buf,
                      "%sthe %s cell of %s streams %s's memory at %.0f %% of the HBM peak, so a decode that "
                      "mostly streams weights (small batches) is likely under-predicted",
                      out.empty() ? "" : "; ", cell.c_str(), engine.c_str(), gpu.c_str(),
                      100.0 * memoryShareOfPeak);
        out += buf;
    }
    if (!out.empty())
        out += " (the fit absorbs a cost the model lacks; docs/throughput.md)";
    return out;
}

CellBound cellBound(const GpuProfile &gpu, const EngineProfile &engine, Precision deployment)
{
    // A format the GPU lacks runs in the wider one it has (as the cost model does).
    Precision used = deployment;
    gpu.peakFlops(deployment, &used);
    CellBound b;
    b.engine = engine.id;
    b.gpu = gpu.id;
    const ResolvedEfficiency r = resolveEfficiency(engine, gpuGeneration(gpu), used);
    b.cell = r.cell ? r.cell->generation + "/" + r.cell->precision : std::string("default");
    b.gemmShareOfPeak = gpu.achievableFraction(used) * engine.computeEfficiencyFor(used);
    b.memoryShareOfPeak = gpu.memoryFraction * engine.memoryEfficiencyFor(used);
    // A hair of tolerance: the grid steps of the fit are 0.002.
    b.gemmAbovePeak = b.gemmShareOfPeak > 1.005;
    // Only against a measured copy rate: past an assumed one the assumption was conservative.
    b.memoryAboveCopy = gpu.memoryFractionMeasured && b.memoryShareOfPeak > gpu.memoryFraction * 1.005;
    b.memoryLow = b.memoryShareOfPeak < kLowMemoryShare;
    return b;
}

std::vector<CellBound> cellBounds(const Catalog &catalog)
{
    std::vector<CellBound> out;
    const std::vector<const CatalogEntry *> models = catalog.entries("models");
    if (models.empty())
        return out;
    for (const CatalogEntry *e : catalog.entries("engines")) {
        for (const CatalogEntry *g : catalog.entries("gpus")) {
            Profiles prof;
            std::string error;
            if (!loadProfiles(catalog, g->id, models.front()->id, e->id, &prof, &error))
                continue;
            const std::string generation = gpuGeneration(prof.gpu);
            for (const EfficiencyCell &c : prof.engine.table) {
                Precision p, has;
                if (c.generation != generation || !parsePrecision(c.precision, &p))
                    continue;
                prof.gpu.peakFlops(p, &has);
                if (has != p)   // a format the GPU lacks runs in another cell
                    continue;
                out.push_back(cellBound(prof.gpu, prof.engine, p));
            }
        }
    }
    return out;
}

std::string formatCellBounds(const std::vector<CellBound> &bounds)
{
    std::string out = "\nFITTED CELLS against the datasheet (GEMM share of peak, memory share of HBM peak)\n";
    char buf[300];
    for (const CellBound &b : bounds) {
        std::snprintf(buf, sizeof buf, "%-22s %-18s %-22s GEMM %5.1f %%  memory %5.1f %%%s\n", b.engine.c_str(),
                      b.cell.c_str(), b.gpu.c_str(), 100.0 * b.gemmShareOfPeak, 100.0 * b.memoryShareOfPeak,
                      b.gemmAbovePeak ? "  ABOVE PEAK" : b.memoryAboveCopy ? "  ABOVE COPY" : b.memoryLow ? "  LOW MEMORY" : "");
        out += buf;
    }
    return out;
}

Json cellBoundsJson(const std::vector<CellBound> &bounds)
{
    Json arr = Json::array();
    for (const CellBound &b : bounds)
        arr.push_back(Json{{"engine", b.engine}, {"cell", b.cell}, {"gpu", b.gpu},
                           {"gemm_share_of_peak", b.gemmShareOfPeak}, {"memory_share_of_peak", b.memoryShareOfPeak},
                           {"gemm_above_peak", b.gemmAbovePeak}, {"memory_above_copy", b.memoryAboveCopy},
                           {"memory_low", b.memoryLow},
                           {"warning", b.warning()}});
    return arr;
}

} // namespace aif::throughput
