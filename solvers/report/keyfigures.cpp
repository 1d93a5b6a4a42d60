#include "report/keyfigures.h"

#include "energy/annual.h"
#include "energy/sustainability.h"
#include "explain/explain.h"
#include "power/powersolver.h"
#include "solvejob.h"
#include "tco/tco.h"
#include "thermal/thermalsolver.h"
#include "throughput/throughputsolver.h"
#include "twin/twin.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aif {

namespace {

constexpr double kNoFigure = std::numeric_limits<double>::quiet_NaN();

QString tr(const char *text)
{
    return QCoreApplication::translate("aif::KeyFigure", text);
}

KeyFigure figure(const char *key, const QString &label, const QString &unit, double scale,
                 int decimals, KeyFigure::Better better)
{
    KeyFigure f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.unit = unit;
    f.scale = scale;
    f.decimals = decimals;
    f.better = better;
    f.value = kNoFigure;
    return f;
}

// Why a whole solve produced nothing: the first error, else a generic line.
QString solveReason(const SolveResult &r)
{
    if (r.cancelled)
        return tr("solve cancelled");
    for (const Diagnostic &d : r.violations) {
        if (d.isError())
            return tr("not solved: %1").arg(QString::fromStdString(d.message));
    }
    return tr("not solved yet");
}

// The number at an RFC 6901 pointer of the result, or null.
const Json *jsonNumber(const Json &result, const std::string &pointer)
{
    try {
        const Json::json_pointer p(pointer);
        if (!result.contains(p))
            return nullptr;
        const Json &v = result.at(p);
        return v.is_number() ? &v : nullptr;
    } catch (const Json::exception &) {
        return nullptr;
    }
}

// One truth per figure (issue 19): a figure the result document holds is read from it, so the
// dashboard shows exactly what `aif solve --json` writes and `aif explain` explains. The solver
// structs above only decide whether a figure exists and why not.
void readFromResult(KeyFigure &f, const Json &result)
{
    if (f.pointer.empty() || !f.valid())
        return;
    const Json *v = jsonNumber(result, f.pointer);
    if (!v) {
        f.value = kNoFigure;
        f.reason = tr("not in the solve result (%1)").arg(QString::fromStdString(f.pointer));
        return;
    }
    f.value = v->get<double>() * f.jsonScale;
    // Index-free pointers are explained exactly when their pattern is listed.
    const std::vector<std::string> &patterns = explain::explainedPatterns();
    f.explainable = std::find(patterns.begin(), patterns.end(), f.pointer) != patterns.end();
}

void setPointer(KeyFigure &f, const char *pointer, double jsonScale = 1.0)
{
    f.pointer = pointer;
    f.jsonScale = jsonScale;
}

} // namespace

double KeyFigure::shown() const
{
    return quantity == Quantity::None ? value * scale : units::toDisplay(value, quantity, system);
}

bool KeyFigure::valid() const
{
    return std::isfinite(value);
}

QString KeyFigure::text() const
{
    if (!valid())
        return QStringLiteral("—");
    return compact ? compactNumber(shown(), decimals)
                   : QLocale(QLocale::English).toString(shown(), 'f', decimals);
}

QString compactNumber(double value, int decimals)
{
    const double a = std::abs(value);
    const char *prefix = a >= 1e9 ? "G" : a >= 1e6 ? "M" : a >= 1e4 ? "k" : "";
    const double div = a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : a >= 1e4 ? 1e3 : 1.0;
    if (div == 1.0)
        return QLocale(QLocale::English).toString(value, 'f', decimals);
    const double v = value / div;
    // Three significant digits: 8.40 M, 75.2 M, 720 k.
    const int d = std::abs(v) >= 100 ? 0 : std::abs(v) >= 10 ? 1 : 2;
    return QStringLiteral("%1 %2").arg(QString::number(v, 'f', d), QString::fromLatin1(prefix));
}

std::vector<KeyFigure> keyFigures(const SolveResult &r)
{
    using B = KeyFigure::Better;
    const twin::TwinResult *tw = r.twin.get();
    const power::PowerResult *pw = tw && tw->power ? tw->power.get() : r.power.get();
    const throughput::ThroughputResult *tp
        = tw && tw->throughput ? tw->throughput.get() : r.throughput.get();
    const QString point
        = tw ? tr("operating point (coupled twin)") : tr("design point (power solve)");
    const QString noPower = solveReason(r);
    std::vector<KeyFigure> out;

    KeyFigure facility = figure("facility", tr("Facility power"), "MW", 1e-6, 2, B::Lower);
    KeyFigure tokens = figure("tokensPerS", tr("Output tokens/s"), "tokens/s", 1.0, 0, B::Higher);
    tokens.compact = true;
    KeyFigure perJoule
        = figure("tokensPerJoule", tr("Tokens per joule"), "tokens/J", 1.0, 3, B::Higher);
    // Two PUEs exist and both are named (issue 19): the year at the site's weather, what an
    // operator reports, and the one at the solved operating point (design heat-rejection
    // temperatures), which the facility and IT power beside it belong to.
    KeyFigure pue = figure("pue", tr("PUE"), QString(), 1.0, 3, B::Lower);
    KeyFigure pointPue = figure(
        "pueOperating", tw ? tr("PUE at the operating point") : tr("PUE at the design point"),
        QString(), 1.0, 3, B::Lower);
    KeyFigure cost
        = figure("usdPerMtok", tr("Cost per million tokens"), "$/Mtok", 1.0, 3, B::Lower);
    KeyFigure it = figure("it", tr("IT power"), "MW", 1e-6, 2, B::Neither);
    KeyFigure losses = figure("losses", tr("Power-chain losses"), "MW", 1e-6, 3, B::Lower);
    KeyFigure cooling = figure("cooling", tr("Cooling power"), "MW", 1e-6, 3, B::Lower);
    // Temperatures follow the studio's unit system; power, energy and money read the same in both.
    KeyFigure junction = figure(
        "maxJunction", tr("Hottest GPU junction"),
        units::displayUnit(Quantity::Temperature, units::currentSystem()).symbol, 1.0, 1, B::Lower);
    junction.quantity = Quantity::Temperature;
    junction.system = units::currentSystem();
    // The thermal solve's hottest rack inlet at the design point: what a failed cooling unit
    // moves first, so compare mode's failure verdicts name it.
    KeyFigure inlet = figure("maxInlet", tr("Hottest rack inlet"), junction.unit, 1.0, 1, B::Lower);
    inlet.quantity = Quantity::Temperature;
    inlet.system = junction.system;
    KeyFigure throttled
        = figure("throttledRacks", tr("Throttled racks"), QString(), 1.0, 0, B::Lower);
    KeyFigure capex = figure("capex", tr("Capex"), "M USD", 1e-6, 1, B::Lower);
    KeyFigure opex = figure("opex", tr("Opex"), "M USD/yr", 1e-6, 2, B::Lower);
    KeyFigure energy = figure("energy", tr("Annual energy"), "MWh", 1.0, 0, B::Lower);
    KeyFigure freeCooling
        = figure("freeCooling", tr("Hours with chillers off"), "h/yr", 1.0, 0, B::Higher);
    KeyFigure water = figure("water", tr("Water"), "m³/yr", 1.0, 0, B::Lower);
    KeyFigure economized
        = figure("economizerShare", tr("Heat rejected without chillers"), "%", 100.0, 0, B::Higher);
    // Heat reuse, carbon and water of the year (docs/energy.md): ERE beside the annual PUE.
    KeyFigure ere = figure("ere", tr("ERE (PUE less reused heat)"), QString(), 1.0, 3, B::Lower);
    KeyFigure reused = figure("reusedHeat", tr("Reused heat"), "MWh/yr", 1.0, 0, B::Higher);
    KeyFigure scope2 = figure("scope2", tr("Scope 2 emissions"), "t CO2/yr", 1.0, 0, B::Lower);
    KeyFigure carbonPerMtok = figure("carbonPerMtok", tr("Carbon per million tokens"), "g CO2/Mtok", 1.0, 1, B::Lower);
    KeyFigure waterPerMtok = figure("waterPerMtok", tr("Water per million tokens"), "L/Mtok", 1.0, 2, B::Lower);

    for (KeyFigure *f : {&facility, &it, &losses, &cooling, &pue, &pointPue})
        f->reason = noPower;
    // The twin's JSON holds its operating point's totals, not their loss and cooling split.
    const bool twinPower = tw && tw->power;
    setPointer(facility, twinPower ? "/twin/coupled/facility_kw" : "/power/facility_kw", 1e3);
    setPointer(it, twinPower ? "/twin/coupled/it_kw" : "/power/it_kw", 1e3);
    setPointer(pointPue, twinPower ? "/twin/coupled/pue" : "/power/pue");
    setPointer(pue, pointPue.pointer.c_str());
    if (!twinPower) {
        setPointer(losses, "/power/chain_loss_kw", 1e3);
        setPointer(cooling, "/power/cooling_kw", 1e3);
    }
    if (pw && pw->itW > 0) {
        facility.value = pw->facilityW;
        it.value = pw->itW;
        losses.value = 0.0;
        for (const auto &[stage, w] : pw->lossesByStageW)
            losses.value += w;
        cooling.value = pw->cooling.totalW;
        pue.value = pw->pue;
        pointPue.value = pw->pue;
        pue.label = pointPue.label;
        for (KeyFigure *f : {&facility, &it, &losses, &cooling, &pue, &pointPue})
            f->source = point;
    } else if (pw) {
        for (KeyFigure *f : {&facility, &it, &losses, &cooling, &pue, &pointPue})
            f->reason = tr("no powered IT load");
    }
    if (r.annual && r.annual->ok && r.annual->pue > 0) {
        // The year at the site's weather is what an operator reports; the operating point uses
        // the design heat-rejection temperatures.
        pue.value = r.annual->pue;
        pue.label = tr("Annual PUE");
        setPointer(pue, "/annual/annual_pue");
        setPointer(energy, "/annual/annual_energy_mwh");
        setPointer(freeCooling, "/annual/free_cooling_hours");
        setPointer(water, "/annual/water_m3");
        setPointer(economized, "/annual/economizer_share");
        pue.source = tr("annual at %1").arg(QString::fromStdString(r.annual->climate));
        energy.value = r.annual->facilityMwh;
        energy.source = pue.source;
        freeCooling.value = r.annual->freeCoolingHours;
        freeCooling.source = pue.source;
        water.value = r.annual->waterM3;
        water.source = pue.source;
        economized.value = r.annual->economizerShare;
        economized.source = pue.source;
    } else {
        QString why = r.twin ? tr("site has no climate") : noPower;
        if (r.json.contains("annual") && r.json["annual"].contains("error")) {
            const Json &a = r.json["annual"];
            why = a.value("climate", std::string()).empty()
                ? tr("the site has no climate: choose one in the site's inspector to see the year")
                : QString::fromStdString(a["error"].get<std::string>());
        }
        for (KeyFigure *f : {&energy, &freeCooling, &water, &economized})
            f->reason = why;
    }

    if (const energy::Sustainability *e = r.energy.get()) {
        const QString year = tr("annual at %1").arg(QString::fromStdString(r.annual ? r.annual->climate : std::string()));
        ere.value = e->heatReuse.ere;
        reused.value = e->heatReuse.reusedMwh;
        setPointer(ere, "/energy/heat_reuse/ere");
        setPointer(reused, "/energy/heat_reuse/reused_mwh");
        ere.source = reused.source = year;
        if (e->carbon.set) {
            scope2.value = e->carbon.scope2T;
            setPointer(scope2, "/energy/carbon/scope2_t");
            scope2.source = tr("%1, market-based").arg(year);
            if (e->carbon.gPerMtok) {
                carbonPerMtok.value = *e->carbon.gPerMtok;
                setPointer(carbonPerMtok, "/energy/carbon/g_per_mtok");
                carbonPerMtok.source = scope2.source;
            } else {
                carbonPerMtok.reason = tr("no inference tokens served");
            }
        } else {
            scope2.reason = carbonPerMtok.reason
                = tr("the site has no grid carbon intensity: set it in the site's inspector");
        }
        if (e->water.litresPerMtok) {
            waterPerMtok.value = *e->water.litresPerMtok;
            setPointer(waterPerMtok, "/energy/water/l_per_mtok");
            waterPerMtok.source = year;
        } else {
            waterPerMtok.reason = tr("no inference tokens served");
        }
    } else {
        for (KeyFigure *f : {&ere, &reused, &scope2, &carbonPerMtok, &waterPerMtok})
            f->reason = energy.valid() ? tr("needs the TCO of a solved operating point") : energy.reason;
    }

    const bool hasDeployments = tp && !tp->deployments.empty();
    for (KeyFigure *f : {&tokens, &perJoule})
        f->reason = !tp ? noPower : tr("no deployments in the project");
    if (hasDeployments) {
        tokens.value = tw ? tw->coupled.tokensPerS : tp->tokensPerS;
        perJoule.value = tw ? tw->coupled.tokensPerJoule
                            : (pw && pw->pue > 0 ? tp->tokensPerJoule / pw->pue : kNoFigure);
        setPointer(tokens, tw ? "/twin/coupled/tokens_per_s" : "/throughput/tokens_per_s");
        setPointer(perJoule,
                   tw ? "/twin/coupled/tokens_per_joule_facility"
                      : "/throughput/tokens_per_joule_facility");
        tokens.source = point;
        perJoule.source = tr("facility level, %1").arg(point);
        if (!perJoule.valid())
            perJoule.reason = tr("no power result");
    }
    if (tw) {
        junction.value = tw->coupled.maxJunctionC;
        throttled.value = tw->coupled.throttledRacks;
        junction.source = throttled.source = point;
        setPointer(junction, "/twin/coupled/max_junction_c");
        setPointer(throttled, "/twin/coupled/throttled_racks");
    } else {
        junction.reason = throttled.reason = tr("the coupled twin did not run");
    }

    if (r.thermal) {
        inlet.value = r.thermal->maxInletC;
        inlet.source = tr("thermal solve, design point");
        setPointer(inlet, "/thermal/max_inlet_c");
    } else {
        inlet.reason = tr("the thermal solver did not run");
    }

    if (r.tco) {
        capex.value = r.tco->capexUsd;
        opex.value = r.tco->opexUsdPerYear;
        capex.source = opex.source = tr("TCO (prices are catalog assumptions)");
        setPointer(capex, "/tco/capex_usd");
        setPointer(opex, "/tco/opex_usd_per_year");
        setPointer(cost, "/tco/usd_per_million_tokens");
        if (r.tco->tokensPerYear > 0 && r.tco->usdPerMillionTokens > 0) {
            cost.value = r.tco->usdPerMillionTokens;
            cost.source = capex.source;
        } else {
            cost.reason = tr("no inference tokens served");
        }
    } else {
        cost.reason = capex.reason = opex.reason
            = r.twin ? tr("TCO did not run") : tr("needs the coupled twin");
    }
    if (!r.twin && !tp)
        cost.reason = noPower;

    for (KeyFigure *f :
         {&facility, &tokens, &perJoule, &pue, &cost, &it, &losses, &cooling, &pointPue, &junction,
          &inlet, &throttled, &capex, &opex, &energy, &freeCooling, &economized, &water, &ere, &reused,
          &scope2, &carbonPerMtok, &waterPerMtok}) {
        readFromResult(*f, r.json);
        out.push_back(*f);
    }
    return out;
}

const KeyFigure *findFigure(const std::vector<KeyFigure> &figures, const QString &key)
{
    for (const KeyFigure &f : figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

KeyFigure figureFromJson(const KeyFigure &figure, const Json &result)
{
    KeyFigure f = figure;
    const Json *v = f.pointer.empty() ? nullptr : jsonNumber(result, f.pointer);
    f.value = v ? v->get<double>() * f.jsonScale : kNoFigure;
    return f;
}

QString differenceText(const KeyFigure &a, const KeyFigure &b)
{
    if (!a.valid() || !b.valid())
        return QStringLiteral("—");
    const double d = b.shown() - a.shown(); // in display units (an offset such as °F cancels)
    // A small difference gets the digits it needs (up to three more), never "-0.000": what
    // rounds to zero there is shown as 0.
    int decimals = a.decimals;
    while (d != 0.0 && decimals < a.decimals + 3 && std::abs(d) < 0.5 * std::pow(10.0, -decimals))
        ++decimals;
    const double shownD = std::abs(d) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : d;
    const QString sign = shownD > 0 ? QStringLiteral("+") : QString();
    const QString abs = a.compact ? compactNumber(shownD, decimals)
                                  : QLocale(QLocale::English).toString(shownD, 'f', decimals);
    if (a.value == 0.0)
        return sign + abs;
    const double pct = shownD == 0.0 ? 0.0 : (b.value - a.value) / std::abs(a.value) * 100.0;
    return QStringLiteral("%1%2 (%1%3 %)")
        .arg(sign, abs, QString::number(pct, 'f', std::abs(pct) < 0.1 ? 2 : 1));
}

int comparison(const KeyFigure &a, const KeyFigure &b)
{
    if (!a.valid() || !b.valid() || a.better == KeyFigure::Better::Neither)
        return 0;
    const double d = b.value - a.value;
    // Below 0.001 % the two are the same design for every purpose the dashboard serves.
    if (std::abs(d) <= 1e-5 * std::max(std::abs(a.value), std::abs(b.value)))
        return 0;
    return (d < 0) == (a.better == KeyFigure::Better::Lower) ? 1 : -1;
}

} // namespace aif
