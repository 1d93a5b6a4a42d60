// A project with several sites (the solve's `sites` and `factory`, docs/multisite.md): each
// site's cost and carbon per served token, and the factory's from the sites' sums.
#include "figures.h"

#include "project.h"

namespace aif::explain::detail {

namespace {

constexpr const char *kSitesDoc = "docs/multisite.md: each site solved at its own weather, tariff and grid";

std::string siteId(const Context &c)
{
    const Json *id = c.at("/sites/" + std::to_string(c.index.at(0)) + "/id");
    return id && id->is_string() ? id->get<std::string>() : std::string();
}

void siteUsdPerMtok(Explanation &e, const Context &c)
{
    const std::string p = "/sites/" + std::to_string(c.index.at(0));
    const std::string id = siteId(c);
    e.title = "Cost per million tokens at site " + id;
    e.unit = "USD/Mtok";
    e.definition = "The site's annualized capital cost and opex (its energy at its own tariff) over the tokens its "
                   "serving deployments make in a year; none where only training runs.";
    e.formula = "USD/Mtok = site annual cost (USD) / (site tokens per year / 10⁶)";
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e6;
    addResult(e, c, "site annual cost", p + "/annual_cost_usd", "USD", Role::Term, id);
    addResult(e, c, "site tokens per year", p + "/tokens_per_year", "tokens", Role::Divisor, id);
    addResult(e, c, "of which energy at the site's tariff", p + "/energy_cost_usd", "USD");
    addProject(e, c.project, id, "tariffUsdPerKwh", "site tariff (0: the economics one)", "USD/kWh");
    e.entities.push_back(id);
}

void siteGramsPerMtok(Explanation &e, const Context &c)
{
    const std::string p = "/sites/" + std::to_string(c.index.at(0));
    const std::string id = siteId(c);
    e.title = "Carbon per million tokens at site " + id;
    e.unit = "gCO2/Mtok";
    e.definition = "The site's market-based Scope 2 (its energy at its own grid) over the tokens it serves in a year.";
    e.formula = "g/Mtok = site Scope 2 (t) × 10⁶ / (site tokens per year / 10⁶)";
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e12;
    addResult(e, c, "site Scope 2 (market-based)", p + "/scope2_t", "tCO2", Role::Term, id);
    addResult(e, c, "site tokens per year", p + "/tokens_per_year", "tokens", Role::Divisor, id);
    addResult(e, c, "site grid intensity", p + "/intensity_g_per_kwh", "gCO2/kWh");
    e.entities.push_back(id);
}

// The factory's figure: the sites' terms added, over the factory's tokens.
void factoryPerMtok(Explanation &e, const Context &c, const char *key, const char *name, const char *unit)
{
    const Json *sites = c.at("/sites");
    for (size_t i = 0; sites && sites->is_array() && i < sites->size(); ++i) {
        const std::string id = (*sites)[i].value("id", std::string());
        addResult(e, c, std::string(name) + " at " + id, "/sites/" + std::to_string(i) + "/" + key, unit, Role::Term, id);
        e.entities.push_back(id);
    }
    addResult(e, c, "factory tokens per year (served)", "/factory/tokens_per_year", "tokens", Role::Divisor);
}

void factoryUsdPerMtok(Explanation &e, const Context &c)
{
    e.title = "Cost per million tokens, whole factory";
    e.unit = "USD/Mtok";
    e.definition = "Every site's annualized capital cost and opex added up, over the tokens all sites serve in a "
                   "year: a training site's cost falls on the factory's served tokens.";
    e.formula = "USD/Mtok = Σ sites annual cost (USD) / (Σ sites tokens per year / 10⁶)";
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e6;
    factoryPerMtok(e, c, "annual_cost_usd", "annual cost", "USD");
}

void factoryGramsPerMtok(Explanation &e, const Context &c)
{
    e.title = "Carbon per million tokens, whole factory";
    e.unit = "gCO2/Mtok";
    e.definition = "Every site's market-based Scope 2 (each at its own grid) added up, over the tokens all sites "
                   "serve in a year.";
    e.formula = "g/Mtok = Σ sites Scope 2 (t) × 10⁶ / (Σ sites tokens per year / 10⁶)";
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e12;
    factoryPerMtok(e, c, "scope2_t", "Scope 2", "tCO2");
}

} // namespace

const std::vector<Figure> &siteFigures()
{
    static const std::vector<Figure> figures{
        {"/sites/N/usd_per_mtok", siteUsdPerMtok},
        {"/sites/N/g_per_mtok", siteGramsPerMtok},
        {"/factory/usd_per_mtok", factoryUsdPerMtok},
        {"/factory/g_per_mtok", factoryGramsPerMtok},
    };
    return figures;
}

} // namespace aif::explain::detail
