// The year's heat reuse, carbon and water (the solve's `energy` section, docs/energy.md).
#include "figures.h"

#include "catalog.h"
#include "project.h"

#include <QtGlobal>

namespace aif::explain::detail {

namespace {

constexpr const char *kReuseStandard
    = "The Green Grid WP#29 (ERE: a metric for measuring the benefit of reuse "
      "energy from a data center, 2010); ISO/IEC 30134-6 (ERF)";
constexpr const char *kCueStandard
    = "The Green Grid WP#32 (Carbon Usage Effectiveness, 2010); ISO/IEC 30134-8";
constexpr const char *kScope2Standard
    = "GHG Protocol Scope 2 Guidance (WRI/WBCSD, 2015): location- and market-based";

void reuseBanks(Explanation &e, const Context &c)
{
    for (const HeatRejection &h : c.project.heatRejection) {
        if (h.type != "heat-reuse")
            continue;
        e.entities.push_back(h.id);
        addProject(e, c.project, h.id, "capacityW", "exchanger capacity of " + h.id + " per unit",
                   "W");
        addProject(e, c.project, h.id, "demandPeakW", "receiver peak demand of " + h.id, "W");
        addProject(e, c.project, h.id, "networkSupplyC", "network supply temperature of " + h.id,
                   "°C");
    }
}

void reused(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Reused heat");
    e.unit = "MWh";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "Heat the heat-reuse exchangers hand to district-heating or "
                                     "process networks in a year, hour by "
                                     "hour at the site's weather: at most what the exchangers "
                                     "carry at the loop's temperatures and "
                                     "what the receivers ask for that hour (their peak demand "
                                     "scaled by heating degree hours above "
                                     "a summer base). A heat pump's own work, where the network "
                                     "needs hotter water, is not counted.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "reused = Σ 8,760 hours min(loop heat, exchanger capacity, receiver demand × (1 − 1/COP))");
    e.reference = "CIBSE TM41 (heating degree hours, 15.5 °C base); docs/energy.md";
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "facility loops' heat"),
              "/annual/loops/0/heat_mwh", "MWh");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "heat pumps' electricity"),
              "/energy/heat_reuse/heat_pump_mwh", "MWh");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "hours with heat reused"),
              "/energy/heat_reuse/hours", "h");
    reuseBanks(e, c);
    e.entities.push_back(c.project.site().id);
}

void erf(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "ERF (energy reuse factor)");
    e.unit = "ratio";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "The share of the site's energy that leaves as useful heat: "
                                     "reused heat over the year's facility energy.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain", "ERF = reused energy / annual facility energy");
    e.reference = kReuseStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "reused heat"),
              "/energy/heat_reuse/reused_mwh", "MWh", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual facility energy"),
              "/annual/annual_energy_mwh", "MWh", Role::Divisor);
}

void ere(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "ERE (energy reuse effectiveness)");
    e.unit = "ratio";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "PUE with the reused heat taken off: below the annual PUE "
                                     "when heat is reused, equal to it when "
                                     "not (ERE = (1 − ERF) × PUE).");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain", "ERE = (annual facility energy − reused energy) / annual IT energy");
    e.reference = kReuseStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual facility energy"),
              "/annual/annual_energy_mwh", "MWh", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "reused heat"),
              "/energy/heat_reuse/reused_mwh", "MWh", Role::Minus);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual IT energy"), "/annual/it_energy_mwh",
              "MWh", Role::Divisor);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual PUE"), "/annual/annual_pue", "ratio");
}

void revenue(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Heat-reuse revenue");
    e.unit = "USD/year";
    e.definition = "What the heat networks pay for the reused heat at the economics' heat price; "
                   "taken off the TCO's opex.";
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "revenue = reused heat (MWh) × 1000 × heat price (USD/kWh)");
    e.combination = Combination::Product;
    e.scale = 1000.0;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "reused heat"),
              "/energy/heat_reuse/reused_mwh", "MWh", Role::Factor);
    addProject(e, c.project, c.project.economics.id, "heatPriceUsdPerKwh",
               QT_TRANSLATE_NOOP("aif::Explain", "heat price"), "USD/kWh", Role::Factor);
}

void carbonInputs(Explanation &e, const Context &c)
{
    addProject(e, c.project, c.project.site().id, "gridCarbonGPerKwh",
               QT_TRANSLATE_NOOP("aif::Explain",
                                 "grid carbon intensity (0: the climate's bundled figure)"),
               "gCO2/kWh");
    addResult(e, c,
              QT_TRANSLATE_NOOP("aif::Explain", "grid intensity applied (see intensity_source)"),
              "/energy/carbon/intensity_g_per_kwh", "gCO2/kWh");
    addProject(e, c.project, c.project.site().id, "carbonFreeShare",
               QT_TRANSLATE_NOOP("aif::Explain", "carbon-free supply share (PPA, on-site)"),
               "ratio");
    e.entities.push_back(c.project.site().id);
}

void scope2(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Scope 2 emissions (market-based)");
    e.unit = "tCO2";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "CO₂ from the electricity the site draws in a year: each hour's facility energy at the "
        "grid's "
        "intensity (location-based), less the share matched by carbon-free contracts or on-site "
        "generation (market-based).");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "Scope 2 = Σ hours facility energy (kWh) × grid intensity "
                                  "(g/kWh) / 10⁶ × (1 − carbon-free share)");
    e.reference = kScope2Standard;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "location-based Scope 2"),
              "/energy/carbon/scope2_location_t", "tCO2");
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual facility energy"),
              "/annual/annual_energy_mwh", "MWh");
    carbonInputs(e, c);
}

void cue(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "CUE (carbon usage effectiveness)");
    e.unit = "kgCO2/kWh";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Kilograms of CO₂ (market-based Scope 2) per kWh of IT energy over the year.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "CUE = Scope 2 (t) × 1000 / annual IT energy (MWh × 1000)");
    e.reference = kCueStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "Scope 2 (market-based)"),
              "/energy/carbon/scope2_t", "tCO2", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual IT energy"), "/annual/it_energy_mwh",
              "MWh", Role::Divisor);
    carbonInputs(e, c);
}

void gramsPerMtok(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Carbon per million tokens");
    e.unit = "gCO2/Mtok";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "Grams of CO₂ (market-based Scope 2) for each million output tokens served in the year.");
    e.formula
        = QT_TRANSLATE_NOOP("aif::Explain", "g/Mtok = Scope 2 (t) × 10⁶ / (tokens per year / 10⁶)");
    e.reference = kScope2Standard;
    e.combination = Combination::Sum;
    e.scale = 1e12;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "Scope 2 (market-based)"),
              "/energy/carbon/scope2_t", "tCO2", Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens per year"), "/tco/tokens_per_year",
              "tokens", Role::Divisor);
    carbonInputs(e, c);
}

void waterPerMtok(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Water per million tokens");
    e.unit = "L/Mtok";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "Litres of site water (cooling-tower evaporation and "
                                     "blowdown) for each million output tokens.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "L/Mtok = annual water (m³) × 1000 / (tokens per year / 10⁶)");
    e.reference = kWueStandard;
    e.combination = Combination::Sum;
    e.scale = 1e9;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual water"), "/energy/water/m3", "m³",
              Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "tokens per year"), "/tco/tokens_per_year",
              "tokens", Role::Divisor);
}

void wueEnergy(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "WUE (water usage effectiveness)");
    e.unit = "L/kWh";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "Litres of site water per kWh of IT energy over the year (the "
                                     "same figure as /annual/wue_l_per_kwh).");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "WUE = annual water (m³) × 1000 / annual IT energy (MWh × 1000)");
    e.reference = kWueStandard;
    e.combination = Combination::Sum;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual water"), "/annual/water_m3", "m³",
              Role::Term);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "annual IT energy"), "/annual/it_energy_mwh",
              "MWh", Role::Divisor);
}

} // namespace

const std::vector<Figure> &energyFigures()
{
    static const std::vector<Figure> figures {
        {"/energy/heat_reuse/reused_mwh", reused},
        {"/energy/heat_reuse/erf", erf},
        {"/energy/heat_reuse/ere", ere},
        {"/energy/heat_reuse/revenue_usd", revenue},
        {"/energy/carbon/scope2_t", scope2},
        {"/energy/carbon/cue", cue},
        {"/energy/carbon/g_per_mtok", gramsPerMtok},
        {"/energy/water/wue", wueEnergy},
        {"/energy/water/l_per_mtok", waterPerMtok},
    };
    return figures;
}

} // namespace aif::explain::detail
