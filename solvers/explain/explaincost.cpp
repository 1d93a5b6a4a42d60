// The year at the site's weather (annual PUE, energy, water, WUE) and the TCO ($/Mtok, capex,
// opex).
#include "figures.h"

#include "catalog.h"
#include "project.h"

#include <QtGlobal>
#include <set>

namespace aif::explain::detail {

namespace {

// The site's climate normals: the year's mean outdoor temperature, cited with the catalog entry.
void climate(Explanation &e, const Context &c)
{
    const CatalogEntry *entry = c.catalog.find("climate", c.project.site().climate);
    const Json *months = entry ? jsonAt(entry->data, "/monthlyMeanC") : nullptr;
    if (!months || !months->is_array() || months->empty())
        return;
    double sum = 0.0;
    for (const Json &m : *months)
        sum += m.is_number() ? m.get<double>() : 0.0;
    e.inputs.push_back({"mean outdoor temperature at " + entry->id,
                        sum / double(months->size()),
                        "°C",
                        entry->source,
                        {},
                        c.project.site().id,
                        "climate/" + entry->id,
                        Role::Context});
}

void annualPue(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Annual PUE");
    e.unit = "ratio";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "The year's energy-weighted PUE: facility energy over IT energy, hour by hour "
        "through a year at "
        "the site's weather, with the deployments busy for their utilization share of "
        "the hours and idle "
        "otherwise. It is what the energy bill sees; the design-load PUE is "
        "/power/pue "
        "and the operating "
        "point's /twin/coupled/pue.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "annual PUE = annual facility energy / annual IT energy");
    e.reference = kPueStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual facility energy"),
              "/annual/annual_energy_mwh", "MWh", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual IT energy"), "/annual/it_energy_mwh",
              "MWh", Role::Divisor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "free-cooling hours (every chiller off)"),
              "/annual/free_cooling_hours", "h");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "share of heat rejected without chillers"),
              "/annual/economizer_share", "ratio");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "PUE at the design load"), "/power/pue",
              "ratio");
    climate(e, c);
    e.entities.push_back(c.project.site().id);
}

void annualEnergy(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Annual facility energy");
    e.unit = "MWh";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "The energy the whole site draws from the grid in a year, hour by hour at the "
        "site's weather: "
        "busy hours at the operating point, the rest idle, cooling following the "
        "outdoor temperature.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "annual energy = Σ months' facility energy (Σ over 8,760 hours of facility power × 1 h)");
    e.combination = Combination::Sum;
    for (int m = 0; m < 12; ++m)
        addResult(e, c, "month " + str(m + 1), "/annual/monthly_energy_mwh/" + str(m), "MWh",
                  Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of which IT energy"),
              "/annual/it_energy_mwh", "MWh");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "peak facility power"),
              "/annual/peak_facility_kw", "kW");
    climate(e, c);
}

void water(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Annual water use");
    e.unit = "m³";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Water the cooling towers evaporate and blow down in a year to reject the "
        "site's heat. Air-cooled "
        "chillers and dry coolers use none, so a site without cooling towers shows 0.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "water = Σ hours of heat rejected by cooling towers (kWh) × litres per kWh / 1000");
    addCatalog(e, c.catalog.find("costs", "water-evaporation"),
               QT_TRANSLATE_NOOP("aif::Explain", "water per kWh of heat a tower rejects"),
               "litresPerKwh", "L/kWh");
    for (const HeatRejection &h : c.project.heatRejection) {
        if (h.type == "cooling-tower") {
            e.entities.push_back(h.id);
            addProject(e, c.project, h.id, "capacityW", "capacity of tower " + h.id, "W");
        }
    }
    const Json *loops = c.at("/annual/loops");
    for (size_t i = 0; loops && loops->is_array() && i < loops->size(); ++i) {
        const std::string id = (*loops)[i].value("id", std::string());
        addResult(e, c, "heat rejected from loop " + id,
                  "/annual/loops/" + str(int(i)) + "/heat_mwh", "MWh", Role::Context, id);
    }
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "WUE"), "/annual/wue_l_per_kwh", "L/kWh");
}

void wue(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "WUE (water usage effectiveness)");
    e.unit = "L/kWh";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Litres of site water used per kWh of IT energy over the year (cooling-tower "
        "evaporation and "
        "blowdown). 0 for sites that reject heat without evaporation.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "WUE = annual water (m³) × 1000 / annual IT energy (MWh × 1000) = m³ / MWh");
    e.reference = kWueStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual water"), "/annual/water_m3", "m³",
              Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual IT energy"), "/annual/it_energy_mwh",
              "MWh", Role::Divisor);
}

void usdPerMtok(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Cost per million tokens");
    e.unit = "USD/Mtok";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "What a million output tokens cost: the year's capital cost (capex spread over "
        "the equipment's "
        "life at the discount rate) plus the year's operating cost, over the tokens "
        "served in the year. "
        "Unit prices are catalog defaults until you set your own.");
    e.formula = "$/Mtok = (annualized capex + opex per year) / tokens per year × 10⁶";
    e.reference = "docs/tco.md (capital recovery factor r(1+r)^n / ((1+r)^n − 1))";
    e.combination = Combination::Sum;
    e.scale = 1e6;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annualized capex"),
              "/tco/annualized_capex_usd", "USD/year", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "opex per year"), "/tco/opex_usd_per_year",
              "USD/year", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens per year"), "/tco/tokens_per_year",
              "tokens", Role::Divisor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "capex"), "/tco/capex_usd", "USD");
    const std::string eco = c.project.economics.id;
    addProject(e, c.project, eco, "tariffUsdPerKwh",
               QT_TRANSLATE_NOOP("aif::Explain", "electricity tariff"), "USD/kWh");
    addProject(e, c.project, eco, "discountRate",
               QT_TRANSLATE_NOOP("aif::Explain", "discount rate"), "ratio");
    addProject(e, c.project, eco, "itLifeYears", QT_TRANSLATE_NOOP("aif::Explain", "IT life"),
               "years");
    addProject(e, c.project, eco, "facilityLifeYears",
               QT_TRANSLATE_NOOP("aif::Explain", "facility life"), "years");
}

void capex(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Capital cost (capex)");
    e.unit = "USD";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "What building and equipping the design costs: IT systems at their catalog prices, the "
        "network, "
        "the power chain and cooling by installed capacity, the shell by IT design load, and "
        "installation. Prices are catalog defaults (labelled assumptions) until you set your "
        "own.");
    e.formula = "capex = Σ categories (it + network + power + cooling + shell + installation)";
    e.combination = Combination::Sum;
    const Json *cats = c.at("/tco/capex_by_category_usd");
    if (cats && cats->is_object())
        for (auto it = cats->begin(); it != cats->end(); ++it)
            addResult(e, c, it.key(), "/tco/capex_by_category_usd/" + it.key(), "USD", Role::Term);
    std::set<std::string> systems;
    for (const Rack &r : c.project.racks)
        if (!r.system.empty() && systems.insert(r.system).second)
            addCatalog(e, c.catalog.find("systems", r.system), "price of one " + r.system,
                       "priceUsd", "USD");
    addCatalog(e, c.catalog.find("costs", "shell"),
               QT_TRANSLATE_NOOP("aif::Explain", "shell per W of IT design load"), "usdPerW",
               "USD/W");
    addCatalog(e, c.catalog.find("costs", "installation"),
               QT_TRANSLATE_NOOP("aif::Explain", "installation share of equipment"), "fraction",
               "ratio");
}

void opex(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Operating cost per year (opex)");
    e.unit = "USD/year";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "What running the design costs per year: energy at the tariff, the demand charge, water, "
        "maintenance as a share of capex, staff and software.");
    e.formula = "opex = Σ (energy + demand + water + maintenance + staff + software)";
    e.combination = Combination::Sum;
    const Json *parts = c.at("/tco/opex_usd");
    if (parts && parts->is_object())
        for (auto it = parts->begin(); it != parts->end(); ++it)
            addResult(e, c, it.key(), "/tco/opex_usd/" + it.key(), "USD/year", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual facility energy"),
              "/tco/annual_energy_mwh", "MWh");
    addProject(e, c.project, c.project.economics.id, "tariffUsdPerKwh",
               QT_TRANSLATE_NOOP("aif::Explain", "electricity tariff"), "USD/kWh");
}

} // namespace

const std::vector<Figure> &costFigures()
{
    static const std::vector<Figure> figures {
        {"/annual/annual_pue", annualPue},
        {"/annual/annual_energy_mwh", annualEnergy},
        {"/annual/water_m3", water},
        {"/annual/wue_l_per_kwh", wue},
        {"/tco/usd_per_million_tokens", usdPerMtok},
        {"/tco/capex_usd", capex},
        {"/tco/opex_usd_per_year", opex},
    };
    return figures;
}

} // namespace aif::explain::detail
