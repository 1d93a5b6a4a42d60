// The bill of materials of csvexport.h: the planned network (the BOM `aif fabric FILE --bom`
// writes, from network::planProjectFabric) and the design's systems, racks, power and cooling
// equipment counted, with unit prices where the catalog has them.
#include "csvtables.h"

#include "catalog.h"
#include "network/projectfabric.h"

#include <map>
#include <tuple>

namespace aif::csvexport {

namespace {

struct Line
{
    std::string category, part, kind;
    long long count = 0;
    Json unitPowerW, unitPriceUsd;
    std::string source, priceSource;
};

// The costs catalog entry of a kind of equipment (resources/catalog/costs.json, sourced prices
// per watt of capacity), as the TCO prices it.
const CatalogEntry *costEntry(const Catalog &catalog, const std::string &type)
{
    for (const CatalogEntry *e : catalog.entries("costs"))
        if (e->type == type && e->data.value("usdPerW", 0.0) > 0.0)
            return e;
    return nullptr;
}

// One line per (category, part, kind, unit rating): equal items are counted together.
class Lines
{
public:
    explicit Lines(const Catalog &catalog) : m_catalog(catalog) {}

    void add(const std::string &category, const std::string &part, const std::string &kind, long long count,
             const std::string &model, const std::string &modelCategory, const std::string &costType,
             double capacityW, Json unitPowerW = {})
    {
        Line &l = m_lines[{category, part, kind, capacityW}];
        if (l.part.empty()) {
            l = {category, part, kind, 0, std::move(unitPowerW), {}, {}, {}};
            const CatalogEntry *m = model.empty() ? nullptr : m_catalog.find(modelCategory, model);
            l.source = m ? m->source : std::string();
            if (m && m->data.contains("priceUsd")) {
                l.unitPriceUsd = m->data["priceUsd"];   // the entry's own price: its source
            } else if (const CatalogEntry *cost = costEntry(m_catalog, costType); cost && capacityW > 0.0) {
                l.unitPriceUsd = cost->data["usdPerW"].get<double>() * capacityW;
                l.priceSource = cost->source;
            }
        }
        l.count += count;
    }
    const std::map<std::tuple<std::string, std::string, std::string, double>, Line> &lines() const { return m_lines; }

private:
    const Catalog &m_catalog;
    std::map<std::tuple<std::string, std::string, std::string, double>, Line> m_lines;
};

std::string orType(const std::string &model, const std::string &type)
{
    return model.empty() ? type : model;
}

} // namespace

CsvTable bomTable(const ExportContext &c)
{
    using U = ColumnUnit;
    CsvTable t({{"category"}, {"part"}, {"kind"}, {"count"}, {"length", U::Metre}, {"unit_power", U::W},
                {"unit_price", U::Usd}, {"total_price", U::Usd}, {"source"}, {"price_source"}});
    const auto total = [](const Json &unit, double count) { return unit.is_number() ? Json(unit.get<double>() * count) : Json(); };
    // The network first, line for line as `aif fabric FILE --bom` lists it.
    for (const network::BomLine &l : network::planProjectFabric(c.project, c.catalog).bom) {
        const Json price = l.unitPriceUsd > 0.0 ? Json(l.unitPriceUsd) : Json();
        t.addRow({"network", l.part, l.kind, l.count, l.lengthM > 0.0 ? Json(l.lengthM) : Json(),
                  l.unitPowerW > 0.0 ? Json(l.unitPowerW) : Json(), price, total(price, double(l.count)), l.source,
                  Json()});
    }
    Lines lines(c.catalog);
    for (const Rack &r : c.project.racks) {
        if (!r.rackType.empty())
            lines.add("racks", r.rackType, "rack", 1, r.rackType, "racks", "", 0.0);
        const CatalogEntry *sys = r.system.empty() ? nullptr : c.catalog.find("systems", r.system);
        if (sys && r.systemCount > 0)
            lines.add("it", r.system, "system", r.systemCount, r.system, "systems", "", 0.0,
                      sys->data.value("maxPowerW", Json()));
    }
    // Power and cooling by installed capacity, as the TCO prices them (solvers/tco/tco.cpp).
    for (const PowerNode &n : c.project.powerNodes)
        lines.add("power", orType(n.model, n.type), n.type, n.modules, n.model, "power", n.type, n.ratedW);
    for (const AirUnit &a : c.project.airUnits)
        lines.add("cooling", orType(a.model, a.type), a.type, 1, a.model, "cooling", "air-unit", a.capacityW,
                  a.fanPowerW);
    for (const Cdu &u : c.project.cdus)
        lines.add("cooling", orType(u.model, "cdu"), "cdu", 1, u.model, "cooling", "cdu", u.capacityW);
    for (const HeatRejection &h : c.project.heatRejection)
        lines.add("cooling", orType(h.model, h.type), h.type, h.units, h.model, "cooling", h.type, h.capacityW,
                  h.fanPowerW);
    for (const auto &entry : lines.lines()) {
        const Line &l = entry.second;
        t.addRow({l.category, l.part, l.kind, l.count, Json(), l.unitPowerW, l.unitPriceUsd, total(l.unitPriceUsd, double(l.count)),
                  l.source.empty() ? Json() : Json(l.source), l.priceSource.empty() ? Json() : Json(l.priceSource)});
    }
    return t;
}

} // namespace aif::csvexport
