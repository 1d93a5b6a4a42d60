#include "designrequest.h"

#include "catalog.h"
#include "supernode.h"

#include <cstdio>

#include <algorithm>
#include <QtGlobal>

#include <cmath>
#include <map>

namespace aif::generator {

namespace {

bool oneOf(const std::vector<std::string> &choices, const std::string &v)
{
    return std::find(choices.begin(), choices.end(), v) != choices.end();
}

std::string joined(const std::vector<std::string> &v)
{
    std::string s;
    for (const std::string &x : v)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

} // namespace

const std::vector<std::string> &coolingChoices()
{
    static const std::vector<std::string> c{"air", "rdhx", "liquid", "hybrid"};
    return c;
}

const std::vector<std::string> &powerChoices()
{
    static const std::vector<std::string> c{"ac", "hvdc800", "48v"};
    return c;
}

const std::vector<std::string> &redundancyChoices()
{
    static const std::vector<std::string> c{"n", "n+1", "2n"};
    return c;
}

std::string describeChoice(const std::string &field, const std::string &value)
{
    // Shown translated by the wizard (context aif::generator::Choice).
    static const std::map<std::string, std::string> text{
        {"cooling/air", QT_TRANSLATE_NOOP("aif::generator::Choice", "room air units (CRAHs or fan walls) on chilled water, hot-aisle containment; air-cooled systems")},
        {"cooling/rdhx", QT_TRANSLATE_NOOP("aif::generator::Choice", "a rear-door heat exchanger on every rack (chilled water); liquid-cooled systems also get CDUs")},
        {"cooling/liquid", QT_TRANSLATE_NOOP("aif::generator::Choice", "direct liquid cooling through CDUs, the rest of the heat by rear doors: no room air units")},
        {"cooling/hybrid", QT_TRANSLATE_NOOP("aif::generator::Choice", "direct liquid cooling through CDUs, the rest of the heat by room air units with containment")},
        {"power/ac", QT_TRANSLATE_NOOP("aif::generator::Choice", "transformers, double-conversion UPS and PDUs at the row ends")},
        {"power/hvdc800", QT_TRANSLATE_NOOP("aif::generator::Choice", "transformers, 800 VDC rectifiers with batteries, DC busways and rack power shelves")},
        {"power/48v", QT_TRANSLATE_NOOP("aif::generator::Choice", "transformers, switchgear, AC busways and 48 V rack power shelves with battery backup")},
        {"redundancy/n", QT_TRANSLATE_NOOP("aif::generator::Choice", "one path, no spare units")},
        {"redundancy/n+1", QT_TRANSLATE_NOOP("aif::generator::Choice", "one path, one spare module or unit in every group")},
        {"redundancy/2n", QT_TRANSLATE_NOOP("aif::generator::Choice", "two independent power paths each carrying the whole load; twice the cooling units")},
    };
    const auto it = text.find(field + "/" + value);
    return it == text.end() ? std::string() : it->second;
}

std::string checkRequest(const DesignRequest &r, const Catalog &catalog)
{
    if (!std::isfinite(r.itMw) || r.itMw <= 0)
        return "it-mw: the IT load must be above 0 MW";
    if (r.itMw > kMaxItMw) {
        char text[96];
        std::snprintf(text, sizeof text, "it-mw: %g MW is beyond the %g MW a design may hold", r.itMw, kMaxItMw);
        return text;
    }
    if (r.halls < 0 || r.halls > kMaxHalls)
        return "halls: " + std::to_string(r.halls) + " halls; between 1 and " + std::to_string(kMaxHalls)
               + " (0: as many as the load needs)";
    if (!oneOf(coolingChoices(), r.cooling))
        return "cooling: '" + r.cooling + "' is not one of " + joined(coolingChoices());
    if (!oneOf(powerChoices(), r.power))
        return "power: '" + r.power + "' is not one of " + joined(powerChoices());
    if (!oneOf(redundancyChoices(), r.redundancy))
        return "redundancy: '" + r.redundancy + "' is not one of " + joined(redundancyChoices());
    if (!std::isfinite(r.tariffUsdPerKwh) || r.tariffUsdPerKwh < 0 || r.tariffUsdPerKwh > 10)
        return "tariff: the electricity price must be 0 to 10 USD/kWh";
    if (!std::isfinite(r.gridCarbonGPerKwh) || r.gridCarbonGPerKwh < 0 || r.gridCarbonGPerKwh > 2000)
        return "carbon: the grid carbon intensity must be 0 to 2,000 gCO2/kWh";
    if (!catalog.contains("climate", r.climate))
        return "climate: '" + r.climate + "' is not in the climate dataset (aif catalog climate)";
    const Json *sys = catalog.entry("systems", r.system);
    if (!sys)
        return "system: '" + r.system + "' is not a catalog system (aif catalog systems)";
    if (const std::string whole = supernodeOf(catalog, r.system); !whole.empty())
        return "system: '" + r.system + "' is one rack of the supernode '" + whole + "'; choose '" + whole
               + "' (its racks are placed as one unit)";
    if (sys->value("gpuCount", 0) <= 0 || sys->value("maxPowerW", 0.0) <= 0)
        return "system: '" + r.system + "' has no GPUs or no power rating in the catalog";
    const bool liquid = sys->value("cooling", std::string("air")) != "air";
    if (liquid && r.cooling == "air")
        return "cooling: " + r.system + " is liquid-cooled; choose liquid, hybrid or rdhx";
    if (!liquid && (r.cooling == "liquid" || r.cooling == "hybrid"))
        return "cooling: " + r.system + " is air-cooled; " + r.cooling
               + " cooling needs a liquid-cooled system (choose air or rdhx)";
    if (!r.model.empty() && !catalog.contains("models", r.model))
        return "model: '" + r.model + "' is not a catalog model (aif catalog models)";
    return {};
}

} // namespace aif::generator
