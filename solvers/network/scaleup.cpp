#include "scaleup.h"

#include "catalog.h"
#include "media.h"

namespace aif::network {

ScaleUpResult scaleUp(const Catalog &catalog, const std::string &systemId)
{
    ScaleUpResult r;
    r.systemId = systemId;
    const CatalogEntry *entry = nullptr;
    for (const CatalogEntry *e : catalog.entries("network")) {
        if (e->type == "scale-up" && (e->data.value("system", std::string()) == systemId || e->id == systemId))
            entry = e;
    }
    if (!entry) {
        r.error = "no scale-up entry for system '" + systemId + "' in the network catalog";
        return r;
    }
    const Json &d = entry->data;
    r.entryId = entry->id;
    r.name = entry->name;
    r.source = entry->source;
    r.gpus = d.value("gpus", 0);
    r.switchTrays = d.value("switchTrays", 0);
    r.switchChips = d.value("switchChips", r.switchTrays * d.value("switchChipsPerTray", 0));
    r.linksPerGpu = d.value("linksPerGpu", 0);
    // Bandwidth per GPU: links x bidirectional GB/s per link (NVLink 5: 18 x 100 GB/s = 1.8 TB/s).
    r.perGpuTBps = r.linksPerGpu * d.value("linkGBps", 0.0) / 1000.0;
    r.aggregateTBps = r.perGpuTBps * r.gpus;
    r.publishedAggregateTBps = d.value("publishedAggregateTBps", 0.0);
    // Copper: every GPU link runs over the cable spine as differential pairs (0: board traces).
    r.copperCables = (long long)r.gpus * r.linksPerGpu * d.value("pairsPerLink", 0);
    r.opticalTransceivers = d.value("opticalTransceivers", 0LL);
    if (const std::string tray = d.value("switchTray", std::string()); !tray.empty()) {
        if (const Json *t = catalog.entry("network", tray))
            r.switchPowerW = r.switchTrays * t->value("powerW", 0.0);
    } else {
        r.switchPowerW = r.switchChips * d.value("switchChipPowerW", 0.0);
    }
    if (const std::string x = d.value("transceiver", std::string()); !x.empty())
        r.opticsPowerW = r.opticalTransceivers * mediumFromEntry(catalog, x).powerW;
    r.powerW = r.switchPowerW + r.opticsPowerW;
    r.latencyNs = d.value("latencyNs", 0.0);
    if (d.contains("assumptions") && d["assumptions"].is_array())
        for (const Json &a : d["assumptions"])
            if (a.is_string())
                r.assumptions.push_back(a.get<std::string>());
    return r;
}

Json scaleUpJson(const ScaleUpResult &r)
{
    return Json{{"system", r.systemId},
                {"entry", r.entryId},
                {"name", r.name},
                {"gpus", r.gpus},
                {"switch_trays", r.switchTrays},
                {"switch_chips", r.switchChips},
                {"links_per_gpu", r.linksPerGpu},
                {"bandwidth_tbytes_per_s_per_gpu", r.perGpuTBps},
                {"aggregate_tbytes_per_s", r.aggregateTBps},
                {"published_aggregate_tbytes_per_s", r.publishedAggregateTBps},
                {"copper_cables", r.copperCables},
                {"optical_transceivers", r.opticalTransceivers},
                {"switch_power_w", r.switchPowerW},
                {"optics_power_w", r.opticsPowerW},
                {"power_w", r.powerW},
                {"latency_ns", r.latencyNs},
                {"assumptions", r.assumptions},
                {"source", r.source}};
}

} // namespace aif::network
