#include "workloadplan.h"

#include "builder.h"
#include "catalog.h"
#include "throughput/profiles.h"
#include "throughput/serving.h"
#include "throughput/throughputsolver.h"

#include <cmath>

namespace aif::generator {

namespace {

constexpr int kLayoutGpus = 2048;

struct Choice
{
    std::string model, engine, precision;
};

// A sensible first workload for the GPU: a 70B dense model on 8-GPU servers, DeepSeek-V3 on a
// rack-scale or supernode domain large enough for wide expert parallelism.
Choice workloadFor(const Builder &b, const Json &sys, const Json &gpu)
{
    Choice c;
    const bool wide = Builder::num(sys, "scaleUpDomainGpus", 8) >= 64;
    c.model = !b.request.model.empty() ? b.request.model : wide ? "deepseek-v3" : "llama-3.1-70b";
    // The vendor's own serving stack (throughput::defaultEngineId); on NVIDIA, DeepSeek-V3's
    // wide expert parallelism runs on SGLang as its published deployments do.
    const std::string engineId = throughput::defaultEngineId(b.catalog, sys.value("gpu", std::string()));
    // Deployment text that throughput::engineIdFor reads back as the same id.
    c.engine = engineId == "rocm-vllm" ? "vLLM (ROCm)" : engineId == "vllm-gaudi" ? "vLLM (Gaudi)"
             : engineId == "mindie"    ? "MindIE"      : c.model == "deepseek-v3"   ? "SGLang" : "TensorRT-LLM";
    const Json peaks = gpu.value("peakTflops", Json::object());
    c.precision = peaks.contains("fp8") ? "fp8" : "bf16";
    return c;
}

} // namespace

void planSite(Builder &b)
{
    const DesignRequest &r = b.request;
    const Json &climate = b.entry("climate", r.climate);
    Site &s = b.project.site();
    s.name = r.name;
    s.location = r.location.empty() ? climate.value("name", r.climate) : r.location;
    s.climate = r.climate;
    s.latitudeDeg = Builder::num(climate, "latitudeDeg");
    s.longitudeDeg = Builder::num(climate, "longitudeDeg");
    s.elevationM = Builder::num(climate, "elevationM");
    s.gridCarbonGPerKwh = r.gridCarbonGPerKwh;
    b.project.economics.tariffUsdPerKwh = r.tariffUsdPerKwh;
}

void planWorkload(Builder &b)
{
    const Json &sys = b.entry("systems", b.request.system);
    const Json &gpu = b.entry("gpus", sys.value("gpu", std::string()));
    const Choice c = workloadFor(b, sys, gpu);
    Json racks = Json::array();
    for (const HallLayout &h : b.halls)
        for (const PlacedRack &r : h.racks)
            if (r.spec.gpus > 0)
                racks.push_back(r.id);
    const std::string modelName = b.entry("models", c.model).value("name", c.model);
    Json dep{{"id", "dep-1"}, {"name", modelName + " (server)"}, {"model", c.model}, {"racks", racks}, {"gpus", 0},
             {"precision", c.precision}, {"mode", "server"}, {"engine", c.engine}, {"inputTokens", 2048},
             {"outputTokens", 512}, {"ttftLimitS", 2.0}, {"tpotLimitS", 0.1}, {"utilization", 0.7}};
    b.add(EntityKind::Deployment, dep);

    // The best layout the throughput solver finds (server mode, then offline), chosen on whole
    // rows of at least kLayoutGpus GPUs and replicated over the pool: the solver's queueing
    // costs grow with the pool, and more replicas at the same load only shorten the waits, so
    // a layout that meets the limits on the slice meets them on the pool.
    Deployment d = *b.project.get<Deployment>("dep-1");
    d.racks.clear();
    int sliceGpus = 0;
    for (const HallLayout &h : b.halls) {
        for (const PlacedRow &row : h.rows) {
            if (sliceGpus >= kLayoutGpus)
                break;
            for (int i : row.racks) {
                if (h.racks[size_t(i)].spec.gpus > 0) {
                    d.racks.push_back(h.racks[size_t(i)].id);
                    sliceGpus += h.racks[size_t(i)].spec.gpus;
                }
            }
        }
    }
    int poolGpus = 0;
    for (const HallLayout &h : b.halls)
        for (const PlacedRack &r : h.racks)
            poolGpus += r.spec.gpus;
    for (const char *mode : {"server", "offline"}) {
        d.mode = mode;
        std::string error;
        const auto setup = throughput::setupDeployment(b.project, b.catalog, d, &error);
        if (!setup)
            throw GenerateError("deployment: " + error);
        setup->config.placement = throughput::Placement{0, 1, 1};
        setup->config.autoPlacement = true;
        const throughput::OperatingPoint op = throughput::solveServing(setup->config);
        if (!op.feasible)
            continue;
        const throughput::Placement &p = op.placement;
        b.project.setValue(*b.project.find("dep-1"), "mode", Json(mode));
        b.project.setValue(*b.project.find("dep-1"), "tp", Json(p.tp));
        b.project.setValue(*b.project.find("dep-1"), "pp", Json(p.pp));
        b.project.setValue(*b.project.find("dep-1"), "ep", Json(p.ep));
        b.project.setValue(*b.project.find("dep-1"), "dp", Json(std::max(1, poolGpus / std::max(1, p.gpus()))));
        b.project.setValue(*b.project.find("dep-1"), "name", Json(modelName + " (" + mode + ")"));
        break;
    }

    // What-ifs that check the redundancy the design was built for.
    auto scenario = [&](const std::string &id, const std::string &name, const std::string &what, const Json &overrides) {
        b.add(EntityKind::Scenario, Json{{"id", id}, {"name", name}, {"description", what}, {"overrides", overrides}});
    };
    auto failed = [](const std::string &entity) {
        return Json{{"entity", entity}, {"property", "failed"}, {"value", true}};
    };
    if (b.request.redundancy == "2n") {
        Json lost = Json::array();
        for (const PowerNode &n : b.project.powerNodes)
            if (n.type == "utility" && n.side == "A")
                lost.push_back(failed(n.id));
        scenario("scn-utility-a-lost", "Utility A lost",
                 "Path A loses its utility feed" + std::string(lost.size() > 1 ? "s (every hall)" : "")
                     + ": path B carries the whole load (2N check).",
                 lost);
    }
    for (const AirUnit &a : b.project.airUnits) {
        if (a.rack.empty()) {
            scenario("scn-air-unit-failed", a.name + " failed", "One air unit out of service (redundancy check).",
                     Json::array({failed(a.id)}));
            break;
        }
    }
    if (!b.project.cdus.empty())
        scenario("scn-cdu-failed", b.project.cdus.front().name + " failed", "One CDU out of service (redundancy check).",
                 Json::array({failed(b.project.cdus.front().id)}));
    // The price 50 % higher, within what the tariff field accepts: a price near its top gets
    // the rise that is left (said in the scenario), none at all at the top.
    const PropertyInfo *tariff = b.project.property(EntityKind::Economics, "tariffUsdPerKwh");
    const double now = b.request.tariffUsdPerKwh, limit = tariff ? tariff->max : now * 1.5;
    const double up = std::min(now * 1.5, limit);
    if (up > now) {
        const int percent = int(std::round((up / now - 1.0) * 100.0));
        scenario("scn-tariff-up", "Electricity +" + std::to_string(percent) + " %",
                 percent == 50 ? std::string("The electricity price 50 % higher.")
                               : "The electricity price " + std::to_string(percent) + " % higher: +50 % would pass the "
                                     + formatNumber(limit) + " USD/kWh the price field accepts.",
                 Json::array({Json{{"entity", "economics"}, {"property", "tariffUsdPerKwh"}, {"value", up}}}));
    }
}

} // namespace aif::generator
