// Rack inlet air (max inlet, RCI, RTI) and GPU junction temperatures.
#include "figures.h"

#include "catalog.h"
#include "project.h"
#include "thermal/airproperties.h"
#include "thermal/junction.h"

#include <QtGlobal>
#include <algorithm>

namespace aif::explain::detail {

namespace {

// Racks of the solve result's thermal list with their index, hottest `key` first.
std::vector<std::pair<double, int>> racksBy(const Context &c, const char *key)
{
    std::vector<std::pair<double, int>> out;
    const Json *racks = c.at("/thermal/racks");
    if (!racks || !racks->is_array())
        return out;
    for (size_t i = 0; i < racks->size(); ++i) {
        const Json &r = (*racks)[i];
        const Rack *rack = c.project.get<Rack>(r.value("id", std::string()));
        // Racks outside any hall are not in the plant figures (the thermal solver skips them).
        if (r.contains(key) && r[key].is_number() && rack && c.project.get<Hall>(rack->hall))
            out.push_back({r[key].get<double>(), int(i)});
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    return out;
}

std::string rackId(const Context &c, int index)
{
    const Json *r = c.at("/thermal/racks/" + str(index));
    return r ? r->value("id", std::string()) : std::string();
}

// Entities within 0.05 K of the top: the racks "behind" a maximum (at most 100 named).
void hottest(Explanation &e, const Context &c, const std::vector<std::pair<double, int>> &sorted)
{
    for (const auto &[v, i] : sorted) {
        if (v < sorted.front().first - 0.05 || e.entities.size() >= 100)
            break;
        e.entities.push_back(rackId(c, i));
    }
}

void ashraeLimits(Explanation &e, const Context &c, const std::string &hallId, bool low = false)
{
    const Hall *h = c.project.get<Hall>(hallId);
    if (!h)
        return;
    const thermal::AirClassLimits lim = thermal::airClassLimits(h->ashraeClass);
    const std::string cls = " (class " + h->ashraeClass + ", hall " + hallId + ")";
    if (low) {
        addStandard(e, "recommended minimum inlet" + cls, lim.recommendedMin, "°C", kAshraeClasses);
        addStandard(e, "allowable minimum inlet" + cls, lim.allowableMin, "°C", kAshraeClasses);
    } else {
        addStandard(e, "recommended maximum inlet" + cls, lim.recommendedMax, "°C", kAshraeClasses);
        addStandard(e, "allowable maximum inlet" + cls, lim.allowableMax, "°C", kAshraeClasses);
    }
}

void maxInlet(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Maximum rack inlet temperature");
    e.unit = "°C";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "The hottest air entering any rack's front at the design load, from the thermal model "
        "the "
        "solve ran (tier T0 per hall, or the T1 3D air field). ASHRAE recommends 18-27 °C at "
        "the "
        "inlet; "
        "above the allowable limit of the hall's class the IT equipment is out of its "
        "rating.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "max inlet = max over racks of the rack inlet temperature");
    e.reference = kAshraeClasses;
    e.combination = Combination::Max;
    const std::vector<std::pair<double, int>> sorted = racksBy(c, "inlet_c");
    for (size_t k = 0; k < sorted.size() && k < 5; ++k) {
        const std::string id = rackId(c, sorted[k].second);
        addResult(e, c, "inlet of " + id, "/thermal/racks/" + str(sorted[k].second) + "/inlet_c",
                  "°C", Role::Term, id);
    }
    hottest(e, c, sorted);
    if (!sorted.empty()) {
        const Rack *rack = c.project.get<Rack>(rackId(c, sorted.front().second));
        const int h = rack ? indexOfId(c.at("/thermal/halls"), rack->hall) : -1;
        if (h >= 0)
            addResult(e, c, "supply air of hall " + rack->hall,
                      "/thermal/halls/" + str(h) + "/supply_c", "°C", Role::Context, rack->hall);
        if (rack)
            ashraeLimits(e, c, rack->hall);
    }
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "mean rack inlet"), "/thermal/mean_inlet_c",
              "°C");
}

// Plant RCI and RTI: each hall's value weighted by the air its racks move.
void hallWeighted(Explanation &e, const Context &c, const std::string &key, const std::string &what)
{
    e.reference = kRciRtiStandard;
    e.combination = Combination::WeightedMean;
    e.unit = "%";
    const Json *halls = c.at("/thermal/halls");
    if (!halls || !halls->is_array())
        return;
    for (size_t i = 0; i < halls->size(); ++i) {
        const std::string id = (*halls)[i].value("id", std::string());
        const std::string at = "/thermal/halls/" + str(int(i));
        addResult(e, c, what + " of hall " + id, at + "/" + key, "%", Role::Term, id);
        addResult(e, c, "rack airflow of hall " + id + " (weight)", at + "/rack_m3s", "m³/s",
                  Role::Weight, id);
        e.entities.push_back(id);
        if (key == "rti") {
            addResult(e, c, "return air of hall " + id, at + "/return_c", "°C", Role::Context, id);
            addResult(e, c, "supply air of hall " + id, at + "/supply_c", "°C", Role::Context, id);
        } else {
            ashraeLimits(e, c, id, key == "rci_lo");
        }
    }
}

// RCI_HI and RCI_LO: the same index on either side of the recommended range.
void rci(Explanation &e, const Context &c)
{
    const bool high = e.pointer == "/thermal/rci_hi";
    e.title = high ? QT_TRANSLATE_NOOP("aif::Explain", "RCI_HI (Rack Cooling Index, high side)")
                   : QT_TRANSLATE_NOOP("aif::Explain", "RCI_LO (Rack Cooling Index, low side)");
    e.definition = high
        ? QT_TRANSLATE_NOOP("aif::Explain",
                            "How well the rack inlets stay below the recommended maximum: 100 % "
                            "means no rack inlet "
                            "is "
                            "above it; the index falls with the total over-temperature, and "
                            "below 90 % is rated poor.")
        : "How well the rack inlets stay above the recommended minimum (over-cooling wastes "
          "energy): 100 % means no rack inlet is below it.";
    e.definition += " Per hall, then weighted by each hall's rack airflow.";
    e.formula = high
        ? QT_TRANSLATE_NOOP(
            "aif::Explain",
            "RCI_HI = (1 − Σ max(0, T_inlet − T_rec,max) / ((T_all,max − T_rec,max) × n "
            "racks)) × 100 %")
        : QT_TRANSLATE_NOOP(
            "aif::Explain",
            "RCI_LO = (1 − Σ max(0, T_rec,min − T_inlet) / ((T_rec,min − T_all,min) × n "
            "racks)) × 100 %");
    e.formula += "; plant = Σ RCI_hall × airflow_hall / Σ airflow_hall";
    hallWeighted(e, c, high ? "rci_hi" : "rci_lo", high ? "RCI_HI" : "RCI_LO");
}

void rti(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "RTI (Return Temperature Index)");
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "How much of the cooling air actually passes through the "
                                     "racks: 100 % is "
                                     "balanced; below 100 % "
                                     "cold air bypasses the racks back to the "
                                     "cooling units, above 100 % hot exhaust "
                                     "recirculates "
                                     "into rack inlets. Per hall, then "
                                     "weighted by each hall's rack airflow.");
    e.formula = "RTI = (T_return − T_supply) / ΔT_racks × 100 %; plant = Σ RTI_hall × airflow_hall "
                "/ Σ airflow_hall";
    hallWeighted(e, c, "rti", "RTI");
}

// The GPU thermal limits of a rack's system (catalog gpus entry, cited).
void gpuLimits(Explanation &e, const Context &c, const std::string &rackId)
{
    const Rack *rack = c.project.get<Rack>(rackId);
    const Json *sys = rack ? c.catalog.entry("systems", rack->system) : nullptr;
    const CatalogEntry *gpu
        = sys ? c.catalog.find("gpus", sys->value("gpu", std::string())) : nullptr;
    addCatalog(e, gpu, QT_TRANSLATE_NOOP("aif::Explain", "GPU slowdown (throttle) temperature"),
               "thermal/slowdownC", "°C");
    addCatalog(e, gpu, QT_TRANSLATE_NOOP("aif::Explain", "GPU maximum operating temperature"),
               "thermal/maxOperatingC", "°C");
    addCatalog(e, gpu, QT_TRANSLATE_NOOP("aif::Explain", "junction-to-case resistance ψjc"),
               "thermal/psiJcKPerW", "K/W");
}

// The die-to-medium path's assumed resistance (solvers/thermal/junction.h states why each value).
void sinkResistance(Explanation &e, bool liquid)
{
    if (liquid)
        addStandard(e, QT_TRANSLATE_NOOP("aif::Explain", "cold-plate resistance (assumption)"),
                    thermal::kColdPlateKPerW, "K/W",
                    "solvers/thermal/junction.h: within the < 0.03 K/W vendor bound for "
                    "GB200-class plates");
    else
        addStandard(e, QT_TRANSLATE_NOOP("aif::Explain", "air heat-sink resistance (assumption)"),
                    thermal::kAirHeatSinkKPerW, "K/W",
                    "solvers/thermal/junction.h: puts a 700 W SXM part near 75 °C at 25 °C inlet");
}

void twinJunction(Explanation &e, const Context &c)
{
    const bool coupled = e.pointer.rfind("/twin/coupled/", 0) == 0;
    e.title = coupled
        ? QT_TRANSLATE_NOOP("aif::Explain", "Maximum GPU junction temperature (operating point)")
        : QT_TRANSLATE_NOOP("aif::Explain", "Maximum GPU junction temperature (uncoupled pass)");
    e.unit = "°C";
    e.definition = std::string("The hottest GPU die in the design ")
        + (coupled ? "at the operating point the coupled twin converged to"
                   : "after the twin's first pass")
        + ": the local coolant or inlet air plus the chip's power times its thermal resistance. "
          "Above the GPU's slowdown temperature the hardware cuts clocks (throttling). The result "
          "holds the operating point's maximum only; the per-rack junctions under /thermal/racks "
          "are "
          "at the design load.";
    e.formula
        = "T_j = T_local + P_gpu(T_j) × (ψjc + ψ_heat sink or cold plate), P_gpu with leakage "
          "rising with T_j; max over racks";
    const std::vector<std::pair<double, int>> sorted = racksBy(c, "gpu_junction_c");
    if (!sorted.empty()) {
        const std::string id = rackId(c, sorted.front().second);
        addResult(e, c, "hottest junction at the design load (" + id + ")",
                  "/thermal/racks/" + str(sorted.front().second) + "/gpu_junction_c", "°C",
                  Role::Context, id);
        gpuLimits(e, c, id);
    }
    sinkResistance(e, false);
    sinkResistance(e, true);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "racks throttled"),
              std::string(coupled ? "/twin/coupled" : "/twin/uncoupled") + "/throttled_racks",
              "racks");
}

void rackJunction(Explanation &e, const Context &c)
{
    const std::string at = "/thermal/racks/" + str(c.index[0]);
    const std::string id = rackId(c, c.index[0]);
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "GPU junction temperature of %1 (design point)"),
             {id});
    e.unit = "°C";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "The temperature of the GPU dies in this rack at the design load: the cooling medium "
        "they sit "
        "in (cold-plate coolant, or the rack's inlet air) plus the chip power times the thermal "
        "resistance from die to that medium.");
    e.formula = "T_j = T_local + P_gpu(T_j) × (ψjc + ψ_heat sink or cold plate); T_local = mean of "
                "coolant "
                "supply and return on cold plates, the inlet air otherwise";
    e.entities.push_back(id);
    if (addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "coolant supply"),
                  at + "/coolant_supply_c", "°C", Role::Context, id)) {
        addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "coolant return"),
                  at + "/coolant_return_c", "°C", Role::Context, id);
        sinkResistance(e, true);
    } else {
        addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "rack inlet air"), at + "/inlet_c", "°C",
                  Role::Context, id);
        sinkResistance(e, false);
    }
    const int p = indexOfId(c.at("/power/racks"), id);
    if (p >= 0) {
        addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "GPU power of the rack"),
                  "/power/racks/" + str(p) + "/gpu_kw", "kW", Role::Context, id);
        addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "GPUs in the rack"),
                  "/power/racks/" + str(p) + "/gpus", "GPUs", Role::Context, id);
    }
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "leakage factor (power at T_j / nominal)"),
              at + "/leakage_factor", "ratio", Role::Context, id);
    gpuLimits(e, c, id);
}

void rackInlet(Explanation &e, const Context &c)
{
    const std::string at = "/thermal/racks/" + str(c.index[0]);
    const std::string id = rackId(c, c.index[0]);
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "Inlet temperature of %1"), {id});
    e.unit = "°C";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "The air temperature at this rack's front at the design load: the cooling "
        "units' supply air "
        "plus what hot exhaust recirculates into it.");
    e.formula = "T_inlet = T_supply + recirculated share × (T_hot − T_supply) (T0), or the 3D air "
                "field (T1)";
    e.reference = kAshraeClasses;
    e.entities.push_back(id);
    const Rack *rack = c.project.get<Rack>(id);
    const int h = rack ? indexOfId(c.at("/thermal/halls"), rack->hall) : -1;
    if (h >= 0) {
        addResult(e, c, "supply air of hall " + rack->hall,
                  "/thermal/halls/" + str(h) + "/supply_c", "°C", Role::Context, rack->hall);
        addResult(e, c, "return air of hall " + rack->hall,
                  "/thermal/halls/" + str(h) + "/return_c", "°C", Role::Context, rack->hall);
    }
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "rack outlet"), at + "/outlet_c", "°C",
              Role::Context, id);
    if (rack)
        ashraeLimits(e, c, rack->hall);
}

} // namespace

const std::vector<Figure> &thermalFigures()
{
    static const std::vector<Figure> figures {
        {"/thermal/max_inlet_c", maxInlet},
        {"/thermal/rci_hi", rci},
        {"/thermal/rci_lo", rci},
        {"/thermal/rti", rti},
        {"/twin/coupled/max_junction_c", twinJunction},
        {"/twin/uncoupled/max_junction_c", twinJunction},
        {"/thermal/racks/N/inlet_c", rackInlet},
        {"/thermal/racks/N/gpu_junction_c", rackJunction},
    };
    return figures;
}

} // namespace aif::explain::detail
