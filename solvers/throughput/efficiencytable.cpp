#include "efficiencytable.h"

#include <map>

namespace aif::throughput {

namespace {

bool contains(const std::string &text, const char *what)
{
    return text.find(what) != std::string::npos;
}

// Nearest other precision first: FP4 and FP8 kernels share the tensor-core pipelines and
// engine code paths more closely than BF16; INT8 (W8A8) is closest to FP8.
const std::vector<Precision> &precisionOrder(Precision p)
{
    static const std::map<Precision, std::vector<Precision>> order = {
        {Precision::Fp4, {Precision::Fp8, Precision::Bf16, Precision::Int8}},
        {Precision::Fp8, {Precision::Fp4, Precision::Bf16, Precision::Int8}},
        {Precision::Bf16, {Precision::Fp8, Precision::Fp4, Precision::Int8}},
        {Precision::Int8, {Precision::Fp8, Precision::Bf16, Precision::Fp4}},
    };
    return order.at(p);
}

const EfficiencyCell *find(const EngineProfile &e, const std::string &generation, Precision p)
{
    for (const EfficiencyCell &c : e.table) {
        Precision cp;
        if (c.generation == generation && parsePrecision(c.precision, &cp) && cp == p)
            return &c;
    }
    return nullptr;
}

ResolvedEfficiency from(const EfficiencyCell *c, int level)
{
    ResolvedEfficiency r;
    r.computeEfficiency = c->computeEfficiency;
    r.memoryEfficiency = c->memoryEfficiency;
    r.level = level;
    r.cell = c;
    return r;
}

} // namespace

std::string gpuGeneration(const GpuProfile &g)
{
    const std::string &n = g.name;
    const std::string &t = g.scaleUpTechnology;
    if (g.vendor == "NVIDIA") {
        if (contains(n, "RTX"))
            return "blackwell-rtx";
        if (contains(t, "NVLink6") || contains(n, "Rubin"))
            return "rubin";
        if (contains(t, "NVLink5"))
            return contains(n, "Ultra") || contains(n, "B300") ? "blackwell-ultra" : "blackwell";
        if (contains(t, "NVLink4"))
            return "hopper";
        return "nvidia";
    }
    if (g.vendor == "AMD")
        return contains(n, "MI355") || contains(n, "MI350") ? "cdna4" : "cdna3";
    if (g.vendor == "Huawei")
        return "ascend";
    if (g.vendor == "Intel")
        return "gaudi";
    return g.vendor;
}

const std::vector<std::string> &sisterGenerations(const std::string &generation)
{
    static const std::map<std::string, std::vector<std::string>> sisters = {
        {"hopper", {"blackwell", "blackwell-ultra"}},
        {"blackwell", {"blackwell-ultra", "hopper"}},
        {"blackwell-ultra", {"blackwell", "hopper"}},
        {"blackwell-rtx", {"blackwell", "blackwell-ultra", "hopper"}},
        {"rubin", {"blackwell-ultra", "blackwell", "hopper"}},
        {"cdna3", {"cdna4"}},
        {"cdna4", {"cdna3"}},
    };
    static const std::vector<std::string> none;
    const auto it = sisters.find(generation);
    return it == sisters.end() ? none : it->second;
}

std::string ResolvedEfficiency::describe() const
{
    if (!cell)
        return "engine default";
    static const char *levels[] = {"exact", "other precision", "sister generation"};
    return cell->generation + "/" + cell->precision + " (" + levels[level] + ")";
}

ResolvedEfficiency resolveEfficiency(const EngineProfile &e, const std::string &generation, Precision p)
{
    if (const EfficiencyCell *c = find(e, generation, p))
        return from(c, 0);
    for (Precision q : precisionOrder(p))
        if (const EfficiencyCell *c = find(e, generation, q))
            return from(c, 1);
    for (const std::string &sister : sisterGenerations(generation)) {
        if (const EfficiencyCell *c = find(e, sister, p))
            return from(c, 2);
        for (Precision q : precisionOrder(p))
            if (const EfficiencyCell *c = find(e, sister, q))
                return from(c, 2);
    }
    ResolvedEfficiency r;
    r.computeEfficiency = e.computeEfficiency;
    r.memoryEfficiency = e.memoryEfficiency;
    return r;
}

void resolveEfficiencyTable(EngineProfile *e, const GpuProfile &gpu)
{
    const std::string generation = gpuGeneration(gpu);
    int bestLevel = 3;
    const EfficiencyCell *best = nullptr;
    for (Precision p : {Precision::Bf16, Precision::Fp8, Precision::Fp4, Precision::Int8}) {
        const ResolvedEfficiency r = resolveEfficiency(*e, generation, p);
        e->resolvedCompute[int(p)] = r.computeEfficiency;
        e->resolvedMemory[int(p)] = r.memoryEfficiency;
        e->resolvedHost[int(p)] = r.cell ? r.cell->hostOverheadPerSequenceS : -1.0;
        e->resolvedFrom[int(p)] = generation + " " + precisionName(p) + " <- " + r.describe();
        if (r.level < bestLevel) {
            bestLevel = r.level;
            best = r.cell;
        }
    }
    e->tableResolved = true;
    // Confidence: fitted on this generation (a cell of its own) or borrowed from a sister one.
    if (best && bestLevel <= 1) {
        e->calibrated = true;
        e->calibratedOn.clear();
        for (const std::string &id : best->fittedOn)
            e->calibratedOn += (e->calibratedOn.empty() ? "" : ", ") + id;
    } else if (best) {
        e->calibrated = false;
        e->method = "no " + generation + " cell: borrows the " + best->generation + "/" + best->precision
                    + " cell of the same engine (sister generation)";
    }
}

} // namespace aif::throughput
