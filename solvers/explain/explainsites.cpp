// A project with several sites (the solve's `sites` and `factory`, docs/multisite.md): each
// site's cost and carbon per served token, and the factory's from the sites' sums.
#include "figures.h"

#include "project.h"

#include <QtGlobal>

namespace aif::explain::detail {

namespace {

constexpr const char *kSitesDoc
    = "docs/multisite.md: each site solved at its own weather, tariff and grid";

std::string siteId(const Context &c)
{
    const Json *id = c.at("/sites/" + std::to_string(c.index.at(0)) + "/id");
    return id && id->is_string() ? id->get<std::string>() : std::string();
}

void siteUsdPerMtok(Explanation &e, const Context &c)
{
    const std::string p = "/sites/" + std::to_string(c.index.at(0));
    const std::string id = siteId(c);
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "Cost per million tokens at site %1"), {id});
    e.unit = "USD/Mtok";
    e.definition = QT_TRANSLATE_NOOP(
        "aif::Explain",
        "The site's annualized capital cost and opex (its energy at its own tariff) over the "
        "tokens its "
        "serving deployments make in a year; none where only training runs.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain", "USD/Mtok = site annual cost (USD) / (site tokens per year / 10⁶)");
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e6;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "site annual cost"), p + "/annual_cost_usd",
              "USD", Role::Term, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "site tokens per year"),
              p + "/tokens_per_year", "tokens", Role::Divisor, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "of which energy at the site's tariff"),
              p + "/energy_cost_usd", "USD");
    addProject(e, c.project, id, "tariffUsdPerKwh",
               QT_TRANSLATE_NOOP("aif::Explain", "site tariff (0: the economics one)"), "USD/kWh");
    e.entities.push_back(id);
}

void siteGramsPerMtok(Explanation &e, const Context &c)
{
    const std::string p = "/sites/" + std::to_string(c.index.at(0));
    const std::string id = siteId(c);
    setTitle(e, QT_TRANSLATE_NOOP("aif::Explain", "Carbon per million tokens at site %1"), {id});
    e.unit = "gCO2/Mtok";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "The site's market-based Scope 2 (its energy at its own grid) "
                                     "over the tokens it serves in a year.");
    e.formula = QT_TRANSLATE_NOOP("aif::Explain",
                                  "g/Mtok = site Scope 2 (t) × 10⁶ / (site tokens per year / 10⁶)");
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e12;
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "site Scope 2 (market-based)"),
              p + "/scope2_t", "tCO2", Role::Term, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "site tokens per year"),
              p + "/tokens_per_year", "tokens", Role::Divisor, id);
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "site grid intensity"),
              p + "/intensity_g_per_kwh", "gCO2/kWh");
    e.entities.push_back(id);
}

// The factory's figure: the sites' terms added, over the factory's tokens.
void factoryPerMtok(Explanation &e, const Context &c, const char *key, const char *name,
                    const char *unit)
{
    const Json *sites = c.at("/sites");
    for (size_t i = 0; sites && sites->is_array() && i < sites->size(); ++i) {
        const std::string id = (*sites)[i].value("id", std::string());
        addResult(e, c, std::string(name) + " at " + id, "/sites/" + std::to_string(i) + "/" + key,
                  unit, Role::Term, id);
        e.entities.push_back(id);
    }
    addResult(e, c, QT_TRANSLATE_NOOP("aif::Explain", "factory tokens per year (served)"),
              "/factory/tokens_per_year", "tokens", Role::Divisor);
}

void factoryUsdPerMtok(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Cost per million tokens, whole factory");
    e.unit = "USD/Mtok";
    e.definition
        = QT_TRANSLATE_NOOP("aif::Explain",
                            "Every site's annualized capital cost and opex added up, over the "
                            "tokens all sites serve in a "
                            "year: a training site's cost falls on the factory's served tokens.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain", "USD/Mtok = Σ sites annual cost (USD) / (Σ sites tokens per year / 10⁶)");
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e6;
    factoryPerMtok(e, c, "annual_cost_usd", "annual cost", "USD");
}

void factoryGramsPerMtok(Explanation &e, const Context &c)
{
    e.title = QT_TRANSLATE_NOOP("aif::Explain", "Carbon per million tokens, whole factory");
    e.unit = "gCO2/Mtok";
    e.definition = QT_TRANSLATE_NOOP("aif::Explain",
                                     "Every site's market-based Scope 2 (each at its own grid) "
                                     "added up, over the tokens all sites "
                                     "serve in a year.");
    e.formula = QT_TRANSLATE_NOOP(
        "aif::Explain", "g/Mtok = Σ sites Scope 2 (t) × 10⁶ / (Σ sites tokens per year / 10⁶)");
    e.reference = kSitesDoc;
    e.combination = Combination::Sum;
    e.scale = 1e12;
    factoryPerMtok(e, c, "scope2_t", "Scope 2", "tCO2");
}

} // namespace

const std::vector<Figure> &siteFigures()
{
    static const std::vector<Figure> figures {
        {"/sites/N/usd_per_mtok", siteUsdPerMtok},
        {"/sites/N/g_per_mtok", siteGramsPerMtok},
        {"/factory/usd_per_mtok", factoryUsdPerMtok},
        {"/factory/g_per_mtok", factoryGramsPerMtok},
    };
    return figures;
}

} // namespace aif::explain::detail
